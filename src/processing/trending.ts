/**
 * Trending products: per product, per 1-minute event-time bucket, counts of views,
 * carts and purchased units, and a weighted score (views + 3·carts + 5·purchases).
 * `/trending?minutes=N` sums the last N buckets, so any N ≤ 60 is answered exactly.
 *
 * @module
 */
import type { TrendBucket } from "../domain/analytics.ts";
import type { EnrichedEvent } from "./enriched.ts";
import { iso, MINUTE, minuteOf } from "../domain/time.ts";

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
}

export interface TrendingState {
  buckets: Record<string, Bucket>;
}

export function createTrending(): TrendingState {
  return { buckets: {} };
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
) {
  const minute = minuteOf(ts);
  const key = `${productId}|${minute}`;
  const info = e.products[productId];
  const b = s.buckets[key] ??= {
    product_id: productId,
    minute,
    views: 0,
    carts: 0,
    purchases: 0,
    category: info?.category ?? category,
  };
  if (info && b.title === undefined) {
    b.title = info.title;
    b.brand = info.brand;
  }
  b[field] += n;
  dirty.add(key);
}

/** Applies one on-time event. */
export function applyTrending(s: TrendingState, dirty: Set<string>, e: EnrichedEvent, ts: number): void {
  switch (e.type) {
    case "view":
      return bump(s, dirty, e.product_id, ts, "views", 1, e.category, e);
    case "add_to_cart":
      return bump(s, dirty, e.product_id, ts, "carts", 1, e.category, e);
    case "purchase":
      for (const item of e.items) {
        bump(s, dirty, item.product_id, ts, "purchases", item.quantity, item.category, e);
      }
  }
}

export function trendDocs(s: TrendingState, dirty: Set<string>, partition: number): TrendBucket[] {
  const out: TrendBucket[] = [];
  for (const key of [...dirty].sort()) {
    const b = s.buckets[key];
    if (!b) continue;
    const minute = iso(b.minute);
    out.push({
      id: `${partition}:${b.product_id}:${minute}`,
      partition,
      product_id: b.product_id,
      minute,
      views: b.views,
      carts: b.carts,
      purchases: b.purchases,
      score: b.views * WEIGHTS.view + b.carts * WEIGHTS.cart + b.purchases * WEIGHTS.purchase,
      category: b.category,
      ...(b.title !== undefined ? { title: b.title, brand: b.brand } : {}),
    });
  }
  return out;
}

/** Drops buckets older than `horizon` (they were written already and can no longer change). */
export function evictTrending(s: TrendingState, horizon: number): number {
  let n = 0;
  for (const [key, b] of Object.entries(s.buckets)) {
    if (b.minute + MINUTE < horizon) {
      delete s.buckets[key];
      n++;
    }
  }
  return n;
}
