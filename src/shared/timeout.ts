/**
 * `promise`, or a rejection with `late()` once `ms` pass first (the timer is cleared
 * either way). The one bounded wait the processor, the API and the Kafka adapter use.
 *
 * @example
 * ```ts
 * import { withTimeout } from "./timeout.ts";
 * const slow = new Promise((r) => setTimeout(r, 1_000));
 * await withTimeout(slow, 10, () => new Error("no answer within 10 ms")).catch((e) => console.log(e.message));
 * ```
 *
 * @module
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, late: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
