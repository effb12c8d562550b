/**
 * A restarted generator resumes the simulated world instead of replaying it: no event
 * id repeats across runs and the generated total goes on, on both buses. Each run is
 * waited for by state (its exit, or /stats reaching a count), never by time.
 */
import assert from "node:assert/strict";
import { integrationTest, kafkaBrokers, uniqueName } from "../support/services.ts";
import { eventually, startApp } from "../support/app_process.ts";
import { inputTopics, type ShopEvent, topicNames } from "../../src/domain/event.ts";
import { EmbeddedBus } from "../../src/bus/embedded.ts";
import { deleteTopics, readAll } from "./generator_support.ts";

const N = 3_000;

integrationTest("two --role=generator runs on the same topics: no id repeats, the total continues", [
  "kafka",
], async () => {
  const prefix = `${uniqueName("genrestart")}.`;
  const topics = topicNames(prefix);
  const brokers = kafkaBrokers()!;
  const args = ["--role=generator", `--events=${N}`, "--rate=max", `--topic-prefix=${prefix}`, "--count=500"];
  const env = { KAFKA_BOOTSTRAP_SERVERS: brokers.join(","), ELASTICSEARCH_HOST: "" };
  try {
    const logs: string[] = [];
    for (let i = 0; i < 2; i++) {
      const app = await startApp(args, { env, readyPattern: /\[generator\] (done|failed)/ });
      assert.equal(await app.exited(), 0, app.log());
      logs.push(app.log());
    }
    assert.match(logs[0], new RegExp(`done: ${N} events .*run 0, generated ${N} in all runs`));
    assert.match(logs[1], new RegExp(`run 1, continuing after ${N} events`));
    assert.match(logs[1], new RegExp(`done: ${N} events .*run 1, generated ${2 * N} in all runs`));

    const seen = await readAll(brokers, inputTopics(topics));
    assert.equal(seen.length, 2 * N);
    assert.equal(new Set(seen.map((s) => s.event.event_id)).size, 2 * N, "no event id repeats across runs");
    // Session ids carry the run (`s-<run>-<n>`).
    const perRun = Map.groupBy(seen, (s) => s.event.session_id.split("-")[1]);
    assert.deepEqual([...perRun.keys()].sort(), ["0", "1"]);
    for (const run of perRun.values()) assert.equal(run.length, N);
    const sessions = [...perRun.values()].map((r) => new Set(r.map((s) => s.event.session_id)));
    assert.equal([...sessions[0]].filter((s) => sessions[1].has(s)).length, 0, "new sessions in the new run");
  } finally {
    await deleteTopics(brokers, [...inputTopics(topics), topics.deadLetter]);
  }
}, { timeoutMs: 180_000 });

Deno.test({
  name: "two --role=all runs on the same --data-dir: no id repeats, /stats generated continues",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const dataDir = await Deno.makeTempDir({ prefix: "shopstream-restart-" });
    const args = [
      "--role=all",
      "--port=0",
      `--data-dir=${dataDir}`,
      "--count=500",
      `--events=${N}`,
      "--rate=max",
    ];
    const env = { KAFKA_BOOTSTRAP_SERVERS: "", ELASTICSEARCH_HOST: "" };
    try {
      for (const expected of [N, 2 * N]) {
        const app = await startApp(args, { env });
        try {
          const generated = await eventually(async () => {
            const s = await (await fetch(`${app.baseUrl}/stats`)).json();
            return s.generated?.total >= expected ? s.generated.total : undefined;
          }, { timeoutMs: 60_000, what: `/stats generated.total ${expected}` });
          assert.equal(generated, expected, "the total continues from the previous run");
          await eventually(() => (/\[generator\] done/.test(app.log()) ? true : undefined), {
            what: "generator done",
          });
        } finally {
          assert.equal(await app.stop(), 0, app.log());
        }
        if (expected === 2 * N) assert.match(app.log(), new RegExp(`run 1, continuing after ${N} events`));
      }

      // Read back what both runs put on the persisted log, with the embedded bus itself.
      const bus = new EmbeddedBus({ dataDir: `${dataDir}/bus` });
      const topics = inputTopics(topicNames());
      const events: ShopEvent[] = [];
      const consumer = await bus.consumer({ groupId: "reader", topics });
      await consumer.run({
        eachBatch: (batch) => {
          for (const m of batch.messages) events.push(JSON.parse(new TextDecoder().decode(m.value)));
          return Promise.resolve();
        },
      });
      const onLog = (await bus.lag("reader", topics)).reduce((a, l) => a + Number(l.end), 0);
      assert.equal(onLog, 2 * N, "exactly both runs' events on the log");
      await eventually(() => (events.length >= onLog ? true : undefined), { what: "all events read back" });
      await consumer.stop();
      await bus.close();
      assert.equal(events.length, 2 * N);
      assert.equal(new Set(events.map((e) => e.event_id)).size, 2 * N, "no event id repeats across runs");
    } finally {
      await Deno.remove(dataDir, { recursive: true });
    }
  },
});
