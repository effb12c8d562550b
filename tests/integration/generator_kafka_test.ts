/**
 * The generator against the live Kafka, read back with a plain kafkajs consumer (not
 * our adapter): exactly N valid events, on the right topics, keyed by user, each user's
 * order kept, actor mix near the ratios.
 */
import assert from "node:assert/strict";
import { integrationTest, kafkaBrokers, uniqueName } from "../support/services.ts";
import { startApp } from "../support/app_process.ts";
import { topicFor, topicNames } from "../../src/domain/event.ts";
import { deleteTopics, endOffsetTotal, readAll, type ReadBack } from "./generator_support.ts";

const N = 30_000;

integrationTest("main.ts --role=generator --events N --seed S writes exactly N valid, well-routed events", [
  "kafka",
], async () => {
  const prefix = `${uniqueName("gen")}.`;
  const topics = topicNames(prefix);
  const brokers = kafkaBrokers()!;
  const app = await startApp([
    "--role=generator",
    `--events=${N}`,
    "--seed=77",
    "--rate=max",
    `--topic-prefix=${prefix}`,
    "--bot-ratio=0.1",
    "--fraud-ratio=0.05",
    "--count=2000",
  ], {
    env: { KAFKA_BOOTSTRAP_SERVERS: brokers.join(","), ELASTICSEARCH_HOST: "" },
    readyPattern: /\[generator\] done/,
  });
  assert.equal(await app.exited(), 0, app.log());
  assert.match(app.log(), new RegExp(`done: ${N} events`));

  // The producer has exited: the end offsets are exact, and exactly that many are read back.
  const inputs = [topics.search, topics.product, topics.order];
  let seen: ReadBack[];
  try {
    assert.equal(await endOffsetTotal(brokers, inputs), N, "exactly N messages on the topics");
    seen = await readAll(brokers, inputs);
  } finally {
    await deleteTopics(brokers, [...inputs, topics.deadLetter]);
  }

  assert.equal(seen.length, N, "exactly N events");
  assert.equal(new Set(seen.map((s) => s.event.event_id)).size, N, "no duplicates");
  const stamped = seen.filter((s) => s.headers["x-generator-run"] !== undefined);
  assert.ok(stamped.every((s) => s.headers["x-generator-run"] === "0"), "first run on fresh topics is run 0");
  for (
    const tail of [...Map.groupBy(seen, (s) => `${s.topic}|${s.partition}`).values()].map((l) => l.at(-1)!)
  ) {
    assert.equal(tail.headers["x-generator-run"], "0", "each partition's newest message carries the run");
  }
  for (const s of seen) {
    assert.equal(s.topic, topicFor(s.event.type, topics), "routed by type");
    assert.equal(s.key, s.event.user_id, "keyed by user");
  }
  // Within a topic-partition Kafka keeps order; a user's events there are in time order.
  const byUserTopic = Map.groupBy(seen, (s) => `${s.topic}|${s.event.user_id}`);
  for (const list of byUserTopic.values()) {
    assert.equal(new Set(list.map((s) => s.partition)).size, 1, "one user, one partition");
    for (let i = 1; i < list.length; i++) {
      assert.ok(list[i].event.ts >= list[i - 1].event.ts, "per-user order kept");
    }
  }
  const share = (a: string) => seen.filter((s) => s.event.actor === a).length / N;
  // Shares are of events: bots come in long bursts, so the sample must hold many sessions.
  console.log(`actor shares: bot ${share("bot").toFixed(3)}, fraud ${share("fraud").toFixed(3)}`);
  assert.ok(Math.abs(share("bot") - 0.1) < 0.03, `bot share ${share("bot")}`);
  assert.ok(Math.abs(share("fraud") - 0.05) < 0.02, `fraud share ${share("fraud")}`);
}, { timeoutMs: 180_000 });
