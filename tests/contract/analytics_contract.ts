/**
 * Analytics-store behaviour both backends share: sums across partitions, idempotent
 * replays, the window rule, category prefixes, orderings, retraction, totals and the
 * checkpoints' optimistic concurrency.
 *
 * @module
 */
import assert from "node:assert/strict";
import type { AnalyticsStore, CheckpointStore } from "../../src/store/port.ts";
import { CheckpointConflictError } from "../../src/store/port.ts";
import {
  type AnalyticsWrite,
  emptyCounters,
  type FraudSignal,
  type TrendBucket,
} from "../../src/domain/analytics.ts";

export type Register = (name: string, fn: () => Promise<void>) => void;
export interface Backend {
  analytics: AnalyticsStore;
  checkpoints: CheckpointStore;
  /** Makes writes visible to queries (ES refresh; a no-op in memory). */
  settle(): Promise<void>;
}

const T = Date.parse("2026-03-01T10:00:00.000Z");
const M = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const empty = (): AnalyticsWrite => ({
  trends: [],
  funnels: [],
  signals: [],
  retracted_signals: [],
  queries: [],
});

function trend(
  partition: number,
  product: string,
  minute: number,
  views: number,
  category = "electronics.audio.headphones",
): TrendBucket {
  return {
    id: `${partition}:${product}:${iso(minute)}`,
    partition,
    product_id: product,
    minute: iso(minute),
    views,
    carts: 0,
    purchases: 0,
    score: views,
    category,
    title: `Title ${product}`,
    brand: "Brand",
  };
}

function signal(
  type: FraudSignal["type"],
  user: string,
  severity: FraudSignal["severity"],
  last: number,
): FraudSignal {
  return {
    id: `${type}:${user}`,
    type,
    severity,
    user_id: user,
    evidence: { n: 1 },
    first_seen: iso(last - M),
    last_seen: iso(last),
  };
}

export function analyticsContract(register: Register, make: () => Promise<Backend>): void {
  register("trending sums partitions, counts a replay once, and keeps to the window", async () => {
    const b = await make();
    const w = empty();
    w.trends.push(
      trend(0, "p-a", T, 3),
      trend(1, "p-a", T, 4),
      trend(0, "p-b", T - M, 5),
      trend(2, "p-c", T - 5 * M, 50),
    );
    await b.analytics.write([{ docs: w }]);
    await b.analytics.write([{ docs: w }]); // replay: same ids, same values
    await b.settle();
    const top = await b.analytics.trending({ minutes: 2, limit: 10 });
    assert.deepEqual(
      top.map((t) => [t.product_id, t.views]),
      [["p-a", 7], ["p-b", 5]],
      "p-c is 5 minutes old",
    );
    assert.equal(top[0].title, "Title p-a");
    const wide = await b.analytics.trending({ minutes: 6, limit: 10 });
    assert.equal(wide[0].product_id, "p-c");
    const at = await b.analytics.trending({ minutes: 1, limit: 10, now: T - M + 59_999 });
    assert.deepEqual(at.map((t) => t.product_id), ["p-b"], "an explicit now moves the window");
  });

  register("trending filters by category prefix on the hierarchy; ties by product id", async () => {
    const b = await make();
    const w = empty();
    w.trends.push(
      trend(0, "p-2", T, 2, "electronics.tv.televisions"),
      trend(0, "p-1", T, 2, "electronics.audio.earbuds"),
      trend(0, "p-9", T, 9, "electronicsx.odd.leaf"),
    );
    await b.analytics.write([{ docs: w }]);
    await b.settle();
    const r = await b.analytics.trending({ minutes: 5, limit: 10, category: "electronics" });
    assert.deepEqual(r.map((t) => t.product_id), ["p-1", "p-2"]);
  });

  register("funnels by leaf and top level with ratios and drop-off", async () => {
    const b = await make();
    const w = empty();
    const f = (p: number, category: string, viewed: number, carted: number, purchased: number) => ({
      id: `${p}:${category}:${iso(T)}`,
      partition: p,
      category,
      top: category.split(".")[0],
      minute: iso(T),
      viewed,
      carted,
      purchased,
    });
    w.funnels.push(
      f(0, "books.fiction.novels", 10, 4, 2),
      f(1, "books.fiction.novels", 10, 0, 0),
      f(0, "pets.dogs.dog_food", 5, 5, 1),
    );
    await b.analytics.write([{ docs: w }]);
    await b.settle();
    const leaf = await b.analytics.funnels({ minutes: 5, level: "leaf" });
    assert.deepEqual(leaf[0], {
      category: "books.fiction.novels",
      viewed: 20,
      carted: 4,
      purchased: 2,
      view_to_cart: 0.2,
      cart_to_purchase: 0.5,
      overall: 0.1,
      drop_off: { after_view: 16, after_cart: 2 },
    });
    const top = await b.analytics.funnels({ minutes: 5, level: "top" });
    assert.deepEqual(top.map((r) => r.category), ["books", "pets"]);
  });

  register("fraud signals filter, order by severity then recency, and retract", async () => {
    const b = await make();
    const w = empty();
    w.signals.push(
      signal("fast_refund", "u-1", "low", T),
      signal("refund_loop", "u-2", "high", T - M),
      signal("bot", "u-3", "high", T),
    );
    await b.analytics.write([{ docs: w }]);
    await b.settle();
    assert.deepEqual((await b.analytics.fraud({ limit: 10 })).map((s) => s.id), [
      "bot:u-3",
      "refund_loop:u-2",
      "fast_refund:u-1",
    ]);
    assert.deepEqual((await b.analytics.fraud({ limit: 10, type: "bot" })).map((s) => s.id), ["bot:u-3"]);
    assert.deepEqual((await b.analytics.fraud({ limit: 10, severity: "low" })).map((s) => s.id), [
      "fast_refund:u-1",
    ]);
    const back = (await b.analytics.fraud({ limit: 10 })).find((s) => s.id === "refund_loop:u-2")!;
    assert.deepEqual(back, signal("refund_loop", "u-2", "high", T - M), "stored as written");
    await b.analytics.write([{ docs: { ...empty(), retracted_signals: ["bot:u-3", "bot:never-existed"] } }]);
    await b.settle();
    assert.deepEqual((await b.analytics.fraud({ limit: 10 })).map((s) => s.id), [
      "refund_loop:u-2",
      "fast_refund:u-1",
    ]);
  });

  register("top and zero-result queries", async () => {
    const b = await make();
    const w = empty();
    const qb = (p: number, query: string, searches: number, zero: number) => ({
      id: `${p}:${query}:${iso(T)}`,
      partition: p,
      query,
      minute: iso(T),
      searches,
      zero_results: zero,
      converted: 0,
    });
    w.queries.push(qb(0, "tv", 5, 0), qb(1, "tv", 5, 0), qb(0, "xqzv", 3, 3), qb(0, "blender", 4, 1));
    await b.analytics.write([{ docs: w }]);
    await b.settle();
    assert.deepEqual(
      (await b.analytics.topQueries({ minutes: 5, limit: 10 })).map((r) => [r.query, r.searches]),
      [
        ["tv", 10],
        ["blender", 4],
        ["xqzv", 3],
      ],
    );
    assert.deepEqual(
      (await b.analytics.topQueries({ minutes: 5, limit: 10, zeroResultsOnly: true })).map((r) => r.query),
      ["xqzv", "blender"],
    );
  });

  register("sampled raw events are stored by event id: a replay does not duplicate them", async () => {
    const b = await make();
    const doc = (i: number) => ({
      id: `00000000-0000-4000-8000-00000000000${i}`,
      partition: 1,
      topic: "product-events",
      event: { type: "view", user_id: "u-1", ts: iso(T + i) },
      products: {},
      unknown_products: [],
    });
    await b.analytics.write([{ docs: { ...empty(), events: [doc(1), doc(2)] } }]);
    await b.analytics.write([{ docs: { ...empty(), events: [doc(2), doc(3)] } }]);
    await b.settle();
    assert.equal((await b.analytics.docCounts()).events, 3);
  });

  register(
    "owned writes: an earlier owner's write, or an owner's earlier one, never replaces a later",
    async () => {
      const b = await make();
      const at = (views: number) => ({ ...empty(), trends: [trend(0, "p-v", T, views)] });
      await b.analytics.write([{ partition: 0, owner: 2, progress: 10, docs: at(5) }]);
      await b.analytics.write([{ partition: 0, owner: 1, progress: 50, docs: at(2) }]); // a zombie, further ahead
      await b.settle();
      assert.equal((await b.analytics.trending({ minutes: 1, limit: 5, now: T }))[0].views, 5);
      await b.analytics.write([{ partition: 0, owner: 2, progress: 20, docs: at(6) }]);
      await b.analytics.write([{ partition: 0, owner: 3, progress: 5, docs: at(7) }]); // a new owner, replaying
      await b.settle();
      assert.equal(
        (await b.analytics.trending({ minutes: 1, limit: 5, now: T }))[0].views,
        7,
        "the newest owner wins",
      );
      // One owner's request the store finishes late (a timed-out bulk a recovering node still
      // applies) cannot put an older value back over a newer one.
      await b.analytics.write([{ partition: 0, owner: 3, progress: 8, docs: at(9) }]);
      await b.analytics.write([{ partition: 0, owner: 3, progress: 6, docs: at(8) }]);
      await b.settle();
      assert.equal(
        (await b.analytics.trending({ minutes: 1, limit: 5, now: T }))[0].views,
        9,
        "the owner's newest position wins",
      );
      // A retraction from an earlier owner does not delete a later owner's signal.
      const sig = { ...empty(), signals: [signal("bot", "u-v", "high", T)] };
      await b.analytics.write([{ partition: 0, owner: 4, progress: 1, docs: sig }]);
      await b.analytics.write([{
        partition: 0,
        owner: 3,
        progress: 9,
        docs: { ...empty(), retracted_signals: ["bot:u-v"] },
      }]);
      await b.settle();
      assert.deepEqual((await b.analytics.fraud({ limit: 10 })).map((x) => x.id), ["bot:u-v"]);
      await b.analytics.write([{
        partition: 0,
        owner: 4,
        progress: 2,
        docs: { ...empty(), retracted_signals: ["bot:u-v"] },
      }]);
      await b.settle();
      assert.deepEqual(await b.analytics.fraud({ limit: 10 }), []);
    },
  );

  register("rollback removes what a partition's earlier owners wrote beyond a checkpoint", async () => {
    const b = await make();
    const w = (partition: number, owner: number, progress: number, product: string) => ({
      partition,
      owner,
      progress,
      docs: {
        ...empty(),
        trends: [trend(partition, product, T, 1)],
        signals: [signal("bot", product, "low", T)],
      },
    });
    await b.analytics.write([w(0, 1, 100, "p-before"), w(0, 1, 300, "p-after"), w(1, 1, 300, "p-other")]);
    await b.analytics.rollback({ partition: 0, after: 200 });
    await b.settle();
    const ids = async () =>
      (await b.analytics.trending({ minutes: 1, limit: 10, now: T })).map((x) => x.product_id);
    assert.deepEqual(await ids(), ["p-before", "p-other"], "only partition 0's writes beyond 200 go");
    assert.deepEqual((await b.analytics.fraud({ limit: 10 })).map((x) => x.user_id).sort(), [
      "p-before",
      "p-other",
    ]);
    // A sweep for zombies spares the current owner's own writes.
    await b.analytics.write([w(0, 2, 400, "p-owner2"), w(0, 1, 500, "p-zombie")]);
    await b.analytics.rollback({ partition: 0, after: 200, ownerBelow: 2 });
    await b.settle();
    assert.deepEqual((await ids()).sort(), ["p-before", "p-other", "p-owner2"]);
  });

  register("a document id longer than the store allows is still written and counted once", async () => {
    const b = await make();
    const category = `electronics.${"x".repeat(600)}`;
    const w = () => ({ ...empty(), trends: [trend(0, "p-long", T, 3, category)] });
    const r1 = await b.analytics.write([{ docs: w() }]);
    await b.analytics.write([{ docs: w() }]);
    await b.settle();
    assert.deepEqual(r1.rejected, []);
    const items = await b.analytics.trending({ minutes: 1, limit: 5, now: T });
    assert.deepEqual(items.map((x) => [x.product_id, x.views]), [["p-long", 3]]);
  });

  register("checkpoints: create, load, versioned save, conflicts, list and totals", async () => {
    const b = await make();
    const counters = { ...emptyCounters(), events: { view: 3 }, revenue: 10.5, max_event_time: T };
    const image = (chunks: string[], full = true, supersedes?: number) => ({
      full,
      scalars: `{"n":${chunks.length}}`,
      chunks,
      ...(supersedes !== undefined ? { supersedes } : {}),
    });
    const cp = {
      groupId: "g1",
      partition: 2,
      offsets: { "a": "10" },
      counters,
      state: image(['[["m","k1",1]]']),
      updated_at: iso(T),
    };
    assert.equal(await b.checkpoints.load("g1", 2), undefined);
    const v1 = (await b.checkpoints.save(cp, undefined)).version;
    await assert.rejects(b.checkpoints.save(cp, undefined), CheckpointConflictError, "create when it exists");
    const loaded = await b.checkpoints.load("g1", 2);
    assert.deepEqual(loaded?.checkpoint, cp);
    const s2 = await b.checkpoints.save({ ...cp, offsets: { a: "20" } }, v1);
    await assert.rejects(
      b.checkpoints.save({ ...cp, offsets: { a: "15" } }, v1),
      CheckpointConflictError,
      "stale version",
    );
    assert.equal((await b.checkpoints.load("g1", 2))?.checkpoint.offsets.a, "20");
    assert.deepEqual((await b.checkpoints.load("g1", 2))?.version, s2.version);
    await b.checkpoints.save({
      ...cp,
      partition: 0,
      counters: { ...counters, events: { view: 1, search: 2 }, max_event_time: T + 5 },
    }, undefined);
    await b.checkpoints.save({ ...cp, groupId: "other", partition: 0 }, undefined);
    assert.deepEqual((await b.checkpoints.list("g1")).map((c) => c.partition), [0, 2]);
    const totals = await b.analytics.totals("g1");
    assert.deepEqual(totals.events, { view: 4, search: 2 });
    assert.equal(totals.revenue, 21);
    assert.equal(totals.max_event_time, T + 5);
  });

  register(
    "checkpoints are incremental: change images append, a full one or a finished round replaces",
    async () => {
      const b = await make();
      const cp = (chunks: string[], full: boolean, supersedes?: number) => ({
        groupId: "gi",
        partition: 1,
        offsets: { a: String(chunks.length) },
        counters: emptyCounters(),
        state: { full, scalars: `"${chunks.join("|")}"`, chunks, ...(supersedes ? { supersedes } : {}) },
        updated_at: iso(T),
      });
      let saved = await b.checkpoints.save(cp(["base-1", "base-2"], true), undefined);
      assert.equal(saved.size.pieces, 2);
      saved = await b.checkpoints.save(cp(["change-1"], false), saved.version);
      saved = await b.checkpoints.save(cp(["change-2", "change-3"], false), saved.version);
      assert.equal(saved.size.pieces, 5);
      assert.ok(saved.size.changeBytes > 0);
      let loaded = await b.checkpoints.load("gi", 1);
      assert.deepEqual(loaded?.checkpoint.state.chunks, [
        "base-1",
        "base-2",
        "change-1",
        "change-2",
        "change-3",
      ]);
      assert.equal(loaded?.checkpoint.state.scalars, `"change-2|change-3"`, "scalars are the newest");
      // A finished rolling round: the oldest 3 pieces hold nothing current any more.
      saved = await b.checkpoints.save(cp(["round-end"], false, 3), saved.version);
      loaded = await b.checkpoints.load("gi", 1);
      assert.deepEqual(loaded?.checkpoint.state.chunks, ["change-2", "change-3", "round-end"]);
      assert.equal(loaded?.size.changeBytes, 0, "the retained pieces are the new base");
      // A full image replaces everything.
      saved = await b.checkpoints.save(cp(["full"], true), saved.version);
      loaded = await b.checkpoints.load("gi", 1);
      assert.deepEqual(loaded?.checkpoint.state.chunks, ["full"]);
      assert.deepEqual(loaded?.size, { fullBytes: 4, changeBytes: 0, pieces: 1 });
    },
  );
}
