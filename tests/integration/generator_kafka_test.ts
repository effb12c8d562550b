/**
 * The generator against the live Kafka, read back with a plain kafkajs consumer (not
 * our adapter): exactly N valid events, on the right topics, keyed by user, each user's
 * order kept, actor mix near the ratios.
 */
import assert from "node:assert/strict";
import { Kafka, logLevel } from "kafkajs";
import { integrationTest, kafkaBrokers, uniqueName } from "../support/services.ts";
import { eventually, startApp } from "../support/app_process.ts";
import { ShopEvent, topicFor, topicNames } from "../../src/domain/event.ts";

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

  const kafka = new Kafka({ brokers, logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `${prefix}reader` });
  const seen: { topic: string; partition: number; key: string; event: ShopEvent }[] = [];
  await consumer.connect();
  for (const topic of [topics.search, topics.product, topics.order]) {
    await consumer.subscribe({ topic, fromBeginning: true });
  }
  await consumer.run({
    eachMessage: ({ topic, partition, message }) => {
      const parsed = ShopEvent.safeParse(JSON.parse(message.value!.toString()));
      assert.ok(parsed.success, `valid event on ${topic}`);
      seen.push({ topic, partition, key: message.key!.toString(), event: parsed.data });
      return Promise.resolve();
    },
  });
  await eventually(() => (seen.length >= N ? true : undefined), { timeoutMs: 60_000, what: `${N} events` });
  await new Promise((r) => setTimeout(r, 1_000)); // anything beyond N would show up now
  await consumer.disconnect();
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [topics.search, topics.product, topics.order, topics.deadLetter] })
    .catch(() => {});
  await admin.disconnect();

  assert.equal(seen.length, N, "exactly N events");
  assert.equal(new Set(seen.map((s) => s.event.event_id)).size, N, "no duplicates");
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
