/**
 * Documents the stream processor writes and the API reads. Every document carries a
 * deterministic `id`, so replaying the same input overwrites instead of duplicating.
 *
 * Product- and category-scoped documents are kept **per input partition** (the
 * processor's state is partitioned by user, like the topics); the store sums them
 * across partitions at query time, so a rebalance or a replay never double-counts.
 *
 * @module
 */
import { z } from "zod";
import { unitInterval } from "../shared/hash.ts";

const minute = z.iso.datetime(); // start of a 1-minute event-time bucket

/** Per product, per partition, per event-time minute. */
export const TrendBucket = z.object({
  id: z.string(), // `${partition}:${product_id}:${minute}`
  partition: z.number().int().nonnegative(),
  product_id: z.string(),
  minute,
  views: z.number().int().nonnegative(),
  carts: z.number().int().nonnegative(),
  purchases: z.number().int().nonnegative(),
  /** Weighted: views×1 + carts×3 + purchases×5. */
  score: z.number().nonnegative(),
  title: z.string().optional(),
  brand: z.string().optional(),
  category: z.string(),
  /** Counted from users flagged as bots; queries leave these out unless asked. */
  bot: z.boolean().optional(),
});
export type TrendBucket = z.infer<typeof TrendBucket>;

/**
 * Distinct sessions per category and minute: a session is counted in the minute of
 * its first view of the category, and climbs to carted/purchased when those steps
 * follow within the conversion window.
 */
export const FunnelBucket = z.object({
  id: z.string(), // `${partition}:${category}:${minute}`
  partition: z.number().int().nonnegative(),
  category: z.string(), // leaf path
  top: z.string(), // top-level department
  minute,
  viewed: z.number().int().nonnegative(),
  carted: z.number().int().nonnegative(),
  purchased: z.number().int().nonnegative(),
  /** Counted from users flagged as bots; queries leave these out unless asked. */
  bot: z.boolean().optional(),
});
export type FunnelBucket = z.infer<typeof FunnelBucket>;

export const SignalType = z.enum(["refund_loop", "fast_refund", "refund_rate", "bot"]);
export type SignalType = z.infer<typeof SignalType>;
export const Severity = z.enum(["low", "medium", "high"]);
export type Severity = z.infer<typeof Severity>;

/** One per user and type, updated in place. */
export const FraudSignal = z.object({
  id: z.string(), // `${type}:${user_id}`
  type: SignalType,
  severity: Severity,
  user_id: z.string(),
  evidence: z.record(z.string(), z.unknown()),
  first_seen: z.iso.datetime(),
  last_seen: z.iso.datetime(),
});
export type FraudSignal = z.infer<typeof FraudSignal>;

/** Per normalised query, per partition, per minute. */
export const QueryBucket = z.object({
  id: z.string(), // `${partition}:${query}:${minute}`
  partition: z.number().int().nonnegative(),
  query: z.string(),
  minute,
  searches: z.number().int().nonnegative(),
  zero_results: z.number().int().nonnegative(),
  /** Searches whose session later purchased (within the conversion window). */
  converted: z.number().int().nonnegative(),
  /** Counted from users flagged as bots; queries leave these out unless asked. */
  bot: z.boolean().optional(),
});
export type QueryBucket = z.infer<typeof QueryBucket>;

/** Events per event-time minute (per partition), by type: the pipeline's throughput history. */
export const RateBucket = z.object({
  id: z.string(), // `${partition}:${minute}`
  partition: z.number().int().nonnegative(),
  minute,
  total: z.number().int().nonnegative(),
  by_type: z.record(z.string(), z.number().int().nonnegative()),
});
export type RateBucket = z.infer<typeof RateBucket>;

/** Running counters of one partition; summed across partitions for /stats. */
export const PartitionCounters = z.object({
  events: z.record(z.string(), z.number().int().nonnegative()), // by event type
  dead_letters: z.number().int().nonnegative(),
  late_events: z.number().int().nonnegative(),
  unknown_products: z.number().int().nonnegative(),
  revenue: z.number(),
  refunds: z.number(),
  /** Max event time seen (epoch ms); the watermark is this minus the allowed lateness. */
  max_event_time: z.number(),
  /** Distinct users with an event in the 5 minutes of event time before the checkpoint. */
  active_users: z.number().int().nonnegative().optional(),
  /** Events whose id was already seen on their topic (a producer resent them): counted once. */
  duplicates: z.number().int().nonnegative().optional(),
});
export type PartitionCounters = z.infer<typeof PartitionCounters>;

export function emptyCounters(): PartitionCounters {
  return {
    events: {},
    dead_letters: 0,
    late_events: 0,
    unknown_products: 0,
    revenue: 0,
    refunds: 0,
    max_event_time: 0,
  };
}

/**
 * A raw event as the processor saw it, with the catalog data it was enriched with.
 * Sampled (`--events-sample`) deterministically by event id, stored under `event_id`.
 */
export interface EventDoc {
  id: string;
  partition: number;
  topic: string;
  event: Record<string, unknown>;
  products: Record<string, { title: string; brand: string; category: string }>;
  unknown_products: string[];
}

/** Counters of several partitions added up (max for the newest event time). */
export function sumCounters(all: PartitionCounters[]): PartitionCounters {
  const t = emptyCounters();
  for (const c of all) {
    for (const [k, v] of Object.entries(c.events)) t.events[k] = (t.events[k] ?? 0) + v;
    t.dead_letters += c.dead_letters;
    t.late_events += c.late_events;
    t.unknown_products += c.unknown_products;
    t.revenue = Math.round((t.revenue + c.revenue) * 100) / 100;
    t.refunds = Math.round((t.refunds + c.refunds) * 100) / 100;
    t.max_event_time = Math.max(t.max_event_time, c.max_event_time);
    if (c.active_users !== undefined) t.active_users = (t.active_users ?? 0) + c.active_users;
    if (c.duplicates !== undefined) t.duplicates = (t.duplicates ?? 0) + c.duplicates;
  }
  return t;
}

/** What one processor flush writes, all idempotent upserts by id. */
export interface AnalyticsWrite {
  /** Sampled raw enriched events (optional: absent when sampling is off). */
  events?: EventDoc[];
  trends: TrendBucket[];
  funnels: FunnelBucket[];
  signals: FraudSignal[];
  /** Ids of signals whose rule no longer holds (e.g. a "bot" that went on to buy): deleted. */
  retracted_signals: string[];
  queries: QueryBucket[];
  /** Events per minute (optional: absent from writers that do not count them). */
  rates?: RateBucket[];
}

// ---- query results (the API's response bodies) ----

export const TrendingProduct = z.object({
  product_id: z.string(),
  title: z.string().optional(),
  brand: z.string().optional(),
  category: z.string(),
  views: z.number(),
  carts: z.number(),
  purchases: z.number(),
  score: z.number(),
});
export type TrendingProduct = z.infer<typeof TrendingProduct>;

export const FunnelRow = z.object({
  category: z.string(),
  viewed: z.number(),
  carted: z.number(),
  purchased: z.number(),
  view_to_cart: z.number(), // ratios in [0,1]
  cart_to_purchase: z.number(),
  overall: z.number(),
  drop_off: z.object({ after_view: z.number(), after_cart: z.number() }),
});
export type FunnelRow = z.infer<typeof FunnelRow>;

export const QueryInsight = z.object({
  query: z.string(),
  searches: z.number(),
  zero_results: z.number(),
  converted: z.number(),
});
export type QueryInsight = z.infer<typeof QueryInsight>;

/** Funnel ratios from step counts; shared by both stores so they answer alike. */
export function funnelRow(category: string, viewed: number, carted: number, purchased: number): FunnelRow {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 10000) / 10000);
  return {
    category,
    viewed,
    carted,
    purchased,
    view_to_cart: ratio(carted, viewed),
    cart_to_purchase: ratio(purchased, carted),
    overall: ratio(purchased, viewed),
    drop_off: { after_view: viewed - carted, after_cart: carted - purchased },
  };
}

// ---- history and drill-downs (the API's response bodies) ----

/** One product's activity in one event-time minute, summed over partitions. */
export const ActivityPoint = z.object({
  minute,
  views: z.number(),
  carts: z.number(),
  purchases: z.number(),
  score: z.number(),
});
export type ActivityPoint = z.infer<typeof ActivityPoint>;

/** A trending product with its per-minute points (only minutes with data, oldest first). */
export const TrendingHistoryItem = z.object({
  product_id: z.string(),
  title: z.string().optional(),
  brand: z.string().optional(),
  category: z.string(),
  points: z.array(ActivityPoint),
});
export type TrendingHistoryItem = z.infer<typeof TrendingHistoryItem>;

/** Events of one event-time minute, summed over partitions. */
export const RatePoint = z.object({
  minute,
  events: z.number().int().nonnegative(),
  /** `events / 60`: the minute's average rate. */
  per_second: z.number().nonnegative(),
  by_type: z.record(z.string(), z.number().int().nonnegative()),
});
export type RatePoint = z.infer<typeof RatePoint>;

/** Rate buckets of several partitions summed per minute, oldest first. */
export function ratePoints(buckets: Iterable<Pick<RateBucket, "minute" | "total" | "by_type">>): RatePoint[] {
  const sums = new Map<number, { events: number; by_type: Record<string, number> }>();
  for (const b of buckets) {
    const at = Date.parse(b.minute);
    const s = sums.get(at) ?? { events: 0, by_type: {} };
    s.events += b.total;
    for (const [type, n] of Object.entries(b.by_type)) s.by_type[type] = (s.by_type[type] ?? 0) + n;
    sums.set(at, s);
  }
  return [...sums].sort(([a], [b]) => a - b).map(([at, s]) => ({
    minute: new Date(at).toISOString(),
    events: s.events,
    per_second: Math.round((s.events / 60) * 1000) / 1000,
    by_type: s.by_type,
  }));
}

/** One item of a purchase, as shown on a user's timeline. */
export const UserEventItem = z.object({
  product_id: z.string(),
  title: z.string().optional(),
  category: z.string().optional(),
  price: z.number().optional(),
  quantity: z.number().int().optional(),
});

/** A raw event on a user's timeline, flattened and with catalog titles. */
export const UserEvent = z.object({
  event_id: z.string(),
  ts: z.string(),
  type: z.string(),
  topic: z.string(),
  session_id: z.string().optional(),
  product_id: z.string().optional(),
  title: z.string().optional(),
  category: z.string().optional(),
  price: z.number().optional(),
  query: z.string().optional(),
  results_count: z.number().int().optional(),
  order_id: z.string().optional(),
  amount: z.number().optional(),
  reason: z.string().optional(),
  items: z.array(UserEventItem).optional(),
});
export type UserEvent = z.infer<typeof UserEvent>;

/**
 * A stored raw event as a timeline entry: the known fields of each event type, product
 * titles from the enrichment. Both stores answer with it, so they answer alike.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { userEvent } from "./analytics.ts";
 *
 * const entry = userEvent({
 *   id: "e1",
 *   topic: "product-events",
 *   event: { event_id: "e1", ts: "2026-03-01T10:00:00.000Z", type: "view", product_id: "p-000001" },
 *   products: { "p-000001": { title: "Headphones", brand: "Acme", category: "electronics.audio" } },
 * });
 * assert.equal(entry.type, "view");
 * assert.equal(entry.title, "Headphones"); // from the enrichment
 * assert.equal(entry.category, "electronics.audio");
 * ```
 */
export function userEvent(doc: Pick<EventDoc, "id" | "topic" | "event" | "products">): UserEvent {
  const e = doc.event;
  const str = (k: string) => (typeof e[k] === "string" ? e[k] as string : undefined);
  const num = (k: string) => (typeof e[k] === "number" ? e[k] as number : undefined);
  const productId = str("product_id");
  const info = productId ? doc.products?.[productId] : undefined;
  const items = Array.isArray(e.items)
    ? (e.items as Record<string, unknown>[]).map((i) => {
      const id = String(i.product_id ?? "");
      return dropUndefined({
        product_id: id,
        title: doc.products?.[id]?.title,
        category: typeof i.category === "string" ? i.category : doc.products?.[id]?.category,
        price: typeof i.price === "number" ? i.price : undefined,
        quantity: typeof i.quantity === "number" ? i.quantity : undefined,
      });
    })
    : undefined;
  return dropUndefined({
    event_id: str("event_id") ?? doc.id,
    ts: str("ts") ?? "",
    type: str("type") ?? "unknown",
    topic: doc.topic,
    session_id: str("session_id"),
    product_id: productId,
    title: info?.title,
    category: str("category") ?? info?.category,
    price: num("price"),
    query: str("query"),
    results_count: num("results_count"),
    order_id: str("order_id"),
    amount: num("amount"),
    reason: str("reason"),
    items,
  });
}

function dropUndefined<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

/**
 * Whether every event of `userId` is kept in the `events` index at sampling `rate`
 * (order events are always kept; the others for a hash-sampled share of users).
 *
 * @example
 * ```ts
 * sampledUser("u-42", 1); // true
 * sampledUser("u-42", 0); // false
 * ```
 */
export function sampledUser(userId: string, rate: number): boolean {
  if (rate <= 0) return false;
  if (rate >= 1) return true;
  return unitInterval(userId) < rate;
}
