/**
 * The search group: `GET /search` and `GET /autocomplete` over the catalog port.
 *
 * @example
 * ```ts
 * app.route("/", searchRoutes({ catalog: store.catalog, storeCall: health.call }));
 * ```
 *
 * @module
 */
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { AutocompleteQuery, SearchQuery, SearchResult, Suggestions } from "../domain/search.ts";
import type { CatalogStore } from "../store/port.ts";
import type { StoreCall } from "./store_health.ts";
import { type ApiEnv, INVALID, jsonResponse, routeGroup, UNAVAILABLE } from "./route_group.ts";

export const searchRoute = createRoute({
  method: "get",
  path: "/search",
  tags: ["search"],
  summary: "Full-text product search with filters, facets and highlights",
  description: "Typo-tolerant (`fuzzy=true`); facets are counted over the filtered result set.",
  request: { query: SearchQuery },
  responses: { 200: jsonResponse(SearchResult, "Matching products"), 400: INVALID, 503: UNAVAILABLE },
});

export const autocompleteRoute = createRoute({
  method: "get",
  path: "/autocomplete",
  tags: ["search"],
  summary: "Suggestions for a prefix (typo-tolerant from 4 characters)",
  request: { query: AutocompleteQuery },
  responses: {
    200: jsonResponse(Suggestions, "Up to `limit` suggestions"),
    400: INVALID,
    503: UNAVAILABLE,
  },
});

export interface SearchRoutesOptions {
  catalog: Pick<CatalogStore, "search" | "autocomplete">;
  /** Wraps every store call: its failure, or a store known to be down, is a 503. */
  storeCall: StoreCall;
}

/**
 * The search endpoints as a sub-app.
 *
 * @example
 * ```ts
 * const app = routeGroup();
 * app.route("/", searchRoutes({ catalog: store.catalog, storeCall: health.call }));
 * ```
 */
export function searchRoutes({ catalog, storeCall }: SearchRoutesOptions): OpenAPIHono<ApiEnv> {
  const app = routeGroup();
  app.openapi(searchRoute, async (c) => {
    const query = c.req.valid("query");
    return c.json(await storeCall(() => catalog.search(query)), 200);
  });
  app.openapi(autocompleteRoute, async (c) => {
    const { q, limit } = c.req.valid("query");
    return c.json(await storeCall(() => catalog.autocomplete(q, limit)), 200);
  });
  return app;
}
