/**
 * The documentation group: the OpenAPI 3.1 document at `/openapi.json`, Swagger UI at
 * `/docs` (with its init script) and ReDoc at `/redoc`. Not part of the document itself.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { docsRoutes } from "./docs_routes.ts";
 * import { routeGroup } from "./route_group.ts";
 *
 * const app = routeGroup(); // the routes of the document are registered on it
 * const config = { openapi: "3.1.0", info: { title: "shopstream API", version: "0.1.0" } };
 * app.route("/", docsRoutes({ document: () => app.getOpenAPI31Document(config) }));
 *
 * const doc = await (await app.request("/openapi.json")).json();
 * assert.equal(doc.info.title, "shopstream API");
 * const page = await app.request("/docs");
 * assert.match(page.headers.get("Content-Type") ?? "", /^text\/html/);
 * ```
 *
 * @module
 */
import { Hono } from "hono";
import type { Context } from "hono";
import { redocPage, SWAGGER_INIT, swaggerPage } from "./docs_pages.ts";
import type { ApiEnv } from "./route_group.ts";

/** The document and the pages may be cached briefly; live data never is. */
export const DOCS_CACHE = "public, max-age=60";

export interface DocsRoutesOptions {
  /** Builds the OpenAPI document; called once, on the first request. */
  document: () => unknown;
  /** Page title (default "shopstream"). */
  title?: string;
}

/**
 * The documentation endpoints as a sub-app.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DOCS_CACHE, docsRoutes } from "./docs_routes.ts";
 *
 * const docs = docsRoutes({ document: () => ({ openapi: "3.1.0", info: { title: "x", version: "1" }, paths: {} }) });
 * const res = await docs.request("/openapi.json");
 * assert.equal(res.headers.get("Cache-Control"), DOCS_CACHE);
 * assert.equal((await res.json()).openapi, "3.1.0");
 * ```
 */
export function docsRoutes(options: DocsRoutesOptions): Hono<ApiEnv> {
  const title = options.title ?? "shopstream";
  const app = new Hono<ApiEnv>();
  let cached: unknown;
  app.get("/openapi.json", (c) => {
    cached ??= options.document();
    c.header("Cache-Control", DOCS_CACHE);
    return c.json(cached as object);
  });
  app.get("/docs", (c) => html(c, swaggerPage(title)));
  app.get("/docs-init.js", (c) => {
    c.header("Cache-Control", DOCS_CACHE);
    return c.body(SWAGGER_INIT, 200, { "Content-Type": "text/javascript; charset=utf-8" });
  });
  app.get("/redoc", (c) => html(c, redocPage(title)));
  return app;
}

function html(c: Context, body: string): Response {
  c.header("Cache-Control", DOCS_CACHE);
  return c.html(body);
}
