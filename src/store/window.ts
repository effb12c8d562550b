/**
 * The query-time window rule both stores share: `minutes: N` covers the last N whole
 * one-minute buckets, ending with the bucket that contains `now`; `now` defaults to the
 * newest bucket in the data (event time, so a replay answers the same).
 *
 * @module
 */
export const MINUTE = 60_000;

/** Inclusive start (epoch ms) of the window of `minutes` buckets ending at `now`'s bucket. */
export function windowStart(now: number, minutes: number): number {
  return Math.floor(now / MINUTE) * MINUTE - (minutes - 1) * MINUTE;
}

/** Inclusive end: the start of `now`'s bucket. */
export function windowEnd(now: number): number {
  return Math.floor(now / MINUTE) * MINUTE;
}

export const SEVERITY_RANK = { high: 3, medium: 2, low: 1 } as const;
