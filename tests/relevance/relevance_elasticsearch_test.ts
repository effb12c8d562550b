import assert from "node:assert/strict";
import { ElasticsearchCatalog } from "../../src/store/elasticsearch/catalog.ts";
import { createElasticsearchClient } from "../../src/store/elasticsearch/client.ts";
import { elasticsearchHost, ES_CLIENT_TIMER, integrationTest, uniqueName } from "../support/services.ts";
import { RELEVANCE_PRODUCTS, score, table, TARGET } from "./relevance.ts";

integrationTest(
  `[elasticsearch relevance] judged queries reach P@5 and MRR ≥ ${TARGET}`,
  ["elasticsearch"],
  async () => {
    const client = createElasticsearchClient({ host: elasticsearchHost()! });
    const prefix = `${uniqueName("relevance")}-`;
    try {
      const c = new ElasticsearchCatalog({ client, indexPrefix: prefix });
      await c.ensureIndex({ recreate: true });
      await c.index(RELEVANCE_PRODUCTS);
      await c.refresh();
      const s = await score(c);
      console.log(table("elasticsearch", s));
      assert.ok(s.p5 >= TARGET, `P@5 ${s.p5.toFixed(3)}`);
      assert.ok(s.mrr >= TARGET, `MRR ${s.mrr.toFixed(3)}`);
    } finally {
      await client.indices.delete({ index: `${prefix}*`, allow_no_indices: true });
      await client.close();
    }
  },
  { timeoutMs: 300_000, sanitizers: ES_CLIENT_TIMER },
);
