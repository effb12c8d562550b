/**
 * A product lookup that Elasticsearch cannot answer is an outage, never "no such
 * product". When no copy of a catalog shard is available (its node just died, as in
 * the failover test), `_mget` answers 200 with a per-document error; read as "not
 * found", the processor enriched those events as unknown products for good, and a
 * failover run lost their views from its funnels and trends.
 *
 * The unavailable shard is made by construction: an index whose only shard may live on
 * no node (an allocation filter naming none), so it stays unassigned.
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

      // Close, pin the shard to a node that does not exist, and reopen: it stays unassigned.
      const index = prefix + INDICES.products;
      await es.indices.close({ index });
      await es.indices.putSettings({
        index,
        settings: { "index.routing.allocation.require._name": "no-such-node" },
      });
      await es.indices.open({ index, wait_for_active_shards: 0 });
      const health = await es.cluster.health({ index, level: "indices" });
      assert.equal(health.status, "red", "the catalog shard has no copy");

      await assert.rejects(() => catalog.get(ids), StoreUnavailableError);

      await es.indices.putSettings({ index, settings: { "index.routing.allocation.require._name": null } });
      await es.cluster.health({ index, wait_for_status: "green", timeout: "60s" });
      const found = await catalog.get(ids);
      assert.deepEqual([...found.keys()].sort(), [...ids].sort(), "found again once the shard is back");
    } finally {
      await es.indices.delete({ index: `${prefix}*`, allow_no_indices: true });
      await es.close();
    }
  },
  { sanitizers: ES_CLIENT_TIMER },
);
