/**
 * The seed role: generates the catalog for `--seed` and indexes `--count` products into
 * the store (`--recreate` drops the index first).
 *
 * @module
 */
import type { Config } from "../domain/config.ts";
import type { Store } from "../store/port.ts";
import { seedCatalog } from "../catalog/seed.ts";
import { productAt } from "../catalog/generate.ts";
import type { Log } from "./context.ts";

/** What seeding needs: the store to fill and the config naming count, seed and `--recreate`. */
export interface SeedDeps {
  store: Store;
  config: Config;
  log: Log;
}

/**
 * Creates the products index if needed and indexes the catalog into it.
 *
 * @example
 * ```ts
 * import { Config } from "../domain/config.ts";
 * import { createStore } from "../store/mod.ts";
 * import { runSeed } from "./seed.ts";
 *
 * const store = await createStore({});
 * await runSeed({ store, config: Config.parse({ productCount: 300 }), log: console.log });
 * console.log(await store.catalog.count()); // 300
 * await store.close();
 * ```
 */
export async function runSeed({ store, config, log }: SeedDeps): Promise<void> {
  await store.catalog.ensureIndex({ recreate: config.recreate });
  const result = await seedCatalog(store.catalog, {
    count: config.productCount,
    seed: config.seed,
    log: (line) => log(`[seed] ${line}`),
  });
  log(
    `[seed] indexed ${result.indexed} products in ${result.seconds.toFixed(1)} s ` +
      `(${Math.round(result.docsPerSecond)} docs/s)`,
  );
  if (result.compaction) {
    // Not waited for: the merge runs inside Elasticsearch, also after this process exits.
    log("[seed] merging the products index to one segment in the background (searches get faster once done)");
  }
}

/** Products compared with the store's copies before a restart trusts them. */
const SAMPLE = 32;

/**
 * Seeds unless the store already holds at least `--count` products of this catalog, as
 * this version indexes them (a restarted demo). A sample of `--seed`'s products spread
 * over the ids is compared with the store's: an index that another seed or an older
 * version built (other products, or text analysed by other rules) is seeded again, as
 * the generator and the processor work from this version's catalog.
 */
export async function ensureSeeded(deps: SeedDeps): Promise<void> {
  const { store, config, log } = deps;
  const count = await store.catalog.count().catch(() => 0);
  if (count < config.productCount) return await runSeed(deps);
  const n = config.productCount;
  const ids = [
    ...new Set(Array.from({ length: Math.min(SAMPLE, n) }, (_, k) => Math.floor((k * n) / SAMPLE))),
  ];
  if (await store.catalog.holds(ids.map((i) => productAt(config.seed, i))).catch(() => false)) {
    log(`[seed] ${count} products already indexed; skipping`);
    return;
  }
  log(
    `[seed] the ${count} products indexed are not this version's catalog for --seed=${config.seed} ` +
      `(another seed, or an older version's products or text analysis); seeding again`,
  );
  await runSeed(deps);
}
