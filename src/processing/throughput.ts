/**
 * Throughput history: events per event-time minute, by type. The dashboard opens its
 * events-per-second chart with these, so it is never blank on load.
 *
 * @module
 */
import type { RateBucket } from "../domain/analytics.ts";
import type { EnrichedEvent } from "./enriched.ts";
import { iso, MINUTE, minuteOf } from "../domain/time.ts";
import type { Removed } from "./state_changes.ts";

export interface ThroughputState {
  /** minute (epoch ms, as a string key) → counts by type. */
  minutes: Record<string, Record<string, number>>;
}

export function createThroughput(): ThroughputState {
  return { minutes: {} };
}

export function applyThroughput(s: ThroughputState, dirty: Set<string>, e: EnrichedEvent, ts: number): void {
  const key = String(minuteOf(ts));
  const m = s.minutes[key] ??= {};
  m[e.type] = (m[e.type] ?? 0) + 1;
  dirty.add(key);
}

export function rateDocs(s: ThroughputState, dirty: Set<string>, partition: number): RateBucket[] {
  return [...dirty].sort().flatMap((key) => {
    const byType = s.minutes[key];
    if (!byType) return [];
    const minute = iso(Number(key));
    return [{
      id: `${partition}:${minute}`,
      partition,
      minute,
      total: Object.values(byType).reduce((a, b) => a + b, 0),
      by_type: { ...byType },
    }];
  });
}

/** Drops minutes older than `horizon` (written already; late events for them are refused). */
export function evictThroughput(s: ThroughputState, horizon: number, removed?: Removed): void {
  for (const key of Object.keys(s.minutes)) {
    if (Number(key) + MINUTE < horizon) {
      delete s.minutes[key];
      removed?.("throughput.minutes", key);
    }
  }
}
