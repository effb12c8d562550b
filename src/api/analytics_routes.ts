/**
 * The analytics group: what the stream processor computed, read through the
 * analytics port: `/trending`, `/funnels`, `/fraud` and `/queries`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { analyticsRoutes } from "./analytics_routes.ts";
 * import { routeGroup } from "./route_group.ts";
 * import { monitorStore } from "./store_health.ts";
 * import { createStore } from "../store/mod.ts";
 *
 * const store = await createStore({});
 * const health = monitorStore((o) => store.ping(o));
 * const app = routeGroup();
 * app.route("/", analyticsRoutes({ analytics: store.analytics, storeCall: health.call }));
 *
 * const res = await app.request("/trending?minutes=5&limit=3");
 * assert.deepEqual(await res.json(), { minutes: 5, category: null, items: [] }); // nothing processed yet
 *
 * health.close();
 * await store.close();
 * ```
 *
 * @module
 */
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AnalyticsStore } from "../store/port.ts";
import { BEARER_SCHEME, type BearerAuth } from "./auth.ts";
import type { StoreCall } from "./store_health.ts";
import { type ApiEnv, INVALID, jsonResponse, routeGroup, UNAUTHORIZED, UNAVAILABLE } from "./route_group.ts";
import {
  FraudParams,
  FraudResponse,
  FunnelParams,
  FunnelResponse,
  QueriesParams,
  QueriesResponse,
  TrendingParams,
  TrendingResponse,
} from "./schemas.ts";

export const trendingRoute = createRoute({
  method: "get",
  path: "/trending",
  tags: ["analytics"],
  summary: "Top products by weighted score (views×1 + carts×3 + purchases×5) in a sliding window",
  description: "Users flagged as bots are left out unless `include_bots=true`.",
  request: { query: TrendingParams },
  responses: {
    200: jsonResponse(TrendingResponse, "Products, highest score first"),
    400: INVALID,
    503: UNAVAILABLE,
  },
});

export const funnelsRoute = createRoute({
  method: "get",
  path: "/funnels",
  tags: ["analytics"],
  summary: "View → cart → purchase sessions per category, with conversion and drop-off",
  request: { query: FunnelParams },
  responses: { 200: jsonResponse(FunnelResponse, "One row per category"), 400: INVALID, 503: UNAVAILABLE },
});

export const fraudRoute = createRoute({
  method: "get",
  path: "/fraud",
  tags: ["analytics"],
  summary: "Fraud and bot signals, most recent first",
  request: { query: FraudParams },
  responses: { 200: jsonResponse(FraudResponse, "Signals"), 400: INVALID, 503: UNAVAILABLE },
});

/** `/fraud` when the server has an API token: it names user ids, so it needs the bearer token. */
export const securedFraudRoute = createRoute({
  ...fraudRoute,
  description: "Needs `Authorization: Bearer <token>` (the server's `--api-token`).",
  security: [{ [BEARER_SCHEME]: [] }],
  responses: { ...fraudRoute.responses, 401: UNAUTHORIZED },
});

export const queriesRoute = createRoute({
  method: "get",
  path: "/queries",
  tags: ["analytics"],
  summary: "Top search queries, or only those that found nothing",
  request: { query: QueriesParams },
  responses: {
    200: jsonResponse(QueriesResponse, "Queries by number of searches"),
    400: INVALID,
    503: UNAVAILABLE,
  },
});

export interface AnalyticsRoutesOptions {
  analytics: Pick<AnalyticsStore, "trending" | "funnels" | "fraud" | "topQueries">;
  /** Wraps every store call: its failure, or a store known to be down, is a 503. */
  storeCall: StoreCall;
  /** When set, `/fraud` needs this guard's bearer token. */
  auth?: BearerAuth;
}

/**
 * The analytics endpoints as a sub-app.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { analyticsRoutes } from "./analytics_routes.ts";
 * import { bearerAuth } from "./auth.ts";
 * import { monitorStore } from "./store_health.ts";
 * import { createStore } from "../store/mod.ts";
 *
 * const store = await createStore({});
 * const health = monitorStore((o) => store.ping(o));
 * const analytics = analyticsRoutes({
 *   analytics: store.analytics,
 *   storeCall: health.call,
 *   auth: bearerAuth("s3cret-token-of-16-chars"), // guards /fraud
 * });
 *
 * assert.equal((await analytics.request("/funnels?level=leaf")).status, 200);
 * const invalid = await analytics.request("/trending?minutes=0");
 * assert.equal(invalid.status, 400);
 * assert.equal((await invalid.json()).parameter, "minutes");
 * assert.equal((await analytics.request("/fraud")).status, 401);
 * const fraud = await analytics.request("/fraud", {
 *   headers: { Authorization: "Bearer s3cret-token-of-16-chars" },
 * });
 * assert.equal(fraud.status, 200);
 *
 * health.close();
 * await store.close();
 * ```
 */
export function analyticsRoutes({ analytics, storeCall, auth }: AnalyticsRoutesOptions): OpenAPIHono<ApiEnv> {
  const app = routeGroup();
  app.openapi(trendingRoute, async (c) => {
    const { minutes, limit, category, include_bots } = c.req.valid("query");
    const items = await storeCall(() =>
      analytics.trending({ minutes, limit, category, includeBots: include_bots })
    );
    return c.json({ minutes, category: category ?? null, items }, 200);
  });
  app.openapi(funnelsRoute, async (c) => {
    const { minutes, level, include_bots } = c.req.valid("query");
    const items = await storeCall(() => analytics.funnels({ minutes, level, includeBots: include_bots }));
    return c.json({ minutes, level, items }, 200);
  });
  if (auth) app.use(fraudRoute.path, auth.middleware);
  app.openapi(auth ? securedFraudRoute : fraudRoute, async (c) => {
    const { severity, type, limit } = c.req.valid("query");
    return c.json({ items: await storeCall(() => analytics.fraud({ severity, type, limit })) }, 200);
  });
  app.openapi(queriesRoute, async (c) => {
    const { minutes, limit, zero_results, include_bots } = c.req.valid("query");
    const items = await storeCall(() =>
      analytics.topQueries({
        minutes,
        limit,
        zeroResultsOnly: zero_results || undefined,
        includeBots: include_bots,
      })
    );
    return c.json({ minutes, zero_results, items }, 200);
  });
  return app;
}
