/**
 * Fraud signals per user, from order-events (purchases and refunds, joined by order id).
 *
 * Rules (thresholds in `FraudOptions`):
 * - **fast_refund**: refunds less than `fastRefundSeconds` (60 s) after their purchase.
 *   1 → low, ≥ 3 → medium, ≥ 5 → high.
 * - **refund_loop**: ≥ `loopMinCycles` (3) purchase→refund cycles on one product within
 *   `loopWindowHours` (24 h). K → medium, ≥ K+2 → high.
 * - **refund_rate**: refunded orders / orders ≥ max(`rateFloor`, min(`RATE_CEILING`,
 *   `rateMultiple` × the partition's population ratio)), with ≥ `rateMinOrders` orders.
 *   ≥ 0.8 → high, else medium.
 *
 * Why these thresholds leave honest returns alone: shoppers return a few per cent of
 * their orders, tens of minutes to days after buying, a different product each time, and
 * rarely more than two orders a day. So one refund inside a minute of the purchase is
 * already unusual (a cancellation is refused once the order ships); a third refund of the
 * same product within a day is a pattern, not bad luck; and a refund ratio needs at least
 * four orders and at least half of them refunded, well above any honest shopper, before
 * it counts. The population term raises that bar when a whole partition returns a lot
 * (a bad batch); the ceiling (`RATE_CEILING`, 0.8) stops a large fraud share from lifting
 * the bar above what only fraudsters reach (at 10 % fraudsters the population ratio is
 * ~0.5, which × 3 would otherwise exceed 1 and silence the rule).
 *
 * Measured against the generator's ground truth with honest returns present, see
 * `detection_quality_test.ts`.
 *
 * Signals carry event times only, and are re-evaluated whenever their inputs change;
 * one that no longer holds is retracted.
 *
 * @module
 */
import type { FraudSignal, Severity, SignalType } from "../domain/analytics.ts";
import type { EnrichedEvent } from "./enriched.ts";
import { iso } from "../domain/time.ts";
import type { Removed } from "./state_changes.ts";

export interface FraudOptions {
  fastRefundSeconds: number;
  loopMinCycles: number;
  loopWindowHours: number;
  rateFloor: number;
  rateMultiple: number;
  rateMinOrders: number;
}

interface Order {
  ts: number;
  products: string[];
  refundedAt?: number;
}

interface UserOrders {
  orders: Record<string, Order>;
  /** Refunds seen before their purchase (robustness; same topic, so rare). */
  early: Record<string, number>;
  count: number;
  refunded: number;
}

export interface FraudState {
  users: Record<string, UserOrders>;
  population: { orders: number; refunded: number };
}

export function createFraud(): FraudState {
  return { users: {}, population: { orders: 0, refunded: 0 } };
}

const MAX_ORDERS = 200;
/** The population-scaled refund-rate bar never rises above this (see the module doc). */
export const RATE_CEILING = 0.8;

export function applyFraud(s: FraudState, dirtyUsers: Set<string>, e: EnrichedEvent, ts: number): void {
  if (e.type !== "purchase" && e.type !== "refund") return;
  const u = s.users[e.user_id] ??= { orders: {}, early: {}, count: 0, refunded: 0 };
  if (e.type === "purchase") {
    if (u.orders[e.order_id]) return; // a duplicate purchase event changes nothing
    const order: Order = { ts, products: [...new Set(e.items.map((i) => i.product_id))] };
    u.orders[e.order_id] = order;
    u.count++;
    s.population.orders++;
    const early = u.early[e.order_id];
    if (early !== undefined) {
      delete u.early[e.order_id];
      refund(s, u, order, early);
    }
    trim(u);
  } else {
    const order = u.orders[e.order_id];
    if (!order) u.early[e.order_id] = ts;
    else if (order.refundedAt === undefined) refund(s, u, order, ts);
  }
  dirtyUsers.add(e.user_id);
}

function refund(s: FraudState, u: UserOrders, order: Order, ts: number) {
  order.refundedAt = ts;
  u.refunded++;
  s.population.refunded++;
}

function trim(u: UserOrders) {
  const ids = Object.keys(u.orders);
  if (ids.length <= MAX_ORDERS) return;
  ids.sort((a, b) => u.orders[a].ts - u.orders[b].ts || a.localeCompare(b));
  for (const id of ids.slice(0, ids.length - MAX_ORDERS)) delete u.orders[id];
}

function signal(
  type: SignalType,
  user: string,
  severity: Severity,
  evidence: Record<string, unknown>,
  first: number,
  last: number,
): FraudSignal {
  return {
    id: `${type}:${user}`,
    type,
    severity,
    user_id: user,
    evidence,
    first_seen: iso(first),
    last_seen: iso(last),
  };
}

/** The fraud signals that hold for one user now. */
export function fraudSignals(s: FraudState, user: string, o: FraudOptions): FraudSignal[] {
  const u = s.users[user];
  if (!u) return [];
  const out: FraudSignal[] = [];
  const entries = Object.entries(u.orders).sort(([a, x], [b, y]) => x.ts - y.ts || a.localeCompare(b));

  const fast = entries.filter(([, x]) =>
    x.refundedAt !== undefined && x.refundedAt - x.ts < o.fastRefundSeconds * 1000
  );
  if (fast.length > 0) {
    const n = fast.length;
    out.push(signal(
      "fast_refund",
      user,
      n >= 5 ? "high" : n >= 3 ? "medium" : "low",
      {
        count: n,
        fastest_seconds: Math.min(...fast.map(([, x]) => (x.refundedAt! - x.ts) / 1000)),
        order_ids: fast.slice(-10).map(([id]) => id),
      },
      Math.min(...fast.map(([, x]) => x.refundedAt!)),
      Math.max(...fast.map(([, x]) => x.refundedAt!)),
    ));
  }

  // Cycles per product within the window ending at the newest refund of that product.
  let best: { product: string; cycles: [string, Order][] } | undefined;
  const byProduct = new Map<string, [string, Order][]>();
  for (const [id, x] of entries) {
    if (x.refundedAt === undefined) continue;
    for (const p of x.products) {
      if (!byProduct.has(p)) byProduct.set(p, []);
      byProduct.get(p)!.push([id, x]);
    }
  }
  for (const [product, cycles] of [...byProduct].sort(([a], [b]) => a.localeCompare(b))) {
    const end = Math.max(...cycles.map(([, x]) => x.refundedAt!));
    const inWindow = cycles.filter(([, x]) => x.ts >= end - o.loopWindowHours * 3_600_000);
    if (inWindow.length >= o.loopMinCycles && (!best || inWindow.length > best.cycles.length)) {
      best = { product, cycles: inWindow };
    }
  }
  if (best) {
    const n = best.cycles.length;
    out.push(signal(
      "refund_loop",
      user,
      n >= o.loopMinCycles + 2 ? "high" : "medium",
      {
        product_id: best.product,
        cycles: n,
        order_ids: best.cycles.slice(-10).map(([id]) => id),
      },
      best.cycles[0][1].ts,
      Math.max(...best.cycles.map(([, x]) => x.refundedAt!)),
    ));
  }

  const population = s.population.orders > 0 ? s.population.refunded / s.population.orders : 0;
  const threshold = Math.max(o.rateFloor, Math.min(RATE_CEILING, o.rateMultiple * population));
  const ratio = u.count > 0 ? u.refunded / u.count : 0;
  if (u.count >= o.rateMinOrders && ratio >= threshold) {
    const refunded = entries.filter(([, x]) => x.refundedAt !== undefined);
    out.push(signal(
      "refund_rate",
      user,
      ratio >= 0.8 ? "high" : "medium",
      {
        orders: u.count,
        refunded: u.refunded,
        ratio: Math.round(ratio * 1000) / 1000,
        population_ratio: Math.round(population * 10000) / 10000,
      },
      entries[0]?.[1].ts ?? 0,
      Math.max(...refunded.map(([, x]) => x.refundedAt!), entries.at(-1)?.[1].ts ?? 0),
    ));
  }
  return out;
}

/** Users whose refund_rate verdict depends on the population ratio (re-checked on every flush). */
export function rateCandidates(s: FraudState, o: FraudOptions): string[] {
  return Object.entries(s.users).filter(([, u]) => u.count >= o.rateMinOrders && u.refunded > 0).map(([id]) =>
    id
  );
}

/**
 * Forgets users with no order or refund since `horizon` minus the loop window: no rule
 * can look that far back, so they can no longer hold a signal that changes. Their share
 * of the population ratio stays counted.
 */
export function evictFraud(s: FraudState, horizon: number, o: FraudOptions, removed?: Removed): number {
  const before = horizon - o.loopWindowHours * 3_600_000;
  let n = 0;
  for (const [id, u] of Object.entries(s.users)) {
    let last = -Infinity;
    for (const x of Object.values(u.orders)) last = Math.max(last, x.refundedAt ?? x.ts, x.ts);
    for (const t of Object.values(u.early)) last = Math.max(last, t);
    if (last < before) {
      delete s.users[id];
      removed?.("fraud.users", id);
      n++;
    }
  }
  return n;
}
