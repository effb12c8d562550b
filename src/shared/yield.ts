/**
 * Cooperative time slicing for CPU work on the request thread (indexing the embedded
 * catalog, generating products): long loops call `slice()` between small chunks, and it
 * yields a macrotask once the slice's budget is spent, so timers and incoming requests
 * (the API's `/health`) run in between. Yielding only after a budget keeps the cost low:
 * a macrotask yield takes a timer tick (~1–2 ms in Deno), far more than one chunk.
 *
 * The default budget is 3 ms: an HTTP request needs several turns of the event loop
 * (accept, read, handle, write), each waiting for the next yield, so a request's latency
 * is a few budgets. Measured with `--role=all` loading 100k products: 8–10 ms budgets
 * gave `/health` p99 94–137 ms; 3 ms gives ~46 ms (`deno task bench --only=startup`).
 *
 * @example
 * ```ts
 * import { timeSlicer } from "./yield.ts";
 *
 * const slice = timeSlicer();
 * let sum = 0;
 * for (let i = 0; i < 1_000_000; i++) {
 *   sum += i;
 *   if (i % 1_000 === 0) await slice();
 * }
 * console.log(sum);
 * ```
 *
 * @module
 */

/** A macrotask yield: lets timers and I/O callbacks run before the caller continues. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Returns `slice()`: yields to the event loop when `budgetMs` passed since the last yield. */
export function timeSlicer(budgetMs = 3): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await yieldToEventLoop();
    since = performance.now();
  };
}
