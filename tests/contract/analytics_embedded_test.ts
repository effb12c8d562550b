import assert from "node:assert/strict";
import { EmbeddedAnalytics } from "../../src/store/embedded/analytics.ts";
import { EmbeddedCheckpoints } from "../../src/store/embedded/checkpoints.ts";
import { analyticsContract } from "./analytics_contract.ts";
import { emptyCounters, type FraudSignal } from "../../src/domain/analytics.ts";

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
