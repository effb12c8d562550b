/**
 * The query-time window rule both stores share: `minutes: N` covers the last N whole
 * one-minute buckets, ending with the bucket that contains `now`; `now` defaults to the
 * newest bucket in the data (event time, so a replay answers the same), but never later
 * than the wall clock plus the allowed future skew.
 *
 * @module
 */
import { DEFAULT_MAX_FUTURE_SKEW_MS, MINUTE, minuteOf } from "../domain/time.ts";

/** Inclusive start (epoch ms) of the window of `minutes` buckets ending at `now`'s bucket. */
export function windowStart(now: number, minutes: number): number {
  return minuteOf(now) - (minutes - 1) * MINUTE;
}

/** Inclusive end: the start of `now`'s bucket. */
export function windowEnd(now: number): number {
  return minuteOf(now);
}

/** The latest bucket a default window may end at: buckets beyond it are outliers. */
export function latestAllowed(wallClock: number = Date.now()): number {
  return minuteOf(wallClock + DEFAULT_MAX_FUTURE_SKEW_MS);
}

export const SEVERITY_RANK = { high: 3, medium: 2, low: 1 } as const;
