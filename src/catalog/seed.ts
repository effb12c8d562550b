/**
 * Seeds the catalog: products are generated in chunks and upserted by id (re-seeding
 * the same seed is idempotent). Progress: a one-line bar with count, rate and ETA on a
 * terminal; a plain log line per 10 % otherwise.
 *
 * A store that can load faster in bulk (Elasticsearch: no refresh and no replicas while
 * loading, FACTS' advice) says so by implementing `BulkLoadable`; the seeder then
 * suspends those for the load and restores them (also when the load fails) before the
 * final refresh.
 *
 * @module
 */
import type { CatalogStore } from "../store/port.ts";
import { productAt } from "./generate.ts";

/**
 * Optional capability of a `CatalogStore`: relaxes indexing work for the length of a
 * bulk load. `beginBulkLoad` resolves with the function that restores the settings.
 */
export interface BulkLoadable {
  beginBulkLoad(): Promise<() => Promise<void>>;
}

/** Whether the store offers a bulk-load mode. */
export function isBulkLoadable(catalog: object): catalog is BulkLoadable {
  return typeof (catalog as Partial<BulkLoadable>).beginBulkLoad === "function";
}

export interface SeedOptions {
  count: number;
  seed: number;
  /** Products generated and sent per round (the store chunks further). */
  chunk?: number;
  log?: (line: string) => void;
  /** Overrides the terminal check (tests). */
  tty?: boolean;
}

export interface SeedResult {
  indexed: number;
  seconds: number;
  docsPerSecond: number;
}

function bar(done: number, total: number, rate: number): string {
  const width = 28;
  const filled = Math.round((done / total) * width);
  const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}  ${
    Math.round(rate)
  } docs/s  ETA ${eta}s`;
}

/** Generates `o.count` products and indexes them, in a bulk-load mode when the store has one. */
export async function seedCatalog(catalog: CatalogStore, o: SeedOptions): Promise<SeedResult> {
  const t0 = performance.now();
  const restore = isBulkLoadable(catalog) ? await catalog.beginBulkLoad() : undefined;
  try {
    await load(catalog, o, t0);
  } finally {
    await restore?.();
  }
  await catalog.refresh();
  const seconds = (performance.now() - t0) / 1000;
  return { indexed: o.count, seconds, docsPerSecond: o.count / seconds };
}

async function load(catalog: CatalogStore, o: SeedOptions, t0: number): Promise<void> {
  const tty = o.tty ?? Deno.stderr.isTerminal();
  const chunk = o.chunk ?? 1_000;
  let lastDecile = 0;
  const enc = new TextEncoder();
  const make = (start: number) => {
    const products = [];
    for (let i = start; i < Math.min(o.count, start + chunk); i++) products.push(productAt(o.seed, i));
    return products;
  };
  // Generating is CPU work here, indexing is mostly waiting on the store: overlap them,
  // generating small chunks while up to two are in flight.
  const inFlight: Promise<void>[] = [];
  let indexed = 0;
  for (let start = 0; start < o.count; start += chunk) {
    const products = make(start);
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
