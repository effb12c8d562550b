/**
 * Trending products: per product, per 1-minute event-time bucket, counts of views,
 * carts and purchased units, and a weighted score (views + 3·carts + 5·purchases).
 * `/trending?minutes=N` sums the last N buckets, so any N ≤ 60 is answered exactly.
 *
 * Each bucket exists twice: what people did, and what users currently flagged as bots
 * did (`bot: true`). When a user is flagged (or cleared) later, their views move from
 * one to the other (`moveViews`), so excluding bots never depends on when they were
 * caught.
 *
 * @module
 */
import type { TrendBucket } from "../domain/analytics.ts";
import type { EnrichedEvent } from "./enriched.ts";
import { iso, MINUTE, minuteOf } from "../domain/time.ts";
import type { Removed } from "./state_changes.ts";

export const WEIGHTS = { view: 1, cart: 3, purchase: 5 } as const;

interface Bucket {
  product_id: string;
  minute: number;
  views: number;
  carts: number;
  purchases: number;
  category: string;
  title?: string;
  brand?: string;
  bot?: boolean;
}

export interface TrendingState {
  buckets: Record<string, Bucket>;
}

export function createTrending(): TrendingState {
  return { buckets: {} };
}

function bucketOf(
  s: TrendingState,
  productId: string,
  minute: number,
  bot: boolean,
  category: string,
): { key: string; b: Bucket } {
  const key = `${productId}|${minute}${bot ? "|bot" : ""}`;
  const b = s.buckets[key] ??= {
    product_id: productId,
    minute,
    views: 0,
    carts: 0,
    purchases: 0,
    category,
    ...(bot ? { bot: true } : {}),
  };
  return { key, b };
}

function bump(
  s: TrendingState,
  dirty: Set<string>,
  productId: string,
  ts: number,
  field: "views" | "carts" | "purchases",
  n: number,
  category: string,
  e: EnrichedEvent,
  bot: boolean,
) {
  const info = e.products[productId];
  const { key, b } = bucketOf(s, productId, minuteOf(ts), bot, info?.category ?? category);
  if (info && b.title === undefined) {
    b.title = info.title;
    b.brand = info.brand;
  }
  b[field] += n;
  dirty.add(key);
}

/** Applies one on-time event, counted for people or (`bot`) for a flagged bot. */
export function applyTrending(
  s: TrendingState,
  dirty: Set<string>,
  e: EnrichedEvent,
  ts: number,
  bot = false,
): void {
  switch (e.type) {
    case "view":
      return bump(s, dirty, e.product_id, ts, "views", 1, e.category, e, bot);
    case "add_to_cart":
      return bump(s, dirty, e.product_id, ts, "carts", 1, e.category, e, bot);
    case "purchase":
      for (const item of e.items) {
        bump(s, dirty, item.product_id, ts, "purchases", item.quantity, item.category, e, bot);
      }
  }
}

/**
 * Moves a user's views (`"product|minute"` → count) between the people and bot buckets.
 * Buckets already evicted (written for good) are left as they are.
 */
export function moveViews(
  s: TrendingState,
  dirty: Set<string>,
  views: Iterable<[string, number]>,
  toBot: boolean,
): void {
  for (const [pm, n] of views) {
    const fromKey = toBot ? pm : `${pm}|bot`;
    const from = s.buckets[fromKey];
    if (!from) continue;
    from.views -= n;
    dirty.add(fromKey);
    const { key, b } = bucketOf(s, from.product_id, from.minute, toBot, from.category);
    if (b.title === undefined && from.title !== undefined) {
      b.title = from.title;
      b.brand = from.brand;
    }
    b.views += n;
    dirty.add(key);
  }
}

export function trendDocs(s: TrendingState, dirty: Set<string>, partition: number): TrendBucket[] {
  const out: TrendBucket[] = [];
  for (const key of [...dirty].sort()) {
    const b = s.buckets[key];
    if (!b) continue;
    const minute = iso(b.minute);
    out.push({
      id: `${partition}:${b.product_id}:${minute}${b.bot ? ":bot" : ""}`,
      partition,
      product_id: b.product_id,
      minute,
      views: b.views,
      carts: b.carts,
      purchases: b.purchases,
      score: b.views * WEIGHTS.view + b.carts * WEIGHTS.cart + b.purchases * WEIGHTS.purchase,
      category: b.category,
      ...(b.title !== undefined ? { title: b.title, brand: b.brand } : {}),
      bot: b.bot === true,
    });
  }
  return out;
}

/** Drops buckets older than `horizon` (they were written already and can no longer change). */
export function evictTrending(s: TrendingState, horizon: number, removed?: Removed): number {
  let n = 0;
  for (const [key, b] of Object.entries(s.buckets)) {
    if (b.minute + MINUTE < horizon) {
      delete s.buckets[key];
      removed?.("trending.buckets", key);
      n++;
    }
  }
  return n;
}
