/**
 * The processor shell in-process, on the embedded log and store: fast, deterministic
 * checks of what happens around the operators — restarts, a poisoned timestamp, a store
 * outage, documents the store refuses, and a checkpoint written behind its back. Each
 * run is compared with a straight run over the same events, document by document.
 */
import assert from "node:assert/strict";
import { generateCatalog } from "../catalog/generate.ts";
import { createEventStream } from "../clickstream/generator.ts";
import { type ShopEvent, topicFor, topicNames } from "../domain/event.ts";
import { EmbeddedBus } from "../bus/embedded.ts";
import type { BusMessage } from "../bus/port.ts";
import { partitionForKey } from "../bus/partitioner.ts";
import { createStore } from "../store/mod.ts";
import { type Store, StoreUnavailableError, type VersionedWrite, type WriteReport } from "../store/port.ts";
import { OperatorOptions } from "./partition_operators.ts";
import { StreamProcessor } from "./processor.ts";

const PARTITIONS = 3;
const GROUP = "g";
const topics = topicNames();
const products = generateCatalog({ count: 300, seed: 11 });

function dataset(n: number): ShopEvent[] {
  const out: ShopEvent[] = [];
  for (
    const e of createEventStream({
      products,
      seed: 17,
      botRatio: 0.08,
      fraudRatio: 0.05,
      startTime: Date.parse("2026-02-01T09:00:00.000Z"),
    })
  ) {
    out.push(e);
    if (out.length >= n) break;
  }
  return out;
}

const events = dataset(6_000);

interface Rig {
  bus: EmbeddedBus;
  store: Store;
  start(store?: Store, log?: (line: string) => void): Promise<StreamProcessor>;
  publish(evs: ShopEvent[]): Promise<void>;
  publishRaw(topic: string, key: string, value: string): Promise<void>;
  /** Waits until the checkpoints account for `n` messages (valid, late and dead letters). */
  settled(n: number): Promise<void>;
  deadLetters(): BusMessage[];
  close(): Promise<void>;
}

async function rig(): Promise<Rig> {
  const bus = new EmbeddedBus({ maxBatch: 250 });
  await bus.ensureTopics(
    [topics.search, topics.product, topics.order, topics.deadLetter].map((topic) => ({
      topic,
      partitions: PARTITIONS,
    })),
  );
  const store = await createStore({});
  await store.catalog.ensureIndex();
  await store.catalog.index(products);
  await store.catalog.refresh();
  const publisher = await bus.publisher();
  const running: StreamProcessor[] = [];
  const letters: BusMessage[] = [];
  const reader = await bus.consumer({ groupId: "dlq-reader", topics: [topics.deadLetter] });
  await reader.run({ eachBatch: (b) => Promise.resolve(void letters.push(...b.messages)) });
  return {
    bus,
    store,
    async start(s = store, log) {
      const p = new StreamProcessor({
        log,
        bus,
        store: s,
        groupId: GROUP,
        topics,
        operators: OperatorOptions.parse({}),
        checkpointIntervalMs: 50,
        flushIntervalMs: 10,
        retry: { baseMs: 5, maxMs: 50 },
        eventsSample: 0.1,
      });
      await p.start();
      running.push(p);
      return p;
    },
    async publish(evs) {
      const byTopic = Map.groupBy(evs, (e) => topicFor(e.type, topics));
      for (const [topic, list] of byTopic) {
        await publisher.publish(topic, list.map((e) => ({ key: e.user_id, value: JSON.stringify(e) })));
      }
    },
    async publishRaw(topic, key, value) {
      await publisher.publish(topic, [{ key, value }]);
    },
    async settled(n) {
      for (let i = 0; i < 4_000; i++) {
        const t = await store.analytics.totals(GROUP);
        const seen = Object.values(t.events).reduce((a, b) => a + b, 0) + t.late_events + t.dead_letters;
        if (seen >= n) return;
        await new Promise((r) => setTimeout(r, 5));
      }
      throw new Error(`checkpoints never accounted for ${n} messages`);
    },
    deadLetters: () => letters,
    async close() {
      for (const p of running) await p.stop();
      await reader.stop();
      await publisher.close();
      await bus.close();
      await store.close();
    },
  };
}

/** Everything the API would show. */
async function snapshot(store: Store) {
  return {
    trending: await store.analytics.trending({ minutes: 60, limit: 1000 }),
    funnelsTop: await store.analytics.funnels({ minutes: 1440, level: "top" }),
    funnelsLeaf: await store.analytics.funnels({ minutes: 1440, level: "leaf" }),
    fraud: await store.analytics.fraud({ limit: 1000 }),
    queries: await store.analytics.topQueries({ minutes: 1440, limit: 500 }),
    totals: await store.analytics.totals(GROUP),
  };
}

let reference: Awaited<ReturnType<typeof snapshot>> | undefined;

/** The straight run: every event, one processor, no faults. */
async function straight() {
  if (reference) return reference;
  const r = await rig();
  try {
    const p = await r.start();
    await r.publish(events);
    await r.settled(events.length);
    await p.stop();
    reference = await snapshot(r.store);
  } finally {
    await r.close();
  }
  return reference;
}

function half<T>(xs: T[]): [T[], T[]] {
  return [xs.slice(0, xs.length / 2), xs.slice(xs.length / 2)];
}

Deno.test("processor: a straight run counts every event once", async () => {
  const ref = await straight();
  const seen = Object.values(ref.totals.events).reduce((a, b) => a + b, 0) + ref.totals.late_events;
  assert.equal(seen, events.length);
  assert.ok(ref.trending.length > 0 && ref.funnelsTop.length > 0 && ref.fraud.length > 0);
});

Deno.test("processor: an event stamped in 2100 is dead-lettered; windows and lateness stay as without it, across a restart", async () => {
  const ref = await straight();
  const r = await rig();
  try {
    // The poison goes first, on the partition of a busy user, so every later event there would be "late".
    const user = events.find((e) => e.type === "view")!.user_id;
    const poison = {
      ...events.find((e) => e.type === "view")!,
      event_id: "00000000-0000-4000-8000-000000002100",
      ts: "2100-01-01T00:00:00.000Z",
    };
    assert.equal(partitionForKey(user, PARTITIONS), partitionForKey(poison.user_id, PARTITIONS));
    await r.publishRaw(topics.product, poison.user_id, JSON.stringify(poison));
    const [first, second] = half(events);
    let p = await r.start();
    await r.publish(first);
    await r.settled(first.length + 1);
    await p.stop();
    p = await r.start();
    await r.publish(second);
    await r.settled(events.length + 1);
    await p.stop();
    const got = await snapshot(r.store);
    assert.equal(got.totals.dead_letters, 1);
    assert.equal(got.totals.late_events, ref.totals.late_events, "no event held late by the outlier");
    assert.deepEqual({ ...got, totals: undefined }, { ...ref, totals: undefined });
    assert.deepEqual({ ...got.totals, dead_letters: 0 }, ref.totals);
    const letter = JSON.parse(new TextDecoder().decode(r.deadLetters()[0].value));
    assert.match(letter.reason, /ahead of its append time/);
  } finally {
    await r.close();
  }
});

/** The embedded store, with its writes failing while `down` is set, or some documents refused. */
function faulty(store: Store, o: { refuse?: (id: string) => boolean } = {}) {
  const state = { down: false, failures: 0 };
  const write = async (batches: VersionedWrite[]): Promise<WriteReport> => {
    if (state.down) {
      state.failures++;
      throw new StoreUnavailableError("injected outage");
    }
    if (!o.refuse) return await store.analytics.write(batches);
    const rejected: WriteReport["rejected"] = [];
    const kept = batches.map((b) => ({
      ...b,
      docs: {
        ...b.docs,
        trends: b.docs.trends.filter((d) => {
          if (!o.refuse!(d.id)) return true;
          rejected.push({ index: "product-trends", id: d.id, reason: "injected mapping error" });
          return false;
        }),
      },
    }));
    await store.analytics.write(kept);
    return { rejected };
  };
  // Everything else is the embedded store's own (bound to it: it keeps private state).
  const analytics = new Proxy(store.analytics, {
    get(target, prop) {
      if (prop === "write") return write;
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { store: { ...store, analytics }, state };
}

Deno.test("processor: documents computed while the store is down are written once it is back", async () => {
  const ref = await straight();
  const r = await rig();
  try {
    const { store, state } = faulty(r.store);
    const [first, second] = half(events);
    const p = await r.start(store);
    await r.publish(first);
    await r.settled(first.length);
    state.down = true;
    await r.publish(second);
    // Down for a while: the processor keeps retrying (a state, not a clock).
    while (state.failures < 5) await new Promise((res) => setTimeout(res, 5));
    assert.equal(p.sinkHealthy, false);
    state.down = false;
    await r.settled(events.length);
    await p.stop();
    assert.deepEqual(await snapshot(r.store), ref);
  } finally {
    await r.close();
  }
});

Deno.test("processor: a document the store refuses goes to the dead-letter topic alone", async () => {
  const ref = await straight();
  const r = await rig();
  try {
    const victim = ref.trending[0].product_id;
    const { store } = faulty(r.store, { refuse: (id) => id.includes(`:${victim}:`) });
    const p = await r.start(store);
    await r.publish(events);
    await r.settled(events.length);
    await p.stop();
    const got = await snapshot(r.store);
    assert.deepEqual(
      got.trending.filter((t) => t.product_id !== victim),
      ref.trending.filter((t) => t.product_id !== victim),
    );
    assert.ok(
      !got.trending.some((t) => t.product_id === victim),
      "the refused documents are not in the store",
    );
    assert.deepEqual(got.funnelsTop, ref.funnelsTop, "the rest of each batch was written");
    const letters = r.deadLetters().map((m) => JSON.parse(new TextDecoder().decode(m.value)));
    assert.ok(
      letters.length > 0 && letters.every((l) => /store refused/.test(l.reason)),
      "refusals dead-lettered",
    );
    assert.ok(letters.every((l) => l.sink.id.includes(victim)));
  } finally {
    await r.close();
  }
});

Deno.test("processor: a checkpoint written behind its back makes it reload and re-read; results stay exact", async () => {
  const ref = await straight();
  const r = await rig();
  try {
    const [first, second] = half(events);
    const p = await r.start();
    await r.publish(first);
    await r.settled(first.length);
    // Another writer (a zombie) saves partition 0's checkpoint again, bumping its version.
    const cp = (await r.store.checkpoints.load(GROUP, 0))!;
    await r.store.checkpoints.save(cp.checkpoint, cp.version);
    await r.publish(second);
    await r.settled(events.length);
    await p.stop();
    assert.deepEqual(await snapshot(r.store), ref);
  } finally {
    await r.close();
  }
});

Deno.test("processor: a batch read from beyond its state's position (fetched before a seek back) is read again from there", async () => {
  const ref = await straight();
  const r = await rig();
  // The consumer hands over, once, a copy of a batch's tail as if it had been fetched from
  // further on (what kafkajs delivers when a fetch was in flight while the processor sought
  // back after reloading a checkpoint), and then the real batch.
  const consumer = r.bus.consumer.bind(r.bus);
  let injected = 0;
  r.bus.consumer = async (options) => {
    const c = await consumer(options);
    const run = c.run.bind(c);
    c.run = (handlers) =>
      run({
        ...handlers,
        eachBatch: async (batch) => {
          if (injected === 0 && batch.topic === topics.search && batch.messages.length > 20) {
            injected = 10;
            const ahead = batch.messages.slice(injected);
            const outcome = await handlers.eachBatch({
              ...batch,
              messages: ahead,
              fetchedOffset: ahead[0].offset,
            });
            assert.equal(outcome?.consumed, 0, "the batch from beyond is declined");
          }
          return await handlers.eachBatch(batch);
        },
      });
    return c;
  };
  try {
    const p = await r.start();
    await r.publish(events);
    await r.settled(events.length);
    await p.stop();
    assert.equal(injected, 10, "the early batch was handed over");
    assert.deepEqual(await snapshot(r.store), ref);
  } finally {
    await r.close();
  }
});

/**
 * Runs the first half of the events through one processor (generation 1), stops it, and
 * then, as that owner would have just before dying, overwrites partition 0's first trend
 * document with a value from far past its checkpoint (its bucket is in the earliest
 * minute: the second half never changes it again). Returns the second half.
 */
async function overwrittenPastCheckpoint(r: Rig): Promise<ShopEvent[]> {
  let first: VersionedWrite | undefined;
  const write = r.store.analytics.write.bind(r.store.analytics);
  r.store.analytics.write = (batches) => {
    const b = batches.find((x) => x.partition === 0 && x.docs.trends.length > 0);
    if (!first && b) first = { ...b, docs: { ...b.docs, trends: [b.docs.trends[0]] } };
    return write(batches);
  };
  const [one, two] = half(events);
  const a = await r.start();
  await r.publish(one);
  await r.settled(one.length);
  await a.stop();
  r.store.analytics.write = write;
  assert.ok(first, "partition 0 wrote a trend document");
  const [doc] = first.docs.trends;
  await write([{
    partition: 0,
    owner: first.owner,
    progress: 1e9,
    docs: {
      trends: [{ ...doc, views: 999, score: 999 }],
      funnels: [],
      queries: [],
      signals: [],
      retracted_signals: [],
    },
  }]);
  return two;
}

Deno.test("processor: a document a former owner overwrote past the checkpoint is written again by the new owner", async () => {
  const ref = await straight();
  const r = await rig();
  try {
    const two = await overwrittenPastCheckpoint(r);
    // Its replacement's replay never changes that bucket.
    const b = await r.start();
    await r.publish(two);
    await r.settled(events.length);
    await b.stop();
    assert.deepEqual(await snapshot(r.store), ref);
  } finally {
    await r.close();
  }
});

Deno.test("processor: documents a claimant rolled back before losing the partition are not lost to the next owner", async () => {
  const ref = await straight();
  const r = await rig();
  try {
    const two = await overwrittenPastCheckpoint(r);

    // A claimant (generation 2) rolls partition 0 back, and the partition is taken from it
    // before it ever flushes: here it stops while its rollback is still answering.
    const rollback = r.store.analytics.rollback.bind(r.store.analytics);
    const rolledBack = Promise.withResolvers<void>();
    const gate = Promise.withResolvers<void>();
    r.store.analytics.rollback = async (x) => {
      const removed = await rollback(x);
      if (x.partition === 0 && x.ownerBelow === undefined) {
        rolledBack.resolve();
        await gate.promise;
      }
      return removed;
    };
    const lines: string[] = [];
    const dropped = Promise.withResolvers<void>();
    const c = await r.start(r.store, (line) => {
      lines.push(line);
      if (/partition 0: claimed as owner 2 .*taken away/.test(line)) dropped.resolve();
    });
    await rolledBack.promise;
    await c.stop();
    gate.resolve();
    await dropped.promise;
    r.store.analytics.rollback = rollback;

    // The next owner (generation 3) finds nothing past the checkpoint any more: what the
    // claimant removed must already be back as it stood at the checkpoint.
    const b = await r.start();
    await r.publish(two);
    await r.settled(events.length);
    await b.stop();
    assert.deepEqual(await snapshot(r.store), ref, lines.join("\n"));
  } finally {
    await r.close();
  }
});
