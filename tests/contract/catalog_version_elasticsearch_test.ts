/**
 * An Elasticsearch products index remembers how it was analysed (a fingerprint of the
 * text rules, settings and synonyms in its mapping's `_meta`): `holds` says whether it
 * holds given products as this version indexes them, and `ensureIndex` builds anew an
 * index that other rules analysed, as a restarted `--role=all` or a `--role=seed` after
 * an upgrade must not search text stemmed or expanded by another version's rules.
 */
import assert from "node:assert/strict";
import { ElasticsearchCatalog } from "../../src/store/elasticsearch/catalog.ts";
import { createElasticsearchClient } from "../../src/store/elasticsearch/client.ts";
import { INDICES } from "../../src/store/port.ts";
import { generateCatalog } from "../../src/catalog/generate.ts";
import { elasticsearchHost, integrationTest, uniqueName } from "../support/services.ts";

integrationTest(
  "[elasticsearch catalog] an index holds a catalog as this version indexes it; one analysed by other rules is built anew",
  ["elasticsearch"],
  async () => {
    const prefix = `${uniqueName("version")}-`;
    const index = prefix + INDICES.products;
    const es = createElasticsearchClient({ host: elasticsearchHost()! });
    try {
      const catalog = new ElasticsearchCatalog({ client: es, indexPrefix: prefix });
      assert.equal(await catalog.holds(generateCatalog({ count: 3, seed: 7 })), false, "no index yet");
      await catalog.ensureIndex();
      const products = generateCatalog({ count: 40, seed: 7 });
      await catalog.index(products);
      await catalog.refresh();
      const sample = [products[0], products[19], products[39]];
      assert.equal(await catalog.holds(sample), true);
      assert.equal(
        await catalog.holds([{ ...products[19], title: `${products[19].title} II` }]),
        false,
        "a product this version would generate otherwise",
      );
      assert.equal(await catalog.holds(generateCatalog({ count: 3, seed: 8 })), false, "another seed's");
      assert.equal(await catalog.holds([{ ...products[0], id: "p-999999" }]), false, "a product not indexed");

      // The index made as an older version would have: analysed by other rules.
      await es.indices.putMapping({ index, _meta: { analysis: "an older version's" } });
      assert.equal(await catalog.holds(sample), false, "the products are there, analysed by other rules");
      await catalog.ensureIndex();
      assert.equal(await catalog.count(), 0, "built anew, to be seeded");
      await catalog.index(products);
      await catalog.refresh();
      assert.equal(await catalog.holds(sample), true);
      await catalog.ensureIndex();
      assert.equal(await catalog.count(), 40, "an index of this version's rules is kept");
    } finally {
      await es.indices.delete({ index: `${prefix}*`, allow_no_indices: true });
      await es.close();
    }
  },
);
