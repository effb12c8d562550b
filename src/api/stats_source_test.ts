import assert from "node:assert/strict";
import { emptyCounters, type PartitionCounters } from "../domain/analytics.ts";
import { StatsSnapshot } from "../domain/stats.ts";
import { Registry } from "../observability/metrics.ts";
import { GENERATED_COUNTER, PROCESSED_COUNTER } from "../observability/names.ts";
import { createStatsSource } from "./stats_source.ts";

function analytics(totals: Partial<PartitionCounters>) {
  return {
    totals: () => Promise.resolve({ ...emptyCounters(), ...totals }),
    docCounts: () => Promise.resolve({ products: 42 }),
  };
}

Deno.test("stats take the larger of checkpointed and live counts, and report lag and checkpoint age", async () => {
  const metrics = new Registry();
  const processed = metrics.counter(PROCESSED_COUNTER, "processed", ["type"]);
  processed.inc(700, { type: "view" }); // live, ahead of the checkpoint
  const stats = createStatsSource({
    role: "all",
    backend: { bus: "kafka", store: "elasticsearch" },
    store: { analytics: analytics({ events: { view: 500, purchase: 9 }, dead_letters: 2, revenue: 99.5 }) },
    groupId: "g",
    metrics,
    lag: () => Promise.resolve([{ topic: "t", partition: 0, lag: 12 }]),
    checkpointAge: () => 3.25,
    activeUsers: () => 17,
  });
  try {
    const s = StatsSnapshot.parse(await stats.snapshot());
    assert.deepEqual(s.events.by_type, { view: 700, purchase: 9 });
    assert.equal(s.events.total, 709);
    assert.equal(s.dead_letters, 2);
    assert.equal(s.revenue, 99.5);
    assert.deepEqual(s.consumer_lag, [{ topic: "t", partition: 0, lag: 12 }]);
    assert.equal(s.checkpoint_age_s, 3.3);
    assert.equal(s.active_users, 17);
    assert.deepEqual(s.index_docs, { products: 42 });
    assert.equal(s.generated, undefined, "no generator in this process");
    const text = await metrics.expose();
    assert.match(text, /^shopstream_consumer_lag\{topic="t",partition="0"\} 12$/m);
    assert.match(text, /^shopstream_checkpoint_age_seconds 3.25$/m);
  } finally {
    stats.close();
  }
});

Deno.test("per-second rates come from counters sampled over time", async () => {
  const metrics = new Registry();
  const generated = metrics.counter(GENERATED_COUNTER, "generated", ["type"]);
  const processed = metrics.counter(PROCESSED_COUNTER, "processed", ["type"]);
  const stats = createStatsSource({
    role: "all",
    backend: { bus: "embedded", store: "embedded" },
    store: { analytics: analytics({}) },
    groupId: "g",
    metrics,
    sampleIntervalMs: 50,
  });
  try {
    // ~100 events per 50 ms sample = ~2000/s; bounds are loose on purpose (timers jitter).
    for (let i = 0; i < 12; i++) {
      generated.inc(100, { type: "view" });
      processed.inc(100, { type: "view" });
      await new Promise((r) => setTimeout(r, 50));
    }
    const s = await stats.snapshot();
    assert.ok(s.generated, "a generator counter means a generated block");
    assert.equal(s.generated.total, 1200);
    assert.ok(s.events.per_second.last_10s > 200, `rate ${s.events.per_second.last_10s}`);
    assert.ok(s.generated.per_second.last_1s > 200, `rate ${s.generated.per_second.last_1s}`);
  } finally {
    stats.close();
  }
});

Deno.test("a failing lag lookup does not take /stats down", async () => {
  const stats = createStatsSource({
    role: "api",
    backend: { bus: "kafka", store: "elasticsearch" },
    store: { analytics: analytics({}) },
    groupId: "g",
    lag: () => Promise.reject(new Error("broker down")),
  });
  try {
    assert.deepEqual((await stats.snapshot()).consumer_lag, []);
  } finally {
    stats.close();
  }
});
