/**
 * After a load the products index is merged down to one segment (Elasticsearch's advice
 * for an index done loading): a search then builds its weights and scorers once instead
 * of once per segment, which at 100k products made typo queries several times faster
 * (README FACTS). The merge must change no answer, and the seeder must start it.
 *
 * The segments are made by construction: products indexed in parts with a refresh after
 * each, so the index has one segment per part before the merge.
 */
import assert from "node:assert/strict";
import type { Client } from "@elastic/elasticsearch";
import { ElasticsearchCatalog } from "../../src/store/elasticsearch/catalog.ts";
import { createElasticsearchClient } from "../../src/store/elasticsearch/client.ts";
import { INDICES } from "../../src/store/port.ts";
import { generateCatalog } from "../../src/catalog/generate.ts";
import { seedCatalog } from "../../src/catalog/seed.ts";
import { SearchQuery } from "../../src/domain/search.ts";
import { elasticsearchHost, ES_CLIENT_TIMER, integrationTest, uniqueName } from "../support/services.ts";

/** Segments that searches read. */
async function searchableSegments(es: Client, index: string): Promise<number> {
  const rows = await es.cat.segments({ index, format: "json" });
  return rows.filter((r) => r.searchable === "true").length;
}

integrationTest(
  "[elasticsearch catalog] a loaded index is merged to one segment in the background, and answers the same",
  ["elasticsearch"],
  async () => {
    const prefix = `${uniqueName("compact")}-`;
    const seededPrefix = `${uniqueName("compact-seed")}-`;
    const es = createElasticsearchClient({ host: elasticsearchHost()! });
    try {
      const catalog = new ElasticsearchCatalog({ client: es, indexPrefix: prefix });
      const index = prefix + INDICES.products;
      await catalog.ensureIndex({ recreate: true });
      const products = generateCatalog({ count: 2_000, seed: 11 });
      for (let i = 0; i < products.length; i += 500) {
        await catalog.index(products.slice(i, i + 500));
        await catalog.refresh();
      }
      assert.ok((await searchableSegments(es, index)) >= 2, "several segments before the merge");

      const queries = ["headphones", "smartfone", "tv", "laptop bag", "sony", "cofee maker"];
      const answers = async () =>
        await Promise.all(queries.map(async (q) => {
          const { took_ms: _, ...rest } = await catalog.search(SearchQuery.parse({ q }));
          return rest;
        }));
      const before = await answers();
      assert.ok(before.some((a) => a.total > 0), "the queries find products");

      const compaction = await catalog.compact();
      await compaction.finished();
      assert.equal(await searchableSegments(es, index), 1, "one segment once finished");
      assert.deepEqual(await answers(), before, "the same answers from the merged index");

      // The seeder starts it after a load and hands it back unfinished.
      const seededCatalog = new ElasticsearchCatalog({ client: es, indexPrefix: seededPrefix });
      await seededCatalog.ensureIndex({ recreate: true });
      const seeded = await seedCatalog(seededCatalog, { count: 1_500, seed: 11, chunk: 250, tty: false });
      assert.ok(seeded.compaction, "the seeder started a compaction");
      await seeded.compaction.finished();
      assert.equal(await searchableSegments(es, seededPrefix + INDICES.products), 1);
      assert.equal(await seededCatalog.count(), 1_500);
    } finally {
      await es.indices.delete({ index: `${prefix}*,${seededPrefix}*`, allow_no_indices: true });
      await es.close();
    }
  },
  { sanitizers: ES_CLIENT_TIMER },
);
