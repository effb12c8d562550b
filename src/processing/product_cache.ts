/**
 * An LRU cache in front of the catalog, so enrichment costs one store lookup per batch
 * for the products not seen recently. Misses are cached too (as unknown) for a minute,
 * so a stream of unknown ids does not hammer the store.
 *
 * @module
 */
import type { ShopEvent } from "../domain/event.ts";
import { attachProducts, type EnrichedEvent, productIds, type ProductInfo } from "./enriched.ts";

export interface ProductCacheOptions {
  fetch: (ids: string[]) => Promise<Map<string, ProductInfo>>;
  max: number;
  missTtlMs?: number;
}

export class ProductCache {
  readonly #o: ProductCacheOptions;
  readonly #hits = new Map<string, ProductInfo>();
  readonly #misses = new Map<string, number>();

  constructor(options: ProductCacheOptions) {
    this.#o = options;
  }

  /** Enriches the events in place (the processor's own, just parsed) and returns them. */
  async enrich(events: ShopEvent[]): Promise<EnrichedEvent[]> {
    const now = Date.now();
    const wanted = new Set<string>();
    for (const e of events) {
      for (const id of productIds(e)) {
        if (this.#hits.has(id)) continue;
        const missAt = this.#misses.get(id);
        if (missAt !== undefined && now - missAt < (this.#o.missTtlMs ?? 60_000)) continue;
        wanted.add(id);
      }
    }
    if (wanted.size > 0) {
      const found = await this.#o.fetch([...wanted]);
      for (const id of wanted) {
        const info = found.get(id);
        if (info) this.#remember(id, info);
        else this.#misses.set(id, now);
      }
    }
    const view = new Map<string, ProductInfo>();
    for (const e of events) {
      for (const id of productIds(e)) {
        if (view.has(id)) continue; // marked recent already in this batch
        const info = this.#hits.get(id);
        if (info) {
          // LRU: re-insert to mark as recent.
          this.#hits.delete(id);
          this.#hits.set(id, info);
          view.set(id, info);
        }
      }
    }
    return events.map((e) => attachProducts(e, view));
  }

  #remember(id: string, info: ProductInfo) {
    this.#hits.set(id, info);
    this.#misses.delete(id);
    while (this.#hits.size > this.#o.max) this.#hits.delete(this.#hits.keys().next().value!);
  }
}
