/**
 * Seeding throughput into the live Elasticsearch: `seedCatalog` (generate + our bulk
 * path: 1,000-doc chunks, 2 in flight, 429 retries) vs a raw `_bulk` of the same
 * documents (exactly the bodies our adapter builds, derived search fields included)
 * with plain fetch, same chunk size and concurrency, into a fresh index with the same
 * mappings, in the same run. Also the embedded index at the same count.
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
import type { Product } from "../src/domain/product.ts";
import type { Client } from "@elastic/elasticsearch";

export interface SeedFigures {
  count: number;
  /** Loads per way; each loads `docs_per_load` documents into a fresh index. */
  rounds: number;
  docs_per_load: number;
  /** `seedCatalog` into the adapter as it is. */
  seed_docs_per_s: number;
  /** `seedCatalog` into the adapter with the bulk-load mode (refresh off, 0 replicas). */
  raw_bulk_docs_per_s: number;
  ratio_seed_vs_raw: number;
  /** The background merge to one segment after each of our loads (median; not in the seeding time). */
  compaction_after_seed_s: number;
  generate_only_docs_per_s: number;
  embedded_index_s: number;
  embedded_search_p50_ms: number;
  embedded_search_p95_ms: number;
  /** ES search runs on the last index seeded (`docs_per_load` products). */
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

/** The `{ _id, document }` pairs `ElasticsearchCatalog.index` sends for these products, without a cluster. */
async function adapterDocuments(products: Product[]): Promise<{ id: string; source: string }[]> {
  const docs: { id: string; source: string }[] = [];
  // The adapter hands the client each `_bulk` body as one NDJSON string (its last newline
  // left to the client): action lines and documents alternate.
  const recorder = {
    bulk: ({ operations }: { operations: string[] }) => {
      const lines = operations.join("\n").split("\n");
      const items = [];
      for (let i = 0; i < lines.length; i += 2) {
        docs.push({
          id: (JSON.parse(lines[i]) as { index: { _id: string } }).index._id,
          source: lines[i + 1],
        });
        items.push({ index: { status: 201 } });
      }
      return Promise.resolve({ errors: false, items });
    },
  } as unknown as Client;
  await new ElasticsearchCatalog({ client: recorder, indexPrefix: "recorded-" }).index(products);
  return docs;
}

/** Raw `_bulk` of pre-serialised NDJSON lines over fetch: chunks of 1,000, 2 in flight. */
async function rawBulk(host: string, index: string, lines: string[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < lines.length) {
      const body = lines.slice(next, next + 1000).join("");
      next += 1000;
      const r = await fetch(`${host}/${index}/_bulk`, {
        method: "POST",
        headers: { "content-type": "application/x-ndjson" },
        body,
      });
      const j = await r.json();
      if (j.errors) throw new Error("raw bulk had item errors");
    }
  };
  await Promise.all([worker(), worker()]);
}

type Way = "seed" | "raw";

export async function benchSeed(o: { host: string; count: number; rounds?: number }): Promise<SeedFigures> {
  const tag = `bench-${Date.now().toString(36)}`;
  const client = createElasticsearchClient({ host: o.host, requestTimeoutMs: 120_000 });
  const rounds = Math.max(1, o.rounds ?? 2);
  const per = Math.ceil(o.count / rounds);
  try {
    const t0 = performance.now();
    const products = generateCatalog({ count: o.count, seed: 42 });
    const generateSeconds = (performance.now() - t0) / 1000;
    // Baseline: the very documents our adapter sends (recorded by running it against a
    // client that only captures `_bulk` bodies), pre-serialised, replayed as raw `_bulk`.
    const lines = (await adapterDocuments(products.slice(0, per))).map(({ id, source }) =>
      `{"index":{"_id":${JSON.stringify(id)}}}\n${source}\n`
    );

    // Each way loads `per` documents into a fresh index per round; the order reverses
    // every round (A B, B A, …) so a drift in the machine's load hits all alike.
    const seconds: Record<Way, number> = { seed: 0, raw: 0 };
    const compaction: number[] = [];
    let ours!: ElasticsearchCatalog;
    for (let round = 0; round < rounds; round++) {
      const ways: Way[] = ["seed", "raw"];
      if (round % 2 === 1) ways.reverse();
      for (const way of ways) {
        const prefix = `${tag}-${way.replaceAll("_", "")}${round}-`;
        if (way === "raw") {
          const index = `${prefix}products`;
          await client.indices.create({ index, ...productIndexBody() });
          const t = performance.now();
          await rawBulk(o.host, index, lines);
          await client.indices.refresh({ index });
          seconds.raw += (performance.now() - t) / 1000;
        } else {
          // Ours: generation included, as `--role=seed` does it.
          const catalog = new ElasticsearchCatalog({ client, indexPrefix: prefix });
          await catalog.ensureIndex({ recreate: true });
          const seeded = await seedCatalog(catalog, { count: per, seed: 42, tty: false });
          seconds[way] += seeded.seconds;
          // The merge that follows runs in the background (the products are searchable
          // already): waited for outside the clock, so it never slows the next load.
          const t = performance.now();
          await seeded.compaction?.finished();
          compaction.push((performance.now() - t) / 1000);
          ours = catalog;
        }
      }
    }
    const rate = (way: Way) => (per * rounds) / seconds[way];
    const raw = rate("raw");

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
    const ratio = (x: number) => Math.round((x / raw) * 1000) / 1000;
    return {
      count: o.count,
      rounds,
      docs_per_load: per,
      seed_docs_per_s: Math.round(rate("seed")),
      raw_bulk_docs_per_s: Math.round(raw),
      ratio_seed_vs_raw: ratio(rate("seed")),
      compaction_after_seed_s: Math.round(pct(compaction, 0.5) * 10) / 10,
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
    options: { count: { type: "string", default: "100000" }, rounds: { type: "string", default: "2" } },
  });
  const host = Deno.env.get("ELASTICSEARCH_HOST") ?? "http://127.0.0.1:9200";
  console.log(
    JSON.stringify(
      await benchSeed({ host, count: Number(values.count), rounds: Number(values.rounds) }),
      null,
      2,
    ),
  );
}
