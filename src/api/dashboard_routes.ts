/**
 * The dashboard group: every other GET is a file under `static/` (`/favicon.ico` redirects to
 * the SVG icon), or the JSON 404.
 * Mount it last: its `/*` would shadow any route registered after it.
 *
 * @example
 * ```ts
 * app.route("/", dashboardRoutes());
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
 * const res = await dashboardRoutes().request("/app.js");
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
