/**
 * How synthetic shoppers, bots and fraudsters behave: each session is a small state
 * machine (a JS generator) that yields its next event and the think time before it.
 * Pure: all randomness comes from the session's own seeded `Random`.
 *
 * - normal: search → views → sometimes cart → sometimes purchase (a few % of sessions),
 *   sometimes a second order; a few % of orders are returned 10–60 min later (now and
 *   then both orders of a session). Rates are the named constants below, each with the
 *   kind of public benchmark it comes from; departments scale them (`DEPARTMENTS`).
 * - bot: bursts of 20–200 searches/views 50–500 ms apart; never carts or buys.
 *   Their searches are catalog terms or one-off junk, so no junk string piles up.
 * - fraud: returnless-refund abuse: purchase → refund loops on one cheap product,
 *   refunds 2–50 s after buying, the first loop within about a minute of arriving,
 *   human-paced browsing between loops.
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

// Default rates. Public e-commerce benchmarks vary by shop and year; these sit inside
// their usual ranges, and the measured figures are in `behaviour_test.ts`.

/**
 * Sessions with a product view that add something to the cart: analytics benchmarks put
 * the add-to-cart rate at ~5–10 % of sessions. Counted per session, as the funnels are.
 */
export const VIEW_TO_CART = 0.08;
/**
 * Carting sessions that check out: cart-abandonment studies average ~70 % abandonment
 * (Baymard's meta-study), platform benchmarks show 30–50 % of carts completing.
 */
export const CART_TO_PURCHASE = 0.45;
/**
 * Orders returned by ordinary shoppers. Retail surveys put online returns at ~15–18 % of
 * sales (apparel 20–30 %, groceries ~0); we use about a fifth of that, so that with the
 * default 2 % fraudsters refunds stay a single-digit share of revenue and honest returns
 * are still a steady part of every refund stream.
 */
export const RETURN_RATE = 0.035;
/** A shopper who returns one order of a session returns the other one too this often. */
export const RETURN_BOTH = 0.5;
/**
 * Minutes from purchase to an honest return: real returns take days; a live demo needs
 * them within the hour, and always far slower than a fraudster's seconds.
 */
export const RETURN_DELAY_MINUTES = { min: 10, mean: 18, max: 60 } as const;
/** Buying sessions that go on to place a second order (add-on purchases). */
export const SECOND_ORDER = 0.1;
/**
 * Product views per shopper session, uniform. With the search, carts and purchases a
 * session has ~5 events, in line with the 4–6 pages per session of e-commerce analytics
 * benchmarks; think times are compressed (median 8 s, not ~30 s) so a demo moves.
 */
export const VIEWS_PER_SESSION = { min: 1, max: 6 } as const;
/**
 * Shopper searches that find nothing: site-search studies report ~5–15 % zero-result
 * searches; half of those shoppers try once more, the rest leave.
 */
export const ZERO_RESULT_SEARCHES = 0.05;
/** Returnless-refund ceiling: shops refund cheap items without asking for them back. */
export const RETURNLESS_REFUND_CAP = 30;

/** Per-department factors on the rates above; a department not listed gets 1 for each. */
export interface DepartmentRates {
  /** × `VIEW_TO_CART`. */
  cart: number;
  /** × `CART_TO_PURCHASE`. */
  buy: number;
  /** × `RETURN_RATE`. */
  returns: number;
}

/**
 * Departments convert and return differently (groceries and pet food are bought
 * routinely and rarely returned; apparel is returned most; garden and furniture are
 * browsed a lot), so funnels and refunds differ by category.
 */
export const DEPARTMENTS: Record<string, DepartmentRates> = {
  electronics: { cart: 0.8, buy: 0.9, returns: 1.4 },
  computers: { cart: 0.7, buy: 1, returns: 1.4 },
  home: { cart: 0.55, buy: 0.75, returns: 1.2 },
  kitchen: { cart: 0.95, buy: 1.1, returns: 1 },
  fashion: { cart: 1.2, buy: 0.65, returns: 2.4 },
  beauty: { cart: 1.3, buy: 1.25, returns: 0.6 },
  sports: { cart: 0.7, buy: 0.9, returns: 1.2 },
  toys: { cart: 1.05, buy: 1.1, returns: 1 },
  books: { cart: 1.45, buy: 1.35, returns: 0.4 },
  garden: { cart: 0.45, buy: 0.75, returns: 1 },
  automotive: { cart: 0.6, buy: 1, returns: 0.8 },
  grocery: { cart: 2, buy: 1.5, returns: 0.2 },
  pets: { cart: 1.6, buy: 1.5, returns: 0.4 },
  office: { cart: 1.05, buy: 1.25, returns: 0.6 },
  health: { cart: 1.2, buy: 1.25, returns: 0.4 },
  baby: { cart: 1.3, buy: 1.2, returns: 0.7 },
  music: { cart: 0.6, buy: 0.9, returns: 1.3 },
  tools: { cart: 0.9, buy: 1.1, returns: 0.9 },
};
const SAME: DepartmentRates = { cart: 1, buy: 1, returns: 1 };

/** The rates that hold for a product's department (unknown departments: the defaults). */
export function ratesFor(category: string): { toCart: number; toBuy: number; returns: number } {
  const d = DEPARTMENTS[topCategory(category)] ?? SAME;
  return {
    toCart: Math.min(0.9, VIEW_TO_CART * d.cart),
    toBuy: Math.min(0.9, CART_TO_PURCHASE * d.buy),
    returns: Math.min(0.9, RETURN_RATE * d.returns),
  };
}

const MEAN_VIEWS = (VIEWS_PER_SESSION.min + VIEWS_PER_SESSION.max) / 2;
/** The per-view chance that gives a session-level add-to-cart rate over `MEAN_VIEWS` views. */
const perView = (sessionRate: number) => 1 - Math.pow(1 - sessionRate, 1 / MEAN_VIEWS);

const REASONS = ["damaged", "not_as_described", "changed_mind", "late_delivery", "other"] as const;
/** Things shoppers look for that the shop does not sell (a long tail, none dominant). */
const NOT_CARRIED = [
  "gift card",
  "ps5 pro",
  "iphone 17",
  "nintendo switch 2",
  "airpods max",
  "dyson airwrap",
  "stanley quencher",
  "kindle scribe",
  "lego titanic",
  "taylor swift vinyl",
  "pokemon cards",
  "rolex",
  "e-bike",
  "sofa bed",
  "piano",
  "mattress topper king",
  "tesla floor mats",
  "concert tickets",
  "car seat isofix",
  "breast pump",
  "hearing aid",
  "pool table",
  "hot tub",
  "sewing machine",
  "espresso beans 1kg",
  "wedding dress",
  "drone with camera",
  "vr headset",
  "3d printer",
  "golf clubs set",
];

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

/** One-off junk such as a fuzzer or a broken crawler sends: never the same twice. */
export function junkQuery(r: Random): string {
  const word = () =>
    Array.from({ length: r.int(3, 8) }, () => String.fromCharCode(97 + r.int(0, 25))).join("");
  return r.chance(0.3) ? `${word()} ${word()}` : word();
}

/** The query a shopper looking for this product would type. */
export function queryFor(p: Product, r: Random): { query: string; zero: boolean } {
  if (r.chance(ZERO_RESULT_SEARCHES)) {
    // Zipf-like: a few missing products are asked for often, most rarely.
    const i = Math.floor(NOT_CARRIED.length * Math.pow(r.next(), 1.5));
    return { query: NOT_CARRIED[i], zero: true };
  }
  const noun = p.tags[0] ?? p.title.toLowerCase();
  const x = r.next();
  if (x < 0.5) return { query: noun, zero: false };
  if (x < 0.75) return { query: `${p.brand.toLowerCase()} ${noun}`, zero: false };
  if (x < 0.88) return { query: typo(noun, r), zero: false };
  return { query: `${(p.tags[1] ?? "").toLowerCase()} ${noun}`.trim(), zero: false };
}

interface Order {
  order_id: string;
  items: { product_id: string; category: string; price: number; quantity: number }[];
  amount: number;
  /** Session time of the purchase (ms after the session's first event). */
  at: number;
}

function orderOf(carted: Product[], r: Random, orderSeq: () => string, at: number): Order {
  const items = carted.map((p) => ({
    product_id: p.id,
    category: p.category,
    price: p.price,
    quantity: r.chance(0.85) ? 1 : 2,
  }));
  return {
    order_id: orderSeq(),
    items,
    amount: money(items.reduce((a, i) => a + i.price * i.quantity, 0)),
    at,
  };
}

/** Minutes from purchase to an honest return (shifted exponential, capped). */
function returnDelay(r: Random): number {
  const { min, mean, max } = RETURN_DELAY_MINUTES;
  const minutes = Math.min(max, min - (mean - min) * Math.log(Math.max(1e-12, 1 - r.next())));
  return minutes * 60_000;
}

export function* normalSession(
  c: Catalog,
  r: Random,
  start: number,
  orderSeq: () => string,
): Generator<Step> {
  let now = 0; // ms since the session's first event
  const step = (after: number, body: Body): Step => {
    now += after;
    return { after, body };
  };
  const target = c.popular(r.next(), start);
  const p0 = c.products[target];
  const q = queryFor(p0, r);
  yield step(0, { type: "search", query: q.query, results_count: q.zero ? 0 : c.leafSize(target) });
  if (q.zero) {
    if (!r.chance(0.5)) return;
    const again = queryFor(p0, r);
    yield step(think(r), {
      type: "search",
      query: again.query,
      results_count: again.zero ? 0 : c.leafSize(target),
    });
    if (again.zero) return;
  }
  const { toCart, toBuy } = ratesFor(p0.category);
  const cartPerView = perView(toCart);
  const leaf = c.sameLeaf(target);
  const carted: Product[] = [];
  const views = r.int(VIEWS_PER_SESSION.min, VIEWS_PER_SESSION.max);
  for (let i = 0; i < views; i++) {
    const p = i === 0 && r.chance(0.6) ? p0 : c.products[r.pick(leaf)];
    yield step(think(r), viewOf(p, "view"));
    if (r.chance(cartPerView) && !carted.includes(p)) {
      carted.push(p);
      yield step(think(r), viewOf(p, "add_to_cart"));
    }
  }
  if (carted.length === 0 || !r.chance(toBuy)) return;
  const orders: Order[] = [];
  const first = orderOf(carted, r, orderSeq, now + think(r));
  yield step(first.at - now, { type: "purchase", ...withoutAt(first) });
  orders.push(first);
  if (r.chance(SECOND_ORDER)) {
    // An add-on: something else that caught the eye, bought straight away.
    const extra = c.products[c.popular(r.next(), start + now)];
    yield step(think(r), viewOf(extra, "view"));
    yield step(think(r), viewOf(extra, "add_to_cart"));
    const second = orderOf([extra], r, orderSeq, now + think(r));
    yield step(second.at - now, { type: "purchase", ...withoutAt(second) });
    orders.push(second);
  }
  // Returns: each order at its department's rate; a shopper who returns one order of the
  // session often returns the other as well.
  const returned: { order: Order; at: number }[] = [];
  for (const order of orders) {
    const p = returned.length > 0 ? RETURN_BOTH : ratesFor(order.items[0].category).returns;
    if (r.chance(p)) returned.push({ order, at: order.at + returnDelay(r) });
  }
  returned.sort((a, b) => a.at - b.at);
  for (const { order, at } of returned) {
    // Orders of several items are sometimes returned in part.
    const part = order.items.length > 1 && r.chance(0.5) ? r.pick(order.items) : undefined;
    const amount = part ? money(part.price * part.quantity) : order.amount;
    yield step(Math.max(0, at - now), {
      type: "refund",
      order_id: order.order_id,
      amount,
      reason: r.pick(REASONS),
    });
  }
}

function withoutAt({ order_id, items, amount }: Order) {
  return { order_id, items, amount };
}

export function* botSession(c: Catalog, r: Random): Generator<Step> {
  const n = r.int(20, 200);
  for (let i = 0; i < n; i++) {
    const idx = Math.floor(r.next() * c.products.length); // crawlers sweep, not by popularity
    const p = c.products[idx];
    const after = i === 0 ? 0 : r.uniform(50, 500);
    if (r.chance(0.3)) {
      if (r.chance(0.4)) yield { after, body: { type: "search", query: junkQuery(r), results_count: 0 } };
      else {
        const query = p.tags[0] ?? p.title.toLowerCase();
        yield { after, body: { type: "search", query, results_count: c.leafSize(idx) } };
      }
    } else {
      yield { after, body: viewOf(p, "view") };
    }
  }
}

/**
 * A popular product cheap enough for a returnless refund. Surges can make every hit
 * expensive for a while; then any cheap product will do (a scan from a random point).
 */
function cheapPopular(c: Catalog, r: Random, t: number): number {
  const cheap = (i: number) => c.products[i].price <= RETURNLESS_REFUND_CAP;
  for (let tries = 0; tries < 20; tries++) {
    const idx = c.popular(r.next(), t);
    if (cheap(idx)) return idx;
  }
  const n = c.products.length;
  const from = Math.floor(r.next() * n);
  for (let k = 0; k < n; k++) if (cheap((from + k) % n)) return (from + k) % n;
  return from; // a catalog with nothing cheap: fraudsters take what there is
}

export function* fraudSession(c: Catalog, r: Random, start: number, orderSeq: () => string): Generator<Step> {
  const first = cheapPopular(c, r, start);
  const second = c.sameLeaf(first).find((i) => i !== first && c.products[i].price <= RETURNLESS_REFUND_CAP);
  const products = second !== undefined && r.chance(0.3)
    ? [c.products[first], c.products[second]]
    : [c.products[first]];
  const q = queryFor(products[0], r);
  yield { after: 0, body: { type: "search", query: q.query, results_count: Math.max(1, c.leafSize(first)) } };
  const cycles = r.int(3, 5);
  for (let i = 0; i < cycles; i++) {
    const p = products[i % products.length];
    if (i > 0) {
      // Between loops: browsing at a human pace while the refund clears.
      const browse = r.int(4, 12);
      for (let k = 0; k < browse; k++) {
        yield { after: think(r), body: viewOf(c.products[c.popular(r.next(), start)], "view") };
      }
    }
    yield { after: r.uniform(2_000, 6_000), body: viewOf(p, "view") };
    yield { after: r.uniform(2_000, 6_000), body: viewOf(p, "add_to_cart") };
    const amount = money(p.price);
    const order_id = orderSeq();
    yield {
      after: r.uniform(2_000, 8_000),
      body: {
        type: "purchase",
        order_id,
        items: [{ product_id: p.id, category: p.category, price: p.price, quantity: 1 }],
        amount,
      },
    };
    yield {
      after: r.uniform(2_000, 50_000),
      body: { type: "refund", order_id, amount, reason: r.pick(["damaged", "not_as_described", "other"]) },
    };
  }
}

/**
 * Mean events per session, used to turn event-share ratios into session-start odds
 * (measured over 600k events; `behaviour_test.ts` checks them against the machines).
 */
export const MEAN_EVENTS: Record<Actor, number> = { normal: 4.57, bot: 110, fraud: 42 };
