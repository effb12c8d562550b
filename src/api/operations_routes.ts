/**
 * The operations group: `/stats`, `/health`, `/ready`, `/metrics` and the live
 * `/stream` of Server-Sent Events.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { operationsRoutes } from "./operations_routes.ts";
 * import { routeGroup } from "./route_group.ts";
 * import { createStatsSource } from "./stats_source.ts";
 * import { monitorStore } from "./store_health.ts";
 * import { Registry } from "../observability/metrics.ts";
 * import { createStore } from "../store/mod.ts";
 *
 * const store = await createStore({});
 * const metrics = new Registry();
 * const stats = createStatsSource({
 *   role: "all",
 *   backend: { bus: "embedded", store: "embedded" },
 *   store,
 *   groupId: "shopstream-processor",
 *   metrics,
 * });
 * const health = monitorStore((o) => store.ping(o));
 * const ready = async () => ({ ok: health.up, checks: { store: (await health.settled()).status } });
 * const app = routeGroup();
 * app.route(
 *   "/",
 *   operationsRoutes({ store, stats, metrics, version: "0.1.0", role: "all", ready, storeCall: health.call }),
 * );
 *
 * assert.deepEqual(await (await app.request("/ready")).json(), { ok: true, checks: { store: "ok" } });
 * const snapshot = await (await app.request("/stats")).json();
 * assert.equal(snapshot.role, "all");
 *
 * health.close();
 * stats.close();
 * await store.close();
 * ```
 *
 * @module
 */
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { StatsSnapshot, type StatsSource } from "../domain/stats.ts";
import type { Store } from "../store/port.ts";
import { CONTENT_TYPE as METRICS_CONTENT_TYPE, type Registry } from "../observability/metrics.ts";
import { processMetrics } from "../observability/process.ts";
import type { BearerAuth } from "./auth.ts";
import type { StoreCall } from "./store_health.ts";
import { type ApiEnv, INVALID, jsonResponse, routeGroup, UNAVAILABLE } from "./route_group.ts";
import { HealthResponse, ReadyResponse, StreamParams } from "./schemas.ts";
import { type ChangeFeed, liveStream } from "./stream.ts";

export const statsRoute = createRoute({
  method: "get",
  path: "/stats",
  tags: ["operations"],
  summary: "Pipeline counters: events per type and per second, lag, DLQ, late events, index sizes",
  responses: { 200: jsonResponse(StatsSnapshot, "A snapshot of this process' view"), 503: UNAVAILABLE },
});

export const healthRoute = createRoute({
  method: "get",
  path: "/health",
  tags: ["operations"],
  summary: "Liveness: answers 200 while the process serves HTTP",
  responses: { 200: jsonResponse(HealthResponse, "Alive") },
});

export const readyRoute = createRoute({
  method: "get",
  path: "/ready",
  tags: ["operations"],
  summary: "Readiness: the store (and the bus, where used) answer",
  responses: {
    200: jsonResponse(ReadyResponse, "Ready"),
    503: jsonResponse(ReadyResponse, "A dependency is not reachable"),
  },
});

export const metricsRoute = createRoute({
  method: "get",
  path: "/metrics",
  tags: ["operations"],
  summary: "Prometheus metrics (text exposition format 0.0.4)",
  responses: {
    200: {
      description: "Request counts and latency histograms, events processed, lag, checkpoint age",
      content: { "text/plain": { schema: z.string() } },
    },
  },
});

export const streamRoute = createRoute({
  method: "get",
  path: "/stream",
  tags: ["operations"],
  summary:
    "Server-Sent Events: `stats`, `trending` and new `fraud` signals on every change (at least every second)",
  description: "Events carry JSON: `stats` is a /stats body, `trending` a /trending body, `fraud` is " +
    "`{initial, items}` with the signals new or updated since the previous push (only with the API " +
    "token, when the server has one: `access_token` or `Authorization: Bearer`). " +
    "`unavailable` says the store did not answer (the stream stays open).",
  request: { query: StreamParams },
  responses: {
    200: { description: "An endless event stream", content: { "text/event-stream": { schema: z.string() } } },
    400: INVALID,
  },
});

/** What `/ready` answers: ok when every dependency answered. */
export interface ReadyReport {
  ok: boolean;
  /** Per dependency: "ok" or why it is not. */
  checks: Record<string, string>;
}

export interface OperationsRoutesOptions {
  store: Pick<Store, "analytics">;
  stats: StatsSource;
  metrics: Registry;
  version: string;
  role: string;
  ready: () => Promise<ReadyReport>;
  /** Wraps the store calls behind /stats: its failure, or a store known to be down, is a 503. */
  storeCall: StoreCall;
  /** When set, `/stream` sends `fraud` events only to holders of its token. */
  auth?: BearerAuth;
  /** Aborting it ends open `/stream` connections. */
  signal?: AbortSignal;
  /** SSE push period (default 1000 ms). */
  streamIntervalMs?: number;
  /** Change notifications: `/stream` pushes soon after each (coalesced). */
  changes?: ChangeFeed;
}

/**
 * The operations endpoints as a sub-app; registers the `shopstream_stream_clients` gauge.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { operationsRoutes } from "./operations_routes.ts";
 * import { createStatsSource } from "./stats_source.ts";
 * import { monitorStore } from "./store_health.ts";
 * import { Registry } from "../observability/metrics.ts";
 * import { createStore } from "../store/mod.ts";
 *
 * const store = await createStore({});
 * const metrics = new Registry();
 * const stats = createStatsSource({
 *   role: "api",
 *   backend: { bus: "embedded", store: "embedded" },
 *   store,
 *   groupId: "shopstream-processor",
 *   metrics,
 * });
 * const health = monitorStore((o) => store.ping(o));
 * const ops = operationsRoutes({
 *   store,
 *   stats,
 *   metrics,
 *   version: "0.1.0",
 *   role: "api",
 *   ready: async () => ({ ok: false, checks: { bus: "no answer within 800 ms" } }),
 *   storeCall: health.call,
 * });
 *
 * assert.equal((await ops.request("/health")).status, 200); // alive...
 * assert.equal((await ops.request("/ready")).status, 503); // ...but not ready
 * assert.match(await (await ops.request("/metrics")).text(), /shopstream_stream_clients 0/);
 *
 * health.close();
 * stats.close();
 * await store.close();
 * ```
 */
export function operationsRoutes(options: OperationsRoutesOptions): OpenAPIHono<ApiEnv> {
  const { stats, metrics } = options;
  const streamClients = metrics.gauge(
    "shopstream_stream_clients",
    "Open /stream (Server-Sent Events) connections",
  );
  streamClients.set(0);
  processMetrics(metrics);

  const app = routeGroup();
  app.openapi(statsRoute, async (c) => c.json(await options.storeCall(() => stats.snapshot()), 200));
  app.openapi(
    healthRoute,
    (c) => c.json({ status: "ok" as const, version: options.version, role: options.role }, 200),
  );
  app.openapi(readyRoute, async (c) => {
    const report = await options.ready().catch((e) => ({
      ok: false,
      checks: { ready: String((e as Error)?.message ?? e) },
    }));
    return c.json(report, report.ok ? 200 : 503);
  });
  app.openapi(metricsRoute, async (c) => {
    return c.text(await metrics.expose(), 200, { "Content-Type": METRICS_CONTENT_TYPE });
  });
  app.openapi(streamRoute, async (c) => {
    const { minutes, access_token } = c.req.valid("query");
    const includeFraud = !options.auth ||
      await options.auth.verify(c.req.header("Authorization"), access_token);
    return liveStream(c, {
      includeFraud,
      store: options.store,
      stats,
      minutes,
      signal: options.signal,
      intervalMs: options.streamIntervalMs,
      changes: options.changes,
      connections: streamClients,
    });
  });
  return app;
}
