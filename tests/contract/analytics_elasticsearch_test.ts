import { ElasticsearchAnalytics } from "../../src/store/elasticsearch/analytics.ts";
import { ElasticsearchCheckpoints } from "../../src/store/elasticsearch/checkpoints.ts";
import { createElasticsearchClient } from "../../src/store/elasticsearch/client.ts";
import { elasticsearchHost, integrationTest, uniqueName } from "../support/services.ts";
import { analyticsContract } from "./analytics_contract.ts";

const prefixes: string[] = [];

analyticsContract(
  (name, fn) => integrationTest(`[elasticsearch analytics] ${name}`, ["elasticsearch"], fn),
  async () => {
    const client = createElasticsearchClient({ host: elasticsearchHost()! });
    const indexPrefix = `${uniqueName("an")}-`;
    prefixes.push(indexPrefix);
    const analytics = new ElasticsearchAnalytics({ client, indexPrefix });
    const checkpoints = new ElasticsearchCheckpoints({ client, indexPrefix });
    await analytics.ensureIndices();
    await checkpoints.ensureIndex();
    return { analytics, checkpoints, settle: () => analytics.refresh() };
  },
);

integrationTest("[elasticsearch analytics] clean up the test indices", ["elasticsearch"], async () => {
  const client = createElasticsearchClient({ host: elasticsearchHost()! });
  for (const p of prefixes) await client.indices.delete({ index: `${p}*`, allow_no_indices: true });
  await client.close();
});
