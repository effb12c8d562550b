/**
 * The parts of the HTTP contract no single route owns: over-long request URLs are a
 * JSON 400 naming the culprit, and a wrong method on a known path is a JSON 405 with
 * an `Allow` header (instead of the dashboard's 404).
 *
 * Deno.serve itself answers an empty 400 to request lines past roughly 100 KB (hyper's
 * buffer); everything shorter reaches the app, and above `MAX_URL_LENGTH` the app
 * answers the JSON 400 here.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Hono } from "hono";
 * import { limitUrlLength, MAX_URL_LENGTH, methodNotAllowed } from "./http_contract.ts";
 *
 * const app = new Hono();
 * app.use(limitUrlLength());
 * app.get("/search", (c) => c.json({ hits: [] }));
 * app.all("/search", methodNotAllowed(["GET", "HEAD"]));
 *
 * assert.equal((await app.request("/search", { method: "POST" })).status, 405);
 * const long = await app.request(`/search?q=${"a".repeat(MAX_URL_LENGTH)}`);
 * assert.equal(long.status, 400);
 * assert.equal((await long.json()).parameter, "q");
 * ```
 *
 * @module
 */
import type { Context, MiddlewareHandler } from "hono";
import { requestIdOf } from "./errors.ts";
import type { ErrorBody } from "./schemas.ts";

/** Longest accepted path + query, in characters (as sent, percent-encoded). */
export const MAX_URL_LENGTH = 8192;

/**
 * Answers 400 when path + query exceed `max` characters. `parameter` names the query
 * parameter with the longest raw value, or `(path)` when the path itself is the problem.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Hono } from "hono";
 * import { limitUrlLength } from "./http_contract.ts";
 *
 * const app = new Hono();
 * app.use(limitUrlLength(4096));
 * app.get("/search", (c) => c.json({ hits: [] }));
 *
 * assert.equal((await app.request("/search?q=headphones")).status, 200);
 * const res = await app.request(`/search?q=x&category=${"a".repeat(5000)}`);
 * assert.equal(res.status, 400);
 * assert.equal((await res.json()).parameter, "category"); // the longest value
 * ```
 */
export function limitUrlLength(max = MAX_URL_LENGTH): MiddlewareHandler {
  return async function limitUrlLength(c, next) {
    const url = c.req.url;
    const start = url.indexOf("/", url.indexOf("//") + 2);
    const target = start < 0 ? "" : url.slice(start);
    if (target.length <= max) return await next();
    const parameter = culprit(target);
    const message =
      `${parameter}: the request URL is ${target.length} characters long; at most ${max} are accepted`;
    const body: ErrorBody = {
      error: "invalid_parameter",
      parameter,
      message,
      details: [{ parameter, message, code: "too_big" }],
      request_id: requestIdOf(c),
    };
    return c.json(body, 400);
  };
}

/** The query parameter whose raw value is longest, or `(path)` if the path outweighs the query. */
function culprit(target: string): string {
  const q = target.indexOf("?");
  const path = q < 0 ? target : target.slice(0, q);
  let best = { name: "(path)", length: path.length };
  if (q >= 0) {
    for (const pair of target.slice(q + 1).split("&")) {
      const eq = pair.indexOf("=");
      const rawName = eq < 0 ? pair : pair.slice(0, eq);
      const length = pair.length;
      if (length > best.length) best = { name: decodeName(rawName), length };
    }
  }
  return best.name;
}

function decodeName(raw: string): string {
  let name = raw;
  try {
    name = decodeURIComponent(raw.replaceAll("+", " "));
  } catch { /* keep it raw */ }
  return name.length > 100 ? `${name.slice(0, 100)}…` : name || "(query)";
}

/**
 * A handler for every method a path does not serve: 405 with `Allow` and the JSON error.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Hono } from "hono";
 * import { methodNotAllowed } from "./http_contract.ts";
 *
 * const app = new Hono();
 * app.get("/search", (c) => c.json({ hits: [] }));
 * app.all("/search", methodNotAllowed(["GET", "HEAD"])); // after the GET: every other method
 *
 * const res = await app.request("/search", { method: "DELETE" });
 * assert.equal(res.status, 405);
 * assert.equal(res.headers.get("Allow"), "GET, HEAD");
 * assert.equal((await res.json()).error, "method_not_allowed");
 * ```
 */
export function methodNotAllowed(allow: readonly string[]): (c: Context) => Response {
  const allowed = allow.join(", ");
  return (c) => {
    const body: ErrorBody = {
      error: "method_not_allowed",
      message: `${c.req.method.slice(0, 20)} is not allowed here; allowed: ${allowed}`,
      request_id: requestIdOf(c),
    };
    return c.json(body, 405, { Allow: allowed });
  };
}
