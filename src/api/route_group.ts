/**
 * What every endpoint group shares: the app's context variables, a factory for a
 * group's OpenAPI sub-app (validation failures answer the JSON 400), and the response
 * entries the route definitions repeat.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createRoute } from "@hono/zod-openapi";
 * import { z } from "zod";
 * import { INVALID, jsonResponse, routeGroup } from "./route_group.ts";
 *
 * const pingRoute = createRoute({
 *   method: "get",
 *   path: "/ping",
 *   request: { query: z.object({ times: z.coerce.number().int().min(1).default(1) }) },
 *   responses: { 200: jsonResponse(z.object({ pong: z.number() }), "Pong"), 400: INVALID },
 * });
 * const group = routeGroup();
 * group.openapi(pingRoute, (c) => c.json({ pong: c.req.valid("query").times }, 200));
 * const app = routeGroup();
 * app.route("/", group);
 *
 * assert.deepEqual(await (await app.request("/ping?times=3")).json(), { pong: 3 });
 * const invalid = await app.request("/ping?times=0");
 * assert.equal(invalid.status, 400);
 * assert.equal((await invalid.json()).parameter, "times");
 * ```
 *
 * @module
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import type { z } from "zod";
import { validationHook } from "./errors.ts";
import { ErrorBody } from "./schemas.ts";

/** Context variables of the API: the request id, and the route pattern that answered (for metrics). */
export type ApiEnv = { Variables: { requestId: string; route?: string } };

/**
 * A sub-app for one endpoint group, mounted with `app.route("/", group)`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { routeGroup } from "./route_group.ts";
 * import { healthRoute } from "./operations_routes.ts";
 *
 * const operations = routeGroup();
 * operations.openapi(healthRoute, (c) => c.json({ status: "ok" as const, version: "0.1.0", role: "api" }, 200));
 *
 * assert.equal((await operations.request("/health")).status, 200);
 * const doc = operations.getOpenAPI31Document({ openapi: "3.1.0", info: { title: "ops", version: "1" } });
 * assert.ok(doc.paths?.["/health"]);
 * ```
 */
export function routeGroup(): OpenAPIHono<ApiEnv> {
  return new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
}

/**
 * An OpenAPI response entry with a JSON body.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { jsonResponse } from "./route_group.ts";
 * import { HealthResponse } from "./schemas.ts";
 *
 * const ok = jsonResponse(HealthResponse, "Alive"); // for `responses: { 200: ok }` of a route
 * assert.equal(ok.content["application/json"].schema, HealthResponse);
 * ```
 */
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** The documented 400 of every endpoint with query parameters. */
export const INVALID = jsonResponse(
  ErrorBody,
  "A query parameter is invalid: `parameter` names it, `message` says the rule",
);

/** The documented 401 of endpoints behind the bearer token. */
export const UNAUTHORIZED = jsonResponse(
  ErrorBody,
  "No or a wrong bearer token (`WWW-Authenticate: Bearer`); the token itself is never echoed",
);

/** The documented 503 of every endpoint that reads the store. */
export const UNAVAILABLE = jsonResponse(ErrorBody, "The store is not reachable");

/** The documented 404 of endpoints that look one thing up by id. */
export const NOT_FOUND = jsonResponse(ErrorBody, "Nothing is known under this id (`error: not_found`)");
