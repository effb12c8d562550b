/**
 * Request counts and latencies per route for `/metrics`. The `route` label is the
 * route pattern (never the raw path), so scanners cannot blow up label cardinality.
 *
 * @module
 */
import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import type { Registry } from "../observability/metrics.ts";

export function httpMetrics(metrics: Registry): MiddlewareHandler {
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
      const route = (c.get("route") as string | undefined) ?? patternOf(c.res.status, routePath(c));
      const method = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"].includes(c.req.method)
        ? c.req.method
        : "OTHER";
      requests.inc(1, { route, method, status: c.res.status });
      duration.observe((performance.now() - start) / 1000, { route, method });
    }
  };
}

function patternOf(status: number, pattern: string): string {
  if (status === 404 && (pattern === "*" || pattern === "/*")) return "unmatched";
  return pattern === "*" || pattern === "/*" ? "static" : pattern;
}
