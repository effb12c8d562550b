/**
 * Event → visible latency (issue 13.1): how long a marker event takes from being
 * published to the bus until `/trending` shows it, on both backends, with the
 * processor's default 200 ms flush.
 *
 * - Embedded: what `--role=all` runs, in this process (the embedded log connects roles
 *   only in-process): `EmbeddedBus` + embedded store + `StreamProcessor` + `createApp`
 *   served with `Deno.serve`, a background generator at a low rate.
 * - Elasticsearch + Kafka: `main.ts --role=processor` and `--role=api` subprocesses on
 *   unique topic/index prefixes, a background generator at the same low rate from here.
 *
 * A marker is a view, event time = now, of a product the background traffic never
 * views; `/trending?category=<its leaf>&limit=100` is polled until it lists it.
 * Baseline in the same run, interleaved with the markers: the store's own
 * write → visible time (`store.analytics.write` of a trend bucket, then
 * `store.analytics.trending` until it is listed).
 *
 * @module
 */
import { parseArgs } from "node:util";
import { Kafka, logLevel } from "../src/bus/kafkajs.ts";
import { createBus } from "../src/bus/mod.ts";
import type { Bus, Publisher } from "../src/bus/port.ts";
import { createStore } from "../src/store/mod.ts";
import type { Store } from "../src/store/port.ts";
import { inputTopics, type TopicNames, topicNames, type ViewEvent } from "../src/domain/event.ts";
import { StreamProcessor } from "../src/processing/processor.ts";
import { OperatorOptions } from "../src/processing/partition_operators.ts";
import { createApp } from "../src/api/app.ts";
import { createStatsSource } from "../src/api/stats_source.ts";
import { generateCatalog } from "../src/catalog/generate.ts";
import { createEventStream } from "../src/clickstream/generator.ts";
import { runGenerator } from "../src/clickstream/runner.ts";
import { minuteOf } from "../src/domain/time.ts";
import type { Product } from "../src/domain/product.ts";
import { createElasticsearchClient } from "../src/store/elasticsearch/client.ts";
import { type AppProcess, startApp } from "../tests/support/app_process.ts";

export interface LatencyStats {
  samples: number;
  p50_ms: number;
  p95_ms: number;
  max_ms: number;
}

export interface BackendLatency {
  /** Marker published → listed by `/trending` over HTTP. */
  event_to_visible: LatencyStats;
  /** Baseline: `store.analytics.write` → listed by `store.analytics.trending`. */
  store_write_to_visible: LatencyStats;
  target_p95_ms: number;
  meets_target: boolean;
  background_events_per_s: number;
  flush_interval_ms: number;
  poll_interval_ms: number;
}

export interface LatencyFigures {
  embedded: BackendLatency;
  elasticsearch?: BackendLatency | { skipped: string };
}

const PARTITIONS = 6;
const POLL_MS = 10;
const BACKGROUND_RATE = 50;
const CATALOG = 3_000;
/** The last products of the catalog are the markers': the background stream never sees them. */
const MARKER_PRODUCTS = 200;

const round = (x: number) => Math.round(x * 10) / 10;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const summary = (xs: number[]): LatencyStats => ({
  samples: xs.length,
  p50_ms: round(pct(xs, 0.5)),
  p95_ms: round(pct(xs, 0.95)),
  max_ms: round(Math.max(...xs)),
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `seen()` is true; milliseconds since `t0`. */
async function until(t0: number, seen: () => Promise<boolean>, what: string, timeoutMs = 30_000) {
  for (;;) {
    if (await seen()) return performance.now() - t0;
    if (performance.now() - t0 > timeoutMs) throw new Error(`${what} not visible after ${timeoutMs} ms`);
    await sleep(POLL_MS);
  }
}

interface Rig {
  store: Store;
  baseUrl: string;
  publisher: Publisher;
  topics: TopicNames;
}

/** Markers and baseline writes, interleaved; a random pause between them spreads them over the flush cycle. */
async function measure(rig: Rig, markers: Product[], count: number) {
  const marker: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < count; i++) {
    const p = markers[i % markers.length];
    const user = `bench-marker-${crypto.randomUUID()}`;
    const event: ViewEvent = {
      schema_version: 1,
      event_id: crypto.randomUUID(),
      ts: new Date().toISOString(),
      user_id: user,
      session_id: `s-${user}`,
      actor: "normal",
      type: "view",
      product_id: `${p.id}`,
      category: p.category,
      price: p.price,
    };
    const url = `${rig.baseUrl}/trending?minutes=5&limit=100&category=${encodeURIComponent(p.category)}`;
    // Markers of one product add up; wait for this one's view to count.
    const before = await viewsOf(url, p.id);
    const t0 = performance.now();
    await rig.publisher.publish(rig.topics.product, [{ key: user, value: JSON.stringify(event) }]);
    marker.push(await until(t0, async () => (await viewsOf(url, p.id)) > before, `marker ${i}`));

    const id = `bench:${p.id}:${i}`;
    const minute = new Date(minuteOf(Date.now())).toISOString();
    const t1 = performance.now();
    await rig.store.analytics.write([{
      docs: {
        trends: [{
          id,
          partition: 0,
          product_id: `bench-baseline-${i}`,
          minute,
          views: 1,
          carts: 0,
          purchases: 0,
          score: 1,
          category: "bench.baseline",
        }],
        funnels: [],
        signals: [],
        retracted_signals: [],
        queries: [],
      },
    }]);
    baseline.push(
      await until(t1, async () => {
        const items = await rig.store.analytics.trending({
          minutes: 5,
          limit: 100,
          category: "bench.baseline",
        });
        return items.some((x) => x.product_id === `bench-baseline-${i}`);
      }, `baseline write ${i}`),
    );
    await sleep(Math.random() * 200);
  }
  return { marker, baseline };
}

async function viewsOf(url: string, productId: string): Promise<number> {
  const r = await fetch(url);
  if (!r.ok) {
    await r.body?.cancel();
    return -1;
  }
  const body = await r.json() as { items: { product_id: string; views: number }[] };
  return body.items.find((x) => x.product_id === productId)?.views ?? 0;
}

function background(bus: Bus, products: Product[], topics: TopicNames, signal: AbortSignal) {
  return (async () => {
    const publisher = await bus.publisher();
    try {
      return await runGenerator({
        publisher,
        stream: createEventStream({
          products,
          seed: 5,
          botRatio: 0.05,
          fraudRatio: 0.02,
          startTime: Date.now(),
          nominalRate: BACKGROUND_RATE,
        }),
        rate: BACKGROUND_RATE,
        topics,
        signal,
      });
    } finally {
      await publisher.close();
    }
  })();
}

function figures(m: { marker: number[]; baseline: number[] }, target: number, rate: number): BackendLatency {
  const event = summary(m.marker);
  return {
    event_to_visible: event,
    store_write_to_visible: summary(m.baseline),
    target_p95_ms: target,
    meets_target: event.p95_ms <= target,
    background_events_per_s: Math.round(rate * 10) / 10,
    flush_interval_ms: 200,
    poll_interval_ms: POLL_MS,
  };
}

/** The embedded backends, composed in this process as `--role=all` composes them. */
export async function benchLatencyEmbedded(o: { markers: number }): Promise<BackendLatency> {
  const products = generateCatalog({ count: CATALOG, seed: 11 });
  const traffic = products.slice(0, CATALOG - MARKER_PRODUCTS);
  const markers = products.slice(CATALOG - MARKER_PRODUCTS);
  const topics = topicNames("");
  const bus = await createBus({});
  const store = await createStore({});
  const groupId = "bench-latency";
  await store.catalog.index(products);
  await store.catalog.refresh();
  await bus.ensureTopics(
    [topics.search, topics.product, topics.order, topics.deadLetter].map((topic) => ({
      topic,
      partitions: PARTITIONS,
    })),
  );
  const processor = new StreamProcessor({
    bus,
    store,
    groupId,
    topics,
    operators: OperatorOptions.parse({}),
    checkpointIntervalMs: 5_000,
  });
  await processor.start();
  const controller = new AbortController();
  const stats = createStatsSource({
    role: "all",
    backend: { bus: "embedded", store: "embedded" },
    store,
    groupId,
  });
  const app = createApp({ store, stats, role: "all", version: "bench", signal: controller.signal });
  let listening!: (port: number) => void;
  const port = new Promise<number>((r) => (listening = r));
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, signal: controller.signal, onListen: (a) => listening(a.port) },
    app.fetch,
  );
  const generator = background(bus, traffic, topics, controller.signal);
  const publisher = await bus.publisher();
  try {
    await sleep(2_000); // traffic flowing before the first marker
    const m = await measure(
      { store, baseUrl: `http://127.0.0.1:${await port}`, publisher, topics },
      markers,
      o.markers,
    );
    controller.abort();
    const g = await generator;
    return figures(m, 250, g.eventsPerSecond);
  } finally {
    controller.abort();
    await generator.catch(() => {});
    await publisher.close();
    await server.finished;
    stats.close();
    await processor.stop();
    await bus.close();
    await store.close();
  }
}

/** Kafka + Elasticsearch: processor and API as `main.ts` subprocesses. */
export async function benchLatencyElasticsearch(
  o: { markers: number; brokers: string[]; host: string },
): Promise<BackendLatency> {
  const tag = `bench-lat-${Date.now().toString(36)}`;
  const topics = topicNames(`${tag}.`);
  const products = generateCatalog({ count: CATALOG, seed: 11 });
  const traffic = products.slice(0, CATALOG - MARKER_PRODUCTS);
  const markers = products.slice(CATALOG - MARKER_PRODUCTS);
  const store = await createStore({ elasticsearchHost: o.host, indexPrefix: `${tag}-` });
  const bus = await createBus({ kafkaBrokers: o.brokers });
  const env = { KAFKA_BOOTSTRAP_SERVERS: o.brokers.join(","), ELASTICSEARCH_HOST: o.host };
  const common = [`--topic-prefix=${tag}.`, `--index-prefix=${tag}-`, `--group=${tag}-group`];
  const procs: AppProcess[] = [];
  const controller = new AbortController();
  let generator: Promise<unknown> = Promise.resolve();
  let publisher: Publisher | undefined;
  try {
    await store.catalog.ensureIndex({ recreate: true });
    await store.catalog.index(products);
    await store.catalog.refresh();
    await store.analytics.ensureIndices();
    procs.push(
      await startApp(["--role=processor", "--port=0", `--partitions=${PARTITIONS}`, ...common], {
        env,
        readyPattern: /\[processor\] group \S+ running/,
      }),
    );
    const api = await startApp(["--role=api", "--port=0", ...common], { env });
    procs.push(api);
    const run = background(bus, traffic, topics, controller.signal);
    generator = run;
    publisher = await bus.publisher();
    await sleep(3_000);
    const m = await measure({ store, baseUrl: api.baseUrl, publisher, topics }, markers, o.markers);
    controller.abort();
    const g = await run;
    return figures(m, 1_500, g.eventsPerSecond);
  } finally {
    controller.abort();
    await generator.catch(() => {});
    await publisher?.close();
    for (const p of procs.reverse()) await p.stop();
    await bus.close();
    const es = createElasticsearchClient({ host: o.host });
    await es.indices.delete({ index: `${tag}-*`, ignore_unavailable: true, allow_no_indices: true })
      .catch(() => {});
    await es.close();
    await store.close();
    const admin = new Kafka({ brokers: o.brokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [...inputTopics(topics), topics.deadLetter] }).catch(() => {});
    await admin.disconnect();
  }
}

export async function benchLatency(
  o: { markers: number; brokers?: string[]; host?: string },
): Promise<LatencyFigures> {
  const embedded = await benchLatencyEmbedded(o);
  if (!o.brokers || !o.host) {
    return { embedded, elasticsearch: { skipped: "needs KAFKA_BOOTSTRAP_SERVERS and ELASTICSEARCH_HOST" } };
  }
  return {
    embedded,
    elasticsearch: await benchLatencyElasticsearch({ markers: o.markers, brokers: o.brokers, host: o.host }),
  };
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: { markers: { type: "string", default: "30" }, only: { type: "string" } },
  });
  const brokers = Deno.env.get("KAFKA_BOOTSTRAP_SERVERS")?.split(",") || undefined;
  const host = Deno.env.get("ELASTICSEARCH_HOST") || undefined;
  const markers = Number(values.markers);
  const out = values.only === "embedded"
    ? { embedded: await benchLatencyEmbedded({ markers }) }
    : await benchLatency({ markers, brokers, host });
  console.log(JSON.stringify(out, null, 2));
}
