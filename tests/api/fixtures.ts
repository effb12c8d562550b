/**
 * A small, known data set for the API tests: products through the catalog port and
 * analytics documents through `analytics.write()`, stamped at the current minute so
 * every window includes them, plus one checkpoint so /stats has totals. Some trend,
 * funnel and query documents carry `bot: true` (left out unless `include_bots`), and
 * raw events give two users a timeline.
 *
 * @module
 */
import type {
  AnalyticsWrite,
  EventDoc,
  FraudSignal,
  FunnelBucket,
  QueryBucket,
  RateBucket,
  TrendBucket,
} from "../../src/domain/analytics.ts";
import type { Product } from "../../src/domain/product.ts";
import type { Store } from "../../src/store/port.ts";
import { generateCatalog } from "../../src/catalog/generate.ts";
import { eventually } from "../support/app_process.ts";

export const FIXTURE_GROUP = "api-test-group";

/** The product only bots looked at (index into the fixture products; not among the 30 humans saw). */
export const BOT_PRODUCT_INDEX = 35;
/** The leaf category whose funnel has an extra bot-only document (index into the distinct leaves). */
export const BOT_FUNNEL_LEAF_INDEX = 0;
/** A query only bots searched for. */
export const BOT_QUERY = "bot scraper sweep";
/** A user with a refund_loop signal and stored orders. */
export const FRAUD_USER = "u-fraud-1";
/** A user with no signal whose every event is stored. */
export const SHOPPER = "u-shopper-1";
/** Events per type per partition and minute in the event-rates fixture. */
export const RATE_BY_TYPE = { search: 6, view: 30, add_to_cart: 6, purchase: 2 } as const;

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

  // Bots hammered one product nobody else looked at: by score it would top the list.
  const botProduct = products[BOT_PRODUCT_INDEX];
  for (const partition of [0, 1]) {
    trends.push({
      id: `${partition}:${botProduct.id}:${minutes[0]}:bot`,
      partition,
      product_id: botProduct.id,
      minute: minutes[0],
      views: 5000,
      carts: 0,
      purchases: 0,
      score: 5000,
      title: botProduct.title,
      brand: botProduct.brand,
      category: botProduct.category,
      bot: true,
    });
  }

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
  const botLeaf = leaves[BOT_FUNNEL_LEAF_INDEX];
  funnels.push({
    id: `1:${botLeaf}:${minutes[0]}:bot`,
    partition: 1,
    category: botLeaf,
    top: botLeaf.split(".")[0],
    minute: minutes[0],
    viewed: 10_000,
    carted: 0,
    purchased: 0,
    bot: true,
  });

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
    { query: BOT_QUERY, searches: 900, zero_results: 900, converted: 0, bot: true },
  ].map((q) => ({ ...q, id: `0:${q.query}:${minutes[0]}`, partition: 0, minute: minutes[0] }));

  const total = Object.values(RATE_BY_TYPE).reduce((a, b) => a + b, 0);
  const rates: RateBucket[] = minutes.flatMap((minute) =>
    [0, 1].map((partition) => ({
      id: `${partition}:${minute}`,
      partition,
      minute,
      total,
      by_type: { ...RATE_BY_TYPE },
    }))
  );

  return {
    trends,
    funnels,
    signals,
    retracted_signals: [],
    queries,
    rates,
    events: fixtureEvents(products, now),
  };
}

/**
 * Raw events of two users: FRAUD_USER's purchase and refund (orders are always kept) and
 * SHOPPER's search → view → cart → purchase, a second apart, oldest first.
 */
export function fixtureEvents(products: Product[], now = Date.now()): EventDoc[] {
  const [a, b] = products;
  const info = (p: Product) => ({ [p.id]: { title: p.title, brand: p.brand, category: p.category } });
  const at = (s: number) => new Date(now - s * 1000).toISOString();
  const doc = (
    n: number,
    topic: string,
    event: Record<string, unknown>,
    products: EventDoc["products"] = {},
  ): EventDoc => {
    const event_id = `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
    return {
      id: event_id,
      partition: 0,
      topic,
      event: { schema_version: 1, event_id, actor: "normal", session_id: `s-${event.user_id}`, ...event },
      products,
      unknown_products: [],
    };
  };
  return [
    doc(1, "order-events", {
      type: "purchase",
      ts: at(50),
      user_id: FRAUD_USER,
      order_id: "o-fraud-1",
      amount: 2 * a.price,
      items: [{ product_id: a.id, category: a.category, price: a.price, quantity: 2 }],
    }, info(a)),
    doc(2, "order-events", {
      type: "refund",
      ts: at(40),
      user_id: FRAUD_USER,
      order_id: "o-fraud-1",
      amount: 2 * a.price,
      reason: "changed_mind",
    }),
    doc(3, "search-events", {
      type: "search",
      ts: at(30),
      user_id: SHOPPER,
      query: "headphones",
      results_count: 7,
    }),
    doc(4, "product-events", {
      type: "view",
      ts: at(20),
      user_id: SHOPPER,
      product_id: b.id,
      category: b.category,
      price: b.price,
    }, info(b)),
    doc(5, "product-events", {
      type: "add_to_cart",
      ts: at(10),
      user_id: SHOPPER,
      product_id: b.id,
      category: b.category,
      price: b.price,
    }, info(b)),
    doc(6, "order-events", {
      type: "purchase",
      ts: at(5),
      user_id: SHOPPER,
      order_id: "o-shopper-1",
      amount: b.price,
      items: [{ product_id: b.id, category: b.category, price: b.price, quantity: 1 }],
    }, info(b)),
  ];
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
    const [trending, funnels, signals, queries, totals, rates, events] = await Promise.all([
      store.analytics.trending({ minutes: 5, limit: 1 }),
      store.analytics.funnels({ minutes: 5, level: "top" }),
      store.analytics.fraud({ limit: 10 }),
      store.analytics.topQueries({ minutes: 5, limit: 10 }),
      store.analytics.totals(FIXTURE_GROUP),
      store.analytics.throughput({ minutes: 5 }),
      store.analytics.userEvents(SHOPPER, 10),
    ]);
    const ready = trending.length > 0 && funnels.length > 0 && signals.length >= 5 && queries.length >= 3 &&
      (totals.events.view ?? 0) > 0 && rates.length >= 2 && events.length >= 4;
    return ready || undefined;
  }, { timeoutMs: 15_000, what: "fixture analytics readable through the store" });
  return products;
}
