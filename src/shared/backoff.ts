/**
 * Exponential backoff with jitter: the one retry schedule for every place that waits on
 * an unavailable dependency (bulk retries, the processor's store outages).
 *
 * @example
 * ```ts
 * import { backoffMs } from "./backoff.ts";
 * backoffMs(0, { baseMs: 100, maxMs: 5_000 }); // ~100 ms
 * backoffMs(6, { baseMs: 100, maxMs: 5_000 }); // ~5 s (capped)
 * ```
 *
 * @module
 */

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  /** Share of the delay drawn at random (default 0.2), so retries from many clients spread out. */
  jitter?: number;
}

/** The delay before retry number `attempt` (0-based). */
export function backoffMs(attempt: number, o: BackoffOptions): number {
  const raw = Math.min(o.maxMs, o.baseMs * 2 ** Math.min(attempt, 30));
  const jitter = o.jitter ?? 0.2;
  return Math.round(raw * (1 - jitter + Math.random() * jitter));
}
