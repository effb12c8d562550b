/**
 * The API's JSON error answers. Bad input is a 400 that names the parameter and the
 * rule; an unreachable store is a 503; only a fault of our own is a 500, and none of
 * them carries a stack trace.
 *
 * @module
 */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { z } from "zod";
import type { ErrorBody } from "./schemas.ts";

/** A dependency (store, bus) failed or timed out: the client may retry. */
export class UnavailableError extends Error {
  constructor(readonly dependency: string, cause: unknown) {
    super(`${dependency} unavailable: ${(cause as Error)?.message ?? cause}`, { cause });
    this.name = "UnavailableError";
  }
}

export function requestIdOf(c: Context): string {
  return (c.get("requestId") as string | undefined) ?? "";
}

/** A validation failure as the 400 body: the first issue up front, all of them in `details`. */
export function invalidParameterBody(issues: readonly z.core.$ZodIssue[], requestId: string): ErrorBody {
  const details = issues.map((i) => ({
    parameter: i.path.length ? i.path.map(String).join(".") : "(query)",
    message: i.message,
    code: i.code,
  }));
  const first = details[0] ?? { parameter: "(query)", message: "invalid request" };
  return {
    error: "invalid_parameter",
    parameter: first.parameter,
    message: `${first.parameter}: ${first.message}`,
    details,
    request_id: requestId,
  };
}

/** The `defaultHook` of the OpenAPI app: every failed request schema answers this way. */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError },
  c: Context,
): Response | undefined {
  if (result.success) return undefined;
  return c.json(invalidParameterBody(result.error.issues, requestIdOf(c)), 400);
}

export function notFoundBody(c: Context): ErrorBody {
  return {
    error: "not_found",
    message: `no route for ${c.req.method} ${new URL(c.req.url).pathname.slice(0, 200)}`,
    request_id: requestIdOf(c),
  };
}

/** The app's `onError`: maps what was thrown to a status and a body safe to show. */
export function errorResponse(err: unknown, c: Context, log: (line: string) => void): Response {
  const request_id = requestIdOf(c);
  if (err instanceof UnavailableError) {
    log(`[api] ${request_id} 503 ${c.req.method} ${new URL(c.req.url).pathname}: ${err.message}`);
    return c.json({
      error: "unavailable",
      message: `${err.dependency} is not reachable; retry shortly`,
      request_id,
    }, 503);
  }
  if (err instanceof HTTPException && err.status < 500) {
    // e.g. a malformed URL or header hono rejected before our validation ran.
    return c.json({ error: "bad_request", message: err.message || "bad request", request_id }, err.status);
  }
  const e = err as Error;
  log(`[api] ${request_id} 500 ${c.req.method} ${new URL(c.req.url).pathname}: ${e?.stack ?? e}`);
  return c.json({ error: "internal_error", message: "internal error; see the server log", request_id }, 500);
}
