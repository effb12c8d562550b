/**
 * A product lookup that Elasticsearch cannot answer is an outage, never "no such
 * product". When no copy of a catalog shard is available (its node just died, as in
 * the failover test), `_mget` answers 200 with a per-document error; read as "not
 * found", the processor enriched those events as unknown products for good, and a
 * failover run lost their views from its funnels and trends.
 *
 * The unavailable shard is made by construction: the catalog index created anew with its
 * only shard allowed on no node (an allocation filter naming none), so it is never
 * assigned. (Closing and pinning an existing index is not enough: its primary can be
 * placed again where its data is, and one CI run saw it come back before the lookup.)
 */
import assert from "node:assert/strict";
import { ElasticsearchCatalog } from "../../src/store/elasticsearch/catalog.ts";
import { createElasticsearchClient } from "../../src/store/elasticsearch/client.ts";
import { INDICES, StoreUnavailableError } from "../../src/store/port.ts";
import { generateCatalog } from "../../src/catalog/generate.ts";
import { elasticsearchHost, ES_CLIENT_TIMER, integrationTest, uniqueName } from "../support/services.ts";

integrationTest(
  "[elasticsearch catalog] a lookup no shard copy can answer fails as unavailable, then finds the products",
  ["elasticsearch"],
  async () => {
    const prefix = `${uniqueName("lookup")}-`;
    const es = createElasticsearchClient({ host: elasticsearchHost()! });
    try {
      const catalog = new ElasticsearchCatalog({ client: es, indexPrefix: prefix });
      await catalog.ensureIndex({ recreate: true });
      const products = generateCatalog({ count: 20, seed: 7 });
      await catalog.index(products);
      await catalog.refresh();
      const ids = products.slice(0, 3).map((p) => p.id);
      assert.equal((await catalog.get(ids)).size, 3, "found while the shard is assigned");

      // The catalog index made again with its only shard allowed on no node: a new primary
      // is never allocated, so the index stays red (an existing copy could still be placed).
      const index = prefix + INDICES.products;
      await es.indices.delete({ index });
      await es.indices.create({
        index,
        wait_for_active_shards: 0,
        settings: {
          number_of_shards: 1,
          number_of_replicas: 0,
          "index.routing.allocation.require._name": "no-such-node",
        },
      });
      const health = await es.cluster.health({ index, level: "indices" });
      assert.equal(health.indices?.[index]?.unassigned_shards, 1, "the catalog shard has no copy");

      await assert.rejects(() => catalog.get(ids), StoreUnavailableError);

      await catalog.ensureIndex({ recreate: true });
      await catalog.index(products);
      await catalog.refresh();
      const found = await catalog.get(ids);
      assert.deepEqual([...found.keys()].sort(), [...ids].sort(), "found again once the shard is back");
    } finally {
      await es.indices.delete({ index: `${prefix}*`, allow_no_indices: true });
      await es.close();
    }
  },
  { sanitizers: ES_CLIENT_TIMER },
);
