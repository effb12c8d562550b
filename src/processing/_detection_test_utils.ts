/**
 * Test-only helpers for judging the detectors against the generator's ground truth
 * (`actor`): generate a clickstream, run it through one partition's pure operators the
 * way the processor does, and score the signals that hold at the end.
 *
 * Ground truth: a user is a bot if the generator made it a bot; a user is a fraudster to
 * be found if the generator made it one **and** it has refunded at least once in the
 * stream (a fraudster who has not refunded yet has done nothing a detector could see).
 *
 * @module
 */
import type { Product } from "../domain/product.ts";
import type { FraudSignal, SignalType } from "../domain/analytics.ts";
import { eventTime, type ShopEvent, topicFor } from "../domain/event.ts";
import { createEventStream } from "../clickstream/generator.ts";
import { enrichEvent, type ProductInfo } from "./enriched.ts";
import { OperatorOptions, PartitionOperators } from "./partition_operators.ts";

/** Precision and recall of one detector, with the counts behind them. */
export interface DetectionScore {
  precision: number;
  recall: number;
  flagged: number;
  actual: number;
  hits: number;
}

const FRAUD_TYPES: readonly SignalType[] = ["fast_refund", "refund_loop", "refund_rate"];

/** `count` events of a seeded stream, or those before `untilMs` of event time. */
export function generate(o: {
  products: readonly Product[];
  seed: number;
  botRatio: number;
  fraudRatio: number;
  startTime: number;
  rate: number;
  count?: number;
  untilMs?: number;
}): ShopEvent[] {
  const out: ShopEvent[] = [];
  const end = o.untilMs === undefined ? Infinity : o.startTime + o.untilMs;
  for (
    const e of createEventStream({
      products: o.products,
      seed: o.seed,
      botRatio: o.botRatio,
      fraudRatio: o.fraudRatio,
      startTime: o.startTime,
      nominalRate: o.rate,
    })
  ) {
    if (eventTime(e) >= end) break;
    out.push(e);
    if (out.length >= (o.count ?? Infinity)) break;
  }
  return out;
}

/**
 * Runs events in order through one partition's operators, flushing every `flushEvery`
 * events, and returns the signals that hold at the end (retracted ones removed).
 */
export function holdingSignals(
  events: readonly ShopEvent[],
  products: readonly Product[],
  flushEvery = 1_000,
): FraudSignal[] {
  const lookup = new Map<string, ProductInfo>(products.map((p) => [p.id, p]));
  const ops = new PartitionOperators(0, OperatorOptions.parse({}));
  const holding = new Map<string, FraudSignal>();
  const flush = () => {
    const w = ops.output();
    for (const s of w.signals) holding.set(s.id, s);
    for (const id of w.retracted_signals) holding.delete(id);
  };
  events.forEach((e, i) => {
    ops.apply(enrichEvent(e, lookup), { topic: topicFor(e.type) });
    if ((i + 1) % flushEvery === 0) flush();
  });
  flush();
  return [...holding.values()];
}

function score(flagged: ReadonlySet<string>, actual: ReadonlySet<string>): DetectionScore {
  const hits = [...flagged].filter((u) => actual.has(u)).length;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    precision: r(flagged.size === 0 ? 1 : hits / flagged.size),
    recall: r(actual.size === 0 ? 1 : hits / actual.size),
    flagged: flagged.size,
    actual: actual.size,
    hits,
  };
}

/**
 * Scores bot signals against bot users, fraud signals (all of them, and each type alone
 * for its precision) against fraudsters who refunded.
 */
export function scoreDetection(
  signals: readonly Pick<FraudSignal, "type" | "user_id">[],
  events: readonly ShopEvent[],
): { bot: DetectionScore; fraud: DetectionScore; byType: Record<string, DetectionScore> } {
  const actor = new Map(events.map((e) => [e.user_id, e.actor]));
  const bots = new Set([...actor].filter(([, a]) => a === "bot").map(([u]) => u));
  const fraudsters = new Set(
    events.filter((e) => e.actor === "fraud" && e.type === "refund").map((e) => e.user_id),
  );
  const flagged = (types: readonly string[]) =>
    new Set(signals.filter((s) => types.includes(s.type)).map((s) => s.user_id));
  return {
    bot: score(flagged(["bot"]), bots),
    fraud: score(flagged(FRAUD_TYPES), fraudsters),
    byType: Object.fromEntries(FRAUD_TYPES.map((t) => [t, score(flagged([t]), fraudsters)])),
  };
}

/** Money and counts of purchases and refunds, split by actor. */
export function refundStats(events: readonly ShopEvent[]): {
  revenue: number;
  refunds: number;
  refundShare: number;
  normalRefunds: number;
  /** What ordinary shoppers' refunds returned, in money. */
  normalRefundMoney: number;
  normalRefundUsers: number;
  normalOrders: number;
} {
  let revenue = 0;
  let refunds = 0;
  let normalRefunds = 0;
  let normalRefundMoney = 0;
  let normalOrders = 0;
  const users = new Set<string>();
  for (const e of events) {
    if (e.type === "purchase") {
      revenue += e.amount;
      if (e.actor === "normal") normalOrders++;
    } else if (e.type === "refund") {
      refunds += e.amount;
      if (e.actor === "normal") {
        normalRefunds++;
        normalRefundMoney += e.amount;
        users.add(e.user_id);
      }
    }
  }
  return {
    revenue,
    refunds,
    refundShare: revenue > 0 ? refunds / revenue : 0,
    normalRefunds,
    normalRefundMoney,
    normalRefundUsers: users.size,
    normalOrders,
  };
}
