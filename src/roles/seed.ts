/**
 * The seed role: generates the catalog for `--seed` and indexes `--count` products into
 * the store (`--recreate` drops the index first).
 *
 * @module
 */
import type { Config } from "../domain/config.ts";
import type { Store } from "../store/port.ts";
import { seedCatalog } from "../catalog/seed.ts";
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

/** Seeds unless the store already holds at least `--count` products (a restarted demo). */
export async function ensureSeeded(deps: SeedDeps): Promise<void> {
  const count = await deps.store.catalog.count().catch(() => 0);
  if (count < deps.config.productCount) await runSeed(deps);
  else deps.log(`[seed] ${count} products already indexed; skipping`);
}
