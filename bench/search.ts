/**
 * Search speed at catalog scale, each figure beside a baseline measured in the same run
 * (these machines are shared and noisy: read the ratios).
 *
 * Elasticsearch (needs ELASTICSEARCH_HOST): a `--count` catalog is seeded into a
 * bench-only index as `--role=seed` does it (then merged to one segment) and
 * `main.ts --role=api` serves it. Per query of one mix (plain
 * nouns, brand + noun, typos, synonyms, multi-word), round-robin so every series sees
 * the same noise:
 * - `match`: a plain `match` on the title field, sent raw to ES — the baseline;
 * - `raw`: the very ES requests the adapter sends for that query (recorded from the
 *   client), replayed raw with fetch — what the API adds is measured against these;
 * - `api_search` / `api_autocomplete`: the API over a real socket (typos, synonyms,
 *   facets, highlight on).
 * Every timed request is read to its last byte and not parsed, the raw ones and the API's alike.
 * Embedded: the same mix against the in-process index, and through `main.ts --role=all`
 * (embedded log and index, generator at 1 event/s) over a socket.
 * Throughput: `--clients` concurrent clients for `--seconds` against each API.
 *
 *   deno run -A bench/search.ts                        # 100k products, 20 clients × 30 s
 *   deno run -A bench/search.ts --count=20000 --seconds=5 --rounds=2   # a quick look
 *
 * @module
 */
import { parseArgs } from "node:util";
import type { Client } from "@elastic/elasticsearch";
import { createElasticsearchClient } from "../src/store/elasticsearch/client.ts";
import { ElasticsearchCatalog } from "../src/store/elasticsearch/catalog.ts";
import { EmbeddedCatalog } from "../src/store/embedded/catalog.ts";
import { generateCatalog } from "../src/catalog/generate.ts";
import { seedCatalog } from "../src/catalog/seed.ts";
import { SearchQuery } from "../src/domain/search.ts";
import { analyze } from "../src/catalog/text.ts";
import { type AppProcess, eventually, startApp } from "../tests/support/app_process.ts";

/** One mix for every series: plain nouns, brand + noun, typos, synonyms, multi-word. */
export const SEARCH_MIX = [
  "headphones",
  "laptop",
  "tv",
  "blender",
  "sofa",
  "sony headphones",
  "samsung tv",
  "nike sneakers",
  "smartfone",
  "headphons",
  "labtop",
  "keybord",
  "couch",
  "earbuds",
  "fridge",
  "television",
  "wireless mouse",
  "coffee maker",
  "gaming laptop",
  "running shoes",
];
/** Prefixes as typed into the search box (one with a typo). */
export const AUTOCOMPLETE_MIX = ["hea", "lap", "tel", "sma", "sof", "cof", "wir", "sam", "hedph", "ear"];
/**
 * Prefixes asked once each, never before in the process: autocomplete remembers answers
 * per prefix, so these measure what a prefix costs the first time (2–6 letters of common
 * product words).
 */
export const COLD_PREFIXES = [
  ...new Set(
    [
      "blender",
      "sneakers",
      "keyboard",
      "mouse",
      "camera",
      "watch",
      "drone",
      "tent",
      "mattress",
      "backpack",
      "monitor",
      "tablet",
      "printer",
      "speaker",
      "jacket",
      "vacuum",
      "guitar",
      "router",
      "charger",
      "kettle",
    ].flatMap((w) => [2, 3, 4, 5, 6].filter((n) => n < w.length).map((n) => w.slice(0, n))),
  ),
].filter((p) => !AUTOCOMPLETE_MIX.includes(p));

export interface LatencyFigures {
  samples: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
}
export interface ThroughputFigures {
  clients: number;
  seconds: number;
  requests: number;
  requests_per_s: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  errors: number;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;
const figures = (xs: number[]): LatencyFigures => ({
  samples: xs.length,
  p50_ms: round(pct(xs, 0.5)),
  p95_ms: round(pct(xs, 0.95)),
  p99_ms: round(pct(xs, 0.99)),
});

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** A timed request: to its last byte, unparsed, as `sendRaw` reads ES (a parse would be the bench's cost). */
async function getBody(url: string): Promise<void> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url} → ${r.status}`);
  await r.arrayBuffer();
}

async function getJson(url: string): Promise<unknown> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url} → ${r.status}`);
  return await r.json();
}

/** `clients` loops, each sending the mix (search, every 4th an autocomplete) until `seconds` pass. */
export async function throughput(
  baseUrl: string,
  clients: number,
  seconds: number,
): Promise<ThroughputFigures> {
  const times: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: clients }, async (_, c) => {
    for (let i = c; performance.now() < end; i++) {
      const path = i % 4 === 3
        ? `/autocomplete?q=${encodeURIComponent(AUTOCOMPLETE_MIX[i % AUTOCOMPLETE_MIX.length])}`
        : `/search?q=${encodeURIComponent(SEARCH_MIX[i % SEARCH_MIX.length])}`;
      const t = performance.now();
      try {
        const r = await fetch(baseUrl + path);
        await r.arrayBuffer();
        if (r.status !== 200) errors++;
      } catch {
        errors++;
      }
      times.push(performance.now() - t);
    }
  }));
  const elapsed = (performance.now() - t0) / 1000;
  const f = figures(times);
  return {
    clients,
    seconds: round(elapsed, 1),
    requests: times.length,
    requests_per_s: round(times.length / elapsed, 1),
    p50_ms: f.p50_ms,
    p95_ms: f.p95_ms,
    p99_ms: f.p99_ms,
    errors,
  };
}

interface RawRequest {
  method: string;
  path: string;
  body?: string;
}

/** Records the ES requests the adapter sends for `fn` (to replay them raw). */
async function recordRequests(client: Client, fn: () => Promise<unknown>): Promise<RawRequest[]> {
  const seen: RawRequest[] = [];
  const listener = (_err: unknown, result: unknown) => {
    const params = (result as { meta?: { request?: { params?: RawRequest & { querystring?: string } } } })
      ?.meta?.request?.params;
    if (!params) return;
    const qs = params.querystring ? `?${params.querystring}` : "";
    seen.push({
      method: params.method,
      path: params.path + qs,
      body: typeof params.body === "string" ? params.body : undefined,
    });
  };
  client.diagnostic.on("request", listener);
  try {
    await fn();
  } finally {
    client.diagnostic.off("request", listener);
  }
  return seen;
}

async function sendRaw(host: string, requests: RawRequest[]): Promise<void> {
  for (const r of requests) {
    const res = await fetch(host + r.path, {
      method: r.method,
      headers: { "content-type": "application/json" },
      body: r.body,
    });
    if (!res.ok) throw new Error(`raw ${r.path} → ${res.status}`);
    await res.arrayBuffer();
  }
}

export async function benchSearchElasticsearch(
  o: { host: string; count: number; rounds: number; clients: number; seconds: number },
) {
  const prefix = `bench-search-${Date.now().toString(36)}-`;
  const client = createElasticsearchClient({ host: o.host, requestTimeoutMs: 120_000 });
  let app: AppProcess | undefined;
  try {
    const catalog = new ElasticsearchCatalog({ client, indexPrefix: prefix });
    await catalog.ensureIndex({ recreate: true });
    // As `--role=seed` leaves it: loaded, then merged to one segment (waited for here, so
    // that the series measure the index users search, not the merge).
    const seeded = await seedCatalog(catalog, { count: o.count, seed: 42, tty: false });
    const t = performance.now();
    await seeded.compaction?.finished();
    const compactionSeconds = round((performance.now() - t) / 1000, 1);
    const index = `${prefix}products`;
    app = await startApp(
      ["--role=api", "--port=0", `--index-prefix=${prefix}`, `--elasticsearch=${o.host}`],
      {
        env: { ELASTICSEARCH_HOST: o.host, KAFKA_BOOTSTRAP_SERVERS: "" },
      },
    );
    const base = app.baseUrl;
    await eventually(async () => (await fetch(`${base}/ready`).then((r) => r.status)) === 200 || undefined, {
      timeoutMs: 60_000,
      what: "API ready",
    });
    // Warm up every path once (and record the adapter's requests per query). A word no
    // product has makes the adapter wait for its spelling vocabulary, loaded once per
    // process: else the first query's recording would carry that load into every replay.
    await catalog.search(SearchQuery.parse({ q: "zzqqx" }));
    const raw = new Map<string, RawRequest[]>();
    for (const q of SEARCH_MIX) {
      raw.set(q, await recordRequests(client, () => catalog.search(SearchQuery.parse({ q }))));
      await getJson(`${base}/search?q=${encodeURIComponent(q)}`);
    }
    for (const p of AUTOCOMPLETE_MIX) await getJson(`${base}/autocomplete?q=${encodeURIComponent(p)}`);

    const series = { match: [] as number[], raw: [] as number[], api_search: [] as number[] };
    const autocomplete: number[] = [];
    for (let r = 0; r < o.rounds; r++) {
      for (const [i, q] of SEARCH_MIX.entries()) {
        series.match.push(
          await timed(() =>
            sendRaw(o.host, [{
              method: "POST",
              path: `/${index}/_search`,
              body: JSON.stringify({ size: 20, query: { match: { title_terms: analyze(q).join(" ") } } }),
            }])
          ),
        );
        series.raw.push(await timed(() => sendRaw(o.host, raw.get(q)!)));
        series.api_search.push(await timed(() => getBody(`${base}/search?q=${encodeURIComponent(q)}`)));
        const p = AUTOCOMPLETE_MIX[i % AUTOCOMPLETE_MIX.length];
        autocomplete.push(await timed(() => getBody(`${base}/autocomplete?q=${encodeURIComponent(p)}`)));
      }
    }
    const cold: number[] = [];
    for (const p of COLD_PREFIXES) {
      cold.push(await timed(() => getBody(`${base}/autocomplete?q=${encodeURIComponent(p)}`)));
    }
    const match = figures(series.match);
    const rawF = figures(series.raw);
    const search = figures(series.api_search);
    const ac = figures(autocomplete);
    return {
      count: o.count,
      compaction_s: compactionSeconds,
      requests_per_search: round(
        [...raw.values()].reduce((s, r) => s + r.length, 0) / raw.size,
        2,
      ),
      baseline_match: match,
      raw_same_requests: rawF,
      api_search: search,
      api_autocomplete: ac,
      api_autocomplete_first_time: figures(cold),
      search_vs_match_p95: round(search.p95_ms / match.p95_ms),
      autocomplete_vs_match_p95: round(ac.p95_ms / match.p95_ms),
      autocomplete_first_time_vs_match_p95: round(figures(cold).p95_ms / match.p95_ms),
      api_overhead_vs_raw_p95: round(search.p95_ms / rawF.p95_ms),
      targets: { search_vs_match_p95: 2, autocomplete_vs_match_p95: 1.5, api_overhead_vs_raw_p95: 1.2 },
      throughput: await throughput(base, o.clients, o.seconds),
    };
  } finally {
    await app?.stop();
    await client.indices.delete({ index: `${prefix}*`, allow_no_indices: true }).catch(() => {});
    await client.close();
  }
}

export async function benchSearchEmbedded(
  o: { count: number; rounds: number; clients: number; seconds: number },
) {
  const catalog = new EmbeddedCatalog();
  const t0 = performance.now();
  await catalog.index(generateCatalog({ count: o.count, seed: 42 }));
  const indexSeconds = (performance.now() - t0) / 1000;
  const search: number[] = [];
  const ac: number[] = [];
  for (const q of SEARCH_MIX) await catalog.search(SearchQuery.parse({ q })); // warm-up
  for (let r = 0; r < o.rounds; r++) {
    for (const [i, q] of SEARCH_MIX.entries()) {
      search.push(await timed(() => catalog.search(SearchQuery.parse({ q }))));
      ac.push(await timed(() => catalog.autocomplete(AUTOCOMPLETE_MIX[i % AUTOCOMPLETE_MIX.length], 10)));
    }
  }

  const acCold: number[] = [];
  for (const p of COLD_PREFIXES) acCold.push(await timed(() => catalog.autocomplete(p, 10)));

  const dataDir = await Deno.makeTempDir({ prefix: "shopstream-bench-search-" });
  let app: AppProcess | undefined;
  try {
    app = await startApp(
      ["--role=all", "--port=0", `--count=${o.count}`, "--rate=1", `--data-dir=${dataDir}`],
      { env: { ELASTICSEARCH_HOST: "", KAFKA_BOOTSTRAP_SERVERS: "" } },
    );
    const base = app.baseUrl;
    await eventually(async () => {
      const r = await getJson(`${base}/search?q=&size=1`) as { total: number };
      return r.total >= o.count || undefined;
    }, { timeoutMs: 300_000, intervalMs: 500, what: "catalog seeded" });
    for (const q of SEARCH_MIX) await getJson(`${base}/search?q=${encodeURIComponent(q)}`);
    const apiSearch: number[] = [];
    const apiAc: number[] = [];
    for (let r = 0; r < o.rounds; r++) {
      for (const [i, q] of SEARCH_MIX.entries()) {
        apiSearch.push(await timed(() => getBody(`${base}/search?q=${encodeURIComponent(q)}`)));
        const p = AUTOCOMPLETE_MIX[i % AUTOCOMPLETE_MIX.length];
        apiAc.push(await timed(() => getBody(`${base}/autocomplete?q=${encodeURIComponent(p)}`)));
      }
    }
    return {
      count: o.count,
      index_s: round(indexSeconds, 1),
      in_process_search: figures(search),
      in_process_autocomplete: figures(ac),
      in_process_autocomplete_first_time: figures(acCold),
      api_search: figures(apiSearch),
      api_autocomplete: figures(apiAc),
      targets: { search_p95_ms: 5, autocomplete_p95_ms: 2 },
      throughput: await throughput(base, o.clients, o.seconds),
    };
  } finally {
    await app?.stop();
    await Deno.remove(dataDir, { recursive: true }).catch(() => {});
  }
}

/** Both backends (Elasticsearch only when `host` is set). */
export async function benchSearch(
  o: { host?: string; count: number; rounds: number; clients: number; seconds: number },
) {
  return {
    embedded: await benchSearchEmbedded(o),
    elasticsearch: o.host
      ? await benchSearchElasticsearch({ ...o, host: o.host })
      : { skipped: "needs ELASTICSEARCH_HOST" },
  };
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      count: { type: "string", default: "100000" },
      rounds: { type: "string", default: "10" },
      clients: { type: "string", default: "20" },
      seconds: { type: "string", default: "30" },
      only: { type: "string" },
    },
  });
  const o = {
    host: Deno.env.get("ELASTICSEARCH_HOST") || undefined,
    count: Number(values.count),
    rounds: Number(values.rounds),
    clients: Number(values.clients),
    seconds: Number(values.seconds),
  };
  const out = values.only === "embedded"
    ? { embedded: await benchSearchEmbedded(o) }
    : values.only === "elasticsearch" && o.host
    ? { elasticsearch: await benchSearchElasticsearch({ ...o, host: o.host }) }
    : await benchSearch(o);
  console.log(JSON.stringify({ search: out }, null, 2));
}
