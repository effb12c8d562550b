/**
 * Optional bearer-token protection for endpoints that expose user ids (`/fraud`, the
 * `fraud` events of `/stream`). Tokens are compared in constant time (both sides
 * hashed, then every byte compared), and a token never appears in an answer or a log.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Hono } from "hono";
 * import { bearerAuth } from "./auth.ts";
 *
 * const auth = bearerAuth("s3cret-token-of-16-chars");
 * const app = new Hono();
 * app.use("/fraud", auth.middleware);
 * app.get("/fraud", (c) => c.json({ items: [] }));
 * app.get("/stream", async (c) => {
 *   // EventSource cannot send headers: here the token may also come as `?access_token=`.
 *   const allowed = await auth.verify(c.req.header("Authorization"), c.req.query("access_token"));
 *   return c.text(allowed ? "with fraud events" : "without fraud events");
 * });
 *
 * const denied = await app.request("/fraud");
 * assert.equal(denied.status, 401);
 * assert.equal(denied.headers.get("WWW-Authenticate"), 'Bearer realm="shopstream"');
 * const ok = await app.request("/fraud", { headers: { Authorization: "Bearer s3cret-token-of-16-chars" } });
 * assert.equal(ok.status, 200);
 * const stream = await app.request("/stream?access_token=s3cret-token-of-16-chars");
 * assert.equal(await stream.text(), "with fraud events");
 * ```
 *
 * @module
 */
import type { Context, MiddlewareHandler } from "hono";
import { requestIdOf } from "./errors.ts";
import type { ErrorBody } from "./schemas.ts";

/** The OpenAPI security scheme name of the token. */
export const BEARER_SCHEME = "bearerAuth";

export interface BearerAuth {
  /** Answers 401 (JSON, `WWW-Authenticate: Bearer`) unless the Authorization header carries the token. */
  middleware: MiddlewareHandler;
  /** Whether the Authorization header (or, where allowed, an `access_token` query value) carries the token. */
  verify(authorization: string | undefined, accessToken?: string): Promise<boolean>;
}

const encoder = new TextEncoder();
const digest = async (s: string) => new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(s)));

/**
 * Compares two strings in time independent of where (or whether) they differ.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { constantTimeEqual } from "./auth.ts";
 *
 * assert.equal(await constantTimeEqual("abc", "abc"), true);
 * assert.equal(await constantTimeEqual("abc", "abd"), false);
 * ```
 */
export async function constantTimeEqual(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([digest(a), digest(b)]);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

/** The credentials of `Authorization: Bearer <token>`, or undefined. */
function bearerOf(header: string | undefined): string | undefined {
  const m = header?.match(/^Bearer[ ]+([^\s]+)\s*$/i);
  return m?.[1];
}

/**
 * The guard for one configured token.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { bearerAuth } from "./auth.ts";
 *
 * const auth = bearerAuth("s3cret-token-of-16-chars"); // e.g. the config's `apiToken`
 * assert.equal(await auth.verify("Bearer s3cret-token-of-16-chars"), true);
 * assert.equal(await auth.verify("Bearer wrong-token"), false);
 * assert.equal(await auth.verify(undefined), false);
 * assert.equal(await auth.verify(undefined, "s3cret-token-of-16-chars"), true); // `?access_token=`
 * ```
 */
export function bearerAuth(token: string): BearerAuth {
  const verify = async (authorization: string | undefined, accessToken?: string) => {
    const given = bearerOf(authorization) ?? accessToken;
    // Compare even when nothing was given, so the time says nothing either.
    const ok = await constantTimeEqual(given ?? "", token);
    return ok && given !== undefined;
  };
  return {
    verify,
    middleware: async (c, next) => {
      if (await verify(c.req.header("Authorization"))) return await next();
      return unauthorized(c);
    },
  };
}

function unauthorized(c: Context): Response {
  const invalid = c.req.header("Authorization") !== undefined;
  const body: ErrorBody = {
    error: "unauthorized",
    message: invalid
      ? "the bearer token is not valid for this endpoint"
      : "this endpoint needs Authorization: Bearer <token>",
    request_id: requestIdOf(c),
  };
  return c.json(body, 401, {
    "WWW-Authenticate": invalid
      ? 'Bearer realm="shopstream", error="invalid_token"'
      : 'Bearer realm="shopstream"',
  });
}
