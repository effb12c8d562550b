/**
 * Seeds the catalog: products are generated in chunks and upserted by id (re-seeding
 * the same seed is idempotent). Progress: a one-line bar with count, rate and ETA on a
 * terminal; a plain log line per 10 % otherwise.
 *
 * Generating products is CPU work on the caller's thread (and so is indexing, for the
 * embedded store): between chunks the seeder yields to the event loop every few
 * milliseconds, so an API in the same process keeps answering while the catalog loads.
 *
 * A store that can load faster in bulk (Elasticsearch: no refresh and no replicas while
 * loading, FACTS' advice) says so by implementing the catalog port's optional `beginBulkLoad`; the seeder then
 * suspends those for the load and restores them (also when the load fails) before the
 * final refresh. A store that can compact a loaded index (Elasticsearch: a force merge
 * to one segment) implements `compact`; the seeder starts it after the load and returns
 * it unfinished: the products are searchable at once, and faster once it is done.
 *
 * @module
 */
import type { CatalogStore, Compaction } from "../store/port.ts";
import { productAt } from "./generate.ts";
import { timeSlicer } from "../shared/yield.ts";

/** What to seed and how to report it. */
export interface SeedOptions {
  count: number;
  seed: number;
  /**
   * Products generated and sent per round (default 1000; the store chunks further).
   * Small chunks (100–250) keep the event loop responsive when the store indexes on it.
   */
  chunk?: number;
  /** Longest stretch of CPU work between event-loop yields (default 3 ms, see `timeSlicer`). */
  sliceMs?: number;
  log?: (line: string) => void;
  /** Overrides the terminal check (tests). */
  tty?: boolean;
}

/** How many products were indexed, and how fast. */
export interface SeedResult {
  indexed: number;
  seconds: number;
  docsPerSecond: number;
  /**
   * The store's background compaction after the load (Elasticsearch), if it has one and
   * it started; the products are searchable either way, only faster once it is done.
   */
  compaction?: Compaction;
}

function bar(done: number, total: number, rate: number): string {
  const width = 28;
  const filled = Math.round((done / total) * width);
  const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}  ${
    Math.round(rate)
  } docs/s  ETA ${eta}s`;
}

/**
 * Generates products `0..count-1` for `seed` and upserts them into `catalog`, then
 * refreshes it so they are searchable.
 *
 * @example
 * ```ts
 * import { EmbeddedCatalog } from "../store/embedded/catalog.ts";
 * import { seedCatalog } from "./seed.ts";
 *
 * const catalog = new EmbeddedCatalog();
 * const result = await seedCatalog(catalog, { count: 500, seed: 42, chunk: 100, tty: false });
 * console.log(result.indexed, await catalog.count()); // 500 500
 * ```
 */
export async function seedCatalog(catalog: CatalogStore, o: SeedOptions): Promise<SeedResult> {
  const t0 = performance.now();
  const restore = await catalog.beginBulkLoad?.();
  try {
    await load(catalog, o, t0);
  } finally {
    await restore?.();
  }
  await catalog.refresh();
  const seconds = (performance.now() - t0) / 1000;
  // An optimisation, never a reason to fail a load that worked (e.g. a user allowed to
  // write documents but not to manage the index).
  const compaction = await catalog.compact?.().catch((e) => {
    o.log?.(`not compacting the index: ${(e as Error).message}`);
    return undefined;
  });
  return { indexed: o.count, seconds, docsPerSecond: o.count / seconds, compaction };
}

async function load(catalog: CatalogStore, o: SeedOptions, t0: number): Promise<void> {
  const tty = o.tty ?? Deno.stderr.isTerminal();
  const chunk = o.chunk ?? 1_000;
  const slice = timeSlicer(o.sliceMs);
  let lastDecile = 0;
  const enc = new TextEncoder();
  // Generating 1,000 products takes ~17 ms of CPU: yield within a chunk too, so a request
  // that arrives meanwhile (the API of `--role=all`) waits one slice at most.
  const make = async (start: number) => {
    const products = [];
    for (let i = start; i < Math.min(o.count, start + chunk); i++) {
      if (i % 100 === 0) await slice();
      products.push(productAt(o.seed, i));
    }
    return products;
  };
  // Generating is CPU work here, indexing is mostly waiting on the store: overlap them,
  // generating small chunks while up to two are in flight.
  const inFlight: Promise<void>[] = [];
  let indexed = 0;
  for (let start = 0; start < o.count; start += chunk) {
    const products = await make(start);
    if (inFlight.length >= 2) await inFlight.shift();
    inFlight.push(catalog.index(products).then(() => report(indexed += products.length)));
  }
  await Promise.all(inFlight);

  function report(done: number) {
    const rate = done / ((performance.now() - t0) / 1000);
    if (tty) Deno.stderr.writeSync(enc.encode(`\r${bar(done, o.count, rate)}`));
    else {
      const decile = Math.floor((done / o.count) * 10);
      if (decile > lastDecile) {
        lastDecile = decile;
        o.log?.(`${decile * 10}% (${done}/${o.count}, ${Math.round(rate)} docs/s)`);
      }
    }
  }
  if (tty) Deno.stderr.writeSync(enc.encode("\n"));
}
