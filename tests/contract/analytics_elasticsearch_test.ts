/**
 * The analytics contract on the live Elasticsearch: one test whose steps are the cases,
 * each on its own index prefix, and a clean-up that runs after them however they end.
 */
import type { Client } from "@elastic/elasticsearch";
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
