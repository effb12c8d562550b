/**
 * The original project's README examples, verbatim, against the real app: each
 * request answers what that README promised (headphones for `headphones`, laptops in
 * range with valid facets, `hea` suggesting headphones/headset, TV products for `tv`,
 * smartphones for `smartfone`, …), on the embedded backends (`--role=all`, events
 * flowing) and on Elasticsearch (`--role=api` over an index seeded for this test).
 *
 * @module
 */
import assert from "node:assert/strict";
import { type AppProcess, eventually, startApp } from "../support/app_process.ts";
import { elasticsearchHost, ES_CLIENT_TIMER, integrationTest, uniqueName } from "../support/services.ts";
import { ElasticsearchCatalog } from "../../src/store/elasticsearch/catalog.ts";
import { createElasticsearchClient } from "../../src/store/elasticsearch/client.ts";
import { generateCatalog } from "../../src/catalog/generate.ts";
import type { SearchResult, Suggestions } from "../../src/domain/search.ts";

const COUNT = 20_000;

async function get<T>(app: AppProcess, path: string): Promise<T> {
  const r = await fetch(app.baseUrl + path);
  const body = await r.json();
  assert.equal(r.status, 200, `${path} → ${r.status} ${JSON.stringify(body)}`);
  return body as T;
}

const leaf = (h: { category: string }) => h.category.split(".").at(-1)!;
/** Share of the top hits whose leaf category is one of `leaves`. */
const share = (r: SearchResult, leaves: string[], n = 5) =>
  r.hits.slice(0, n).filter((h) => leaves.includes(leaf(h))).length / Math.min(n, r.hits.length);

async function searchExamples(app: AppProcess) {
  const headphones = await get<SearchResult>(app, "/search?q=headphones");
  assert.ok(headphones.total > 0);
  assert.ok(share(headphones, ["headphones", "earbuds"]) >= 0.8, "headphones → headphones");

  const strict = await get<SearchResult>(app, "/search?q=headphones&fuzzy=false");
  assert.ok(share(strict, ["headphones", "earbuds"]) >= 0.8, "fuzzy=false still finds headphones");

  const laptops = await get<SearchResult>(
    app,
    "/search?q=laptop&category=electronics.computers.laptops&min_price=500&max_price=2000",
  );
  assert.ok(laptops.total > 0, "laptops in range");
  for (const h of laptops.hits) {
    assert.ok(h.category.startsWith("electronics.computers.laptops"), h.category);
    assert.ok(h.price >= 500 && h.price <= 2000, `${h.price}`);
  }
  const facetTotal = (xs: { count: number }[]) => xs.reduce((s, x) => s + x.count, 0);
  assert.equal(facetTotal(laptops.facets.price), laptops.total, "price facets cover the result set");
  for (const f of laptops.facets.price) {
    if (f.count > 0) assert.ok((f.to ?? Infinity) > 500 && (f.from ?? 0) <= 2000, f.key);
  }
  for (const f of laptops.facets.category) assert.ok(f.value.startsWith("electronics.computers.laptops."));
  assert.ok(laptops.facets.brand.length > 0 && facetTotal(laptops.facets.brand) <= laptops.total);

  const hea = await get<Suggestions>(app, "/autocomplete?q=hea");
  const texts = hea.suggestions.map((s) => s.text);
  assert.ok(texts.some((t) => t.startsWith("headphone")), `hea → ${texts}`);
  assert.ok(texts.some((t) => t.startsWith("headset")), `hea → ${texts}`);

  const tv = await get<SearchResult>(app, "/search?q=tv");
  assert.ok(share(tv, ["televisions"]) >= 0.8, "tv → televisions");
  const earbuds = await get<SearchResult>(app, "/search?q=earbuds");
  assert.ok(share(earbuds, ["earbuds", "headphones"]) >= 0.8, "earbuds");
  const smartfone = await get<SearchResult>(app, "/search?q=smartfone");
  assert.ok(share(smartfone, ["smartphones"]) >= 0.8, "smartfone → smartphones");
  const headphons = await get<SearchResult>(app, "/search?q=headphons");
  assert.ok(share(headphons, ["headphones", "earbuds"]) >= 0.8, "headphons → headphones");
}

interface Items<T> {
  items: T[];
}

async function analyticsExamples(app: AppProcess, eventsFlow: boolean) {
  if (eventsFlow) {
    await eventually(async () => {
      const s = await get<{ events: { total: number } }>(app, "/stats");
      return s.events.total > 0 || undefined;
    }, { timeoutMs: 120_000, what: "events counted in /stats" });
  }
  for (const path of ["/trending", "/trending?minutes=10"]) {
    const t = await get<Items<{ product_id: string; score: number }> & { minutes: number }>(app, path);
    assert.equal(typeof t.minutes, "number");
    for (const i of t.items) assert.ok(typeof i.product_id === "string" && typeof i.score === "number");
  }
  const f = await get<Items<{ category: string; overall: number }> & { minutes: number }>(
    app,
    "/funnels?minutes=5",
  );
  assert.equal(f.minutes, 5);
  for (const i of f.items) assert.ok(i.overall >= 0 && i.overall <= 1);
  for (const path of ["/fraud", "/fraud?severity=high"]) {
    const r = await get<Items<{ type: string; severity: string }>>(app, path);
    if (path.endsWith("high")) { for (const s of r.items) assert.equal(s.severity, "high"); }
  }
  const stats = await get<{ events: { total: number } }>(app, "/stats");
  assert.equal(typeof stats.events.total, "number");
}

Deno.test({
  name: "[embedded] the original README's examples answer as promised",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const dataDir = await Deno.makeTempDir({ prefix: "shopstream-examples-" });
    const app = await startApp(["--role=all", "--port=0", `--count=${COUNT}`, `--data-dir=${dataDir}`], {
      env: { ELASTICSEARCH_HOST: "", KAFKA_BOOTSTRAP_SERVERS: "" },
    });
    try {
      await eventually(async () => {
        const r = await get<SearchResult>(app, "/search?q=&size=1");
        return r.total >= COUNT || undefined;
      }, { timeoutMs: 120_000, intervalMs: 500, what: "catalog seeded" });
      await searchExamples(app);
      await analyticsExamples(app, true);
    } finally {
      await app.stop();
      await Deno.remove(dataDir, { recursive: true }).catch(() => {});
    }
  },
});

integrationTest(
  "[elasticsearch] the original README's examples answer as promised",
  ["elasticsearch"],
  async () => {
    const host = elasticsearchHost()!;
    const prefix = `${uniqueName("examples")}-`;
    const client = createElasticsearchClient({ host });
    let app: AppProcess | undefined;
    try {
      const catalog = new ElasticsearchCatalog({ client, indexPrefix: prefix });
      await catalog.ensureIndex({ recreate: true });
      await catalog.index(generateCatalog({ count: COUNT, seed: 42 }));
      await catalog.refresh();
      app = await startApp(["--role=api", "--port=0", `--index-prefix=${prefix}`], {
        env: { ELASTICSEARCH_HOST: host, KAFKA_BOOTSTRAP_SERVERS: "" },
      });
      await searchExamples(app);
      // No processor in this run: the analytics endpoints answer their shapes, empty.
      await analyticsExamples(app, false);
    } finally {
      await app?.stop();
      await client.indices.delete({ index: `${prefix}*`, allow_no_indices: true }).catch(() => {});
      await client.close();
    }
  },
  { timeoutMs: 300_000, sanitizers: ES_CLIENT_TIMER },
);
