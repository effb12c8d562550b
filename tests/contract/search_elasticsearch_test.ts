import { ElasticsearchCatalog } from "../../src/store/elasticsearch/catalog.ts";
import { createElasticsearchClient } from "../../src/store/elasticsearch/client.ts";
import { elasticsearchHost, ES_CLIENT_TIMER, integrationTest, uniqueName } from "../support/services.ts";
import { CONTRACT_PRODUCTS, searchContract } from "./search_contract.ts";

/**
 * The contract's cases run as steps of one live test, so the test index is created
 * once and deleted in its `finally`, whatever the steps did.
 */
const cases: { name: string; fn: () => Promise<void> }[] = [];
const prefix = `${uniqueName("search")}-`;
let ready: Promise<ElasticsearchCatalog> | undefined;
const client = () => createElasticsearchClient({ host: elasticsearchHost()! });
let es: ReturnType<typeof client> | undefined;
const catalog = () =>
  ready ??= (async () => {
    const c = new ElasticsearchCatalog({ client: es ??= client(), indexPrefix: prefix });
    await c.ensureIndex({ recreate: true });
    await c.index(CONTRACT_PRODUCTS);
    await c.refresh();
    return c;
  })();

searchContract((name, fn) => cases.push({ name, fn }), catalog);

integrationTest("[elasticsearch search] the search contract", ["elasticsearch"], async (t) => {
  try {
    for (const c of cases) await t.step(c.name, c.fn);
  } finally {
    es ??= client();
    await es.indices.delete({ index: `${prefix}*`, allow_no_indices: true });
    await es.close();
  }
}, { timeoutMs: 300_000, sanitizers: ES_CLIENT_TIMER });
