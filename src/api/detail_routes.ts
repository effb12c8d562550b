/**
 * The drill-down group: one product (`/products/{id}`: the catalog entry and its recent
 * activity) and one user (`/users/{id}`: every fraud signal and the stored raw events).
 * `/users/{id}` names a user and shows what they did, so with an API token it is guarded
 * like `/fraud`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { detailRoutes } from "./detail_routes.ts";
 * import { routeGroup } from "./route_group.ts";
 * import { monitorStore } from "./store_health.ts";
 * import { generateCatalog } from "../catalog/generate.ts";
 * import { createStore } from "../store/mod.ts";
 *
 * const store = await createStore({});
 * const [product] = generateCatalog({ count: 1, seed: 42 });
 * await store.catalog.index([product]);
 * const health = monitorStore((o) => store.ping(o));
 * const app = routeGroup();
 * app.route("/", detailRoutes({ catalog: store.catalog, analytics: store.analytics, storeCall: health.call }));
 *
 * const res = await app.request(`/products/${product.id}?minutes=60`);
 * assert.equal((await res.json()).product.title, product.title);
 *
 * health.close();
 * await store.close();
 * ```
 *
 * @module
 */
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { type ActivityPoint, sampledUser } from "../domain/analytics.ts";
import type { AnalyticsStore, CatalogStore } from "../store/port.ts";
import { BEARER_SCHEME, type BearerAuth } from "./auth.ts";
import { requestIdOf } from "./errors.ts";
import type { StoreCall } from "./store_health.ts";
import {
  type ApiEnv,
  INVALID,
  jsonResponse,
  NOT_FOUND,
  routeGroup,
  UNAUTHORIZED,
  UNAVAILABLE,
} from "./route_group.ts";
import {
  type ErrorBody,
  ProductParams,
  ProductPath,
  ProductResponse,
  UserParams,
  UserPath,
  UserResponse,
} from "./schemas.ts";

export const productRoute = createRoute({
  method: "get",
  path: "/products/{id}",
  tags: ["analytics"],
  summary: "One catalog product with its views, carts, purchases and score per minute",
  description: "The activity window ends where /trending's does (the newest event-time bucket).",
  request: { params: ProductPath, query: ProductParams },
  responses: {
    200: jsonResponse(ProductResponse, "The product and its activity"),
    400: INVALID,
    404: NOT_FOUND,
    503: UNAVAILABLE,
  },
});

export const userRoute = createRoute({
  method: "get",
  path: "/users/{id}",
  tags: ["analytics"],
  summary: "One user's fraud signals (all types) and stored events, newest first",
  description: "Purchases and refunds are always stored; the user's other events only for a hash-sampled " +
    "share of users (`--events-sample`): `sampled` says whether this user is in it. 404 when neither " +
    "signals nor events are known.",
  request: { params: UserPath, query: UserParams },
  responses: {
    200: jsonResponse(UserResponse, "Signals and events"),
    400: INVALID,
    404: NOT_FOUND,
    503: UNAVAILABLE,
  },
});

/** `/users/{id}` when the server has an API token: it names a user, so it needs the bearer token. */
export const securedUserRoute = createRoute({
  ...userRoute,
  description:
    `${userRoute.description} Needs \`Authorization: Bearer <token>\` (the server's \`--api-token\`).`,
  security: [{ [BEARER_SCHEME]: [] }],
  responses: { ...userRoute.responses, 401: UNAUTHORIZED },
});

export interface DetailRoutesOptions {
  catalog: Pick<CatalogStore, "get">;
  analytics: Pick<AnalyticsStore, "productActivity" | "userSignals" | "userEvents">;
  /** Wraps every store call: its failure, or a store known to be down, is a 503. */
  storeCall: StoreCall;
  /** When set, `/users/{id}` needs this guard's bearer token. */
  auth?: BearerAuth;
  /**
   * The processor's `--events-sample` share, to say whether a user's timeline is whole. Without
   * it, a user counts as sampled when any of their non-order events is stored.
   */
  eventsSample?: number;
}

/**
 * The drill-down endpoints as a sub-app.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { bearerAuth } from "./auth.ts";
 * import { detailRoutes } from "./detail_routes.ts";
 * import { monitorStore } from "./store_health.ts";
 * import { createStore } from "../store/mod.ts";
 *
 * const store = await createStore({});
 * const health = monitorStore((o) => store.ping(o));
 * const details = detailRoutes({
 *   catalog: store.catalog,
 *   analytics: store.analytics,
 *   storeCall: health.call,
 *   auth: bearerAuth("s3cret-token-of-16-chars"), // guards /users/{id}
 * });
 *
 * const missing = await details.request("/products/p-999999");
 * assert.equal(missing.status, 404);
 * assert.equal((await missing.json()).error, "not_found");
 * assert.equal((await details.request("/users/u-1")).status, 401);
 *
 * health.close();
 * await store.close();
 * ```
 */
export function detailRoutes(options: DetailRoutesOptions): OpenAPIHono<ApiEnv> {
  const { catalog, analytics, storeCall, auth } = options;
  const app = routeGroup();
  app.openapi(productRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { minutes, include_bots } = c.req.valid("query");
    const [found, points] = await storeCall(() =>
      Promise.all([catalog.get([id]), analytics.productActivity(id, { minutes, includeBots: include_bots })])
    );
    const product = found.get(id);
    if (!product) return c.json(notFound(c, `no product ${id}`), 404);
    return c.json({ product, activity: { minutes, totals: totalsOf(points), points } }, 200);
  });
  if (auth) app.use("/users/:id", auth.middleware);
  app.openapi(auth ? securedUserRoute : userRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { limit } = c.req.valid("query");
    const [signals, events] = await storeCall(() =>
      Promise.all([analytics.userSignals(id), analytics.userEvents(id, limit)])
    );
    if (signals.length === 0 && events.length === 0) {
      return c.json(notFound(c, `no signals or events for user ${id}`), 404);
    }
    const sampled = options.eventsSample === undefined
      ? events.some((e) => e.type !== "purchase" && e.type !== "refund")
      : sampledUser(id, options.eventsSample);
    return c.json({ user_id: id, signals, events, sampled }, 200);
  });
  return app;
}

function notFound(c: Context, message: string): ErrorBody {
  return { error: "not_found", message, request_id: requestIdOf(c) };
}

function totalsOf(points: ActivityPoint[]) {
  const t = { views: 0, carts: 0, purchases: 0, score: 0 };
  for (const p of points) {
    t.views += p.views;
    t.carts += p.carts;
    t.purchases += p.purchases;
    t.score += p.score;
  }
  return t;
}
