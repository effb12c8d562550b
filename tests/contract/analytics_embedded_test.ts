import assert from "node:assert/strict";
import { EmbeddedAnalytics } from "../../src/store/embedded/analytics.ts";
import { EmbeddedCheckpoints } from "../../src/store/embedded/checkpoints.ts";
import { analyticsContract } from "./analytics_contract.ts";
import {
  emptyCounters,
  type FraudSignal,
  type FunnelBucket,
  type TrendBucket,
} from "../../src/domain/analytics.ts";

analyticsContract((name, fn) => Deno.test(`[embedded analytics] ${name}`, fn), () => {
  const checkpoints = new EmbeddedCheckpoints();
  return Promise.resolve({
    analytics: new EmbeddedAnalytics({ checkpoints }),
    checkpoints,
    settle: () => Promise.resolve(),
  });
});

/** A fraud signal, as the processor writes one. */
const SIGNAL: FraudSignal = {
  id: "bot:u",
  type: "bot",
  severity: "low",
  user_id: "u",
  evidence: {},
  first_seen: "2026-01-01T00:00:00.000Z",
  last_seen: "2026-01-01T00:00:00.000Z",
};

Deno.test("[embedded analytics] with a data dir, checkpoints and documents survive a restart", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "store-" });
  try {
    const cps = new EmbeddedCheckpoints({ dataDir });
    const a = new EmbeddedAnalytics({ dataDir, checkpoints: cps });
    await cps.save({
      groupId: "g",
      partition: 1,
      offsets: { t: "5" },
      counters: emptyCounters(),
      state: { full: true, scalars: "{}", chunks: ["[]"] },
      updated_at: "x",
    }, undefined);
    await a.write([{
      docs: {
        trends: [],
        funnels: [],
        queries: [],
        retracted_signals: [],
        signals: [SIGNAL],
      },
    }]);
    await a.close();
    const cps2 = new EmbeddedCheckpoints({ dataDir });
    const a2 = new EmbeddedAnalytics({ dataDir, checkpoints: cps2 });
    assert.equal((await cps2.load("g", 1))?.checkpoint.offsets.t, "5");
    assert.equal((await a2.fraud({ limit: 5 })).length, 1);
    await a2.close();
  } finally {
    await Deno.remove(dataDir, { recursive: true });
  }
});

Deno.test("[embedded checkpoints] with a data dir, pieces are read from their files, also while a save replaces them", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "store-" });
  const checkpoint = (full: boolean, chunks: string[], supersedes?: number) => ({
    groupId: "g",
    partition: 0,
    offsets: { t: String(chunks.length) },
    counters: emptyCounters(),
    state: { full, scalars: "{}", chunks, supersedes },
    updated_at: "x",
  });
  try {
    const cps = new EmbeddedCheckpoints({ dataDir });
    let { version } = await cps.save(checkpoint(true, ["a", "b"]), undefined);
    ({ version } = await cps.save(checkpoint(false, ["c"]), version));
    const restarted = new EmbeddedCheckpoints({ dataDir });
    assert.deepEqual((await restarted.load("g", 0))?.checkpoint.state.chunks, ["a", "b", "c"]);

    // A load reads its pieces asynchronously; a save in between drops the two oldest.
    const loading = restarted.load("g", 0);
    const saved = await restarted.save(checkpoint(false, ["d"], 2), version);
    const loaded = await loading;
    assert.ok(loaded);
    const expected = loaded.version.seqNo === saved.version.seqNo ? ["c", "d"] : ["a", "b", "c"];
    assert.deepEqual(loaded.checkpoint.state.chunks, expected);
    assert.deepEqual((await restarted.load("g", 0))?.checkpoint.state.chunks, ["c", "d"]);
    const files = [...Deno.readDirSync(`${dataDir}/checkpoints/pieces`)].length;
    assert.equal(files, 2); // the dropped pieces' files are gone
  } finally {
    await Deno.remove(dataDir, { recursive: true });
  }
});

Deno.test("[embedded analytics] a data dir saved in the earlier one-object format still restores", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "store-" });
  try {
    Deno.writeTextFileSync(
      `${dataDir}/analytics.json`,
      JSON.stringify({ trends: [], funnels: [], signals: [SIGNAL], queries: [], rates: [], origins: {} }),
    );
    const a = new EmbeddedAnalytics({ dataDir });
    assert.deepEqual((await a.fraud({ limit: 5 })).map((s) => s.id), ["bot:u"]);
    await a.close(); // saved again, in lines now
    assert.match(
      Deno.readTextFileSync(`${dataDir}/analytics.json`),
      /^\{"format":"shopstream-analytics-lines"/,
    );
    const b = new EmbeddedAnalytics({ dataDir });
    assert.deepEqual((await b.fraud({ limit: 5 })).map((s) => s.id), ["bot:u"]);
    await b.close();
  } finally {
    await Deno.remove(dataDir, { recursive: true });
  }
});

/** A trend bucket of `minute` (ISO) for partition 0. */
const trend = (product: string, minute: string, views: number): TrendBucket => ({
  id: `0:${product}:${minute}`,
  partition: 0,
  product_id: product,
  minute,
  views,
  carts: 0,
  purchases: 0,
  score: views,
  category: "electronics.audio.headphones",
  bot: false,
});
const funnel = (minute: string): FunnelBucket => ({
  id: `0:electronics.audio.headphones:${minute}`,
  partition: 0,
  category: "electronics.audio.headphones",
  top: "electronics",
  minute,
  viewed: 3,
  carted: 1,
  purchased: 0,
  bot: false,
});
const trendWrite = (
  owner: number,
  progress: number,
  trends: TrendBucket[],
  funnels: FunnelBucket[] = [],
) => ({
  partition: 0,
  owner,
  progress,
  docs: { trends, funnels, queries: [], signals: [], retracted_signals: [] },
});

Deno.test("[embedded analytics] where each document came from survives a restart: stale writes stay refused, rollback finds them", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "store-" });
  try {
    const minute = "2026-01-01T00:00:00.000Z";
    const a = new EmbeddedAnalytics({ dataDir });
    await a.write([trendWrite(2, 100, [trend("p-000001", minute, 5)])]);
    await a.write([trendWrite(2, 200, [trend("p-000002", minute, 7)])]);
    await a.close();
    const b = new EmbeddedAnalytics({ dataDir });
    const now = Date.parse(minute);
    const views = async () =>
      (await b.trending({ minutes: 5, limit: 10, includeBots: false, now })).map((t) =>
        `${t.product_id}=${t.views}`
      );
    assert.deepEqual(await views(), ["p-000002=7", "p-000001=5"]);
    await b.write([trendWrite(1, 999, [trend("p-000001", minute, 50)])]); // an earlier owner
    assert.deepEqual(await views(), ["p-000002=7", "p-000001=5"], "the earlier owner's write is refused");
    const removed = await b.rollback({ partition: 0, after: 150, ownerBelow: 3 });
    assert.deepEqual(removed.trends, [`0:p-000002:${minute}`]);
    assert.deepEqual(await views(), ["p-000001=5"]);
    await b.close();
  } finally {
    await Deno.remove(dataDir, { recursive: true });
  }
});

Deno.test("[embedded analytics] trend buckets an hour behind the newest go, funnel buckets stay for a day's windows", async () => {
  const a = new EmbeddedAnalytics({ pruneEveryMs: 0 });
  const at = (m: number) => new Date(Date.UTC(2026, 0, 1, 0, m)).toISOString();
  for (let m = 0; m <= 90; m++) {
    await a.write([trendWrite(1, m + 1, [trend("p-000001", at(m), 1)], [funnel(at(m))])]);
  }
  const counts = await a.docCounts();
  assert.equal(counts["product-trends"], 62, "minutes 29–90: the newest and the 61 before it");
  assert.equal(counts["category-funnels"], 91);
  const now = Date.parse(at(90));
  const [top] = await a.trending({ minutes: 60, limit: 1, includeBots: false, now });
  assert.equal(top.views, 60, "the longest window still sees every minute it spans");
  const [row] = await a.funnels({ minutes: 1440, level: "top", includeBots: false, now });
  assert.equal(row.viewed, 91 * 3);
});
