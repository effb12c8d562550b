/**
 * The HTTP API and the dashboard, as one Hono app composed of endpoint groups
 * (search, analytics, operations, docs, dashboard), each a sub-app in its own file.
 * It reads only through the `Store` port and a `StatsSource`; it never talks to Kafka
 * or Elasticsearch itself.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createApp } from "./app.ts";
 * import { createStatsSource } from "./stats_source.ts";
 * import { Registry } from "../observability/metrics.ts";
 * import { createStore } from "../store/mod.ts";
 *
 * const store = await createStore({}); // embedded: no Elasticsearch, no Kafka
 * const metrics = new Registry();
 * const stats = createStatsSource({
 *   role: "all",
 *   backend: { bus: "embedded", store: "embedded" },
 *   store,
 *   groupId: "shopstream-processor",
 *   metrics,
 * });
 * const shutdown = new AbortController();
 * const app = createApp({
 *   store,
 *   stats,
 *   role: "all",
 *   version: "0.1.0",
 *   metrics,
 *   checks: { bus: () => Promise.resolve() }, // e.g. `() => bus.ping()`
 *   signal: shutdown.signal,
 * });
 * // `Deno.serve({ port: 8000, signal: shutdown.signal }, app.fetch)` serves it on a socket.
 * const res = await app.request("/ready");
 * assert.deepEqual(await res.json(), { ok: true, checks: { store: "ok", bus: "ok" } });
 *
 * shutdown.abort(); // stops the store health monitor (and ends open `/stream`s)
 * stats.close();
 * await store.close();
 * ```
 *
 * @module
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import { cors } from "hono/cors";
import { requestId } from "hono/request-id";
import type { StatsSource } from "../domain/stats.ts";
import type { Store } from "../store/port.ts";
import { Registry } from "../observability/metrics.ts";
import { analyticsRoutes } from "./analytics_routes.ts";
import { BEARER_SCHEME, bearerAuth } from "./auth.ts";
import { compression } from "./compression.ts";
import { dashboardRoutes } from "./dashboard_routes.ts";
import { docsRoutes } from "./docs_routes.ts";
import { errorResponse, notFoundBody } from "./errors.ts";
import { limitUrlLength, methodNotAllowed } from "./http_contract.ts";
import { httpMetrics } from "./http_metrics.ts";
import { operationsRoutes, type ReadyReport } from "./operations_routes.ts";
import { type ApiEnv, routeGroup } from "./route_group.ts";
import { searchRoutes } from "./search_routes.ts";
import { detailRoutes } from "./detail_routes.ts";
import { historyRoutes } from "./history_routes.ts";
import type { ChangeFeed } from "./stream.ts";
import { monitorStore, type StoreHealthOptions } from "./store_health.ts";
import type { StaticOptions } from "./static_files.ts";
import { withTimeout } from "../shared/timeout.ts";

export type { ChangeFeed, ReadyReport };

export interface AppOptions {
  store: Pick<Store, "catalog" | "analytics" | "ping">;
  stats: StatsSource;
  role: string;
  version: string;
  /** Allowed CORS origin(s): `*` (default), one origin, or a comma-separated list. */
  corsOrigin?: string;
  /** The process' registry; HTTP metrics are added to it. A fresh one when omitted. */
  metrics?: Registry;
  /**
   * Readiness checks of dependencies besides the store (e.g. `{ bus: () => bus.ping() }`),
   * each given `READY_TIMEOUT_MS`. The store's state comes from the health monitor.
   */
  checks?: Record<string, () => Promise<void>>;
  /** When set, `/fraud` and the `fraud` events of `/stream` need this bearer token. */
  apiToken?: string;
  /** Store health monitor timing (ping period and timeout). */
  storeHealth?: StoreHealthOptions;
  /** Where 5xx details go (never to the client). Default: stderr. */
  logger?: (line: string) => void;
  /** Aborting it ends open `/stream` connections, so a graceful shutdown does not wait on them. */
  signal?: AbortSignal;
  /** Overrides for the static file handler (tests). */
  static?: StaticOptions;
  /** SSE push period (default 1000 ms); with `changes`, the fallback between notified pushes. */
  streamIntervalMs?: number;
  /**
   * Notifies that the analytics changed (the processor flushed): `/stream` then pushes soon
   * after (at most one push per 250 ms per connection) instead of waiting for its timer.
   */
  changes?: ChangeFeed;
  /**
   * The processor's `--events-sample` share: `/users/{id}` uses it to say whether the user's
   * non-order events are all kept. Without it, inferred from the stored events.
   */
  eventsSample?: number;
}

/** Live data must never be cached; the OpenAPI document and static files may be, briefly. */
const NO_STORE = "no-store";

/** How long /ready waits for each dependency check besides the store: /ready answers within 1 s. */
export const READY_TIMEOUT_MS = 800;

/**
 * Builds the app: shared middleware, then the endpoint groups.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createApp } from "./app.ts";
 * import { createStatsSource } from "./stats_source.ts";
 * import { createStore } from "../store/mod.ts";
 *
 * const store = await createStore({});
 * const stats = createStatsSource({
 *   role: "api",
 *   backend: { bus: "embedded", store: "embedded" },
 *   store,
 *   groupId: "shopstream-processor",
 * });
 * const shutdown = new AbortController();
 * const app = createApp({ store, stats, role: "api", version: "0.1.0", signal: shutdown.signal });
 *
 * const res = await app.request("/health");
 * assert.deepEqual(await res.json(), { status: "ok", version: "0.1.0", role: "api" });
 * assert.equal((await app.request("/nowhere")).status, 404);
 *
 * shutdown.abort();
 * stats.close();
 * await store.close();
 * ```
 */
export function createApp(options: AppOptions): OpenAPIHono<ApiEnv> {
  const { store, stats } = options;
  const log = options.logger ?? ((line: string) => console.error(line));
  const metrics = options.metrics ?? new Registry();
  const health = monitorStore((o) => store.ping(o), options.storeHealth);
  options.signal?.addEventListener("abort", () => health.close(), { once: true });
  const ready = async (): Promise<ReadyReport> => {
    const checks: Record<string, string> = { store: (await health.settled()).status };
    await Promise.all(
      Object.entries(options.checks ?? {}).map(async ([name, check]) => {
        const late = () => new Error(`no answer within ${READY_TIMEOUT_MS} ms`);
        checks[name] = await withTimeout(check(), READY_TIMEOUT_MS, late).then(
          () => "ok",
          (e) => String(e?.message ?? e),
        );
      }),
    );
    return { ok: Object.values(checks).every((v) => v === "ok"), checks };
  };

  const auth = options.apiToken ? bearerAuth(options.apiToken) : undefined;
  const app = routeGroup();
  if (auth) {
    app.openAPIRegistry.registerComponent("securitySchemes", BEARER_SCHEME, {
      type: "http",
      scheme: "bearer",
      description: "The server's --api-token / API_TOKEN",
    });
  }

  app.use(requestId());
  app.use(httpMetrics(metrics));
  app.use(cors({
    origin: corsOrigins(options.corsOrigin ?? "*"),
    allowMethods: ["GET", "HEAD", "OPTIONS"],
    exposeHeaders: ["X-Request-Id"],
    maxAge: 600,
  }));
  app.use(limitUrlLength());
  app.use(compression());
  app.use(async (c, next) => {
    await next();
    if (!c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", NO_STORE);
  });

  app.onError((err, c) => errorResponse(err, c, log));
  app.notFound((c) => c.json(notFoundBody(c), 404));

  app.route(
    "/",
    searchRoutes({ catalog: store.catalog, analytics: store.analytics, storeCall: health.call }),
  );
  app.route("/", analyticsRoutes({ analytics: store.analytics, storeCall: health.call, auth }));
  app.route("/", historyRoutes({ analytics: store.analytics, storeCall: health.call }));
  app.route(
    "/",
    detailRoutes({
      catalog: store.catalog,
      analytics: store.analytics,
      storeCall: health.call,
      auth,
      eventsSample: options.eventsSample,
    }),
  );
  app.route(
    "/",
    operationsRoutes({
      store,
      stats,
      metrics,
      version: options.version,
      role: options.role,
      ready,
      storeCall: health.call,
      auth,
      signal: options.signal,
      streamIntervalMs: options.streamIntervalMs,
      changes: options.changes,
    }),
  );
  app.route(
    "/",
    docsRoutes({
      document: () =>
        app.getOpenAPI31Document({
          openapi: "3.1.0",
          info: {
            title: "shopstream API",
            version: options.version,
            description:
              "Real-time e-commerce search and analytics. Every error is JSON with a `request_id`; " +
              "a 400 names the offending `parameter`.",
          },
          tags: [
            { name: "search", description: "Product catalog" },
            { name: "analytics", description: "What the stream processor computed" },
            { name: "operations", description: "Health, readiness, metrics, live stream" },
          ],
        }),
    }),
  );
  // Every other method on a path served above is a 405 (the dashboard's /* would say 404).
  const served = new Set(
    app.routes.filter((r) => r.method === "GET" && !r.path.includes("*")).map((r) => r.path),
  );
  for (const path of served) app.all(path, methodNotAllowed(["GET", "HEAD"]));
  app.route("/", dashboardRoutes(options.static));

  return app;
}

function corsOrigins(value: string): string | string[] {
  const list = value.split(",").map((s) => s.trim()).filter(Boolean);
  return list.length === 1 ? list[0] : list;
}
