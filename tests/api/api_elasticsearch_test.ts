/** The API contract over a real socket, on the live Elasticsearch (own index prefix, removed after). */
import { createStore } from "../../src/store/mod.ts";
import { elasticsearchHost, ES_CLIENT_TIMER, integrationTest, uniqueName } from "../support/services.ts";
import { runApiContract } from "./api_contract.ts";

integrationTest("API over HTTP on Elasticsearch", ["elasticsearch"], async (t) => {
  const host = elasticsearchHost()!;
  const indexPrefix = `${uniqueName("api")}-`;
  const store = await createStore({ elasticsearchHost: host, indexPrefix });
  try {
    await runApiContract(t, store);
  } finally {
    await store.close();
    // Whatever the adapters created under the prefix (indices, versioned or not).
    const listed = await fetch(`${host}/_cat/indices/${indexPrefix}*?format=json&h=index`);
    for (const { index } of listed.ok ? await listed.json() as { index: string }[] : []) {
      await (await fetch(`${host}/${index}`, { method: "DELETE" })).body?.cancel();
    }
  }
}, { sanitizers: ES_CLIENT_TIMER });
