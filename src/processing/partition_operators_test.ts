import assert from "node:assert/strict";
import { generateCatalog } from "../catalog/generate.ts";
import { createEventStream } from "../clickstream/generator.ts";
import { Random } from "../clickstream/random.ts";
import { type ShopEvent, topicFor } from "../domain/event.ts";
import type { AnalyticsWrite } from "../domain/analytics.ts";
import { enrichEvent, type ProductInfo } from "./enriched.ts";
import { OperatorOptions, PartitionOperators } from "./partition_operators.ts";
import { chunkEntries, parseChunks } from "./state_changes.ts";

const products = generateCatalog({ count: 600, seed: 5 });
const lookup = new Map<string, ProductInfo>(products.map((p) => [p.id, p]));
const options = OperatorOptions.parse({});

function events(n: number, seed = 3, startTime = Date.parse("2026-01-01T10:00:00Z")): ShopEvent[] {
  const out: ShopEvent[] = [];
  for (
    const e of createEventStream({
      products,
      seed,
      botRatio: 0.08,
      fraudRatio: 0.04,
      startTime,
    })
  ) {
    out.push(e);
    if (out.length >= n) break;
  }
  return out;
}

function isEmpty(d: object): boolean {
  const x = d as { score?: number; viewed?: number; searches?: number };
  return x.score === 0 || x.viewed === 0 || x.searches === 0;
}

/** Latest document per id after a sequence of outputs, as a store would hold them. */
function fold(writes: AnalyticsWrite[]): Record<string, string> {
  const state: Record<string, string> = {};
  for (const w of writes) {
    for (const d of [...w.trends, ...w.funnels, ...w.queries, ...w.signals]) {
      // A bucket with nothing in it (emptied when its user moved to the bot side) is as
      // good as no document: the stores skip both.
      if (isEmpty(d)) delete state[d.id];
      else state[d.id] = JSON.stringify(d);
    }
    for (const id of w.retracted_signals) delete state[id];
  }
  return state;
}

/** Interleaves the per-topic sequences in a random order, keeping each topic's order. */
function interleave(evs: ShopEvent[], r: Random): { e: ShopEvent; topic: string }[] {
  const byTopic = new Map<string, ShopEvent[]>();
  for (const e of evs) {
    const t = topicFor(e.type);
    if (!byTopic.has(t)) byTopic.set(t, []);
    byTopic.get(t)!.push(e);
  }
  const queues = [...byTopic].map(([topic, list]) => ({ topic, list, i: 0 }));
  const out: { e: ShopEvent; topic: string }[] = [];
  while (queues.some((q) => q.i < q.list.length)) {
    const open = queues.filter((q) => q.i < q.list.length);
    const q = open[Math.floor(r.next() * open.length)];
    const burst = 1 + Math.floor(r.next() * 400); // kafkajs delivers whole batches
    for (let k = 0; k < burst && q.i < q.list.length; k++) out.push({ e: q.list[q.i++], topic: q.topic });
  }
  return out;
}

function run(
  seq: { e: ShopEvent; topic: string }[],
  flushEvery: number,
  cutAt?: number,
): Record<string, string> {
  let ops = new PartitionOperators(0, options);
  const writes: AnalyticsWrite[] = [];
  seq.forEach(({ e, topic }, i) => {
    if (cutAt !== undefined && i === cutAt) {
      // A crash: what was written since the last flush survives in the store, the state does not.
      writes.push(ops.output());
      const snap = JSON.parse(JSON.stringify(ops.snapshot()));
      ops = PartitionOperators.restore(0, options, snap);
    }
    ops.apply(enrichEvent(e, lookup), { topic });
    if ((i + 1) % flushEvery === 0) writes.push(ops.output());
  });
  writes.push(ops.output());
  return fold(writes);
}

const base = events(6_000);
const inOrder = base.map((e) => ({ e, topic: topicFor(e.type) }));
const reference = run(inOrder, 500);

Deno.test("results do not depend on how the three topics interleave, nor on flush timing", () => {
  const r = new Random(99);
  for (let trial = 0; trial < 6; trial++) {
    const shuffled = interleave(base, r);
    assert.deepEqual(run(shuffled, 137 + trial * 211), reference, `trial ${trial}`);
  }
});

Deno.test("snapshot + restore at any point equals processing straight through", () => {
  const r = new Random(7);
  for (let trial = 0; trial < 5; trial++) {
    const cut = 1 + Math.floor(r.next() * (inOrder.length - 2));
    assert.deepEqual(run(inOrder, 333, cut), reference, `cut at ${cut}`);
  }
});

Deno.test("a restored state re-derives signals a killed run may have left behind", () => {
  const ops = new PartitionOperators(0, options);
  for (const { e, topic } of inOrder.slice(0, 3000)) ops.apply(enrichEvent(e, lookup), { topic });
  const first = ops.output();
  assert.ok(first.signals.length > 0);
  const restored = PartitionOperators.restore(0, options, ops.snapshot());
  const again = restored.output();
  assert.deepEqual(
    again.signals.map((s) => s.id).sort(),
    first.signals.map((s) => s.id).sort(),
    "every holding signal is written again after a restore",
  );
});

Deno.test("events later than the allowed lateness on their topic are counted, not merged", () => {
  const ops = new PartitionOperators(0, options);
  const view = base.find((e) => e.type === "view")!;
  const t = Date.parse(view.ts);
  const at = (ms: number) => ({ ...view, event_id: crypto.randomUUID(), ts: new Date(ms).toISOString() });
  ops.apply(enrichEvent(at(t), lookup), { topic: "product-events" });
  ops.apply(enrichEvent(at(t - 29_999), lookup), { topic: "product-events" }); // within 30 s: merged
  ops.apply(enrichEvent(at(t - 30_001), lookup), { topic: "product-events" }); // beyond: late
  // A different topic has its own watermark: an old purchase is not late there.
  const c = ops.counters();
  assert.equal(c.late_events, 1);
  assert.equal(c.events.view, 2);
  const views = ops.output().trends.reduce((a, b) => a + b.views, 0);
  assert.equal(views, 2);
});

Deno.test("raw-event sampling keeps every order event and whole timelines of a share of users", async () => {
  const { keepRawEvent } = await import("./processor.ts");
  const kept = base.filter((e) => keepRawEvent(e, 0.1));
  assert.deepEqual(kept, base.filter((e) => keepRawEvent(e, 0.1)), "same events, same choice");
  for (const e of base) {
    if (e.type === "purchase" || e.type === "refund") assert.ok(keepRawEvent(e, 0.1), "orders always kept");
  }
  const users = new Set(base.map((e) => e.user_id));
  const sampledUsers = new Set(
    kept.filter((e) => e.type !== "purchase" && e.type !== "refund").map((e) => e.user_id),
  );
  for (const e of base) {
    if (sampledUsers.has(e.user_id)) assert.ok(keepRawEvent(e, 0.1), "a sampled user's every event is kept");
  }
  const share = sampledUsers.size / users.size;
  assert.ok(share > 0.05 && share < 0.15, `share of users ${share}`);
  assert.equal(base.filter((e) => e.type === "view" && keepRawEvent(e, 0)).length, 0);
  assert.equal(base.filter((e) => keepRawEvent(e, 1)).length, base.length);
});

Deno.test("a user flagged as a bot counts on the bot side only, whenever they were caught", () => {
  const docs = Object.values(reference).map((d) => JSON.parse(d));
  const bots = new Set(docs.filter((d) => d.type === "bot").map((d) => d.user_id as string));
  assert.ok(bots.size > 0, "the sample has bots");
  // Every view of a flagged bot sits in a bot bucket; every other view in a people bucket.
  const views = (bot: boolean) =>
    docs.filter((d) => d.product_id && d.bot === bot).reduce((a, d) => a + d.views, 0);
  const botViews = base.filter((e) => e.type === "view" && bots.has(e.user_id)).length;
  const peopleViews = base.filter((e) => e.type === "view" && !bots.has(e.user_id)).length;
  assert.equal(views(true), botViews);
  assert.equal(views(false), peopleViews);
  const searches = (bot: boolean) =>
    docs.filter((d) => d.query !== undefined && d.bot === bot).reduce((a, d) => a + d.searches, 0);
  assert.equal(searches(true), base.filter((e) => e.type === "search" && bots.has(e.user_id)).length);
  // A bot was first counted as a person (too few events to tell): those views moved.
  assert.ok(
    base.some((e, i) =>
      bots.has(e.user_id) && base.slice(0, i).filter((x) => x.user_id === e.user_id).length < 5
    ),
    "bots' first events arrive before they can be flagged",
  );
  // No funnel counts a flagged bot's sessions on the people side.
  const botSessions = new Set(base.filter((e) => bots.has(e.user_id)).map((e) => e.session_id));
  const botFunnelViews = docs.filter((d) => d.viewed !== undefined && d.bot === true)
    .reduce((a, d) => a + d.viewed, 0);
  const expectedBotEntries = new Set(
    base.filter((e) => e.type === "view" && botSessions.has(e.session_id)).map((e) =>
      `${e.session_id}|${(e as { category: string }).category}`
    ),
  ).size;
  assert.equal(botFunnelViews, expectedBotEntries);
});

for (const restart of ["restarted from storage mid-round", "never restarted"] as const) {
  Deno.test(`incremental checkpoint images restore exactly, across rolling rounds that drop old pieces (${restart})`, () => {
    // A store in miniature: pieces in order, each image's chunks appended, a finished
    // round (or a full image) dropping the pieces it makes obsolete.
    let pieces: string[] = [];
    let scalars = "";
    const save = (image: { full: boolean; scalars: string; chunks: string[]; supersedes?: number }) => {
      pieces = image.full ? [...image.chunks] : [...pieces.slice(image.supersedes ?? 0), ...image.chunks];
      scalars = image.scalars;
    };
    let ops = new PartitionOperators(0, options);
    const writes: AnalyticsWrite[] = [];
    let saves = 0;
    let cycle: { next: number; start: number } | undefined;
    const slices = 4;
    inOrder.forEach(({ e, topic }, i) => {
      ops.apply(enrichEvent(e, lookup), { topic });
      if ((i + 1) % 250 !== 0) return;
      writes.push(ops.output());
      if (saves++ === 0) save(ops.checkpointImage({ full: true }).image);
      else {
        cycle ??= { next: 0, start: pieces.length };
        const { image } = ops.checkpointImage({ slice: { index: cycle.next, of: slices } });
        if (cycle.next + 1 === slices) image.supersedes = cycle.start;
        save(image);
        if (++cycle.next === slices) cycle = undefined;
      }
      if (i % 1000 === 999) {
        // A restart from what is stored equals the state kept in memory.
        const restored = PartitionOperators.fromImage(0, options, { scalars, chunks: pieces });
        const a = ops.snapshot() as Record<string, unknown>;
        const b = restored.snapshot() as Record<string, unknown>;
        assert.deepEqual(
          { ...b, signals: undefined },
          { ...a, signals: undefined },
          `restore after event ${i}`,
        );
        if (restart === "restarted from storage mid-round") {
          // The new instance has no key snapshot for the round in progress: it covers every slice so far.
          writes.push(ops.output());
          ops = restored;
        }
      }
    });
    writes.push(ops.output());
    assert.deepEqual(fold(writes), reference);
    assert.ok(pieces.length < saves, `old pieces were dropped (${pieces.length} kept of ${saves} saves)`);
  });
}

Deno.test("an event resent by a producer (same id, same topic) counts once, across a restore", () => {
  const ops = new PartitionOperators(0, options);
  const view = base.find((e) => e.type === "view")!;
  ops.apply(enrichEvent(view, lookup), { topic: topicFor(view.type) });
  const restored = PartitionOperators.restore(0, options, ops.snapshot());
  restored.apply(enrichEvent(view, lookup), { topic: topicFor(view.type) });
  const c = restored.counters();
  assert.equal(c.events.view, 1);
  assert.equal(c.duplicates, 1);
  const buckets =
    (restored.snapshot() as { trending: { buckets: Record<string, { views: number }> } }).trending
      .buckets;
  assert.equal(Object.values(buckets).reduce((a, b) => a + b.views, 0), 1, "the view counted once");
});

Deno.test("operators: a snapshot is a copy, unchanged by events applied after it", () => {
  const ops = new PartitionOperators(0, options);
  const evs = events(3000);
  for (const e of evs.slice(0, 2000)) ops.apply(enrichEvent(e, lookup), { topic: topicFor(e.type) });
  const snap = ops.snapshot();
  const json = JSON.stringify(snap);
  // The same users search and view again: their contributions' counts change in the state.
  for (const e of evs.slice(2000)) ops.apply(enrichEvent(e, lookup), { topic: topicFor(e.type) });
  assert.equal(JSON.stringify(snap), json);
  assert.notEqual(JSON.stringify(ops.snapshot()), json);
});

Deno.test("a checkpoint in the earlier layout (a `contributions` map, funnel counts as objects) restores to the same state", () => {
  const ops = new PartitionOperators(0, options);
  const cut = 3_000;
  for (const { e, topic } of inOrder.slice(0, cut)) ops.apply(enrichEvent(e, lookup), { topic });
  ops.output();
  const { image } = ops.checkpointImage({ full: true });
  // The old layout: each would-be bot's three maps in a map of their own, keyed by user.
  const old: [string, string, unknown][] = [];
  let moved = 0;
  let objects = 0;
  for (const [map, key, value] of parseChunks(image.chunks)) {
    if (map === "funnels.entries" && value !== null) {
      // What an entry adds to its bucket was an object: { minute, carted, purchased, bot? }.
      const { counted, ...entry } = value as { counted: number };
      const flags = counted % 16;
      const minute = ((counted - flags) / 16) * 60_000;
      const was = {
        minute,
        carted: (flags & 1) !== 0,
        purchased: (flags & 2) !== 0,
        ...(flags & 4 ? { bot: true } : {}),
      };
      old.push([map, key, counted === 0 ? entry : { ...entry, counted: was }]);
      if (counted !== 0) objects++;
      continue;
    }
    if (map !== "bots.users" || value === null) {
      old.push([map, key, value]);
      continue;
    }
    const { views, entries, searches, ...user } = value as Record<string, unknown>;
    old.push([map, key, user]);
    if (views || entries || searches) {
      old.push(["contributions", key, { views, entries, searches, last: user.last }]);
      moved++;
    }
  }
  assert.ok(moved > 100, `users with contributions: ${moved}`);
  assert.ok(objects > 100, `funnel entries counted: ${objects}`);
  const legacy = PartitionOperators.fromImage(0, options, {
    scalars: image.scalars,
    chunks: chunkEntries(old),
  });
  const current = PartitionOperators.fromImage(0, options, image);
  assert.deepEqual(legacy.snapshot(), current.snapshot());
  // And from there on both count the same (the contributions move when a user is flagged).
  const outs = [legacy, current].map((o) => {
    o.output();
    const writes: AnalyticsWrite[] = [];
    for (const { e, topic } of inOrder.slice(cut)) o.apply(enrichEvent(e, lookup), { topic });
    writes.push(o.output());
    return fold(writes);
  });
  assert.deepEqual(outs[0], outs[1]);
});

Deno.test("users, sessions and funnel entries idle for the retention below every topic's watermark are forgotten", () => {
  const ops = new PartitionOperators(0, options);
  const early = events(3_000);
  for (const e of early) ops.apply(enrichEvent(e, lookup), { topic: topicFor(e.type) });
  ops.output();
  // Three hours of event time later, on every topic: the horizon passes the early events.
  const late = events(3_000, 11, Date.parse("2026-01-01T13:30:00Z"));
  for (const e of late) ops.apply(enrichEvent(e, lookup), { topic: topicFor(e.type) });
  ops.output();
  const snap = ops.snapshot() as {
    bots: { users: Record<string, { last: number }> };
    funnels: { entries: Record<string, { last: number }> };
    search: { sessions: Record<string, { last: number }> };
  };
  const horizon = Date.parse("2026-01-01T13:30:00Z") - options.retentionMs;
  const lateUsers = new Set(late.map((e) => e.user_id));
  const lateSessions = new Set(late.map((e) => e.session_id));
  const gone = early.filter((e) => !lateUsers.has(e.user_id));
  assert.ok(gone.length > 1_000, `early-only events: ${gone.length}`);
  for (const e of gone) assert.equal(snap.bots.users[e.user_id], undefined, `user ${e.user_id} kept`);
  for (const e of early.filter((e) => !lateSessions.has(e.session_id))) {
    assert.equal(snap.search.sessions[e.session_id], undefined, `session ${e.session_id} kept`);
  }
  for (const [key, entry] of Object.entries(snap.funnels.entries)) {
    assert.ok(entry.last >= horizon, `entry ${key} kept`);
  }
  assert.ok(Object.keys(snap.bots.users).length > 0, "the late users are there");
  for (const u of Object.values(snap.bots.users)) assert.ok(u.last >= horizon);
});
