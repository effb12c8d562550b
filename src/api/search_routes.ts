/**
 * The search group: `GET /search` and `GET /autocomplete` over the catalog port, with
 * two inputs from the stream processor's output: the products trending now (for
 * `boost=trending` / `sort=trending`) and the popular real searches of the last hour
 * (merged into autocomplete). Both are read through short caches, so a busy search box
 * costs the analytics store one query every few seconds, not one per keystroke.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { routeGroup } from "./route_group.ts";
 * import { searchRoutes } from "./search_routes.ts";
 * import { monitorStore } from "./store_health.ts";
 * import { generateCatalog } from "../catalog/generate.ts";
 * import { createStore } from "../store/mod.ts";
 *
 * const store = await createStore({});
 * const [product] = generateCatalog({ count: 1, seed: 42 });
 * await store.catalog.index([product]);
 * await store.catalog.refresh();
 * const health = monitorStore((o) => store.ping(o));
 * const app = routeGroup();
 * app.route("/", searchRoutes({ catalog: store.catalog, analytics: store.analytics, storeCall: health.call }));
 *
 * const res = await app.request(`/search?q=${encodeURIComponent(product.title)}`);
 * assert.equal((await res.json()).hits[0].id, product.id);
 *
 * health.close();
 * await store.close();
 * ```
 *
 * @module
 */
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { AutocompleteQuery, SearchQuery, SearchResult, Suggestions } from "../domain/search.ts";
import type { AnalyticsStore, CatalogStore } from "../store/port.ts";
import type { StoreCall } from "./store_health.ts";
import { type ApiEnv, INVALID, jsonResponse, routeGroup, UNAVAILABLE } from "./route_group.ts";

export const searchRoute = createRoute({
  method: "get",
  path: "/search",
  tags: ["search"],
  summary: "Full-text product search with filters, facets and highlights",
  description: "Typo-tolerant (`fuzzy=true`); facets are counted over the filtered result set. " +
    "`boost=trending` ranks the products trending in the last `trending_minutes` higher among the " +
    "matching products; `sort=trending` puts them first (by trending score, then relevance). " +
    "Neither ever adds a product the query does not match. `corrected_query` says what was searched " +
    "when typo tolerance changed the words; when no product has every word, the product noun stays, " +
    "other words are left out (`dropped_words`) and `corrected_query` says what was searched. A gift and " +
    "nothing else (`gift for dad`) browses the shop's gift guide for its recipient (`corrected_query`: " +
    "`gifts for men`); a department's other name (`computer parts`) browses that department. " +
    "`category` takes one path or several separated by commas (any of them matches).",
  request: { query: SearchQuery },
  responses: { 200: jsonResponse(SearchResult, "Matching products"), 400: INVALID, 503: UNAVAILABLE },
});

export const autocompleteRoute = createRoute({
  method: "get",
  path: "/autocomplete",
  tags: ["search"],
  summary: "Suggestions for a prefix (typo-tolerant from 4 characters)",
  description: "Popular real searches of the last hour that start with the prefix come first (bots " +
    "and searches that mostly found nothing excluded), then catalog completions.",
  request: { query: AutocompleteQuery },
  responses: {
    200: jsonResponse(Suggestions, "Up to `limit` suggestions"),
    400: INVALID,
    503: UNAVAILABLE,
  },
});

/** How long the trending products and the popular searches are reused. */
export const TRENDING_CACHE_MS = 2_000;
export const POPULAR_CACHE_MS = 5_000;
/** How many trending products `boost=trending` considers. */
export const TRENDING_BOOSTED = 50;
const POPULAR_MINUTES = 60;
const POPULAR_LIMIT = 50;

export interface SearchRoutesOptions {
  catalog: Pick<CatalogStore, "search" | "autocomplete">;
  /** The processor's output: trending products and popular searches (without it, neither is used). */
  analytics?: Pick<AnalyticsStore, "trending" | "topQueries">;
  /** Wraps every store call: its failure, or a store known to be down, is a 503. */
  storeCall: StoreCall;
}

/** A value refreshed at most every `ttlMs`; a failed refresh is not kept. */
function cached<K, V>(ttlMs: number, load: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const entries = new Map<K, { at: number; value: Promise<V> }>();
  return (key) => {
    const hit = entries.get(key);
    if (hit && Date.now() - hit.at < ttlMs) return hit.value;
    const value = load(key);
    entries.set(key, { at: Date.now(), value });
    value.catch(() => entries.delete(key));
    return value;
  };
}

/**
 * The search endpoints as a sub-app.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { searchRoutes } from "./search_routes.ts";
 * import { monitorStore } from "./store_health.ts";
 * import { generateCatalog } from "../catalog/generate.ts";
 * import { createStore } from "../store/mod.ts";
 *
 * const store = await createStore({});
 * await store.catalog.index(generateCatalog({ count: 20, seed: 42 }));
 * await store.catalog.refresh();
 * const health = monitorStore((o) => store.ping(o));
 * // Without `analytics`, neither trending boosts nor popular searches are used.
 * const search = searchRoutes({ catalog: store.catalog, storeCall: health.call });
 *
 * const res = await search.request("/search?q=*&size=5");
 * assert.equal((await res.json()).total, 20);
 * assert.equal((await search.request("/autocomplete")).status, 400); // `q` is required
 *
 * health.close();
 * await store.close();
 * ```
 */
export function searchRoutes({ catalog, analytics, storeCall }: SearchRoutesOptions): OpenAPIHono<ApiEnv> {
  const app = routeGroup();
  /** Product id → trending score relative to the top one (0–1]. */
  const trending = cached(TRENDING_CACHE_MS, async (minutes: number) => {
    const rows = await analytics!.trending({ minutes, limit: TRENDING_BOOSTED });
    const top = Math.max(0, ...rows.map((r) => r.score));
    return new Map(top > 0 ? rows.filter((r) => r.score > 0).map((r) => [r.product_id, r.score / top]) : []);
  });
  const popular = cached(POPULAR_CACHE_MS, async (_: "hour") => {
    const rows = await analytics!.topQueries({ minutes: POPULAR_MINUTES, limit: POPULAR_LIMIT });
    return rows.filter((r) => r.searches > 0 && r.zero_results * 2 < r.searches).map((r) => r.query);
  });

  app.openapi(searchRoute, async (c) => {
    const query = c.req.valid("query");
    const wantsTrending = query.boost === "trending" || query.sort === "trending";
    const boost = analytics && wantsTrending
      ? await storeCall(() => trending(query.trending_minutes))
      : undefined;
    return c.json(await storeCall(() => catalog.search(query, { boost })), 200);
  });
  app.openapi(autocompleteRoute, async (c) => {
    const { q, limit } = c.req.valid("query");
    // Popular searches only refine suggestions: without them, autocomplete still answers.
    const top = analytics ? await popular("hour").catch(() => []) : [];
    return c.json(await storeCall(() => catalog.autocomplete(q, limit, { popular: top })), 200);
  });
  return app;
}
