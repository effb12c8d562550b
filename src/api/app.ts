/**
 * The HTTP API and the dashboard, as one Hono app. It reads only through the `Store`
 * port and a `StatsSource`; it never talks to Kafka or Elasticsearch itself.
 *
 * @example
 * ```ts
 * const app = createApp({ store, stats, role: "all", version: "0.1.0", metrics, ready });
 * Deno.serve({ port: 8000 }, app.fetch);
 * ```
 *
 * @module
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import { cors } from "hono/cors";
import { requestId } from "hono/request-id";
import type { Context } from "hono";
import type { StatsSource } from "../domain/stats.ts";
import type { Store } from "../store/port.ts";
import { CONTENT_TYPE as METRICS_CONTENT_TYPE, Registry } from "../observability/metrics.ts";
import { compression } from "./compression.ts";
import { redocPage, SWAGGER_INIT, swaggerPage } from "./docs_pages.ts";
import { errorResponse, fromStore, notFoundBody, validationHook } from "./errors.ts";
import { httpMetrics } from "./http_metrics.ts";
import {
  autocompleteRoute,
  fraudRoute,
  funnelsRoute,
  healthRoute,
  metricsRoute,
  queriesRoute,
  readyRoute,
  searchRoute,
  statsRoute,
  streamRoute,
  trendingRoute,
} from "./routes.ts";
import { staticFiles, type StaticOptions } from "./static_files.ts";
import { liveStream } from "./stream.ts";

export interface ReadyReport {
  ok: boolean;
  /** Per dependency: "ok" or why it is not. */
  checks: Record<string, string>;
}

export interface AppOptions {
  store: Pick<Store, "catalog" | "analytics" | "ping">;
  stats: StatsSource;
  role: string;
  version: string;
  /** Allowed CORS origin(s): `*` (default), one origin, or a comma-separated list. */
  corsOrigin?: string;
  /** The process' registry; HTTP metrics are added to it. A fresh one when omitted. */
  metrics?: Registry;
  /** Readiness of the dependencies; defaults to pinging the store. */
  ready?: () => Promise<ReadyReport>;
  /** Where 5xx details go (never to the client). Default: stderr. */
  logger?: (line: string) => void;
  /** Aborting it ends open `/stream` connections, so a graceful shutdown does not wait on them. */
  signal?: AbortSignal;
  /** Overrides for the static file handler (tests). */
  static?: StaticOptions;
  /** SSE push period (default 1000 ms). */
  streamIntervalMs?: number;
}

type Env = { Variables: { requestId: string; route?: string } };

/** Live data must never be cached; the OpenAPI document and static files may be, briefly. */
const NO_STORE = "no-store";
const OPENAPI_CACHE = "public, max-age=60";

export function createApp(options: AppOptions): OpenAPIHono<Env> {
  const { store, stats } = options;
  const log = options.logger ?? ((line: string) => console.error(line));
  const metrics = options.metrics ?? new Registry();
  const ready = options.ready ?? (async () => {
    try {
      await store.ping();
      return { ok: true, checks: { store: "ok" } };
    } catch (e) {
      return { ok: false, checks: { store: (e as Error).message ?? String(e) } };
    }
  });

  const streamClients = metrics.gauge(
    "shopstream_stream_clients",
    "Open /stream (Server-Sent Events) connections",
  );
  streamClients.set(0);

  const app = new OpenAPIHono<Env>({ defaultHook: validationHook });

  app.use(requestId());
  app.use(httpMetrics(metrics));
  app.use(cors({
    origin: corsOrigins(options.corsOrigin ?? "*"),
    allowMethods: ["GET", "HEAD", "OPTIONS"],
    exposeHeaders: ["X-Request-Id"],
    maxAge: 600,
  }));
  app.use(compression());
  app.use(async (c, next) => {
    await next();
    if (!c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", NO_STORE);
  });

  app.onError((err, c) => errorResponse(err, c, log));
  app.notFound((c) => c.json(notFoundBody(c), 404));

  // ---- search ----
  app.openapi(searchRoute, async (c) => {
    const query = c.req.valid("query");
    return c.json(await fromStore(() => store.catalog.search(query)), 200);
  });
  app.openapi(autocompleteRoute, async (c) => {
    const { q, limit } = c.req.valid("query");
    return c.json(await fromStore(() => store.catalog.autocomplete(q, limit)), 200);
  });

  // ---- analytics ----
  app.openapi(trendingRoute, async (c) => {
    const { minutes, limit, category } = c.req.valid("query");
    const items = await fromStore(() => store.analytics.trending({ minutes, limit, category }));
    return c.json({ minutes, category: category ?? null, items }, 200);
  });
  app.openapi(funnelsRoute, async (c) => {
    const { minutes, level } = c.req.valid("query");
    const items = await fromStore(() => store.analytics.funnels({ minutes, level }));
    return c.json({ minutes, level, items }, 200);
  });
  app.openapi(fraudRoute, async (c) => {
    const { severity, type, limit } = c.req.valid("query");
    return c.json({ items: await fromStore(() => store.analytics.fraud({ severity, type, limit })) }, 200);
  });
  app.openapi(queriesRoute, async (c) => {
    const { minutes, limit, zero_results } = c.req.valid("query");
    const items = await fromStore(() =>
      store.analytics.topQueries({ minutes, limit, zeroResultsOnly: zero_results || undefined })
    );
    return c.json({ minutes, zero_results, items }, 200);
  });

  // ---- operations ----
  app.openapi(statsRoute, async (c) => c.json(await fromStore(() => stats.snapshot()), 200));
  app.openapi(
    healthRoute,
    (c) => c.json({ status: "ok" as const, version: options.version, role: options.role }, 200),
  );
  app.openapi(readyRoute, async (c) => {
    const report = await ready().catch((e) => ({
      ok: false,
      checks: { ready: String((e as Error)?.message ?? e) },
    }));
    return c.json(report, report.ok ? 200 : 503);
  });
  app.openapi(metricsRoute, async (c) => {
    return c.text(await metrics.expose(), 200, { "Content-Type": METRICS_CONTENT_TYPE });
  });
  app.openapi(streamRoute, (c) => {
    const { minutes } = c.req.valid("query");
    return liveStream(c, {
      store,
      stats,
      minutes,
      signal: options.signal,
      intervalMs: options.streamIntervalMs,
      connections: streamClients,
    });
  });

  // ---- documentation ----
  const document = () =>
    app.getOpenAPI31Document({
      openapi: "3.1.0",
      info: {
        title: "shopstream API",
        version: options.version,
        description: "Real-time e-commerce search and analytics. Every error is JSON with a `request_id`; " +
          "a 400 names the offending `parameter`.",
      },
      tags: [
        { name: "search", description: "Product catalog" },
        { name: "analytics", description: "What the stream processor computed" },
        { name: "operations", description: "Health, readiness, metrics, live stream" },
      ],
    });
  let cachedDocument: ReturnType<typeof document> | undefined;
  app.get("/openapi.json", (c) => {
    cachedDocument ??= document();
    c.header("Cache-Control", OPENAPI_CACHE);
    return c.json(cachedDocument);
  });
  app.get("/docs", (c) => html(c, swaggerPage("shopstream")));
  app.get("/docs-init.js", (c) => {
    c.header("Cache-Control", OPENAPI_CACHE);
    return c.body(SWAGGER_INIT, 200, { "Content-Type": "text/javascript; charset=utf-8" });
  });
  app.get("/redoc", (c) => html(c, redocPage("shopstream")));

  // ---- the dashboard ----
  const files = staticFiles(options.static);
  app.get("/*", (c) => files(c, () => c.json(notFoundBody(c), 404)));

  return app;
}

function html(c: Context, body: string): Response {
  c.header("Cache-Control", OPENAPI_CACHE);
  return c.html(body);
}

function corsOrigins(value: string): string | string[] {
  const list = value.split(",").map((s) => s.trim()).filter(Boolean);
  return list.length === 1 ? list[0] : list;
}
