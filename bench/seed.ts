/**
 * Seeding throughput into the live Elasticsearch: `seedCatalog` (generate + our bulk
 * path: 1,000-doc chunks, 2 in flight, 429 retries) vs a raw `_bulk` of the same
 * documents with plain fetch, same chunk size and concurrency, into a fresh index
 * with the same mappings, in the same run. Also the embedded index at the same count.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { createElasticsearchClient } from "../src/store/elasticsearch/client.ts";
import { ElasticsearchCatalog, productIndexBody } from "../src/store/elasticsearch/catalog.ts";
import { EmbeddedCatalog } from "../src/store/embedded/catalog.ts";
import { seedCatalog } from "../src/catalog/seed.ts";
import { generateCatalog } from "../src/catalog/generate.ts";
import { SearchQuery } from "../src/domain/search.ts";

export interface SeedFigures {
  count: number;
  seed_docs_per_s: number;
  raw_bulk_docs_per_s: number;
  ratio_seed_vs_raw: number;
  generate_only_docs_per_s: number;
  embedded_index_s: number;
  embedded_search_p50_ms: number;
  embedded_search_p95_ms: number;
  es_search_p50_ms: number;
  es_search_p95_ms: number;
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const QUERIES = [
  "headphones",
  "tv",
  "laptop",
  "blender",
  "sofa",
  "earbuds",
  "coffee maker",
  "sony",
  "smartfone",
  "dog food",
];

export async function benchSeed(o: { host: string; count: number }): Promise<SeedFigures> {
  const tag = `bench-${Date.now().toString(36)}`;
  const client = createElasticsearchClient({ host: o.host, requestTimeoutMs: 120_000 });
  try {
    // Ours: generation included, as `--role=seed` does it.
    const ours = new ElasticsearchCatalog({ client, indexPrefix: `${tag}-ours-` });
    await ours.ensureIndex({ recreate: true });
    const seeded = await seedCatalog(ours, { count: o.count, seed: 42, tty: false });

    // Baseline: pre-generated docs, raw _bulk over fetch, same chunking and concurrency.
    const t0 = performance.now();
    const products = generateCatalog({ count: o.count, seed: 42 });
    const generateSeconds = (performance.now() - t0) / 1000;
    const rawIndex = `${tag}-raw-products`;
    await client.indices.create({ index: rawIndex, ...productIndexBody() });
    const lines = products.map((p) => {
      const parts = p.category.split(".");
      const doc = {
        ...p,
        category_levels: parts.map((_, i) => parts.slice(0, i + 1).join(".")),
        category_words: parts.join(" ").replaceAll("_", " "),
      };
      return `{"index":{"_id":"${p.id}"}}\n${JSON.stringify(doc)}\n`;
    });
    const t1 = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < lines.length) {
        const body = lines.slice(next, next + 1000).join("");
        next += 1000;
        const r = await fetch(`${o.host}/${rawIndex}/_bulk`, {
          method: "POST",
          headers: { "content-type": "application/x-ndjson" },
          body,
        });
        const j = await r.json();
        if (j.errors) throw new Error("raw bulk had item errors");
      }
    };
    await Promise.all([worker(), worker()]);
    await client.indices.refresh({ index: rawIndex });
    const rawSeconds = (performance.now() - t1) / 1000;

    const esTimes: number[] = [];
    for (const q of QUERIES) {
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        await ours.search(SearchQuery.parse({ q }));
        esTimes.push(performance.now() - t);
      }
    }

    const embedded = new EmbeddedCatalog();
    const t2 = performance.now();
    await embedded.index(products);
    const embeddedSeconds = (performance.now() - t2) / 1000;
    const emTimes: number[] = [];
    for (const q of QUERIES) {
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        await embedded.search(SearchQuery.parse({ q }));
        emTimes.push(performance.now() - t);
      }
    }
    const raw = o.count / rawSeconds;
    return {
      count: o.count,
      seed_docs_per_s: Math.round(seeded.docsPerSecond),
      raw_bulk_docs_per_s: Math.round(raw),
      ratio_seed_vs_raw: Math.round((seeded.docsPerSecond / raw) * 1000) / 1000,
      generate_only_docs_per_s: Math.round(o.count / generateSeconds),
      embedded_index_s: Math.round(embeddedSeconds * 10) / 10,
      embedded_search_p50_ms: Math.round(pct(emTimes, 0.5) * 10) / 10,
      embedded_search_p95_ms: Math.round(pct(emTimes, 0.95) * 10) / 10,
      es_search_p50_ms: Math.round(pct(esTimes, 0.5) * 10) / 10,
      es_search_p95_ms: Math.round(pct(esTimes, 0.95) * 10) / 10,
    };
  } finally {
    await client.indices.delete({ index: `${tag}-*`, allow_no_indices: true }).catch(() => {});
    await client.close();
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: { count: { type: "string", default: "100000" } },
  });
  const host = Deno.env.get("ELASTICSEARCH_HOST") ?? "http://127.0.0.1:9200";
  console.log(JSON.stringify(await benchSeed({ host, count: Number(values.count) }), null, 2));
}
