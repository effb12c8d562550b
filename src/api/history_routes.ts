/**
 * The history group: what the dashboard's charts draw on load, before `/stream` takes
 * over. `/trending/history` (the top products' per-minute points) and `/stats/history`
 * (events per event-time minute), read through the analytics port with the same window
 * rule as `/trending`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { historyRoutes } from "./history_routes.ts";
 * import { routeGroup } from "./route_group.ts";
 * import { monitorStore } from "./store_health.ts";
 * import { createStore } from "../store/mod.ts";
 *
 * const store = await createStore({});
 * const health = monitorStore((o) => store.ping(o));
 * const app = routeGroup();
 * app.route("/", historyRoutes({ analytics: store.analytics, storeCall: health.call }));
 *
 * const res = await app.request("/trending/history?minutes=30");
 * assert.deepEqual(await res.json(), { minutes: 30, items: [] }); // nothing processed yet
 *
 * health.close();
 * await store.close();
 * ```
 *
 * @module
 */
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AnalyticsStore } from "../store/port.ts";
import type { StoreCall } from "./store_health.ts";
import { type ApiEnv, INVALID, jsonResponse, routeGroup, UNAVAILABLE } from "./route_group.ts";
import {
  StatsHistoryParams,
  StatsHistoryResponse,
  TrendingHistoryParams,
  TrendingHistoryResponse,
} from "./schemas.ts";

export const trendingHistoryRoute = createRoute({
  method: "get",
  path: "/trending/history",
  tags: ["analytics"],
  summary: "The window's top products by total score, each with its per-minute points (for charts)",
  description: "Points are summed over partitions; only minutes with data appear, oldest first.",
  request: { query: TrendingHistoryParams },
  responses: {
    200: jsonResponse(TrendingHistoryResponse, "Products, highest total score first"),
    400: INVALID,
    503: UNAVAILABLE,
  },
});

export const statsHistoryRoute = createRoute({
  method: "get",
  path: "/stats/history",
  tags: ["analytics"],
  summary: "Events per event-time minute, by type (for the throughput chart)",
  description: "Only minutes with data appear, oldest first; `per_second` is the minute's events / 60.",
  request: { query: StatsHistoryParams },
  responses: {
    200: jsonResponse(StatsHistoryResponse, "One point per minute"),
    400: INVALID,
    503: UNAVAILABLE,
  },
});

export interface HistoryRoutesOptions {
  analytics: Pick<AnalyticsStore, "trendingHistory" | "throughput">;
  /** Wraps every store call: its failure, or a store known to be down, is a 503. */
  storeCall: StoreCall;
}

/**
 * The history endpoints as a sub-app.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { historyRoutes } from "./history_routes.ts";
 * import { monitorStore } from "./store_health.ts";
 * import { createStore } from "../store/mod.ts";
 *
 * const store = await createStore({});
 * const health = monitorStore((o) => store.ping(o));
 * const history = historyRoutes({ analytics: store.analytics, storeCall: health.call });
 *
 * assert.equal((await history.request("/stats/history?minutes=10")).status, 200);
 * assert.equal((await history.request("/stats/history?minutes=61")).status, 400); // at most 60
 *
 * health.close();
 * await store.close();
 * ```
 */
export function historyRoutes({ analytics, storeCall }: HistoryRoutesOptions): OpenAPIHono<ApiEnv> {
  const app = routeGroup();
  app.openapi(trendingHistoryRoute, async (c) => {
    const { minutes, limit, category, include_bots } = c.req.valid("query");
    const items = await storeCall(() =>
      analytics.trendingHistory({ minutes, limit, category, includeBots: include_bots })
    );
    return c.json({ minutes, items }, 200);
  });
  app.openapi(statsHistoryRoute, async (c) => {
    const { minutes } = c.req.valid("query");
    return c.json({ minutes, points: await storeCall(() => analytics.throughput({ minutes })) }, 200);
  });
  return app;
}
