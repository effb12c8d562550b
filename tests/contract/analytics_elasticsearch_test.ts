/**
 * The analytics contract on the live Elasticsearch: one test whose steps are the cases,
 * each on its own index prefix, and a clean-up that runs after them however they end.
 */
import assert from "node:assert/strict";
import type { Client } from "@elastic/elasticsearch";
import { bulkWrite } from "../../src/store/elasticsearch/bulk.ts";
import { ElasticsearchAnalytics } from "../../src/store/elasticsearch/analytics.ts";
import { ElasticsearchCheckpoints } from "../../src/store/elasticsearch/checkpoints.ts";
import { createElasticsearchClient } from "../../src/store/elasticsearch/client.ts";
import { elasticsearchHost, ES_CLIENT_TIMER, integrationTest, uniqueName } from "../support/services.ts";
import { analyticsContract } from "./analytics_contract.ts";

const cases: { name: string; fn: () => Promise<void> }[] = [];
let client: Client | undefined;
const prefixes: string[] = [];

analyticsContract(
  (name, fn) => cases.push({ name, fn }),
  async () => {
    client ??= createElasticsearchClient({ host: elasticsearchHost()! });
    const indexPrefix = `${uniqueName("an")}-`;
    prefixes.push(indexPrefix);
    const analytics = new ElasticsearchAnalytics({ client, indexPrefix });
    const checkpoints = new ElasticsearchCheckpoints({ client, indexPrefix });
    await analytics.ensureIndices();
    await checkpoints.ensureIndex();
    return { analytics, checkpoints, settle: () => analytics.refresh() };
  },
);

integrationTest("[elasticsearch analytics] contract cases", ["elasticsearch"], async (t) => {
  try {
    for (const c of cases) await t.step(c.name, c.fn);
  } finally {
    // Clean-up, not a case: the cases' indices go however the cases ended.
    const cleaner = client ?? createElasticsearchClient({ host: elasticsearchHost()! });
    for (const p of prefixes) await cleaner.indices.delete({ index: `${p}*`, allow_no_indices: true });
    await cleaner.close();
    client = undefined;
  }
}, { sanitizers: ES_CLIENT_TIMER });

integrationTest(
  "[elasticsearch] _bulk: a refused document is reported alone, a superseded one counts as written",
  [
    "elasticsearch",
  ],
  async () => {
    const es = createElasticsearchClient({ host: elasticsearchHost()! });
    const index = uniqueName("bulk");
    try {
      await es.indices.create({ index, mappings: { properties: { n: { type: "long" } } } });
      await bulkWrite(es, [{ action: "index", index, id: "v", doc: { n: 1 }, version: 5 }]);
      const { rejected } = await bulkWrite(es, [
        { action: "index", index, id: "ok", doc: { n: 1 } },
        { action: "index", index, id: "bad", doc: { n: "not a number" } },
        { action: "index", index, id: "v", doc: { n: 2 }, version: 4 }, // older than the stored 5
        { action: "delete", index, id: "never-written" },
      ], { refresh: true });
      assert.deepEqual(rejected.map((r) => [r.id, r.status]), [["bad", 400]]);
      assert.match(rejected[0].reason, /n|number|parse/i);
      const stored = await es.mget<{ n: number }>({ index, ids: ["ok", "bad", "v"] });
      assert.deepEqual(
        stored.docs.map((d) => ("found" in d && d.found ? d._source?.n : null)),
        [1, null, 1],
        "the good document is written, the refused one is not, the stale version left the newer one",
      );
    } finally {
      await es.indices.delete({ index, ignore_unavailable: true });
      await es.close();
    }
  },
  { sanitizers: ES_CLIENT_TIMER },
);
