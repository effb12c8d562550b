/**
 * How synthetic shoppers behave: each session is a small state machine (a JS
 * generator) that yields its next event and the think time before it. Pure: all
 * randomness comes from the session's own seeded `Random`.
 *
 * - normal: search → views → sometimes cart → sometimes purchase (a few % of sessions),
 *   think times of 2–60 s, rare refunds tens of minutes later; conversion differs by
 *   department, so funnels differ by category.
 * - bot: bursts of 20–200 searches/views 50–500 ms apart, no cart, almost never buys.
 * - fraud: purchase → refund loops on the same product, refunds 2–50 s after buying.
 *
 * @module
 */
import type { Actor, ShopEvent } from "../domain/event.ts";
import type { Product } from "../domain/product.ts";
import { topCategory } from "../domain/product.ts";
import type { Random } from "./random.ts";

/** An event without the envelope fields the scheduler adds (ids, ts, actor). */
export type Body =
  | { type: "search"; query: string; results_count: number }
  | { type: "view" | "add_to_cart"; product_id: string; category: string; price: number }
  | {
    type: "purchase";
    order_id: string;
    items: { product_id: string; category: string; price: number; quantity: number }[];
    amount: number;
  }
  | {
    type: "refund";
    order_id: string;
    amount: number;
    reason: Extract<ShopEvent, { type: "refund" }>["reason"];
  };

export interface Step {
  /** Milliseconds after the previous step of this session. */
  after: number;
  body: Body;
}

export interface Catalog {
  products: readonly Product[];
  /** A product index by popularity (surges included) at virtual time t. */
  popular(u: number, t: number): number;
  /** Product indices of the same leaf category. */
  sameLeaf(index: number): readonly number[];
  /** How many products a search for this leaf would plausibly find. */
  leafSize(index: number): number;
}

/** view→cart and cart→purchase probabilities per department. */
export const CONVERSION: Record<string, [number, number]> = {
  electronics: [0.036, 0.35],
  computers: [0.03, 0.4],
  home: [0.024, 0.3],
  kitchen: [0.042, 0.45],
  fashion: [0.054, 0.25],
  beauty: [0.06, 0.5],
  sports: [0.03, 0.35],
  toys: [0.048, 0.45],
  books: [0.066, 0.55],
  garden: [0.021, 0.3],
  automotive: [0.027, 0.4],
  grocery: [0.09, 0.6],
  pets: [0.072, 0.6],
  office: [0.048, 0.5],
  health: [0.054, 0.5],
};

const REASONS = ["damaged", "not_as_described", "changed_mind", "late_delivery", "other"] as const;
const GIBBERISH = ["xqzv blorp", "zzkt", "qwpmf", "frobnicator 9000", "ujjx vlk"];

const think = (r: Random) => Math.min(60_000, Math.max(2_000, r.lognormal(8_000, 0.8)));
const money = (n: number) => Math.round(n * 100) / 100;

function viewOf(p: Product, type: "view" | "add_to_cart"): Body {
  return { type, product_id: p.id, category: p.category, price: p.price };
}

function typo(word: string, r: Random): string {
  if (word.length < 5) return word;
  const i = r.int(1, word.length - 2);
  return r.chance(0.5)
    ? word.slice(0, i) + word.slice(i + 1)
    : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

/** The query a shopper looking for this product would type. */
export function queryFor(p: Product, r: Random): { query: string; zero: boolean } {
  if (r.chance(0.04)) return { query: r.pick(GIBBERISH), zero: true };
  const noun = p.tags[0] ?? p.title.toLowerCase();
  const x = r.next();
  if (x < 0.5) return { query: noun, zero: false };
  if (x < 0.75) return { query: `${p.brand.toLowerCase()} ${noun}`, zero: false };
  if (x < 0.88) return { query: typo(noun, r), zero: false };
  return { query: `${(p.tags[1] ?? "").toLowerCase()} ${noun}`.trim(), zero: false };
}

export function* normalSession(
  c: Catalog,
  r: Random,
  start: number,
  orderSeq: () => string,
): Generator<Step> {
  const target = c.popular(r.next(), start);
  const p0 = c.products[target];
  const q = queryFor(p0, r);
  yield {
    after: 0,
    body: { type: "search", query: q.query, results_count: q.zero ? 0 : c.leafSize(target) },
  };
  if (q.zero) {
    if (!r.chance(0.5)) return;
    const again = queryFor(p0, r);
    yield {
      after: think(r),
      body: { type: "search", query: again.query, results_count: again.zero ? 0 : c.leafSize(target) },
    };
    if (again.zero) return;
  }
  const [toCart, toBuy] = CONVERSION[topCategory(p0.category)] ?? [0.036, 0.4];
  const leaf = c.sameLeaf(target);
  const carted: Product[] = [];
  const views = r.int(1, 5);
  for (let i = 0; i < views; i++) {
    const p = i === 0 && r.chance(0.6) ? p0 : c.products[r.pick(leaf)];
    yield { after: think(r), body: viewOf(p, "view") };
    if (r.chance(toCart) && !carted.includes(p)) {
      carted.push(p);
      yield { after: think(r), body: viewOf(p, "add_to_cart") };
    }
  }
  if (carted.length === 0 || !r.chance(toBuy)) return;
  const items = carted.map((p) => ({
    product_id: p.id,
    category: p.category,
    price: p.price,
    quantity: r.chance(0.85) ? 1 : 2,
  }));
  const amount = money(items.reduce((a, i) => a + i.price * i.quantity, 0));
  const order_id = orderSeq();
  yield { after: think(r), body: { type: "purchase", order_id, items, amount } };
  if (r.chance(0.03)) {
    yield {
      after: r.uniform(10 * 60_000, 60 * 60_000),
      body: { type: "refund", order_id, amount, reason: r.pick(REASONS) },
    };
  }
}

export function* botSession(c: Catalog, r: Random): Generator<Step> {
  const n = r.int(20, 200);
  for (let i = 0; i < n; i++) {
    const idx = Math.floor(r.next() * c.products.length); // crawlers sweep, not by popularity
    const p = c.products[idx];
    const after = i === 0 ? 0 : r.uniform(50, 500);
    if (r.chance(0.3)) {
      const q = queryFor(p, r);
      yield { after, body: { type: "search", query: q.query, results_count: q.zero ? 0 : c.leafSize(idx) } };
    } else {
      yield { after, body: viewOf(p, "view") };
    }
  }
}

export function* fraudSession(c: Catalog, r: Random, start: number, orderSeq: () => string): Generator<Step> {
  const first = c.popular(r.next(), start);
  const products = r.chance(0.7)
    ? [c.products[first]]
    : [c.products[first], c.products[r.pick(c.sameLeaf(first))]];
  const q = queryFor(products[0], r);
  yield { after: 0, body: { type: "search", query: q.query, results_count: Math.max(1, c.leafSize(first)) } };
  const cycles = r.int(3, 6);
  for (let i = 0; i < cycles; i++) {
    const p = products[i % products.length];
    yield { after: r.uniform(5_000, 30_000), body: viewOf(p, "view") };
    yield { after: r.uniform(2_000, 8_000), body: viewOf(p, "add_to_cart") };
    const quantity = r.chance(0.7) ? 1 : 2;
    const amount = money(p.price * quantity);
    const order_id = orderSeq();
    yield {
      after: r.uniform(2_000, 10_000),
      body: {
        type: "purchase",
        order_id,
        items: [{ product_id: p.id, category: p.category, price: p.price, quantity }],
        amount,
      },
    };
    yield {
      after: r.uniform(2_000, 50_000),
      body: { type: "refund", order_id, amount, reason: r.pick(REASONS) },
    };
  }
}

/** Mean events per session, used to turn event-share ratios into session-start odds. */
export const MEAN_EVENTS: Record<Actor, number> = { normal: 4.3, bot: 110, fraud: 19.5 };
