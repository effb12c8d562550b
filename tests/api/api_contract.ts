/**
 * The API's HTTP contract, over a real socket, run against any `Store`: shapes checked
 * with the response schemas, 400s that name the parameter for bad input on every
 * endpoint (never a 500), OpenAPI 3.1, docs pages that load only local assets,
 * Prometheus text, SSE, request ids, CORS and compression.
 *
 * A runner seeds a store and calls `runApiContract(t, store)` (see api_embedded_test.ts):
 *
 * ```text
 * Deno.test({ name: "API on embedded", sanitizeOps: false, sanitizeResources: false, fn: async (t) => {
 *   const store = await createStore({});
 *   try { await runApiContract(t, store); } finally { await store.close(); }
 * }});
 * ```
 *
 * @module
 */
import assert from "node:assert/strict";
import { Validator } from "@seriousme/openapi-schema-validator";
import type { z } from "zod";
import { createApp } from "../../src/api/app.ts";
import { createStatsSource } from "../../src/api/stats_source.ts";
import {
  ErrorBody,
  FraudParams,
  FraudResponse,
  FunnelParams,
  FunnelResponse,
  HealthResponse,
  ProductParams,
  ProductResponse,
  QueriesParams,
  QueriesResponse,
  ReadyResponse,
  StatsHistoryParams,
  StatsHistoryResponse,
  StreamParams,
  TrendingHistoryParams,
  TrendingHistoryResponse,
  TrendingParams,
  TrendingResponse,
  UserParams,
  UserResponse,
} from "../../src/api/schemas.ts";
import { AutocompleteQuery, SearchQuery, SearchResult, Suggestions } from "../../src/domain/search.ts";
import { StatsSnapshot } from "../../src/domain/stats.ts";
import { Registry } from "../../src/observability/metrics.ts";
import type { Store } from "../../src/store/port.ts";
import {
  BOT_FUNNEL_LEAF_INDEX,
  BOT_PRODUCT_INDEX,
  BOT_QUERY,
  FIXTURE_GROUP,
  FRAUD_USER,
  RATE_BY_TYPE,
  seedApiData,
  SHOPPER,
} from "./fixtures.ts";

export interface ApiServer {
  baseUrl: string;
  metrics: Registry;
  close(): Promise<void>;
}

/** Serves the app over `store` on a free port. */
export function serveApi(
  store: Store,
  options: { groupId?: string; streamIntervalMs?: number } = {},
): ApiServer {
  const metrics = new Registry();
  const shutdown = new AbortController();
  const stats = createStatsSource({
    role: "api",
    backend: { bus: "embedded", store: store.kind },
    store,
    groupId: options.groupId ?? FIXTURE_GROUP,
    metrics,
  });
  const app = createApp({
    store,
    stats,
    role: "api",
    version: "0.0.0-test",
    metrics,
    signal: shutdown.signal,
    streamIntervalMs: options.streamIntervalMs,
    logger: () => {},
  });
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, app.fetch);
  return {
    baseUrl: `http://127.0.0.1:${server.addr.port}`,
    metrics,
    async close() {
      shutdown.abort();
      await server.shutdown();
      stats.close();
    },
  };
}

const parse = <S extends z.ZodType>(schema: S, body: unknown, what: string): z.infer<S> => {
  const r = schema.safeParse(body);
  assert.ok(
    r.success,
    `${what} does not match its schema: ${r.success ? "" : JSON.stringify(r.error.issues)}`,
  );
  return r.data as z.infer<S>;
};

/** Bad input per endpoint → the parameter the 400 must name. */
const HUGE = "x".repeat(10_000);
const BAD_INPUT: [path: string, query: string, parameter: string][] = [
  ["/search", "size=-1", "size"],
  ["/search", "size=10000", "size"],
  ["/search", "page=0", "page"],
  ["/search", "page=NaN", "page"],
  ["/search", "min_price=abc", "min_price"],
  ["/search", "min_price=50&max_price=10", "min_price"],
  ["/search", `q=${HUGE}`, "q"],
  ["/search", "sort=cheapest", "sort"],
  ["/search", "fuzzy=maybe", "fuzzy"],
  ["/search", `exclude=${HUGE}`, "exclude"],
  ["/search", "category=Not%20A%20Path", "category"],
  ["/search", "q=a&q=b", "q"],
  ["/search", "page=500&size=100", "page"],
  ["/autocomplete", "", "q"],
  ["/autocomplete", `q=${HUGE}`, "q"],
  ["/autocomplete", "q=head&limit=0", "limit"],
  ["/autocomplete", "q=head&limit=10000", "limit"],
  ["/trending", "minutes=0", "minutes"],
  ["/trending", "minutes=61", "minutes"],
  ["/trending", "minutes=1.5", "minutes"],
  ["/trending", "limit=10000", "limit"],
  ["/trending", "limit=abc", "limit"],
  ["/trending", "category=..", "category"],
  ["/trending", `category=${HUGE}`, "category"],
  ["/trending", "minutes=5&minutes=10", "minutes"],
  ["/funnels", "level=middle", "level"],
  ["/funnels", "minutes=0", "minutes"],
  ["/funnels", "minutes=1441", "minutes"],
  ["/funnels", "minutes=Infinity", "minutes"],
  ["/fraud", "severity=critical", "severity"],
  ["/fraud", "type=shoplifting", "type"],
  ["/fraud", "limit=0", "limit"],
  ["/fraud", "limit=10000", "limit"],
  ["/queries", "zero_results=maybe", "zero_results"],
  ["/queries", "minutes=0", "minutes"],
  ["/queries", "limit=10000", "limit"],
  ["/trending", "include_bots=maybe", "include_bots"],
  ["/funnels", "include_bots=yes", "include_bots"],
  ["/queries", "include_bots=2", "include_bots"],
  ["/trending/history", "minutes=0", "minutes"],
  ["/trending/history", "minutes=61", "minutes"],
  ["/trending/history", "limit=21", "limit"],
  ["/trending/history", "category=Not%20A%20Path", "category"],
  ["/trending/history", "include_bots=maybe", "include_bots"],
  ["/stats/history", "minutes=0", "minutes"],
  ["/stats/history", "minutes=abc", "minutes"],
  ["/products/abc", "", "id"],
  ["/products/p-1234567", "", "id"],
  ["/products/p-000001", "minutes=61", "minutes"],
  ["/products/p-000001", "include_bots=maybe", "include_bots"],
  [`/users/${"u".repeat(65)}`, "", "id"],
  ["/users/u%20space", "", "id"],
  ["/users/u-1", "limit=0", "limit"],
  ["/users/u-1", "limit=501", "limit"],
  ["/stream", "minutes=0", "minutes"],
  ["/stream", `minutes=${HUGE}`, "minutes"],
];

/** Hostile values thrown at every parameter: each must answer 200 or 400, never 500. */
const GARBAGE = [
  "",
  "-1",
  "1e309",
  "NaN",
  "null",
  "[]",
  "{}",
  "%00",
  "%F0%9F%92%A9",
  "%E2%80%AE",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "x".repeat(5_000),
  "__proto__",
  "constructor",
  "*",
  "electronics.",
  "9007199254740993",
];

const QUERY_SCHEMAS: Record<string, z.ZodObject> = {
  "/search": SearchQuery,
  "/autocomplete": AutocompleteQuery,
  "/trending": TrendingParams,
  "/funnels": FunnelParams,
  "/fraud": FraudParams,
  "/queries": QueriesParams,
  "/stream": StreamParams,
  "/trending/history": TrendingHistoryParams,
  "/stats/history": StatsHistoryParams,
  "/products/p-000001": ProductParams,
  "/users/u-fraud-1": UserParams,
};

/** Documented path of a concrete request path in QUERY_SCHEMAS. */
const documentedPath = (path: string) =>
  path.replace(/^\/products\/[^/]+$/, "/products/{id}").replace(/^\/users\/[^/]+$/, "/users/{id}");

const ROUTES = [
  "/search",
  "/autocomplete",
  "/trending",
  "/funnels",
  "/fraud",
  "/queries",
  "/stats",
  "/health",
  "/ready",
  "/metrics",
  "/stream",
  "/trending/history",
  "/stats/history",
  "/products/{id}",
  "/users/{id}",
];

/** Reads SSE events until `want` arrived or `timeoutMs` passed; then disconnects. */
export async function readEvents(
  url: string,
  want: (events: { event: string; data: string }[]) => boolean,
  timeoutMs: number,
): Promise<{ event: string; data: string }[]> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  const events: { event: string; data: string }[] = [];
  try {
    const res = await fetch(url, { signal: abort.signal, headers: { Accept: "text/event-stream" } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^text\/event-stream/);
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    while (!want(events)) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = block.match(/^event: (.*)$/m)?.[1];
        const data = [...block.matchAll(/^data: (.*)$/gm)].map((m) => m[1]).join("\n");
        if (event) events.push({ event, data });
      }
    }
    await reader.cancel();
  } catch (e) {
    if (!abort.signal.aborted) throw e;
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
  return events;
}

/** Seeds `store` with the fixture data and runs every case against the app serving it. */
export async function runApiContract(t: Deno.TestContext, store: Store): Promise<void> {
  const products = await seedApiData(store);
  const api = serveApi(store);
  const url = (path: string) => `${api.baseUrl}${path}`;
  const getJson = async (path: string, init?: RequestInit) => {
    const res = await fetch(url(path), init);
    return { res, body: await res.json() };
  };

  try {
    await t.step("GET /search answers the documented shape with highlighted hits and facets", async () => {
      const { res, body } = await getJson("/search?q=headphones&size=5");
      assert.equal(res.status, 200);
      const result = parse(SearchResult, body, "/search");
      assert.ok(result.total > 0, "headphones are in the fixture");
      assert.ok(result.hits.length > 0 && result.hits.length <= 5);
      assert.ok(result.hits.some((h) => /<em>[^<]+<\/em>/i.test(h.highlight)), "matched terms are marked");
      assert.ok(result.facets.brand.length > 0 && result.facets.price.length > 0);
    });

    await t.step("GET /search filters by category, brand and price", async () => {
      const sample = products.find((p) => /headphones/i.test(p.title))!;
      const category = sample.category.split(".").slice(0, 2).join(".");
      const [min, max] = [Math.floor(sample.price / 2), Math.ceil(sample.price * 2)];
      const query = new URLSearchParams({
        category,
        brand: sample.brand,
        min_price: `${min}`,
        max_price: `${max}`,
      });
      const result = parse(SearchResult, (await getJson(`/search?${query}`)).body, "/search filtered");
      assert.ok(
        result.hits.some((h) => h.id === sample.id),
        `${sample.id} in ${JSON.stringify(result.hits)}`,
      );
      for (const hit of result.hits) {
        assert.ok(hit.category.startsWith(category + "."), hit.category);
        assert.equal(hit.brand, sample.brand);
        assert.ok(hit.price >= min && hit.price <= max, String(hit.price));
      }
    });

    await t.step("GET /search leaves out what exclude names, and what the query refuses", async () => {
      const says = (title: string) => /headphones/i.test(title);
      const all = parse(
        SearchResult,
        (await getJson("/search?q=wireless&size=100")).body,
        "/search wireless",
      );
      assert.ok(all.hits.some((h) => says(h.title)), "some wireless things are headphones");
      for (
        const query of [
          "q=wireless&exclude=headphones&size=100",
          "q=wireless%20without%20headphones&size=100",
        ]
      ) {
        const result = parse(SearchResult, (await getJson(`/search?${query}`)).body, `/search?${query}`);
        assert.ok(result.total > 0 && result.total < all.total, `${query}: ${result.total} of ${all.total}`);
        assert.ok(result.hits.every((h) => !says(h.title)), query);
      }
    });

    await t.step("GET /autocomplete suggests completions of a prefix", async () => {
      const { res, body } = await getJson("/autocomplete?q=headph&limit=5");
      assert.equal(res.status, 200);
      const s = parse(Suggestions, body, "/autocomplete");
      assert.ok(s.suggestions.length > 0 && s.suggestions.length <= 5);
      assert.ok(s.suggestions.some((x) => /headph/i.test(x.text)), JSON.stringify(s.suggestions));
    });

    await t.step("GET /trending ranks by score and honours limit and category", async () => {
      const { res, body } = await getJson("/trending?minutes=5&limit=5");
      assert.equal(res.status, 200);
      const r = parse(TrendingResponse, body, "/trending");
      assert.equal(r.minutes, 5);
      assert.ok(r.items.length > 0 && r.items.length <= 5);
      for (let i = 1; i < r.items.length; i++) assert.ok(r.items[i - 1].score >= r.items[i].score);
      const top = r.items[0];
      assert.ok(products.some((p) => p.id === top.product_id));

      const department = top.category.split(".")[0];
      const filtered = parse(
        TrendingResponse,
        (await getJson(`/trending?category=${department}`)).body,
        "/trending?category",
      );
      assert.equal(filtered.category, department);
      assert.ok(filtered.items.length > 0);
      for (const item of filtered.items) assert.ok(item.category.startsWith(department + "."), item.category);
    });

    await t.step("GET /funnels answers per department or per leaf category", async () => {
      const top = parse(FunnelResponse, (await getJson("/funnels")).body, "/funnels");
      assert.equal(top.level, "top");
      assert.equal(top.minutes, 60);
      assert.ok(top.items.length > 0);
      for (const row of top.items) {
        assert.ok(!row.category.includes("."), row.category);
        assert.ok(row.viewed >= row.carted && row.carted >= row.purchased);
      }
      const leaf = parse(
        FunnelResponse,
        (await getJson("/funnels?level=leaf&minutes=30")).body,
        "/funnels leaf",
      );
      assert.ok(leaf.items.length > top.items.length);
      for (const row of leaf.items) assert.ok(row.category.includes("."), row.category);
    });

    await t.step("GET /fraud lists signals and filters by severity and type", async () => {
      const all = parse(FraudResponse, (await getJson("/fraud")).body, "/fraud");
      assert.ok(all.items.length >= 5);
      const high = parse(FraudResponse, (await getJson("/fraud?severity=high")).body, "/fraud?severity");
      assert.ok(high.items.length > 0 && high.items.every((s) => s.severity === "high"));
      const bots = parse(FraudResponse, (await getJson("/fraud?type=bot&limit=1")).body, "/fraud?type");
      assert.equal(bots.items.length, 1);
      assert.equal(bots.items[0].type, "bot");
    });

    await t.step("GET /queries lists top queries and zero-result ones", async () => {
      const top = parse(QueriesResponse, (await getJson("/queries")).body, "/queries");
      assert.equal(top.zero_results, false);
      assert.ok(top.items.some((q) => q.query === "headphones"));
      const zero = parse(
        QueriesResponse,
        (await getJson("/queries?zero_results=true")).body,
        "/queries zero",
      );
      assert.equal(zero.zero_results, true);
      assert.ok(zero.items.length > 0 && zero.items.every((q) => q.zero_results > 0));
    });

    await t.step(
      "GET /trending/history: the top products with per-minute points summed over partitions",
      async () => {
        const { res, body } = await getJson("/trending/history?minutes=30&limit=3");
        assert.equal(res.status, 200);
        const h = parse(TrendingHistoryResponse, body, "/trending/history");
        assert.equal(h.minutes, 30);
        assert.equal(h.items.length, 3);
        const top = parse(
          TrendingResponse,
          (await getJson("/trending?minutes=30&limit=3")).body,
          "/trending",
        );
        assert.deepEqual(h.items.map((i) => i.product_id), top.items.map((i) => i.product_id));
        for (const [i, item] of h.items.entries()) {
          assert.equal(item.title, top.items[i].title);
          assert.equal(item.category, top.items[i].category);
          // Two minutes of data, two partitions each: two points, oldest first.
          assert.equal(item.points.length, 2, JSON.stringify(item.points));
          assert.ok(Date.parse(item.points[0].minute) < Date.parse(item.points[1].minute));
          assert.equal(Date.parse(item.points[1].minute) - Date.parse(item.points[0].minute), 60_000);
          const sum = (k: "score" | "views" | "carts" | "purchases") =>
            item.points.reduce((a, p) => a + p[k], 0);
          for (const k of ["score", "views", "carts", "purchases"] as const) {
            assert.equal(sum(k), top.items[i][k], `${item.product_id} ${k}`);
          }
        }
        // The fixture's first product: views 40 + minute index + partition → newest minute 40 + 41.
        assert.equal(h.items[0].product_id, products[0].id);
        assert.equal(h.items[0].points[1].views, 81);
        assert.equal(h.items[0].points[0].views, 83);

        const department = h.items[0].category.split(".")[0];
        const filtered = parse(
          TrendingHistoryResponse,
          (await getJson(`/trending/history?category=${department}`)).body,
          "/trending/history?category",
        );
        assert.ok(filtered.items.length > 0 && filtered.items.length <= 5);
        for (const item of filtered.items) {
          assert.ok(item.category.startsWith(department + "."), item.category);
        }
      },
    );

    await t.step(
      "GET /stats/history: events per event-time minute, by type, summed over partitions",
      async () => {
        const { res, body } = await getJson("/stats/history?minutes=30");
        assert.equal(res.status, 200);
        const h = parse(StatsHistoryResponse, body, "/stats/history");
        assert.equal(h.minutes, 30);
        assert.equal(h.points.length, 2, JSON.stringify(h.points));
        const perPartition = Object.values(RATE_BY_TYPE).reduce((a, b) => a + b, 0);
        assert.ok(Date.parse(h.points[0].minute) < Date.parse(h.points[1].minute));
        for (const p of h.points) {
          assert.equal(p.events, 2 * perPartition);
          assert.equal(p.per_second, Math.round((2 * perPartition / 60) * 1000) / 1000);
          assert.deepEqual(
            p.by_type,
            Object.fromEntries(Object.entries(RATE_BY_TYPE).map(([k, v]) => [k, 2 * v])),
          );
        }
        const last = parse(
          StatsHistoryResponse,
          (await getJson("/stats/history?minutes=1")).body,
          "minutes=1",
        );
        assert.deepEqual(last.points, [h.points[1]]);
      },
    );

    await t.step(
      "GET /products/{id}: the catalog product and its activity; 404 for an unknown id",
      async () => {
        const p = products[0];
        const { res, body } = await getJson(`/products/${p.id}`);
        assert.equal(res.status, 200);
        const r = parse(ProductResponse, body, "/products/{id}");
        assert.deepEqual(r.product, p);
        assert.equal(r.activity.minutes, 60);
        assert.equal(r.activity.points.length, 2);
        const row = parse(TrendingResponse, (await getJson("/trending?minutes=60&limit=1")).body, "/trending")
          .items[0];
        assert.equal(row.product_id, p.id);
        assert.deepEqual(r.activity.totals, {
          views: row.views,
          carts: row.carts,
          purchases: row.purchases,
          score: row.score,
        });
        const one = parse(ProductResponse, (await getJson(`/products/${p.id}?minutes=1`)).body, "minutes=1");
        assert.equal(one.activity.points.length, 1);
        assert.equal(one.activity.totals.views, 81);

        // A catalog product nobody looked at: no points, zero totals.
        const quiet = products[products.length - 1];
        const q = parse(ProductResponse, (await getJson(`/products/${quiet.id}`)).body, "quiet product");
        assert.deepEqual(q.activity, {
          minutes: 60,
          totals: { views: 0, carts: 0, purchases: 0, score: 0 },
          points: [],
        });

        const missing = await fetch(url("/products/p-999999"));
        assert.equal(missing.status, 404);
        const err = parse(ErrorBody, await missing.json(), "404");
        assert.equal(err.error, "not_found");
        assert.equal(err.request_id, missing.headers.get("x-request-id"));
      },
    );

    await t.step("GET /users/{id}: signals and events newest first; 404 for an unknown user", async () => {
      const fraud = parse(UserResponse, (await getJson(`/users/${FRAUD_USER}`)).body, "/users fraud");
      assert.equal(fraud.user_id, FRAUD_USER);
      assert.deepEqual(
        fraud.signals.map((s) => s.type),
        ["refund_loop"],
      );
      assert.deepEqual(fraud.events.map((e) => e.type), ["refund", "purchase"]);
      assert.equal(fraud.sampled, false, "only orders are stored for this user");
      const purchase = fraud.events[1];
      assert.equal(purchase.order_id, "o-fraud-1");
      assert.equal(purchase.topic, "order-events");
      assert.equal(purchase.items?.[0].product_id, products[0].id);
      assert.equal(purchase.items?.[0].title, products[0].title);
      assert.equal(purchase.items?.[0].quantity, 2);
      assert.equal(fraud.events[0].reason, "changed_mind");

      const shopper = parse(UserResponse, (await getJson(`/users/${SHOPPER}`)).body, "/users shopper");
      assert.deepEqual(shopper.signals, []);
      assert.deepEqual(shopper.events.map((e) => e.type), ["purchase", "add_to_cart", "view", "search"]);
      assert.equal(shopper.sampled, true);
      for (let i = 1; i < shopper.events.length; i++) {
        assert.ok(shopper.events[i - 1].ts > shopper.events[i].ts, "newest first");
      }
      const view = shopper.events[2];
      assert.equal(view.product_id, products[1].id);
      assert.equal(view.title, products[1].title);
      assert.equal(view.category, products[1].category);
      assert.equal(shopper.events[3].query, "headphones");
      assert.equal(shopper.events[3].results_count, 7);
      const limited = parse(UserResponse, (await getJson(`/users/${SHOPPER}?limit=1`)).body, "limit=1");
      assert.deepEqual(limited.events, shopper.events.slice(0, 1));

      // A bot with a signal and no stored events is still found.
      const bot = parse(UserResponse, (await getJson("/users/u-bot-1")).body, "/users bot");
      assert.deepEqual(bot.signals.map((s) => s.id), ["bot:u-bot-1"]);
      assert.deepEqual(bot.events, []);

      const missing = await fetch(url("/users/u-nobody"));
      assert.equal(missing.status, 404);
      assert.equal(parse(ErrorBody, await missing.json(), "404").error, "not_found");
    });

    await t.step(
      "users flagged as bots are left out of /trending, /funnels and /queries unless include_bots",
      async () => {
        const botProduct = products[BOT_PRODUCT_INDEX].id;
        const human = parse(TrendingResponse, (await getJson("/trending?limit=100")).body, "/trending");
        assert.ok(!human.items.some((i) => i.product_id === botProduct), "bot-only product hidden");
        const all = parse(TrendingResponse, (await getJson("/trending?include_bots=true")).body, "bots");
        assert.equal(all.items[0].product_id, botProduct);
        assert.equal(all.items[0].views, 10_000);
        const history = parse(
          TrendingHistoryResponse,
          (await getJson("/trending/history?include_bots=1&limit=1")).body,
          "/trending/history bots",
        );
        assert.equal(history.items[0].product_id, botProduct);
        const humanHistory = parse(
          TrendingHistoryResponse,
          (await getJson("/trending/history?limit=20")).body,
          "h",
        );
        assert.ok(!humanHistory.items.some((i) => i.product_id === botProduct));
        const detail = parse(ProductResponse, (await getJson(`/products/${botProduct}`)).body, "bot product");
        assert.equal(detail.activity.totals.views, 0);
        const botDetail = parse(
          ProductResponse,
          (await getJson(`/products/${botProduct}?include_bots=true`)).body,
          "bot product with bots",
        );
        assert.equal(botDetail.activity.totals.views, 10_000);

        const leaf = [...new Set(products.map((p) => p.category))][BOT_FUNNEL_LEAF_INDEX];
        const funnelRow = async (q: string) =>
          parse(FunnelResponse, (await getJson(`/funnels?level=leaf${q}`)).body, "/funnels").items
            .find((r) => r.category === leaf)!;
        const humans = await funnelRow("");
        assert.deepEqual(await funnelRow("&include_bots=false"), humans);
        const withBots = await funnelRow("&include_bots=true");
        assert.ok(humans.viewed < 10_000, JSON.stringify(humans));
        assert.equal(withBots.viewed, humans.viewed + 10_000);

        const queries = parse(QueriesResponse, (await getJson("/queries?limit=100")).body, "/queries");
        assert.ok(!queries.items.some((q) => q.query === BOT_QUERY));
        const botQueries = parse(QueriesResponse, (await getJson("/queries?include_bots=true")).body, "bots");
        assert.equal(botQueries.items[0].query, BOT_QUERY);
        const zero = parse(
          QueriesResponse,
          (await getJson("/queries?zero_results=true&include_bots=true")).body,
          "zero bots",
        );
        assert.equal(zero.items[0].query, BOT_QUERY);
      },
    );

    await t.step("/favicon.ico redirects to the SVG icon", async () => {
      const res = await fetch(url("/favicon.ico"), { redirect: "manual" });
      await res.body?.cancel();
      assert.equal(res.status, 301);
      assert.equal(res.headers.get("location"), "/favicon.svg");
      const svg = await fetch(url("/favicon.ico"));
      assert.equal(svg.status, 200);
      assert.match(svg.headers.get("content-type") ?? "", /^image\/svg\+xml/);
      assert.match(await svg.text(), /<svg/);
    });

    await t.step("GET /stats reports checkpointed totals, index sizes, role and backend", async () => {
      const { res, body } = await getJson("/stats");
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("cache-control"), "no-store");
      const s = parse(StatsSnapshot, body, "/stats");
      assert.equal(s.role, "api");
      assert.equal(s.backend.store, store.kind);
      assert.ok(s.events.total >= 702, `events.total ${s.events.total}`);
      assert.equal(s.events.by_type.view, 500);
      assert.equal(s.dead_letters, 1);
      assert.equal(s.late_events, 3);
      assert.equal(s.revenue, 2000);
      assert.ok(Object.values(s.index_docs).some((n) => n > 0), JSON.stringify(s.index_docs));
    });

    await t.step("GET /health is always 200; GET /ready reports its checks", async () => {
      const health = await getJson("/health");
      assert.equal(health.res.status, 200);
      assert.equal(parse(HealthResponse, health.body, "/health").status, "ok");
      const ready = await getJson("/ready");
      assert.equal(ready.res.status, 200);
      assert.deepEqual(parse(ReadyResponse, ready.body, "/ready"), { ok: true, checks: { store: "ok" } });
    });

    await t.step("bad input on every endpoint is a 400 naming the parameter", async () => {
      for (const [path, query, parameter] of BAD_INPUT) {
        const what = `${path}?${query.slice(0, 40)}`;
        const res = await fetch(url(`${path}?${query}`));
        assert.equal(res.status, 400, what);
        const body = parse(ErrorBody, await res.json(), `400 body of ${what}`);
        assert.equal(body.error, "invalid_parameter", what);
        assert.equal(body.parameter, parameter, what);
        assert.ok(body.message.length > 0 && body.message.length < 500, what);
        assert.ok(body.details!.length >= 1);
        assert.equal(body.request_id, res.headers.get("x-request-id"));
        assert.ok(!JSON.stringify(body).includes(HUGE), `${what}: the 400 must not echo the huge value`);
      }
    });

    await t.step("hostile values on every parameter answer 200 or 400, never 500", async () => {
      for (const [path, schema] of Object.entries(QUERY_SCHEMAS)) {
        for (const name of Object.keys(schema.shape)) {
          for (const value of GARBAGE) {
            const base = path === "/autocomplete" && name !== "q" ? "q=head&" : "";
            const target = `${path}?${base}${name}=${
              value.includes("%") ? value : encodeURIComponent(value)
            }`;
            if (path === "/stream") {
              const abort = new AbortController();
              const res = await fetch(url(target), { signal: abort.signal });
              assert.ok(res.status === 200 || res.status === 400, `${target.slice(0, 80)} → ${res.status}`);
              abort.abort();
              await res.body?.cancel().catch(() => {});
              continue;
            }
            const res = await fetch(url(target));
            const text = await res.text();
            assert.ok(
              res.status === 200 || res.status === 400 || (path.startsWith("/users/") && res.status === 404),
              `${target.slice(0, 80)} → ${res.status} ${text}`,
            );
            assert.ok(!/\bat .+:\d+:\d+/.test(text), `${target.slice(0, 80)} leaked a stack trace`);
          }
        }
      }
    });

    await t.step("hostile ids on /products/{id} and /users/{id} answer 400 or 404, never 500", async () => {
      for (const base of ["/products/", "/users/"]) {
        for (const value of GARBAGE.filter(Boolean)) {
          const target = `${base}${value.includes("%") ? value : encodeURIComponent(value)}`;
          const res = await fetch(url(target));
          const text = await res.text();
          assert.ok(
            res.status === 400 || res.status === 404,
            `${target.slice(0, 80)} → ${res.status} ${text}`,
          );
          assert.ok(!/\bat .+:\d+:\d+/.test(text), `${target.slice(0, 80)} leaked a stack trace`);
        }
      }
    });

    await t.step("unknown paths are a JSON 404; the request id is echoed or generated", async () => {
      const res = await fetch(url("/no/such/thing"), { headers: { "X-Request-Id": "trace-abc-123" } });
      assert.equal(res.status, 404);
      assert.equal(res.headers.get("x-request-id"), "trace-abc-123");
      const body = parse(ErrorBody, await res.json(), "404");
      assert.equal(body.error, "not_found");
      assert.equal(body.request_id, "trace-abc-123");
      const fresh = await fetch(url("/health"));
      await fresh.body?.cancel();
      assert.match(fresh.headers.get("x-request-id") ?? "", /^[0-9a-f-]{36}$/);
    });

    await t.step("CORS allows the configured origin (default *) and exposes X-Request-Id", async () => {
      const res = await fetch(url("/trending"), { headers: { Origin: "http://dashboard.example" } });
      await res.body?.cancel();
      assert.equal(res.headers.get("access-control-allow-origin"), "*");
      assert.match(res.headers.get("access-control-expose-headers") ?? "", /X-Request-Id/i);
      const preflight = await fetch(url("/search"), {
        method: "OPTIONS",
        headers: { Origin: "http://dashboard.example", "Access-Control-Request-Method": "GET" },
      });
      await preflight.body?.cancel();
      assert.equal(preflight.status, 204);
      assert.match(preflight.headers.get("access-control-allow-methods") ?? "", /GET/);
    });

    await t.step("responses are gzip- or brotli-compressed when accepted", async () => {
      for (const encoding of ["gzip", "br"]) {
        const res = await fetch(url("/openapi.json"), { headers: { "Accept-Encoding": encoding } });
        assert.equal(res.headers.get("content-encoding"), encoding);
        assert.match(res.headers.get("vary") ?? "", /accept-encoding/i);
        assert.ok((await res.json()).openapi); // fetch decoded it: the bytes were valid
      }
      const plain = await fetch(url("/openapi.json"), { headers: { "Accept-Encoding": "identity" } });
      assert.equal(plain.headers.get("content-encoding"), null);
      await plain.body?.cancel();
      const js = await fetch(url("/app.js"), { headers: { "Accept-Encoding": "gzip" } });
      assert.equal(js.headers.get("content-encoding"), "gzip");
      assert.match(await js.text(), /connectLive/);
    });

    await t.step("cache headers: live data no-store, static and OpenAPI briefly cacheable", async () => {
      for (const path of ["/trending", "/stats", "/fraud", "/search?q=tv"]) {
        const res = await fetch(url(path));
        await res.body?.cancel();
        assert.equal(res.headers.get("cache-control"), "no-store", path);
      }
      for (const path of ["/", "/app.js", "/style.css", "/openapi.json", "/vendor/uplot/uPlot.esm.js"]) {
        const res = await fetch(url(path));
        await res.body?.cancel();
        assert.equal(res.status, 200, path);
        assert.match(res.headers.get("cache-control") ?? "", /^public, max-age=\d+$/, path);
      }
    });

    await t.step(
      "/openapi.json is a valid OpenAPI 3.1 document listing every route and parameter",
      async () => {
        const { res, body: doc } = await getJson("/openapi.json");
        assert.equal(res.status, 200);
        assert.match(doc.openapi, /^3\.1\./);
        const validator = new Validator();
        const result = await validator.validate(doc);
        assert.equal(validator.version, "3.1");
        assert.ok(result.valid, JSON.stringify(result.errors)?.slice(0, 2000));
        // The validator is not vacuous: a broken copy fails.
        const broken = await new Validator().validate({ ...doc, info: undefined });
        assert.equal(broken.valid, false);

        for (const path of ROUTES) assert.ok(doc.paths[path]?.get, `${path} is documented`);
        for (const [path, schema] of Object.entries(QUERY_SCHEMAS)) {
          const documented = (doc.paths[documentedPath(path)].get.parameters ?? [])
            .filter((p: { in: string }) => p.in === "query")
            .map((p: { name: string }) => p.name)
            .sort();
          assert.deepEqual(documented, Object.keys(schema.shape).sort(), `${path} parameters`);
        }
        const search = doc.paths["/search"].get;
        assert.ok(
          search.responses["200"].content["application/json"].schema,
          "/search documents its response",
        );
        assert.ok(search.responses["400"], "/search documents its 400");
        const sort = search.parameters.find((p: { name: string }) => p.name === "sort");
        assert.deepEqual(sort.schema.enum, ["relevance", "price_asc", "price_desc", "rating", "trending"]);
      },
    );

    await t.step("/docs and /redoc serve HTML whose scripts and styles are all served locally", async () => {
      for (const page of ["/docs", "/redoc"]) {
        const res = await fetch(url(page));
        assert.equal(res.status, 200, page);
        assert.match(res.headers.get("content-type") ?? "", /^text\/html/);
        const html = await res.text();
        const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
        assert.ok(assets.length >= 1, `${page} references its bundle`);
        for (const asset of assets) {
          assert.ok(asset.startsWith("/"), `${page} loads ${asset} from elsewhere`);
          const a = await fetch(url(asset));
          assert.equal(a.status, 200, `${page} → ${asset}`);
          assert.ok((await a.arrayBuffer()).byteLength > 50, `${asset} is not empty`);
        }
        assert.ok(!/https?:\/\//.test(html), `${page} mentions no external URL`);
      }
    });

    await t.step("/metrics is Prometheus text with request counts and latency histograms", async () => {
      const res = await fetch(url("/metrics"));
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("content-type"), "text/plain; version=0.0.4; charset=utf-8");
      const text = await res.text();
      assert.match(text, /^# TYPE http_requests_total counter$/m);
      assert.match(text, /^http_requests_total\{route="\/search",method="GET",status="400"\} \d+$/m);
      assert.match(text, /^http_requests_total\{route="\/trending",method="GET",status="200"\} \d+$/m);
      assert.match(text, /^http_requests_total\{route="unmatched",method="GET",status="404"\} \d+$/m);
      assert.match(text, /^# TYPE http_request_duration_seconds histogram$/m);
      assert.match(
        text,
        /^http_request_duration_seconds_bucket\{route="\/search",method="GET",le="\+Inf"\} \d+$/m,
      );
      assert.match(text, /^http_request_duration_seconds_count\{route="\/search",method="GET"\} \d+$/m);
      for (const line of text.trimEnd().split("\n")) {
        assert.match(
          line,
          /^(# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .*|[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_]\w*="(\\.|[^"\\])*",?)*\})? (-?[0-9.e+-]+|\+Inf|-Inf|NaN))$/,
          `not exposition format: ${line}`,
        );
      }
    });

    await t.step("/stream sends stats, trending and fraud events within 3 s", async () => {
      const events = await readEvents(
        url("/stream"),
        (evs) => ["stats", "trending", "fraud"].every((e) => evs.some((x) => x.event === e)),
        3000,
      );
      const stats = events.find((e) => e.event === "stats");
      assert.ok(stats, `no stats event within 3 s (got ${events.map((e) => e.event)})`);
      parse(StatsSnapshot, JSON.parse(stats.data), "stats event");
      const trending = events.find((e) => e.event === "trending");
      assert.ok(trending);
      assert.ok(parse(TrendingResponse, JSON.parse(trending.data), "trending event").items.length > 0);
      const fraud = events.find((e) => e.event === "fraud");
      assert.ok(fraud);
      const first = JSON.parse(fraud.data);
      assert.equal(first.initial, true);
      assert.ok(first.items.length > 0);

      // Disconnected clients are noticed: the server stops pushing to them.
      let open = "";
      for (let i = 0; i < 50; i++) {
        open =
          (await (await fetch(url("/metrics"))).text()).match(/^shopstream_stream_clients (\d+)$/m)?.[1] ??
            "";
        if (open === "0") break;
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.equal(open, "0", "open /stream connections after every client left");
    });

    await t.step("the dashboard is served at / with its modules", async () => {
      const res = await fetch(url("/"));
      assert.equal(res.status, 200);
      assert.match(res.headers.get("content-type") ?? "", /^text\/html/);
      const html = await res.text();
      assert.match(html, /data-testid="connection-state"/);
      assert.ok(!/https?:\/\/(?!www\.w3\.org)/.test(html), "no external URL in the dashboard");
      for (const path of ["/app.js", "/js/search.js", "/style.css", "/vendor/uplot/uPlot.esm.js"]) {
        const a = await fetch(url(path));
        await a.body?.cancel();
        assert.equal(a.status, 200, path);
      }
      const traversal = await fetch(url("/%2e%2e/deno.json"));
      assert.equal(traversal.status, 404);
      await traversal.body?.cancel();
    });
  } finally {
    // Also proves /stream loops end: shutdown would wait on a stream that never closes.
    await api.close();
  }
}
