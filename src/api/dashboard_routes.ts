/**
 * The dashboard group: every other GET is a file under `static/` (`/favicon.ico` redirects to
 * the SVG icon), or the JSON 404.
 * Mount it last: its `/*` would shadow any route registered after it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { dashboardRoutes } from "./dashboard_routes.ts";
 * import { routeGroup } from "./route_group.ts";
 *
 * const app = routeGroup();
 * app.get("/health", (c) => c.json({ status: "ok" }));
 * app.route("/", dashboardRoutes()); // last: its `/*` answers every path not served above
 *
 * assert.equal((await app.request("/health")).status, 200);
 * const page = await app.request("/");
 * assert.match(page.headers.get("Content-Type") ?? "", /^text\/html/);
 * await page.body?.cancel();
 * ```
 *
 * @module
 */
import { Hono } from "hono";
import { notFoundBody } from "./errors.ts";
import type { ApiEnv } from "./route_group.ts";
import { staticFiles, type StaticOptions } from "./static_files.ts";

/**
 * The static dashboard as a sub-app.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { dashboardRoutes } from "./dashboard_routes.ts";
 *
 * const dashboard = dashboardRoutes();
 * const script = await dashboard.request("/app.js");
 * assert.equal(script.status, 200);
 * await script.body?.cancel();
 * assert.equal((await dashboard.request("/favicon.ico")).headers.get("Location"), "/favicon.svg");
 * assert.equal((await dashboard.request("/no-such-file.js")).status, 404);
 * ```
 */
export function dashboardRoutes(options?: StaticOptions): Hono<ApiEnv> {
  const files = staticFiles(options);
  const app = new Hono<ApiEnv>();
  // Browsers ask for /favicon.ico on their own; the icon is an SVG.
  app.get("/favicon.ico", (c) => c.redirect("/favicon.svg", 301));
  app.get("/*", (c) => files(c, () => c.json(notFoundBody(c), 404)));
  return app;
}
