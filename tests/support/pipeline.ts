/**
 * Helpers for processor tests on the live services: a fixed event set published once,
 * processor subprocesses started through main.ts, and the analytics read back.
 *
 * @module
 */
import { createBus } from "../../src/bus/mod.ts";
import { createStore } from "../../src/store/mod.ts";
import type { Store } from "../../src/store/port.ts";
import { type ShopEvent, topicFor, topicNames } from "../../src/domain/event.ts";
import { generateCatalog } from "../../src/catalog/generate.ts";
import { createEventStream } from "../../src/clickstream/generator.ts";
import type { Product } from "../../src/domain/product.ts";
import { elasticsearchHost, kafkaBrokers } from "./services.ts";
import { type AppProcess, eventually, startApp } from "./app_process.ts";

export const PARTITIONS = 6;

export interface Dataset {
  products: Product[];
  events: ShopEvent[];
}

/** A deterministic catalog and event set (fixed seed and start time). */
export function dataset(options: { products: number; events: number; seed: number }): Dataset {
  const products = generateCatalog({ count: options.products, seed: options.seed });
  const stream = createEventStream({
    products,
    seed: options.seed,
    botRatio: 0.05,
    fraudRatio: 0.02,
    startTime: Date.parse("2026-01-01T12:00:00.000Z"),
  });
  const events: ShopEvent[] = [];
  for (const e of stream) {
    events.push(e);
    if (events.length >= options.events) break;
  }
  return { products, events };
}

/** Where to publish: the live services with `PARTITIONS` unless told otherwise (e.g. a loopback cluster). */
export interface PublishTarget {
  brokers?: string[];
  partitions?: number;
  replicationFactor?: number;
}

/** Creates the four prefixed topics (idempotent). */
export async function ensureDatasetTopics(topicPrefix: string, target: PublishTarget = {}): Promise<void> {
  const bus = await createBus({
    kafkaBrokers: target.brokers ?? kafkaBrokers()!,
    replicationFactor: target.replicationFactor,
  });
  const t = topicNames(topicPrefix);
  const partitions = target.partitions ?? PARTITIONS;
  try {
    await bus.ensureTopics(
      [t.search, t.product, t.order, t.deadLetter].map((topic) => ({ topic, partitions })),
    );
  } finally {
    await bus.close();
  }
}

/** Publishes the events (and any raw extra messages) to the prefixed topics, creating them if needed. */
export async function publishDataset(
  topicPrefix: string,
  events: ShopEvent[],
  extra: { topic: string; key: string; value: string }[] = [],
  target: PublishTarget = {},
): Promise<void> {
  await ensureDatasetTopics(topicPrefix, target);
  const bus = await createBus({ kafkaBrokers: target.brokers ?? kafkaBrokers()! });
  const t = topicNames(topicPrefix);
  try {
    const publisher = await bus.publisher();
    const byTopic = new Map<string, { key: string; value: string }[]>();
    for (const e of events) {
      const topic = topicFor(e.type, t);
      if (!byTopic.has(topic)) byTopic.set(topic, []);
      byTopic.get(topic)!.push({ key: e.user_id, value: JSON.stringify(e) });
    }
    for (const x of extra) {
      if (!byTopic.has(x.topic)) byTopic.set(x.topic, []);
      byTopic.get(x.topic)!.push({ key: x.key, value: x.value });
    }
    for (const [topic, messages] of byTopic) {
      for (let i = 0; i < messages.length; i += 1000) {
        await publisher.publish(topic, messages.slice(i, i + 1000));
      }
    }
    await publisher.close();
  } finally {
    await bus.close();
  }
}

export function esStore(indexPrefix: string): Promise<Store> {
  return createStore({ elasticsearchHost: elasticsearchHost()!, indexPrefix });
}

export async function seedProducts(store: Store, products: Product[]): Promise<void> {
  await store.catalog.ensureIndex({ recreate: true });
  await store.catalog.index(products);
  await store.catalog.refresh();
}

export function processorArgs(o: { topicPrefix: string; indexPrefix: string; group: string }): string[] {
  return [
    "--role=processor",
    "--port=0",
    `--topic-prefix=${o.topicPrefix}`,
    `--index-prefix=${o.indexPrefix}`,
    `--group=${o.group}`,
    `--partitions=${PARTITIONS}`,
    "--checkpoint-interval=1",
  ];
}

export function serviceEnv(): Record<string, string> {
  return { KAFKA_BOOTSTRAP_SERVERS: kafkaBrokers()!.join(","), ELASTICSEARCH_HOST: elasticsearchHost()! };
}

/** Starts a processor subprocess (it logs "group … running" once it consumes). */
export async function startProcessor(args: string[], env = serviceEnv()): Promise<AppProcess> {
  // The processor role serves no HTTP; startApp waits for its "running" line instead.
  return await startApp(args, { env, readyPattern: /\[processor\] group \S+ running/ });
}

/** Waits until the group's checkpoints account for `expected` events (valid + dead letters). */
export async function waitForProcessed(store: Store, group: string, expected: number, timeoutMs = 120_000) {
  return await eventually(async () => {
    const t = await store.analytics.totals(group);
    const seen = Object.values(t.events).reduce((a, b) => a + b, 0) + t.dead_letters + t.late_events;
    return seen >= expected ? t : undefined;
  }, { timeoutMs, intervalMs: 500, what: `${expected} events checkpointed by ${group}` });
}

/** Everything the API would show, for comparing two runs. */
export async function analyticsSnapshot(store: Store, group: string) {
  await (store.analytics as unknown as { refresh?: () => Promise<void> }).refresh?.();
  // Windows end at the latest event-time bucket (the default), identical for equal inputs.
  return {
    trending: await store.analytics.trending({ minutes: 60, limit: 100 }),
    funnelsTop: await store.analytics.funnels({ minutes: 1440, level: "top" }),
    funnelsLeaf: await store.analytics.funnels({ minutes: 1440, level: "leaf" }),
    fraud: await store.analytics.fraud({ limit: 500 }),
    queries: await store.analytics.topQueries({ minutes: 1440, limit: 100 }),
    totals: await store.analytics.totals(group),
    // Sampled raw events: a replay must overwrite, not duplicate, them.
    rawEvents: (await store.analytics.docCounts()).events,
  };
}
