/**
 * The HTTP contract beyond single routes, over a real socket on the embedded store:
 * per-route metrics labels, 405 with `Allow` on known paths, over-long URLs as the JSON
 * 400, and what the OpenAPI document states about paging, `fuzzy` and `/stream`.
 */
import assert from "node:assert/strict";
import { ErrorBody } from "../../src/api/schemas.ts";
import { createStore } from "../../src/store/mod.ts";
import { serveApi } from "./api_contract.ts";

async function withApi(fn: (url: (path: string) => string) => Promise<void>) {
  const store = await createStore({});
  const api = serveApi(store);
  try {
    await fn((path) => `${api.baseUrl}${path}`);
  } finally {
    await api.close();
    await store.close();
  }
}

async function status(url: string, init?: RequestInit): Promise<number> {
  const res = await fetch(url, init);
  await res.body?.cancel();
  return res.status;
}

Deno.test("/metrics labels requests by the matched route pattern, never the raw path", async () => {
  await withApi(async (url) => {
    assert.equal(await status(url("/search?q=tv")), 200);
    assert.equal(await status(url("/search?q=radio&size=3")), 200);
    assert.equal(await status(url("/trending")), 200);
    assert.equal(await status(url("/health")), 200);
    assert.equal(await status(url("/app.js")), 200);
    assert.equal(await status(url("/users/u-123456/orders/987")), 404);
    assert.equal(await status(url("/search"), { method: "POST" }), 405);

    const text = await (await fetch(url("/metrics"))).text();
    const count = (route: string, method: string, code: number) =>
      Number(
        text.match(
          new RegExp(
            `^http_requests_total\\{route="${route}",method="${method}",status="${code}"\\} (\\d+)$`,
            "m",
          ),
        )?.[1] ?? 0,
      );
    assert.equal(count("/search", "GET", 200), 2, text);
    assert.equal(count("/trending", "GET", 200), 1);
    assert.equal(count("/health", "GET", 200), 1);
    assert.equal(count("static", "GET", 200), 1);
    assert.equal(count("unmatched", "GET", 404), 1);
    assert.equal(count("/search", "POST", 405), 1);
    const routes = new Set([...text.matchAll(/route="([^"]*)"/g)].map((m) => m[1]));
    for (const route of routes) {
      assert.ok(!/u-123456|987|\?/.test(route), `raw path in a label: ${route}`);
    }
  });
});

Deno.test("a wrong method on a known path is a JSON 405 with Allow: GET, HEAD", async () => {
  await withApi(async (url) => {
    for (
      const [method, path] of [["POST", "/search"], ["DELETE", "/trending"], ["PUT", "/stats"], [
        "PATCH",
        "/openapi.json",
      ], ["POST", "/stream"]]
    ) {
      const res = await fetch(url(path), { method, headers: { "X-Request-Id": "req-405" } });
      assert.equal(res.status, 405, `${method} ${path}`);
      assert.equal(res.headers.get("allow"), "GET, HEAD", `${method} ${path}`);
      const body = ErrorBody.parse(await res.json());
      assert.equal(body.error, "method_not_allowed");
      assert.equal(body.request_id, "req-405");
    }
    // HEAD and GET still answer; an unknown path stays a 404.
    assert.equal(await status(url("/search?q=tv"), { method: "HEAD" }), 200);
    assert.equal(await status(url("/no/such/path"), { method: "POST" }), 404);
  });
});

Deno.test("a 64 KB request URL is answered with the JSON 400 naming the parameter", async () => {
  await withApi(async (url) => {
    const huge = "x".repeat(64_000); // fetch itself refuses URLs past 64 KiB
    const cases: [string, string][] = [
      [`/search?q=${huge}`, "q"],
      [`/trending?limit=5&category=${huge}`, "category"],
      [`/${huge}`, "(path)"],
    ];
    for (const [path, parameter] of cases) {
      const res = await fetch(url(path));
      assert.equal(res.status, 400, path.slice(0, 40));
      assert.match(res.headers.get("content-type") ?? "", /^application\/json/);
      const text = await res.text();
      assert.ok(text.length < 1000 && !text.includes(huge.slice(0, 500)), "the 400 does not echo the URL");
      const body = ErrorBody.parse(JSON.parse(text));
      assert.equal(body.error, "invalid_parameter");
      assert.equal(body.parameter, parameter);
    }
  });
});

Deno.test("the OpenAPI document states page × size ≤ 10000, one type for fuzzy, and SSE for /stream", async () => {
  await withApi(async (url) => {
    const doc = await (await fetch(url("/openapi.json"))).json();
    const params = doc.paths["/search"].get.parameters as {
      name: string;
      description?: string;
      schema: { type?: string; enum?: string[]; default?: unknown };
    }[];
    for (const name of ["page", "size"]) {
      const p = params.find((x) => x.name === name)!;
      assert.match(p.description ?? "", /page × size must be ≤ 10000/, name);
    }
    const fuzzy = params.find((x) => x.name === "fuzzy")!.schema;
    assert.equal(fuzzy.type, "string");
    assert.deepEqual([...fuzzy.enum ?? []].sort(), ["0", "1", "false", "true"]);
    assert.equal(fuzzy.default, "true");
    const zero = doc.paths["/queries"].get.parameters.find((x: { name: string }) =>
      x.name === "zero_results"
    );
    assert.equal(zero.schema.default, "false");
    const ok = doc.paths["/stream"].get.responses["200"].content;
    assert.deepEqual(Object.keys(ok), ["text/event-stream"]);
  });
});
