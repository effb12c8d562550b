/**
 * Event-time buckets: every analytics document is per one-minute bucket of event time,
 * and both the operators that write them and the stores that window over them use
 * these helpers, so a bucket boundary means the same everywhere.
 *
 * @example
 * ```ts
 * import { iso, minuteOf } from "./time.ts";
 * iso(minuteOf(Date.parse("2026-01-01T12:34:56.789Z"))); // "2026-01-01T12:34:00.000Z"
 * ```
 *
 * @module
 */

export const MINUTE = 60_000;

/** Start of the one-minute bucket containing `ts` (epoch ms). */
export function minuteOf(ts: number): number {
  return Math.floor(ts / MINUTE) * MINUTE;
}

/**
 * Epoch ms as ISO 8601 with milliseconds (the form every document uses). A minute's
 * string is made once and shared: every document of a minute bucket carries it, and the
 * embedded store holds hundreds of thousands of them.
 */
export function iso(ts: number): string {
  if (ts % MINUTE !== 0) return new Date(ts).toISOString();
  let s = minutes.get(ts);
  if (s === undefined) {
    if (minutes.size >= 4_096) minutes.clear();
    minutes.set(ts, s = new Date(ts).toISOString());
  }
  return s;
}
const minutes = new Map<number, string>();

/**
 * How far event time may run ahead of the clock. The processor dead-letters events
 * further ahead of their append time than this (`--max-future-skew`), and the stores
 * never let a window end later than the wall clock plus this, whatever one outlier
 * wrote.
 */
export const DEFAULT_MAX_FUTURE_SKEW_MS = 5 * MINUTE;
