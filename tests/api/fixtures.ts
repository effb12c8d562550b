/**
 * A small, known data set for the API tests: products through the catalog port and
 * analytics documents through `analytics.write()`, stamped at the current minute so
 * every window includes them, plus one checkpoint so /stats has totals.
 *
 * @module
 */
import type {
  AnalyticsWrite,
  FraudSignal,
  FunnelBucket,
  QueryBucket,
  TrendBucket,
} from "../../src/domain/analytics.ts";
import type { Product } from "../../src/domain/product.ts";
import type { Store } from "../../src/store/port.ts";
import { generateCatalog } from "../../src/catalog/generate.ts";
import { eventually } from "../support/app_process.ts";

export const FIXTURE_GROUP = "api-test-group";

/** Products from the catalog generator (fixed seed): real nouns to search for, varied facets. */
export function fixtureProducts(count = 400): Product[] {
  return generateCatalog({ count, seed: 42 });
}

function minuteStart(ms: number): string {
  return new Date(Math.floor(ms / 60_000) * 60_000).toISOString();
}

/** Analytics documents over the given products, at the current and the previous minute. */
export function fixtureAnalytics(products: Product[], now = Date.now()): AnalyticsWrite {
  const minutes = [minuteStart(now), minuteStart(now - 60_000)];
  const trends: TrendBucket[] = [];
  products.slice(0, 30).forEach((p, i) => {
    minutes.forEach((minute, m) => {
      for (const partition of [0, 1]) {
        const views = 40 - i + m + partition;
        const carts = Math.floor(views / 4);
        const purchases = Math.floor(views / 10);
        trends.push({
          id: `${partition}:${p.id}:${minute}`,
          partition,
          product_id: p.id,
          minute,
          views,
          carts,
          purchases,
          score: views + carts * 3 + purchases * 5,
          title: p.title,
          brand: p.brand,
          category: p.category,
        });
      }
    });
  });

  const leaves = [...new Set(products.map((p) => p.category))];
  const funnels: FunnelBucket[] = leaves.map((category, i) => ({
    id: `0:${category}:${minutes[0]}`,
    partition: 0,
    category,
    top: category.split(".")[0],
    minute: minutes[0],
    viewed: 100 + (i % 7) * 10,
    carted: 30 + (i % 5),
    purchased: 8 + (i % 3),
  }));

  const iso = (ms: number) => new Date(ms).toISOString();
  const signal = (
    type: FraudSignal["type"],
    severity: FraudSignal["severity"],
    user: string,
    ago: number,
  ) => ({
    id: `${type}:${user}`,
    type,
    severity,
    user_id: user,
    evidence: { events: 100 + ago, window_s: 60 },
    first_seen: iso(now - ago * 1000 - 60_000),
    last_seen: iso(now - ago * 1000),
  });
  const signals: FraudSignal[] = [
    signal("bot", "high", "u-bot-1", 5),
    signal("bot", "medium", "u-bot-2", 15),
    signal("refund_loop", "high", "u-fraud-1", 25),
    signal("fast_refund", "medium", "u-fraud-2", 35),
    signal("refund_rate", "low", "u-fraud-3", 45),
  ];

  const queries: QueryBucket[] = [
    { query: "headphones", searches: 12, zero_results: 0, converted: 3 },
    { query: "laptop", searches: 8, zero_results: 0, converted: 1 },
    { query: "xyzzy gadget", searches: 4, zero_results: 4, converted: 0 },
  ].map((q) => ({ ...q, id: `0:${q.query}:${minutes[0]}`, partition: 0, minute: minutes[0] }));

  return { trends, funnels, signals, retracted_signals: [], queries };
}

/** Creates the indices and fills them; returns the products written. */
export async function seedApiData(store: Store, options: { count?: number } = {}): Promise<Product[]> {
  const products = fixtureProducts(options.count ?? 400);
  await store.catalog.ensureIndex();
  await store.catalog.index(products);
  await store.catalog.refresh();
  await store.analytics.ensureIndices();
  await store.checkpoints.ensureIndex();
  const now = Date.now();
  await store.analytics.write([{ docs: fixtureAnalytics(products, now) }]);
  await store.checkpoints.save({
    groupId: FIXTURE_GROUP,
    partition: 0,
    offsets: {},
    counters: {
      events: { search: 80, view: 500, add_to_cart: 100, purchase: 20, refund: 2 },
      dead_letters: 1,
      late_events: 3,
      unknown_products: 0,
      revenue: 2000,
      refunds: 50,
      max_event_time: now,
    },
    state: { full: true, scalars: "{}", chunks: [] },
    updated_at: new Date(now).toISOString(),
  }, undefined);
  // Elasticsearch shows writes after its refresh interval: wait until every kind is readable.
  await eventually(async () => {
    const [trending, funnels, signals, queries, totals] = await Promise.all([
      store.analytics.trending({ minutes: 5, limit: 1 }),
      store.analytics.funnels({ minutes: 5, level: "top" }),
      store.analytics.fraud({ limit: 10 }),
      store.analytics.topQueries({ minutes: 5, limit: 10 }),
      store.analytics.totals(FIXTURE_GROUP),
    ]);
    const ready = trending.length > 0 && funnels.length > 0 && signals.length >= 5 && queries.length >= 3 &&
      (totals.events.view ?? 0) > 0;
    return ready || undefined;
  }, { timeoutMs: 15_000, what: "fixture analytics readable through the store" });
  return products;
}
