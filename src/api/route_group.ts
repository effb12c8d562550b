/**
 * What every endpoint group shares: the app's context variables, a factory for a
 * group's OpenAPI sub-app (validation failures answer the JSON 400), and the response
 * entries the route definitions repeat.
 *
 * @example
 * ```ts
 * const group = routeGroup();
 * group.openapi(someRoute, (c) => c.json({ ok: true }, 200));
 * app.route("/", group);
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
 * const search = routeGroup();
 * search.openapi(searchRoute, async (c) => c.json(await find(c.req.valid("query")), 200));
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
 * const ok = jsonResponse(HealthResponse, "Alive");
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
