/**
 * The processor's promise on the live Kafka and Elasticsearch: the same input gives the
 * same analytics, document by document, whether it is processed straight through, by a
 * processor killed with SIGKILL three times, by two processors sharing the group, or
 * through an Elasticsearch outage in the middle of the stream.
 *
 * Kill points and outages are placed by construction, never by a clock: the input is
 * published in phases, and each fault happens at a state the test waited for (everything
 * published so far is checkpointed; the processor has reported the store unavailable).
 * Each test is independent: the straight reference run is made by whichever test needs
 * it first.
 */
import assert from "node:assert/strict";
import { Kafka } from "../../src/bus/kafkajs.ts";
import {
  elasticsearchHost,
  ES_CLIENT_TIMER,
  integrationTest,
  kafkaBrokers,
  uniqueName,
} from "../support/services.ts";
import {
  analyticsSnapshot,
  dataset,
  ensureDatasetTopics,
  esStore,
  processorArgs,
  publishDataset,
  seedProducts,
  serviceEnv,
  startProcessor,
  waitForProcessed,
} from "../support/pipeline.ts";
import { eventually } from "../support/app_process.ts";
import { startFaultProxy } from "../support/fault_proxy.ts";
import { type ShopEvent, topicNames } from "../../src/domain/event.ts";
import { createBus } from "../../src/bus/mod.ts";
import type { Store } from "../../src/store/port.ts";

const data = dataset({ products: 800, events: 80_000, seed: 20261124 });

/** Malformed input, plus one schema-valid event stamped in 2100: all must be dead-lettered. */
function faulty(prefix: string) {
  const t = topicNames(prefix);
  const view = data.events.find((e) => e.type === "view")!;
  return [
    { topic: t.product, key: "u-bad-1", value: "{not json" },
    { topic: t.order, key: "u-bad-2", value: JSON.stringify({ type: "purchase", amount: "x" }) },
    { topic: t.search, key: "u-bad-3", value: JSON.stringify({ ...data.events[0], type: "teleport" }) },
    {
      topic: t.product,
      key: view.user_id,
      value: JSON.stringify({
        ...view,
        event_id: "00000000-0000-4000-8000-000000002100",
        ts: "2100-01-01T00:00:00.000Z",
      }),
    },
    {
      topic: t.product,
      key: view.user_id,
      value: JSON.stringify({
        ...view,
        event_id: "00000000-0000-4000-8000-000000000600",
        category: "x".repeat(600),
      }),
    },
  ];
}
const BAD = faulty("").length;
const expected = data.events.length + BAD;

/** Splits the events into `n` consecutive phases. */
function phases(n: number): ShopEvent[][] {
  const size = Math.ceil(data.events.length / n);
  return Array.from({ length: n }, (_, i) => data.events.slice(i * size, (i + 1) * size));
}

async function prepared(name: string): Promise<{ store: Store; indexPrefix: string; group: string }> {
  const indexPrefix = `${uniqueName(name)}-`;
  const store = await esStore(indexPrefix);
  await seedProducts(store, data.products);
  return { store, indexPrefix, group: `${indexPrefix}group` };
}

async function dropIndices(store: Store, indexPrefix: string) {
  const es = (await import("../../src/store/elasticsearch/client.ts")).createElasticsearchClient({
    host: elasticsearchHost()!,
  });
  await es.indices.delete({ index: `${indexPrefix}*`, ignore_unavailable: true, allow_no_indices: true })
    .catch(() => {});
  await es.close();
  await store.close();
}

async function dropTopics(prefix: string) {
  const kafka = new Kafka({ brokers: kafkaBrokers()!, logLevel: 0 });
  const admin = kafka.admin();
  await admin.connect();
  const t = topicNames(prefix);
  await admin.deleteTopics({ topics: [t.search, t.product, t.order, t.deadLetter] }).catch(() => {});
  await admin.disconnect();
}

/** Checkpointed messages (valid, late and dead-lettered) of a group. */
async function checkpointed(store: Store, group: string): Promise<number> {
  const t = await store.analytics.totals(group);
  return Object.values(t.events).reduce((a, b) => a + b, 0) + t.dead_letters + t.late_events;
}

// ---- the reference: everything published at once, one processor, no faults ----

const fullPrefix = `${uniqueName("eo")}.`;
let reference: Promise<Awaited<ReturnType<typeof analyticsSnapshot>>> | undefined;

function straightRun() {
  reference ??= (async () => {
    await publishDataset(fullPrefix, data.events, faulty(fullPrefix));
    const { store, indexPrefix, group } = await prepared("straight");
    const p = await startProcessor(processorArgs({ topicPrefix: fullPrefix, indexPrefix, group }));
    try {
      await waitForProcessed(store, group, expected);
      assert.equal(await p.stop(), 0);
      return await analyticsSnapshot(store, group);
    } finally {
      await p.stop("SIGKILL").catch(() => {});
      await dropIndices(store, indexPrefix);
    }
  })();
  return reference;
}

integrationTest(
  "straight-through run: every event once; malformed, far-future and over-long events are dead-lettered",
  [
    "kafka",
    "elasticsearch",
  ],
  async () => {
    const straight = await straightRun();
    assert.ok(straight.trending.length > 0, "trending has products");
    assert.ok(straight.funnelsTop.length > 0, "funnels have categories");
    assert.ok(straight.fraud.length > 0, "fraud signals were raised");
    assert.ok(straight.rawEvents > data.events.length * 0.05, `raw events sampled: ${straight.rawEvents}`);
    assert.equal(straight.totals.dead_letters, BAD);
    const validSeen = Object.values(straight.totals.events).reduce((a, b) => a + b, 0) +
      straight.totals.late_events;
    assert.equal(validSeen, data.events.length, "each valid event counted exactly once");
    assert.ok(straight.totals.max_event_time < Date.parse("2027-01-01"), "the 2100 event moved no watermark");

    // The dead letters carry the reason, the source position and the original bytes.
    const letters: { reason: string; value_base64: string }[] = [];
    const kafka = new Kafka({ brokers: kafkaBrokers()!, logLevel: 0 });
    const consumer = kafka.consumer({ groupId: uniqueName("dlq-reader") });
    await consumer.connect();
    await consumer.subscribe({ topic: topicNames(fullPrefix).deadLetter, fromBeginning: true });
    await consumer.run({
      eachMessage: ({ message }) => Promise.resolve(void letters.push(JSON.parse(message.value!.toString()))),
    });
    await eventually(() => (letters.length >= BAD ? true : undefined), {
      timeoutMs: 30_000,
      what: "dead letters",
    });
    await consumer.disconnect();
    const originals = letters.map((l) =>
      new TextDecoder().decode(Uint8Array.from(atob(l.value_base64), (c) => c.charCodeAt(0)))
    );
    for (const m of faulty(fullPrefix)) assert.ok(originals.includes(m.value), `original bytes kept`);
    assert.ok(letters.some((l) => /JSON/i.test(l.reason)), "bad JSON named as such");
    assert.ok(letters.some((l) => /type/.test(l.reason)), "unknown event type named");
    assert.ok(letters.some((l) => /ahead of its append time/.test(l.reason)), "far-future event named");
    assert.ok(letters.some((l) => /category/.test(l.reason)), "over-long field named");
  },
  { timeoutMs: 300_000, sanitizers: ES_CLIENT_TIMER },
);

integrationTest(
  "killed with SIGKILL three times mid-stream and restarted, the results equal the straight run",
  [
    "kafka",
    "elasticsearch",
  ],
  async () => {
    const straight = await straightRun();
    const prefix = `${uniqueName("eo-kill")}.`;
    const { store, indexPrefix, group } = await prepared("killed");
    const args = processorArgs({ topicPrefix: prefix, indexPrefix, group });
    const parts = phases(4);
    try {
      await ensureDatasetTopics(prefix);
      await publishDataset(prefix, parts[0], faulty(prefix));
      let published = parts[0].length + BAD;
      for (let kill = 1; kill <= 3; kill++) {
        const p = await startProcessor(args);
        // Everything published so far is checkpointed…
        await waitForProcessed(store, group, published, 180_000);
        // …then new work arrives, and the processor dies in the middle of it. The rest of
        // the input is not published yet, so the kill lands mid-stream by construction.
        await publishDataset(prefix, parts[kill]);
        published += parts[kill].length;
        if (kill === 2) {
          // This time let it checkpoint some of the new phase first.
          const before = published - parts[kill].length;
          await eventually(async () => ((await checkpointed(store, group)) > before ? true : undefined), {
            timeoutMs: 120_000,
            intervalMs: 50,
            what: "part of the new phase checkpointed",
          });
        }
        assert.notEqual(await p.stop("SIGKILL"), 0);
        const done = await checkpointed(store, group);
        console.log(`kill ${kill}: ${done}/${expected} messages were checkpointed when the processor died`);
        assert.ok(done < expected, `kill ${kill} lands mid-stream`);
      }
      const last = await startProcessor(args);
      await waitForProcessed(store, group, expected, 180_000);
      assert.equal(await last.stop(), 0);
      assert.deepEqual(await analyticsSnapshot(store, group), straight);
    } finally {
      await dropIndices(store, indexPrefix);
      await dropTopics(prefix);
    }
  },
  { timeoutMs: 420_000, sanitizers: ES_CLIENT_TIMER },
);

integrationTest(
  "two processors in one group produce exactly the straight run",
  ["kafka", "elasticsearch"],
  async () => {
    const straight = await straightRun();
    const { store, indexPrefix, group } = await prepared("pair");
    const args = processorArgs({ topicPrefix: fullPrefix, indexPrefix, group });
    const a = await startProcessor(args);
    const b = await startProcessor(args);
    try {
      await waitForProcessed(store, group, expected);
      const bus = await createBus({ kafkaBrokers: kafkaBrokers()! });
      const lag = await bus.lag(group, [topicNames(fullPrefix).search]);
      await bus.close();
      assert.equal(lag.length, 6);
      assert.equal(await a.stop(), 0);
      assert.equal(await b.stop(), 0);
      assert.match(a.log(), /partition \d+: /);
      assert.match(b.log(), /partition \d+: /);
      assert.deepEqual(await analyticsSnapshot(store, group), straight);
    } finally {
      await a.stop("SIGKILL").catch(() => {});
      await b.stop("SIGKILL").catch(() => {});
      await dropIndices(store, indexPrefix);
    }
  },
  { timeoutMs: 300_000, sanitizers: ES_CLIENT_TIMER },
);

integrationTest(
  "Elasticsearch unreachable mid-stream: the processor pauses in its group, resumes, and nothing is lost",
  [
    "kafka",
    "elasticsearch",
  ],
  async () => {
    const straight = await straightRun();
    const prefix = `${uniqueName("eo-outage")}.`;
    const { store, indexPrefix, group } = await prepared("outage");
    const target = new URL(elasticsearchHost()!);
    const proxy = await startFaultProxy({ hostname: target.hostname, port: Number(target.port) });
    const [first, second] = phases(2);
    // The processor reaches Elasticsearch only through the proxy; the test reads directly.
    const p = await startProcessor(processorArgs({ topicPrefix: prefix, indexPrefix, group }), {
      ...serviceEnv(),
      ELASTICSEARCH_HOST: proxy.url,
    });
    try {
      await ensureDatasetTopics(prefix);
      await publishDataset(prefix, first, faulty(prefix));
      await waitForProcessed(store, group, first.length + BAD, 180_000);
      await proxy.cut();
      await publishDataset(prefix, second);
      // Down long enough to outlast the consumer session several times over: the
      // processor reports each failed attempt, with backoff growing to seconds.
      await eventually(() => (/store still unavailable \(attempt 5\)/.test(p.log()) ? true : undefined), {
        timeoutMs: 120_000,
        what: "five failed attempts while Elasticsearch is unreachable",
      });
      assert.ok((await checkpointed(store, group)) < expected, "the outage landed mid-stream");
      proxy.restore();
      await waitForProcessed(store, group, expected, 180_000);
      assert.match(p.log(), /store reachable again/);
      assert.doesNotMatch(p.log(), /revoked/, "it kept its partitions through the outage");
      assert.equal(await p.stop(), 0);
      assert.deepEqual(await analyticsSnapshot(store, group), straight);
    } finally {
      await p.stop("SIGKILL").catch(() => {});
      await proxy.close();
      await dropIndices(store, indexPrefix);
      await dropTopics(prefix);
    }
  },
  { timeoutMs: 420_000, sanitizers: ES_CLIENT_TIMER },
);
