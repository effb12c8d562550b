/**
 * Request counts and latencies per route for `/metrics`. The `route` label is the
 * matched route pattern (`/search`, `/users/:id`; never the raw path), `static` for a
 * dashboard file and `unmatched` for a 404, so scanners cannot blow up label cardinality.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Hono } from "hono";
 * import { httpMetrics } from "./http_metrics.ts";
 * import { Registry } from "../observability/metrics.ts";
 *
 * const registry = new Registry();
 * const app = new Hono();
 * app.use(httpMetrics(registry));
 * app.get("/products/:id", (c) => c.json({ id: c.req.param("id") }));
 *
 * await app.request("/products/p-000001");
 * await app.request("/wp-login.php"); // a scanner: counted as `unmatched`, not by its path
 * const text = await registry.expose();
 * assert.match(text, /http_requests_total\{route="\/products\/:id",method="GET",status="200"\} 1/);
 * assert.match(text, /http_requests_total\{route="unmatched",method="GET",status="404"\} 1/);
 * ```
 *
 * @module
 */
import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import type { Registry } from "../observability/metrics.ts";

/**
 * The middleware: after the response, sets the `route` context variable (unless a
 * handler did) and counts the request under it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Hono } from "hono";
 * import { httpMetrics } from "./http_metrics.ts";
 * import { Registry } from "../observability/metrics.ts";
 *
 * const registry = new Registry();
 * const app = new Hono<{ Variables: { route?: string } }>();
 * app.use(httpMetrics(registry));
 * app.get("/files/*", (c) => {
 *   c.set("route", "files"); // a handler may name its route itself
 *   return c.text("…");
 * });
 *
 * await app.request("/files/a.txt");
 * await app.request("/files/b.txt");
 * assert.match(await registry.expose(), /http_requests_total\{route="files",method="GET",status="200"\} 2/);
 * ```
 */
export function httpMetrics(metrics: Registry): MiddlewareHandler<{ Variables: { route?: string } }> {
  const requests = metrics.counter("http_requests_total", "HTTP requests answered", [
    "route",
    "method",
    "status",
  ]);
  const duration = metrics.histogram(
    "http_request_duration_seconds",
    "Time to the response headers, by route",
    ["route", "method"],
  );
  return async function httpMetrics(c, next) {
    const start = performance.now();
    try {
      await next();
    } finally {
      // After next(), the route index points at the handler that answered.
      const answered = c.req.matchedRoutes[c.req.routeIndex];
      const route = c.get("route") ?? routeLabel(c.res.status, routePath(c), answered?.method === "ALL");
      c.set("route", route);
      const method = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"].includes(c.req.method)
        ? c.req.method
        : "OTHER";
      requests.inc(1, { route, method, status: c.res.status });
      duration.observe((performance.now() - start) / 1000, { route, method });
    }
  };
}

/**
 * The label of the route pattern that answered: the pattern itself; for a catch-all,
 * `static` when the dashboard served a file, `unmatched` when it was the 404 or a
 * middleware answered before any route (a CORS preflight, an over-long URL).
 *
 * @example
 * ```ts
 * routeLabel(200, "/search", false); // "/search"
 * routeLabel(404, "/*", false); // "unmatched"
 * ```
 */
export function routeLabel(status: number, pattern: string, byMiddleware: boolean): string {
  const catchAll = pattern === "*" || pattern === "/*" || pattern === "";
  if (!catchAll) return pattern;
  return status === 404 || byMiddleware ? "unmatched" : "static";
}
