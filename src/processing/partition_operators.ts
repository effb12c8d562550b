/**
 * All operators of one partition number, composed: the processor feeds it enriched
 * events and asks it for the documents that changed, the counters and a snapshot.
 *
 * Lateness is judged per topic-partition: an event older than the newest event seen on
 * its own topic-partition minus `allowedLatenessMs` is counted in `late_events` and not
 * merged. State is evicted only below the minimum of the three topics' watermarks minus
 * `retentionMs`, so how the topics interleave never changes a result.
 *
 * @module
 */
import { z } from "zod";
import {
  type AnalyticsWrite,
  emptyCounters,
  type FraudSignal,
  type PartitionCounters,
} from "../domain/analytics.ts";
import { eventTime } from "../domain/event.ts";
import { minuteOf } from "../domain/time.ts";
import type { EnrichedEvent } from "./enriched.ts";
import {
  applyTrending,
  createTrending,
  evictTrending,
  moveViews,
  trendDocs,
  type TrendingState,
} from "./trending.ts";
import {
  applyFunnels,
  createFunnels,
  evictFunnels,
  funnelDocs,
  type FunnelState,
  recountEntries,
} from "./funnels.ts";
import {
  applySearchInsights,
  createSearchInsights,
  evictSearchInsights,
  moveSearches,
  queryDocs,
  type SearchState,
} from "./search_insights.ts";
import { applyFraud, createFraud, fraudSignals, type FraudState, rateCandidates } from "./fraud.ts";
import { applyBots, botSignal, type BotState, createBots, evictBots } from "./bots.ts";
import {
  applyThroughput,
  createThroughput,
  evictThroughput,
  rateDocs,
  type ThroughputState,
} from "./throughput.ts";

export const OperatorOptions = z.object({
  allowedLatenessMs: z.number().int().min(0).default(30_000),
  conversionWindowMs: z.number().int().positive().default(30 * 60_000),
  /** How long idle sessions/users are kept below the watermark before being forgotten. */
  retentionMs: z.number().int().positive().default(2 * 3_600_000),
  fraud: z.object({
    fastRefundSeconds: z.number().positive().default(60),
    loopMinCycles: z.number().int().min(2).default(3),
    loopWindowHours: z.number().positive().default(24),
    rateFloor: z.number().min(0).max(1).default(0.5),
    rateMultiple: z.number().positive().default(3),
    rateMinOrders: z.number().int().positive().default(4),
  }).prefault({}),
  bots: z.object({
    minEvents: z.number().int().positive().default(20),
    maxMedianGapMs: z.number().positive().default(1_500),
  }).prefault({}),
});
export type OperatorOptions = z.infer<typeof OperatorOptions>;

const FRAUD_TYPES = ["fast_refund", "refund_loop", "refund_rate"] as const;

interface Contribution {
  /** `"product|minute"` → views */
  views: Record<string, number>;
  /** funnel entry key → its leaf */
  entries: Record<string, string>;
  /** `"query|minute"` → [searches, zero results] */
  searches: Record<string, [number, number]>;
  /** Newest event time, for eviction. */
  last: number;
}

interface State {
  /** Newest event time per topic (this partition). */
  watermarks: Record<string, number>;
  counters: PartitionCounters;
  trending: TrendingState;
  funnels: FunnelState;
  search: SearchState;
  fraud: FraudState;
  bots: BotState;
  throughput: ThroughputState;
  /**
   * What each user who could still be flagged as a bot (no cart, no purchase) added to
   * trending, funnels and search buckets, so it can move to the bot side when they are
   * flagged (and back when cleared). Dropped once a user carts or buys.
   */
  contributions: Record<string, Contribution>;
  /** Users currently flagged as bots (their new events count on the bot side). */
  flagged: Record<string, true>;
  /** Signal id → the JSON last written, to write only changes and retract what stops holding. */
  signals: Record<string, string>;
}

export class PartitionOperators {
  readonly partition: number;
  readonly #o: OperatorOptions;
  #s: State;
  #trendDirty = new Set<string>();
  #funnelDirty = new Set<string>();
  #queryDirty = new Set<string>();
  #rateDirty = new Set<string>();
  #fraudUsers = new Set<string>();
  #botUsers = new Set<string>();
  /** After a restore every candidate is re-evaluated once (see `restore`). */
  #reviewAll = false;
  #sinceEviction = 0;

  constructor(partition: number, options: OperatorOptions, state?: State) {
    this.partition = partition;
    this.#o = options;
    this.#s = state ?? {
      watermarks: {},
      counters: emptyCounters(),
      trending: createTrending(),
      funnels: createFunnels(),
      search: createSearchInsights(),
      fraud: createFraud(),
      bots: createBots(),
      throughput: createThroughput(),
      contributions: {},
      flagged: {},
      signals: {},
    };
    // Checkpoints from before throughput and bot segments were kept.
    this.#s.throughput ??= createThroughput();
    this.#s.contributions ??= {};
    this.#s.flagged ??= {};
  }

  /**
   * Rebuilds from a snapshot. A processor killed after writing documents but before its
   * checkpoint may have written signals this state does not know about; so the first
   * output after a restore re-evaluates every user who could hold a signal and writes or
   * retracts each, which makes the stored signals converge to this state's.
   */
  static restore(
    partition: number,
    options: OperatorOptions,
    snapshot: unknown,
    bounds: { maxEventTime?: number } = {},
  ): PartitionOperators {
    const ops = new PartitionOperators(partition, options, structuredClone(snapshot) as State);
    ops.#s.signals = {};
    ops.#reviewAll = true;
    // A checkpoint written before event times were bounded may hold a watermark far in
    // the future (one event stamped 2100 held every later event as late): forget it.
    const limit = bounds.maxEventTime;
    if (limit !== undefined) {
      for (const [topic, wm] of Object.entries(ops.#s.watermarks)) {
        if (wm > limit) delete ops.#s.watermarks[topic];
      }
      if (ops.#s.counters.max_event_time > limit) {
        ops.#s.counters.max_event_time = Math.max(0, ...Object.values(ops.#s.watermarks));
      }
    }
    return ops;
  }

  apply(e: EnrichedEvent, source: { topic: string }): void {
    const ts = eventTime(e);
    const c = this.#s.counters;
    const wm = this.#s.watermarks[source.topic];
    if (wm !== undefined && ts < wm - this.#o.allowedLatenessMs) {
      c.late_events++;
      return;
    }
    if (wm === undefined || ts > wm) this.#s.watermarks[source.topic] = ts;
    c.max_event_time = Math.max(c.max_event_time, ts);
    c.events[e.type] = (c.events[e.type] ?? 0) + 1;
    c.unknown_products += e.unknown_products.length;
    if (e.type === "purchase") c.revenue = round2(c.revenue + e.amount);
    if (e.type === "refund") c.refunds = round2(c.refunds + e.amount);

    const w = this.#o.conversionWindowMs;
    // Bots first: whether this user counts as a bot decides which side the event counts on.
    applyBots(this.#s.bots, this.#botUsers, e, ts);
    const bot = this.#classify(e.user_id, ts);
    applyTrending(this.#s.trending, this.#trendDirty, e, ts, bot);
    const entry = applyFunnels(this.#s.funnels, this.#funnelDirty, e, ts, w, bot);
    const search = applySearchInsights(this.#s.search, this.#queryDirty, e, ts, w, bot);
    const mine = this.#s.contributions[e.user_id];
    if (mine) {
      if (e.type === "view") {
        const pm = `${e.product_id}|${minuteOf(ts)}`;
        mine.views[pm] = (mine.views[pm] ?? 0) + 1;
        if (entry) mine.entries[entry] = e.category;
      } else if (e.type === "search" && search) {
        const counts = mine.searches[search] ??= [0, 0];
        counts[0]++;
        if (e.results_count === 0) counts[1]++;
      }
    }
    applyFraud(this.#s.fraud, this.#fraudUsers, e, ts);
    applyThroughput(this.#s.throughput, this.#rateDirty, e, ts);
    if (++this.#sinceEviction >= 5_000) this.#evict();
  }

  /**
   * Whether the user counts as a bot now (after their newest event), moving what they
   * added so far to the other side when that changed. Only users with no cart and no
   * purchase can be bots, so only theirs is tracked.
   */
  #classify(user: string, ts: number): boolean {
    const u = this.#s.bots.users[user];
    const candidate = u !== undefined && u.carts === 0 && u.purchases === 0;
    const bot = candidate && botSignal(this.#s.bots, user, this.#o.bots) !== undefined;
    const was = this.#s.flagged[user] === true;
    const c = this.#s.contributions[user];
    if (bot !== was) {
      if (bot) this.#s.flagged[user] = true;
      else delete this.#s.flagged[user];
      if (c) {
        moveViews(this.#s.trending, this.#trendDirty, c.views, bot);
        recountEntries(this.#s.funnels, this.#funnelDirty, c.entries, this.#o.conversionWindowMs, bot);
        moveSearches(this.#s.search, this.#queryDirty, c.searches, bot);
      }
    }
    if (!candidate) delete this.#s.contributions[user];
    else {(this.#s.contributions[user] ??= { views: {}, entries: {}, searches: {}, last: ts }).last = Math
        .max(
          this.#s.contributions[user]?.last ?? ts,
          ts,
        );}
    return bot;
  }

  countDeadLetter(): void {
    this.#s.counters.dead_letters++;
  }

  counters(): PartitionCounters {
    return structuredClone(this.#s.counters);
  }

  /** Documents changed since the last call (then forgotten as changed). */
  output(): AnalyticsWrite {
    const p = this.partition;
    const out: AnalyticsWrite = {
      trends: trendDocs(this.#s.trending, this.#trendDirty, p),
      funnels: funnelDocs(this.#s.funnels, this.#funnelDirty, p),
      queries: queryDocs(this.#s.search, this.#queryDirty, p),
      rates: rateDocs(this.#s.throughput, this.#rateDirty, p),
      signals: [],
      retracted_signals: [],
    };
    this.#rateDirty.clear();
    this.#trendDirty.clear();
    this.#funnelDirty.clear();
    this.#queryDirty.clear();

    const fraudUsers = new Set([...this.#fraudUsers, ...rateCandidates(this.#s.fraud, this.#o.fraud)]);
    const botUsers = new Set(this.#botUsers);
    if (this.#reviewAll) {
      for (const [id, u] of Object.entries(this.#s.fraud.users)) if (u.refunded > 0) fraudUsers.add(id);
      for (const [id, u] of Object.entries(this.#s.bots.users)) {
        if (u.browse >= this.#o.bots.minEvents) botUsers.add(id);
      }
    }
    const reconcile = (ids: string[], holding: FraudSignal[]) => {
      const byId = new Map(holding.map((s) => [s.id, s]));
      for (const id of ids) {
        const sig = byId.get(id);
        const before = this.#s.signals[id];
        if (sig) {
          const json = JSON.stringify(sig);
          if (json !== before) {
            out.signals.push(sig);
            this.#s.signals[id] = json;
          }
        } else if (before !== undefined || this.#reviewAll) {
          out.retracted_signals.push(id);
          delete this.#s.signals[id];
        }
      }
    };
    for (const user of [...fraudUsers].sort()) {
      reconcile(FRAUD_TYPES.map((t) => `${t}:${user}`), fraudSignals(this.#s.fraud, user, this.#o.fraud));
    }
    for (const user of [...botUsers].sort()) {
      const sig = botSignal(this.#s.bots, user, this.#o.bots);
      reconcile([`bot:${user}`], sig ? [sig] : []);
    }
    this.#fraudUsers.clear();
    this.#botUsers.clear();
    this.#reviewAll = false;
    return out;
  }

  /** Plain JSON; restoring it and applying the rest equals applying everything. */
  snapshot(): unknown {
    return structuredClone(this.#s);
  }

  #evict() {
    this.#sinceEviction = 0;
    const marks = Object.values(this.#s.watermarks);
    if (marks.length < 3) return; // a topic not seen yet could still bring old events
    const horizon = Math.min(...marks) - this.#o.retentionMs;
    const w = this.#o.conversionWindowMs;
    evictTrending(this.#s.trending, horizon);
    evictFunnels(this.#s.funnels, horizon, w);
    evictSearchInsights(this.#s.search, horizon, w);
    evictBots(this.#s.bots, horizon);
    for (const [user, c] of Object.entries(this.#s.contributions)) {
      if (c.last < horizon) delete this.#s.contributions[user];
    }
    for (const user of Object.keys(this.#s.flagged)) {
      if (!this.#s.bots.users[user]) delete this.#s.flagged[user];
    }
    evictThroughput(this.#s.throughput, horizon);
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;
