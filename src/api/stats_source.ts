/**
 * The default `StatsSource`: composes the checkpointed counters in the store, the
 * live counters of this process' metrics registry, consumer lag and checkpoint age
 * into one `/stats` snapshot, and publishes lag and checkpoint age as gauges.
 *
 * Rates come from counters sampled every second. When a processor runs in this
 * process its live counter is sampled; otherwise (`--role=api`) the checkpointed
 * totals are, so the rates move in checkpoint-interval steps there.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createStatsSource } from "./stats_source.ts";
 * import { Registry } from "../observability/metrics.ts";
 * import { createStore } from "../store/mod.ts";
 *
 * const store = await createStore({});
 * const metrics = new Registry();
 * const stats = createStatsSource({
 *   role: "all",
 *   backend: { bus: "embedded", store: "embedded" },
 *   store,
 *   groupId: "shopstream-processor",
 *   metrics,
 * });
 * const snapshot = await stats.snapshot();
 * assert.equal(snapshot.events.total, 0); // nothing processed yet
 * assert.equal(snapshot.events.per_second.last_10s, 0);
 * assert.match(await metrics.expose(), /shopstream_checkpoint_age_seconds/);
 *
 * stats.close();
 * await store.close();
 * ```
 *
 * @module
 */
import type { Role } from "../domain/config.ts";
import type { StatsSnapshot, StatsSource } from "../domain/stats.ts";
import { type AnalyticsStore, type CatalogStore, INDICES } from "../store/port.ts";
import type { Registry } from "../observability/metrics.ts";
import { GENERATED_COUNTER, PROCESSED_COUNTER } from "../observability/names.ts";

export interface StatsSourceOptions {
  role: Role;
  backend: StatsSnapshot["backend"];
  store: { analytics: Pick<AnalyticsStore, "totals" | "docCounts">; catalog?: Pick<CatalogStore, "count"> };
  /** The processor's consumer group, whose checkpoints hold the totals. */
  groupId: string;
  metrics?: Registry;
  /** Consumer lag per partition (Kafka only): `() => bus.lag(group, topics)`. */
  lag?: () => Promise<{ topic: string; partition: number; lag: number }[]>;
  /** Seconds since the in-process processor's last checkpoint. */
  checkpointAge?: () => number | undefined;
  /** Approximate distinct users of the last 5 minutes, if something tracks them. */
  activeUsers?: () => number | undefined;
  /** Sampling period of the rate counters (default 1000 ms). */
  sampleIntervalMs?: number;
}

interface Point {
  t: number;
  v: number;
}

/** Keeps ~12 s of samples: enough for the 10 s rate. */
class RateWindow {
  #points: Point[] = [];
  constructor(private readonly keepMs: number) {}

  add(t: number, v: number) {
    this.#points.push({ t, v });
    while (this.#points.length > 2 && this.#points[0].t < t - this.keepMs) this.#points.shift();
  }

  /** Per-second rate over roughly the last `windowMs` (shorter while the window fills). */
  rate(windowMs: number): number {
    const pts = this.#points;
    if (pts.length < 2) return 0;
    const last = pts[pts.length - 1];
    // Timers jitter: accept a base a little younger than the window.
    let base = pts[0];
    for (let i = pts.length - 2; i >= 0; i--) {
      if (pts[i].t <= last.t - windowMs * 0.9) {
        base = pts[i];
        break;
      }
    }
    const seconds = (last.t - base.t) / 1000;
    return seconds > 0 ? Math.max(0, (last.v - base.v) / seconds) : 0;
  }
}

function readCounter(metrics: Registry | undefined, name: string) {
  const m = metrics?.get(name);
  if (!m || m.type !== "counter") return undefined;
  const byType: Record<string, number> = {};
  for (const s of m.series()) {
    const type = s.labels.type;
    if (type) byType[type] = (byType[type] ?? 0) + s.value;
  }
  return { byType, total: m.total() };
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Builds the default stats source; call `close()` when the server stops. */
export function createStatsSource(options: StatsSourceOptions): StatsSource & { close(): void } {
  const { metrics } = options;
  const processedRates = new RateWindow(12_000);
  const generatedRates = new RateWindow(12_000);
  const checkpointedRates = new RateWindow(30_000);

  const sample = () => {
    const now = Date.now();
    const processed = readCounter(metrics, PROCESSED_COUNTER);
    if (processed) processedRates.add(now, processed.total);
    const generated = readCounter(metrics, GENERATED_COUNTER);
    if (generated) generatedRates.add(now, generated.total);
  };
  sample();
  const timer = setInterval(sample, options.sampleIntervalMs ?? 1000);
  Deno.unrefTimer(timer);

  const lagGauge = metrics?.gauge(
    "shopstream_consumer_lag",
    "Messages not yet committed by the processor group",
    [
      "topic",
      "partition",
    ],
  );
  const ageGauge = metrics?.gauge(
    "shopstream_checkpoint_age_seconds",
    "Seconds since this process' processor last checkpointed",
  );
  const unregister = metrics?.onCollect(async () => {
    const age = options.checkpointAge?.();
    if (age !== undefined) ageGauge!.set(round(age, 3));
    if (options.lag) {
      const lag = await options.lag();
      lagGauge!.reset();
      for (const l of lag) lagGauge!.set(l.lag, { topic: l.topic, partition: l.partition });
    }
  });

  // The embedded analytics store does not know the catalog: ask the catalog for its size.
  const docCounts = async () => {
    const docs = await options.store.analytics.docCounts();
    if (docs[INDICES.products] === undefined && options.store.catalog) {
      docs[INDICES.products] = await options.store.catalog.count();
    }
    return docs;
  };

  let lastCheckpointSample = 0;
  const build = async (): Promise<StatsSnapshot> => {
    const [totals, docs, lag] = await Promise.all([
      options.store.analytics.totals(options.groupId),
      docCounts(),
      // Lag is informative; a broker hiccup must not take /stats down with it.
      options.lag ? options.lag().catch(() => []) : Promise.resolve([]),
    ]);
    const now = Date.now();
    const checkpointedTotal = sum(totals.events);
    if (now - lastCheckpointSample >= 250) {
      checkpointedRates.add(now, checkpointedTotal);
      lastCheckpointSample = now;
    }

    // Live counters run ahead of checkpoints but restart at 0: the larger is the better lower bound.
    const live = readCounter(metrics, PROCESSED_COUNTER);
    const byType: Record<string, number> = { ...totals.events };
    for (const [type, n] of Object.entries(live?.byType ?? {})) byType[type] = Math.max(byType[type] ?? 0, n);
    const rates = live ? processedRates : checkpointedRates;

    const generated = readCounter(metrics, GENERATED_COUNTER);
    const age = options.checkpointAge?.();
    // From the checkpoints (every processor's partitions, surviving restarts), unless this
    // process counts them live.
    const activeUsers = options.activeUsers?.() ?? totals.active_users;
    return {
      role: options.role,
      backend: options.backend,
      time: new Date(now).toISOString(),
      uptime_s: round(performance.now() / 1000, 1),
      events: {
        by_type: byType,
        total: Math.max(sum(byType), checkpointedTotal, live?.total ?? 0),
        per_second: { last_1s: round(rates.rate(1000)), last_10s: round(rates.rate(10_000)) },
      },
      ...(generated
        ? {
          generated: {
            by_type: generated.byType,
            total: generated.total,
            per_second: {
              last_1s: round(generatedRates.rate(1000)),
              last_10s: round(generatedRates.rate(10_000)),
            },
          },
        }
        : {}),
      dead_letters: totals.dead_letters,
      late_events: totals.late_events,
      ...(totals.duplicates ? { duplicates: totals.duplicates } : {}),
      unknown_products: totals.unknown_products,
      consumer_lag: lag.map((l) => ({ topic: l.topic, partition: l.partition, lag: l.lag })),
      index_docs: docs,
      checkpoint_age_s: age === undefined ? null : round(age, 1),
      revenue: round(totals.revenue),
      refunds: round(totals.refunds),
      ...(activeUsers === undefined ? {} : { active_users: activeUsers }),
    };
  };

  // Several SSE clients and /stats callers within the same half second share one snapshot.
  let cached: { at: number; value: Promise<StatsSnapshot> } | undefined;
  return {
    snapshot() {
      const now = Date.now();
      if (cached && now - cached.at < 500) return cached.value;
      const value = build();
      cached = { at: now, value };
      value.catch(() => (cached = undefined));
      return value;
    },
    close() {
      clearInterval(timer);
      unregister?.();
    },
  };
}
