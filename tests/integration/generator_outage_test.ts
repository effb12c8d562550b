/**
 * A broker restart in the middle of a run (issue 9.5): the generator waits, says so, and
 * resumes; every event arrives exactly once. On a dedicated broker (its own ports and
 * state dir, so the shared one is never touched), stopped and started with
 * scripts/services.sh; its data survives the stop, as in a real restart. Each step waits
 * for a state: ≥ 4 000 events on the topics, the "unreachable … retrying" log line, the
 * generator's exit.
 */
import assert from "node:assert/strict";
import { integrationTest, uniqueName } from "../support/services.ts";
import { eventually, startApp } from "../support/app_process.ts";
import { inputTopics, topicNames } from "../../src/domain/event.ts";
import { endOffsetTotal, readAll, startDedicatedKafka } from "./generator_support.ts";

const N = 20_000;

integrationTest("the generator rides out a broker restart: exactly N events, N distinct ids", [
  "kafka",
], async () => {
  const kafka = await startDedicatedKafka();
  try {
    const prefix = `${uniqueName("outage")}.`;
    const topics = inputTopics(topicNames(prefix));
    const app = await startApp([
      "--role=generator",
      `--events=${N}`,
      "--rate=2000",
      `--topic-prefix=${prefix}`,
      "--count=500",
      "--partitions=3",
    ], {
      env: { KAFKA_BOOTSTRAP_SERVERS: kafka.brokers.join(","), ELASTICSEARCH_HOST: "" },
      readyPattern: /\[generator\] run \d+/,
    });
    try {
      await eventually(
        async () => ((await endOffsetTotal(kafka.brokers, topics)) >= 4_000 ? true : undefined),
        {
          timeoutMs: 30_000,
          what: "4 000 events on the topics",
        },
      );
      await kafka.stop();
      await eventually(() => (/Kafka unreachable for \d+ s; retrying/.test(app.log()) ? true : undefined), {
        timeoutMs: 30_000,
        what: "the generator saying it waits",
      });
      await kafka.start();
      assert.equal(await app.exited(), 0, app.log());
    } finally {
      await app.stop().catch(() => {});
    }
    console.log(app.log().split("\n").filter((l) => /\[generator\]|kafkajs/.test(l)).join("\n"));
    assert.match(app.log(), new RegExp(`done: ${N} events`), app.log());

    const seen = await readAll(kafka.brokers, topics);
    assert.equal(seen.length, N, "exactly N events");
    assert.equal(new Set(seen.map((s) => s.event.event_id)).size, N, "N distinct ids: none sent twice");
  } finally {
    await kafka.destroy();
  }
}, { timeoutMs: 120_000 });
