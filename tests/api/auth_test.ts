/**
 * The optional API token, over a real socket on the embedded store: `/fraud` needs
 * `Authorization: Bearer <token>` when the server has one (401 JSON with
 * `WWW-Authenticate: Bearer` otherwise), `/stream` leaves `fraud` events out unless
 * authorised (`?access_token=` there only), and the token shows up nowhere: not in
 * answers, logs, `/stats`, the OpenAPI document, `--help` or config errors.
 */
import assert from "node:assert/strict";
import { createApp } from "../../src/api/app.ts";
import { ErrorBody, FraudResponse, UserResponse } from "../../src/api/schemas.ts";
import { createStatsSource } from "../../src/api/stats_source.ts";
import { helpText, loadConfig } from "../../src/cli/config.ts";
import { Registry } from "../../src/observability/metrics.ts";
import { createStore } from "../../src/store/mod.ts";
import { readEvents } from "./api_contract.ts";
import { FIXTURE_GROUP, FRAUD_USER, seedApiData } from "./fixtures.ts";

const TOKEN = "tok-3f9a1c77e2b84d05a6c1";

async function withApi(
  apiToken: string | undefined,
  fn: (url: (p: string) => string, logs: string[]) => Promise<void>,
) {
  const store = await createStore({});
  await seedApiData(store);
  const logs: string[] = [];
  const metrics = new Registry();
  const shutdown = new AbortController();
  const stats = createStatsSource({
    role: "api",
    backend: { bus: "embedded", store: "embedded" },
    store,
    groupId: FIXTURE_GROUP,
    metrics,
  });
  const app = createApp({
    store,
    stats,
    role: "api",
    version: "0.0.0-test",
    metrics,
    apiToken,
    signal: shutdown.signal,
    streamIntervalMs: 200,
    logger: (l) => logs.push(l),
  });
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, app.fetch);
  try {
    await fn((p) => `http://127.0.0.1:${server.addr.port}${p}`, logs);
  } finally {
    shutdown.abort();
    await server.shutdown();
    stats.close();
    await store.close();
  }
}

const hasEvent = (name: string) => (evs: { event: string }[]) => evs.some((e) => e.event === name);

Deno.test({
  name: "with an API token, /fraud needs Authorization: Bearer and answers 401 JSON otherwise",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    await withApi(TOKEN, async (url, logs) => {
      const cases: [string, HeadersInit, string][] = [
        ["no header", {}, 'Bearer realm="shopstream"'],
        ["wrong token", { Authorization: "Bearer tok-wrong-wrong-wrong-wr" }, "invalid_token"],
        ["token prefix", { Authorization: `Bearer ${TOKEN.slice(0, -1)}` }, "invalid_token"],
        ["basic scheme", { Authorization: `Basic ${btoa(`u:${TOKEN}`)}` }, "invalid_token"],
      ];
      for (const [what, headers, challenge] of cases) {
        const res = await fetch(url("/fraud"), { headers });
        assert.equal(res.status, 401, what);
        assert.match(res.headers.get("www-authenticate") ?? "", /^Bearer /, what);
        assert.ok(res.headers.get("www-authenticate")!.includes(challenge), what);
        const text = await res.text();
        assert.ok(!text.includes(TOKEN), `${what}: the 401 echoes the token`);
        assert.equal(ErrorBody.parse(JSON.parse(text)).error, "unauthorized", what);
      }
      // The query-string token is for /stream only.
      const viaQuery = await fetch(url(`/fraud?access_token=${TOKEN}`));
      await viaQuery.body?.cancel();
      assert.equal(viaQuery.status, 401);

      const ok = await fetch(url("/fraud"), { headers: { Authorization: `Bearer ${TOKEN}` } });
      assert.equal(ok.status, 200);
      assert.ok(FraudResponse.parse(await ok.json()).items.length >= 5);
      // Endpoints without user ids stay open.
      for (const path of ["/trending", "/stats", "/search?q=headphones", "/health"]) {
        const res = await fetch(url(path));
        const text = await res.text();
        assert.equal(res.status, 200, path);
        assert.ok(!text.includes(TOKEN), `${path} shows the token`);
      }
      const doc = await (await fetch(url("/openapi.json"))).json();
      assert.deepEqual(doc.components.securitySchemes.bearerAuth, {
        type: "http",
        scheme: "bearer",
        description: "The server's --api-token / API_TOKEN",
      });
      assert.deepEqual(doc.paths["/fraud"].get.security, [{ bearerAuth: [] }]);
      assert.ok(doc.paths["/fraud"].get.responses["401"]);
      assert.equal(doc.paths["/trending"].get.security, undefined);
      assert.ok(!JSON.stringify(doc).includes(TOKEN));
      assert.ok(!logs.join("\n").includes(TOKEN), "the token is in the server log");
    });
  },
});

Deno.test({
  name: "with an API token, /users/{id} needs Authorization: Bearer like /fraud; /products/{id} stays open",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    await withApi(TOKEN, async (url) => {
      for (
        const [what, headers] of [
          ["no header", {}],
          ["wrong token", { Authorization: "Bearer tok-wrong-wrong-wrong-wr" }],
        ] as [string, HeadersInit][]
      ) {
        const res = await fetch(url(`/users/${FRAUD_USER}`), { headers });
        assert.equal(res.status, 401, what);
        assert.match(res.headers.get("www-authenticate") ?? "", /^Bearer /, what);
        assert.equal(ErrorBody.parse(await res.json()).error, "unauthorized", what);
      }
      // Unknown users are not revealed to anonymous callers either: 401 before 404.
      const unknown = await fetch(url("/users/u-nobody"));
      await unknown.body?.cancel();
      assert.equal(unknown.status, 401);
      const viaQuery = await fetch(url(`/users/${FRAUD_USER}?access_token=${TOKEN}`));
      await viaQuery.body?.cancel();
      assert.equal(viaQuery.status, 401);

      const ok = await fetch(url(`/users/${FRAUD_USER}`), { headers: { Authorization: `Bearer ${TOKEN}` } });
      assert.equal(ok.status, 200);
      assert.equal(UserResponse.parse(await ok.json()).signals[0].user_id, FRAUD_USER);

      const product = await fetch(url(`/products/p-000001`));
      await product.body?.cancel();
      assert.notEqual(product.status, 401);
      const doc = await (await fetch(url("/openapi.json"))).json();
      assert.deepEqual(doc.paths["/users/{id}"].get.security, [{ bearerAuth: [] }]);
      assert.ok(doc.paths["/users/{id}"].get.responses["401"]);
      assert.equal(doc.paths["/products/{id}"].get.security, undefined);
    });
  },
});

Deno.test({
  name: "with an API token, /stream sends fraud events only with ?access_token= or the bearer header",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    await withApi(TOKEN, async (url) => {
      // Two pushes without the token: stats and trending, never fraud.
      const anonymous = await readEvents(
        url("/stream"),
        (evs) => evs.filter((e) => e.event === "stats").length >= 2,
        10_000,
      );
      assert.ok(
        anonymous.filter((e) => e.event === "stats").length >= 2,
        JSON.stringify(anonymous.map((e) => e.event)),
      );
      assert.ok(anonymous.some((e) => e.event === "trending"));
      assert.ok(!anonymous.some((e) => e.event === "fraud"), "fraud events without the token");

      const wrong = await readEvents(
        url("/stream?access_token=nope-nope-nope-nope"),
        (evs) => evs.filter((e) => e.event === "stats").length >= 2,
        10_000,
      );
      assert.ok(!wrong.some((e) => e.event === "fraud"), "fraud events with a wrong token");

      const viaQuery = await readEvents(url(`/stream?access_token=${TOKEN}`), hasEvent("fraud"), 10_000);
      assert.ok(viaQuery.some((e) => e.event === "fraud"), "no fraud event with ?access_token=");

      // The bearer header works on /stream too (for clients that can send one).
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), 10_000);
      let text = "";
      try {
        const res = await fetch(url("/stream"), {
          headers: { Authorization: `Bearer ${TOKEN}` },
          signal: abort.signal,
        });
        const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
        while (!text.includes("event: fraud")) {
          const { value, done } = await reader.read();
          if (done) break;
          text += value;
        }
        await reader.cancel();
      } catch (e) {
        if (!abort.signal.aborted) throw e;
      } finally {
        clearTimeout(timer);
        abort.abort();
      }
      assert.ok(text.includes("event: fraud"), "no fraud event with Authorization: Bearer");
    });
  },
});

Deno.test({
  name: "without an API token, /fraud and the fraud events of /stream stay open",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    await withApi(undefined, async (url) => {
      const res = await fetch(url("/fraud"));
      assert.equal(res.status, 200);
      await res.body?.cancel();
      const events = await readEvents(url("/stream"), hasEvent("fraud"), 10_000);
      assert.ok(events.some((e) => e.event === "fraud"));
      const doc = await (await fetch(url("/openapi.json"))).json();
      assert.equal(doc.paths["/fraud"].get.security, undefined);
      assert.equal(doc.components?.securitySchemes, undefined);
    });
  },
});

Deno.test("--api-token / API_TOKEN: loaded, never printed by --help or a config error", () => {
  const fromEnv = loadConfig([], { API_TOKEN: TOKEN });
  assert.ok(fromEnv.ok === true && fromEnv.config.apiToken === TOKEN);
  const fromFlag = loadConfig([`--api-token=${TOKEN}`], { API_TOKEN: "ignored-because-flag-wins" });
  assert.ok(fromFlag.ok === true && fromFlag.config.apiToken === TOKEN);

  const help = helpText("0.0.0");
  assert.match(help, /--api-token=…/);
  assert.match(help, /\[API_TOKEN\]/);
  assert.ok(!help.includes(TOKEN));

  const secret = "has spaces in the secret value";
  const bad = loadConfig([`--api-token=${secret}`], {});
  assert.ok(bad.ok === false);
  assert.match(bad.error, /--api-token/);
  assert.ok(!bad.error.includes(secret), bad.error);
  const short = loadConfig([], { API_TOKEN: "short" });
  assert.ok(short.ok === false && /API_TOKEN \(env\)/.test(short.error) && !short.error.includes('"short"'));
});
