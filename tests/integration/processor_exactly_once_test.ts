/**
 * The processor's promise on the live Kafka and Elasticsearch: the same input gives the
 * same analytics whether it is processed straight through, with the processor killed
 * (SIGKILL) and restarted three times, or by two processors sharing the group.
 */
import assert from "node:assert/strict";
import { Kafka } from "kafkajs";
import { ES_CLIENT_TIMER, integrationTest, kafkaBrokers, uniqueName } from "../support/services.ts";
import {
  analyticsSnapshot,
  dataset,
  esStore,
  processorArgs,
  publishDataset,
  seedProducts,
  startProcessor,
  waitForProcessed,
} from "../support/pipeline.ts";
import { eventually } from "../support/app_process.ts";
import { topicNames } from "../../src/domain/event.ts";
import { createBus } from "../../src/bus/mod.ts";
import type { Store } from "../../src/store/port.ts";

// Large enough that the processor is still busy when it is killed (asserted below).
const data = dataset({ products: 800, events: 120_000, seed: 20261124 });
const topicPrefix = `${uniqueName("eo")}.`;
const malformed = [
  { topic: topicNames(topicPrefix).product, key: "u-bad-1", value: "{not json" },
  {
    topic: topicNames(topicPrefix).order,
    key: "u-bad-2",
    value: JSON.stringify({ type: "purchase", amount: "x" }),
  },
  {
    topic: topicNames(topicPrefix).search,
    key: "u-bad-3",
    value: JSON.stringify({ ...data.events[0], type: "teleport" }),
  },
];
const expected = data.events.length + malformed.length;
let published = false;

async function ensurePublished() {
  if (published) return;
  await publishDataset(topicPrefix, data.events, malformed);
  published = true;
}

async function prepared(name: string): Promise<{ store: Store; indexPrefix: string; group: string }> {
  await ensurePublished();
  const indexPrefix = `${uniqueName(name)}-`;
  const store = await esStore(indexPrefix);
  await seedProducts(store, data.products);
  return { store, indexPrefix, group: `${indexPrefix}group` };
}

async function dropIndices(store: Store, indexPrefix: string) {
  const es = (await import("../../src/store/elasticsearch/client.ts")).createElasticsearchClient({
    host: Deno.env.get("ELASTICSEARCH_HOST")!,
  });
  await es.indices.delete({ index: `${indexPrefix}*`, ignore_unavailable: true, allow_no_indices: true })
    .catch(() => {});
  await es.close();
  await store.close();
}

let straight: Awaited<ReturnType<typeof analyticsSnapshot>> | undefined;

integrationTest("straight-through run processes every event; malformed ones reach the dead-letter topic", [
  "kafka",
  "elasticsearch",
], async () => {
  const { store, indexPrefix, group } = await prepared("straight");
  const p = await startProcessor(processorArgs({ topicPrefix, indexPrefix, group }));
  try {
    const totals = await waitForProcessed(store, group, expected);
    assert.equal(totals.dead_letters, malformed.length);
    assert.equal(await p.stop(), 0);
    straight = await analyticsSnapshot(store, group);
    assert.ok(straight.trending.length > 0, "trending has products");
    assert.ok(straight.funnelsTop.length > 0, "funnels have categories");
    assert.ok(straight.fraud.length > 0, "fraud signals were raised");
    assert.ok(
      straight.rawEvents > data.events.length * 0.05,
      `about 10% of events sampled: ${straight.rawEvents}`,
    );
    const validSeen = Object.values(straight.totals.events).reduce((a, b) => a + b, 0) +
      straight.totals.late_events;
    assert.equal(validSeen, data.events.length, "each valid event counted exactly once");

    // The dead letters carry the reason, the source position and the original bytes.
    const kafka = new Kafka({ brokers: kafkaBrokers()!, logLevel: 0 });
    const consumer = kafka.consumer({ groupId: `${indexPrefix}dlq-reader` });
    await consumer.connect();
    await consumer.subscribe({ topic: topicNames(topicPrefix).deadLetter, fromBeginning: true });
    const letters: { reason: string; source: { topic: string }; value_base64: string }[] = [];
    await consumer.run({
      eachMessage: ({ message }) => Promise.resolve(void letters.push(JSON.parse(message.value!.toString()))),
    });
    await eventually(() => (letters.length >= malformed.length ? true : undefined), {
      timeoutMs: 30_000,
      what: "dead letters",
    });
    await consumer.disconnect();
    const originals = letters.map((l) =>
      new TextDecoder().decode(Uint8Array.from(atob(l.value_base64), (c) => c.charCodeAt(0)))
    );
    for (const m of malformed) assert.ok(originals.includes(m.value), `original bytes kept for ${m.value}`);
    assert.ok(letters.some((l) => /JSON/i.test(l.reason)), "bad JSON named as such");
    assert.ok(letters.some((l) => /type/.test(l.reason)), "unknown event type named");
  } finally {
    await p.stop("SIGKILL").catch(() => {});
    await dropIndices(store, indexPrefix);
  }
}, { timeoutMs: 240_000, sanitizers: ES_CLIENT_TIMER });

integrationTest("killed with SIGKILL three times and restarted, the results equal the straight run", [
  "kafka",
  "elasticsearch",
], async () => {
  assert.ok(straight, "needs the straight-through run first");
  const { store, indexPrefix, group } = await prepared("killed");
  const args = processorArgs({ topicPrefix, indexPrefix, group });
  // Kill points: once 20 %, 40 %, 60 % are checkpointed, plus a seeded random 0–0.8 s, so
  // each restart resumes from a real checkpoint with work done after it to redo.
  let rnd = 0x2545f491;
  const random = () => ((rnd = (rnd * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const checkpointed = async () => {
    const t = await store.analytics.totals(group);
    return Object.values(t.events).reduce((a, b) => a + b, 0) + t.dead_letters + t.late_events;
  };
  let kills = 0;
  try {
    for (let i = 1; i <= 3; i++) {
      const p = await startProcessor(args);
      const target = Math.floor(expected * 0.2 * i);
      await eventually(async () => ((await checkpointed()) >= target ? true : undefined), {
        timeoutMs: 120_000,
        intervalMs: 100,
        what: `${target} events checkpointed`,
      });
      await new Promise((r) => setTimeout(r, random() * 800));
      await p.stop("SIGKILL");
      kills++;
      const done = await checkpointed();
      console.log(`kill ${kills}: ${done}/${expected} events were checkpointed when the processor died`);
      assert.ok(
        done > 0 && done < expected,
        `kill ${kills} must land mid-stream (checkpointed ${done} of ${expected})`,
      );
    }
    assert.equal(kills, 3);
    const last = await startProcessor(args);
    await waitForProcessed(store, group, expected);
    assert.equal(await last.stop(), 0);
    const afterKills = await analyticsSnapshot(store, group);
    assert.deepEqual(afterKills, straight);
  } finally {
    await dropIndices(store, indexPrefix);
  }
}, { timeoutMs: 300_000, sanitizers: ES_CLIENT_TIMER });

integrationTest(
  "two processors in one group produce the same totals as one",
  ["kafka", "elasticsearch"],
  async () => {
    assert.ok(straight, "needs the straight-through run first");
    const { store, indexPrefix, group } = await prepared("pair");
    const args = processorArgs({ topicPrefix, indexPrefix, group });
    const a = await startProcessor(args);
    const b = await startProcessor(args);
    try {
      await waitForProcessed(store, group, expected);
      // Both took part: each owns some partitions (checkpoint docs are per partition).
      const bus = await createBus({ kafkaBrokers: kafkaBrokers()! });
      const lag = await bus.lag(group, [topicNames(topicPrefix).search]);
      await bus.close();
      assert.equal(lag.length, 6);
      assert.equal(await a.stop(), 0);
      assert.equal(await b.stop(), 0);
      assert.match(a.log(), /partition \d+: /);
      assert.match(b.log(), /partition \d+: /);
      const pair = await analyticsSnapshot(store, group);
      assert.deepEqual(pair, straight);
    } finally {
      await a.stop("SIGKILL").catch(() => {});
      await b.stop("SIGKILL").catch(() => {});
      await dropIndices(store, indexPrefix);
    }
  },
  { timeoutMs: 240_000, sanitizers: ES_CLIENT_TIMER },
);
