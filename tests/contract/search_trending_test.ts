/**
 * `boost=trending` and `sort=trending` through the real HTTP search routes, on both
 * backends: trend documents written to the analytics store (as the processor writes
 * them) move a matching product up, and never bring a non-matching one in.
 *
 * @module
 */
import assert from "node:assert/strict";
import { createStore, type Store } from "../../src/store/mod.ts";
import { createElasticsearchClient } from "../../src/store/elasticsearch/client.ts";
import { searchRoutes } from "../../src/api/search_routes.ts";
import { routeGroup } from "../../src/api/route_group.ts";
import type { SearchResult } from "../../src/domain/search.ts";
import { eventually } from "../support/app_process.ts";
import { elasticsearchHost, ES_CLIENT_TIMER, integrationTest, uniqueName } from "../support/services.ts";
import { CONTRACT_PRODUCTS } from "./search_contract.ts";

async function check(store: Store) {
  await store.catalog.ensureIndex({ recreate: true });
  await store.analytics.ensureIndices();
  await store.catalog.index(CONTRACT_PRODUCTS);
  await store.catalog.refresh();
  const app = routeGroup();
  app.route(
    "/",
    searchRoutes({ catalog: store.catalog, analytics: store.analytics, storeCall: (fn) => fn() }),
  );
  const server = Deno.serve({ port: 0, hostname: "127.0.0.1", onListen: () => {} }, app.fetch);
  const base = `http://127.0.0.1:${server.addr.port}`;
  const search = async (qs: string) => (await (await fetch(`${base}/search?${qs}`)).json()) as SearchResult;
  try {
    const plain = await search("q=headphones&size=100");
    assert.ok(plain.total >= 5, "enough headphones to rank");
    const low = plain.hits[plain.hits.length - 1];
    const lowRank = plain.hits.findIndex((h) => h.id === low.id);
    const product = CONTRACT_PRODUCTS.find((p) => p.id === low.id)!;
    const minute = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
    await store.analytics.write([{
      docs: {
        trends: [{
          id: `0:${product.id}:${minute}`,
          partition: 0,
          product_id: product.id,
          minute,
          views: 40,
          carts: 5,
          purchases: 2,
          score: 65,
          title: product.title,
          brand: product.brand,
          category: product.category,
        }],
        funnels: [],
        queries: [],
        signals: [],
        retracted_signals: [],
      },
    }]);

    // The trending headphones climbs among blenders (the cache and ES refresh are waited out).
    const boosted = await eventually(async () => {
      const r = await search("q=headphones&size=100&boost=trending");
      const rank = r.hits.findIndex((h) => h.id === product.id);
      return rank >= 0 && rank < lowRank ? { r, rank } : undefined;
    }, { timeoutMs: 30_000, what: "trending headphones ranks higher" });
    assert.equal(boosted.r.total, plain.total, "boosting re-ranks, never adds");
    const first = await search("q=headphones&sort=trending&size=5");
    assert.equal(first.hits[0].id, product.id, "sort=trending puts it first");

    // …and never appears for a query it does not match.
    for (const qs of ["q=sofa&boost=trending&size=100", "q=sofa&sort=trending&size=100"]) {
      const other = await search(qs);
      const unboosted = await search("q=sofa&size=100");
      assert.ok(!other.hits.some((h) => h.id === product.id), qs);
      assert.equal(other.total, unboosted.total, qs);
    }
  } finally {
    await server.shutdown();
  }
}

Deno.test("[embedded search] trending products rank higher among matches, never beyond them", async () => {
  const store = await createStore({});
  try {
    await check(store);
  } finally {
    await store.close();
  }
});

integrationTest(
  "[elasticsearch search] trending products rank higher among matches, never beyond them",
  ["elasticsearch"],
  async () => {
    const indexPrefix = `${uniqueName("trendboost")}-`;
    const store = await createStore({ elasticsearchHost: elasticsearchHost()!, indexPrefix });
    const client = createElasticsearchClient({ host: elasticsearchHost()! });
    try {
      await check(store);
    } finally {
      await client.indices.delete({ index: `${indexPrefix}*`, allow_no_indices: true });
      await client.close();
      await store.close();
    }
  },
  { sanitizers: ES_CLIENT_TIMER },
);
