import { ElasticsearchCatalog } from "../../src/store/elasticsearch/catalog.ts";
import { createElasticsearchClient } from "../../src/store/elasticsearch/client.ts";
import { elasticsearchHost, ES_CLIENT_TIMER, integrationTest, uniqueName } from "../support/services.ts";
import { CONTRACT_PRODUCTS, searchContract } from "./search_contract.ts";

const prefix = `${uniqueName("search")}-`;
let ready: Promise<ElasticsearchCatalog> | undefined;
const catalog = () =>
  ready ??= (async () => {
    const client = createElasticsearchClient({ host: elasticsearchHost()! });
    const c = new ElasticsearchCatalog({ client, indexPrefix: prefix });
    await c.ensureIndex({ recreate: true });
    await c.index(CONTRACT_PRODUCTS);
    await c.refresh();
    return c;
  })();

searchContract(
  (name, fn) =>
    integrationTest(`[elasticsearch search] ${name}`, ["elasticsearch"], fn, { sanitizers: ES_CLIENT_TIMER }),
  catalog,
);

integrationTest("[elasticsearch search] clean up the test index", ["elasticsearch"], async () => {
  const client = createElasticsearchClient({ host: elasticsearchHost()! });
  await client.indices.delete({ index: `${prefix}*`, allow_no_indices: true });
  await client.close();
}, { sanitizers: ES_CLIENT_TIMER });
