/**
 * The process's own memory as Prometheus gauges, refreshed at every scrape: resident
 * set size under the name Prometheus client libraries use for it, and V8's heap and
 * external (typed-array) memory, so a dashboard can tell the heap growing from memory
 * held outside it.
 *
 * @example
 * ```ts
 * import { Registry } from "./metrics.ts";
 * import { processMetrics } from "./process.ts";
 * const registry = new Registry();
 * processMetrics(registry);
 * console.log((await registry.expose()).includes("process_resident_memory_bytes")); // true
 * ```
 *
 * @module
 */
import type { Registry } from "./metrics.ts";

/** Registers the gauges and their refresh; returns a function that stops refreshing them. */
export function processMetrics(registry: Registry): () => void {
  const rss = registry.gauge("process_resident_memory_bytes", "Resident memory size in bytes");
  const heapUsed = registry.gauge("deno_heap_used_bytes", "V8 heap in use, bytes");
  const heapTotal = registry.gauge("deno_heap_total_bytes", "V8 heap reserved, bytes");
  const external = registry.gauge(
    "deno_external_memory_bytes",
    "Memory V8 accounts outside its heap (typed arrays, buffers), bytes",
  );
  return registry.onCollect(() => {
    const m = Deno.memoryUsage();
    rss.set(m.rss);
    heapUsed.set(m.heapUsed);
    heapTotal.set(m.heapTotal);
    external.set(m.external);
  });
}
