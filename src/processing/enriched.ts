/**
 * Events joined with the catalog. Unknown products are marked, not dropped.
 *
 * @module
 */
import type { ShopEvent } from "../domain/event.ts";

export interface ProductInfo {
  title: string;
  brand: string;
  category: string;
}

export type EnrichedEvent = ShopEvent & {
  /** Catalog data per product id the event mentions (view/cart: one; purchase: per item). */
  products: Record<string, ProductInfo>;
  /** Product ids the catalog does not know. */
  unknown_products: string[];
};

/** Product ids an event refers to. */
export function productIds(event: ShopEvent): string[] {
  switch (event.type) {
    case "view":
    case "add_to_cart":
      return [event.product_id];
    case "purchase":
      return event.items.map((i) => i.product_id);
    default:
      return [];
  }
}

/** A copy of `event` with the catalog data of its products. */
export function enrichEvent(event: ShopEvent, lookup: ReadonlyMap<string, ProductInfo>): EnrichedEvent {
  return attachProducts({ ...event }, lookup);
}

/**
 * Adds the catalog data to `event` itself, for a caller that owns it (the processor's
 * events, fresh from parsing): no copy of every field per event.
 */
export function attachProducts(event: ShopEvent, lookup: ReadonlyMap<string, ProductInfo>): EnrichedEvent {
  const products: Record<string, ProductInfo> = {};
  const unknown: string[] = [];
  for (const id of productIds(event)) {
    const info = lookup.get(id);
    if (info) products[id] = info;
    else unknown.push(id);
  }
  const enriched = event as EnrichedEvent;
  enriched.products = products;
  enriched.unknown_products = unknown;
  return enriched;
}
