/**
 * All operators of one partition number, composed: the processor feeds it enriched
 * events and asks it for the documents that changed, the counters and a snapshot.
 *
 * Lateness is judged per topic-partition: an event older than the newest event seen on
 * its own topic-partition minus `allowedLatenessMs` is counted in `late_events` and not
 * merged. State is evicted only below the minimum of the three topics' watermarks minus
 * `retentionMs`, so how the topics interleave never changes a result.
 *
 * State is a set of keyed maps plus a few scalars; every entry an event or an eviction
 * changes is remembered, so a checkpoint can carry just those (`checkpointImage`).
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
import { MINUTE, minuteOf } from "../domain/time.ts";
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
  type Entry,
  entryFromJSON,
  type EntryJSON,
  entryJSON,
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
  sessionFromJSON,
  type SessionJSON,
} from "./search_insights.ts";
import {
  applyFraud,
  createFraud,
  evictFraud,
  fraudSignals,
  type FraudState,
  rateCandidates,
} from "./fraud.ts";
import {
  applyBots,
  botSignal,
  type BotState,
  createBots,
  ENTRY_LEAF,
  evictBots,
  isBot,
  ONE_SEARCH,
  ONE_VIEW,
  type UserActivity,
  type UserActivityJSON,
  userFromJSON,
  userJSON,
} from "./bots.ts";
import { ChangeSet, chunkEntries, parseChunks } from "./state_changes.ts";
import { pairEntries, pairGet, pairKeys, pairSet, pairsFromRecord } from "./pairs.ts";
import type { StateImage } from "../store/port.ts";
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

/** What a would-be bot added, as checkpoints before it moved into the user's record held it. */
interface LegacyContribution {
  views?: Record<string, number>;
  entries?: Record<string, string>;
  searches?: Record<string, [number, number]>;
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
  /** Users currently flagged as bots (their new events count on the bot side). */
  flagged: Record<string, true>;
  /**
   * Event ids seen in the last few minutes of each topic's event time, by
   * `${topic}|${5-second slot}`: a producer that resends a batch after a broker failover
   * may have written it twice, and the copy must not count again.
   */
  seen: Record<string, string[]>;
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
  /** State entries changed since the last checkpoint image. */
  #changes = new ChangeSet();
  /** After a restore every candidate is re-evaluated once (see `restore`). */
  #reviewAll = false;
  #sinceEviction = 0;
  #evictedTo = -Infinity;
  /**
   * No entry of the state can be evicted at a horizon at or below this: every entry's
   * time is at least the minute of an event that made it, and an eviction pass leaves
   * only what its horizon could not evict. So a pass runs only once the horizon has
   * passed the oldest data (until the first retention period has gone by, never), and
   * its cost follows what it can remove. Unknown for a restored state.
   */
  #floor: number;
  /** Per topic: the ids seen (for lookups) and the slots holding them, oldest first (for eviction). */
  #seenIds = new Map<string, { ids: Set<string>; slots: number[] }>();
  /**
   * The rolling rewrite's keys, taken at a round's first slice and cut into `of` ranges
   * by position: a slice then costs its own size, not a scan of the whole state (a key
   * made later in the round is a change, so it is written anyway). `next`: the slice
   * expected next (a failed save repeats the one before).
   */
  #rolling?: { of: number; next: number; keys: { map: string; keys: string[] }[] };
  /**
   * Users by the second of their last event, for the recent seconds only: "active
   * users" without a scan of every user (to the second: a user whose last event falls in
   * the window's first second counts).
   */
  #lastSeen = new Map<number, number>();

  constructor(partition: number, options: OperatorOptions, state?: State) {
    this.partition = partition;
    this.#o = options;
    this.#s = state ?? emptyState();
    this.#floor = state ? -Infinity : Infinity;
    // Checkpoints from before throughput and bot segments were kept.
    this.#s.throughput ??= createThroughput();
    this.#s.flagged ??= {};
    this.#s.seen ??= {};
    for (const key of Object.keys(this.#s.seen)) this.#indexSeen(key);
    for (const u of this.#s.bots.users.values()) this.#seenAt(undefined, u.last);
  }

  /** Moves a user in `#lastSeen` from `before` to `after` (times of their last event). */
  #seenAt(before: number | undefined, after: number) {
    const to = Math.floor(after / 1000);
    if (before !== undefined) {
      const from = Math.floor(before / 1000);
      if (from === to) return;
      const n = this.#lastSeen.get(from);
      if (n !== undefined) n > 1 ? this.#lastSeen.set(from, n - 1) : this.#lastSeen.delete(from);
    }
    this.#lastSeen.set(to, (this.#lastSeen.get(to) ?? 0) + 1);
  }

  /** Users whose last event is at most ACTIVE_WINDOW behind the newest; forgets older seconds. */
  #activeUsers(): number {
    const since = Math.floor((this.#s.counters.max_event_time - ACTIVE_WINDOW) / 1000);
    let active = 0;
    for (const [second, n] of this.#lastSeen) {
      if (second >= since) active += n;
      else this.#lastSeen.delete(second); // never counted again; a user seen anew is added afresh
    }
    return active;
  }

  #seenOf(topic: string) {
    let s = this.#seenIds.get(topic);
    if (!s) this.#seenIds.set(topic, s = { ids: new Set(), slots: [] });
    return s;
  }

  #indexSeen(key: string) {
    const bar = key.lastIndexOf("|");
    const seen = this.#seenOf(key.slice(0, bar));
    const slot = Number(key.slice(bar + 1));
    for (const id of this.#s.seen[key]) seen.ids.add(id);
    if (!seen.slots.includes(slot)) {
      seen.slots.push(slot);
      seen.slots.sort((a, b) => a - b);
    }
  }

  /**
   * Whether this event id was already seen on its topic (a duplicate): remembers it
   * otherwise, and forgets ids older than the window behind the topic's own watermark (so
   * the decision depends only on that topic-partition's order, never on interleaving).
   */
  #duplicate(e: EnrichedEvent, topic: string, ts: number): boolean {
    const seen = this.#seenOf(topic);
    if (seen.ids.has(e.event_id)) return true;
    seen.ids.add(e.event_id);
    const slot = Math.floor(ts / SEEN_SLOT);
    const key = `${topic}|${slot}`;
    const list = this.#s.seen[key];
    if (list) list.push(e.event_id);
    else {
      this.#s.seen[key] = [e.event_id];
      seen.slots.push(slot);
      if (seen.slots.length > 1 && seen.slots.at(-2)! > slot) seen.slots.sort((a, b) => a - b);
    }
    this.#changes.mark("seen", key);
    const horizon = Math.max(this.#s.watermarks[topic] ?? ts, ts) - SEEN_WINDOW;
    while (seen.slots.length > 0 && (seen.slots[0] + 1) * SEEN_SLOT <= horizon) {
      const old = `${topic}|${seen.slots.shift()}`;
      for (const id of this.#s.seen[old] ?? []) seen.ids.delete(id);
      delete this.#s.seen[old];
      this.#changes.mark("seen", old);
    }
    return false;
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
    const { contributions, ...rest } = structuredClone(snapshot) as
      & Omit<State, "bots" | "funnels" | "search">
      & {
        bots: { users: Record<string, UserActivityJSON> };
        funnels: Omit<FunnelState, "entries"> & { entries: Record<string, EntryJSON> };
        search: Omit<SearchState, "sessions"> & { sessions: Record<string, SessionJSON> };
        contributions?: Record<string, LegacyContribution>;
      };
    const state: State = {
      ...rest,
      bots: { users: toMap(rest.bots.users, userFromJSON) },
      funnels: { ...rest.funnels, entries: toMap(rest.funnels.entries, entryFromJSON) },
      search: { ...rest.search, sessions: toMap(rest.search.sessions, sessionFromJSON) },
    };
    adoptContributions(state, contributions ?? {});
    const ops = new PartitionOperators(partition, options, state);
    ops.#restored(bounds);
    return ops;
  }

  /** Rebuilds from a checkpoint image: a full image followed by the change images saved after it. */
  static fromImage(
    partition: number,
    options: OperatorOptions,
    image: Pick<StateImage, "scalars" | "chunks">,
    bounds: { maxEventTime?: number } = {},
  ): PartitionOperators {
    const state = emptyState();
    const scalars = JSON.parse(image.scalars) as Scalars;
    state.watermarks = scalars.watermarks;
    state.counters = scalars.counters;
    state.fraud.population = scalars.population;
    const legacy: Record<string, LegacyContribution> = {};
    for (const [map, key, value] of parseChunks(image.chunks)) {
      const entries = map === "contributions" ? keyed(legacy as Record<string, unknown>) : MAPS[map]?.(state);
      if (!entries) continue; // a map a newer version wrote: ignored
      if (value === null) entries.delete(key);
      else entries.set(key, loaded(map, value));
    }
    adoptContributions(state, legacy);
    const ops = new PartitionOperators(partition, options, state);
    ops.#restored(bounds);
    return ops;
  }

  #restored(bounds: { maxEventTime?: number }) {
    this.#s.signals = {};
    this.#reviewAll = true;
    // A checkpoint written before event times were bounded may hold a watermark far in
    // the future (one event stamped 2100 held every later event as late): forget it.
    const limit = bounds.maxEventTime;
    if (limit !== undefined) {
      for (const [topic, wm] of Object.entries(this.#s.watermarks)) {
        if (wm > limit) delete this.#s.watermarks[topic];
      }
      if (this.#s.counters.max_event_time > limit) {
        this.#s.counters.max_event_time = Math.max(0, ...Object.values(this.#s.watermarks));
      }
    }
  }

  /** Applies one event read from `source.topic`; `source.ts`: its event time, when parsed already. */
  apply(e: EnrichedEvent, source: { topic: string; ts?: number }): void {
    const ts = source.ts ?? eventTime(e);
    const c = this.#s.counters;
    if (this.#duplicate(e, source.topic, ts)) {
      c.duplicates = (c.duplicates ?? 0) + 1;
      return;
    }
    const wm = this.#s.watermarks[source.topic];
    if (wm !== undefined && ts < wm - this.#o.allowedLatenessMs) {
      c.late_events++;
      return;
    }
    if (wm === undefined || ts > wm) this.#s.watermarks[source.topic] = ts;
    c.max_event_time = Math.max(c.max_event_time, ts);
    const minute = minuteOf(ts);
    if (minute < this.#floor) this.#floor = minute;
    c.events[e.type] = (c.events[e.type] ?? 0) + 1;
    c.unknown_products += e.unknown_products.length;
    if (e.type === "purchase") c.revenue = round2(c.revenue + e.amount);
    if (e.type === "refund") c.refunds = round2(c.refunds + e.amount);

    const w = this.#o.conversionWindowMs;
    const changes = this.#changes;
    // Bots first: whether this user counts as a bot decides which side the event counts on.
    const lastBefore = this.#s.bots.users.get(e.user_id)?.last;
    const mine = applyBots(this.#s.bots, this.#botUsers, e, ts);
    this.#seenAt(lastBefore, mine.last);
    changes.mark("bots.users", e.user_id);
    const bot = this.#classify(e.user_id, mine);
    applyTrending(this.#s.trending, this.#trendDirty, e, ts, bot);
    const entry = applyFunnels(this.#s.funnels, this.#funnelDirty, e, ts, w, bot);
    if (entry) changes.mark("funnels.entries", entry);
    else if (e.type === "purchase") {
      for (const item of e.items) changes.mark("funnels.entries", `${e.session_id}|${item.category}`);
    }
    const search = applySearchInsights(this.#s.search, this.#queryDirty, e, ts, w, bot);
    if (e.type === "search" || e.type === "purchase") changes.mark("search.sessions", e.session_id);
    if (mine.carts === 0 && mine.purchases === 0) {
      if (e.type === "view") {
        const pm = `${e.product_id}|${minute}`;
        mine.views = pairSet(mine.views, pm, (pairGet(mine.views, pm, ONE_VIEW) ?? 0) + 1, ONE_VIEW);
        if (entry) mine.entries = pairSet(mine.entries, entry, e.category, ENTRY_LEAF);
      } else if (e.type === "search" && search) {
        const [n, zero] = pairGet(mine.searches, search, ONE_SEARCH) ?? [0, 0];
        const counts: [number, number] = [n + 1, zero + (e.results_count === 0 ? 1 : 0)];
        mine.searches = pairSet(mine.searches, search, counts, ONE_SEARCH);
      }
    }
    applyFraud(this.#s.fraud, this.#fraudUsers, e, ts);
    applyThroughput(this.#s.throughput, this.#rateDirty, e, ts);
    if (++this.#sinceEviction >= 1_000) this.#maybeEvict();
  }

  /**
   * Whether the user counts as a bot now (after their newest event), moving what they
   * added so far to the other side when that changed. Only users with no cart and no
   * purchase can be bots, so only theirs is tracked.
   */
  #classify(user: string, u: UserActivity): boolean {
    const candidate = u.carts === 0 && u.purchases === 0;
    const bot = candidate && isBot(this.#s.bots, user, this.#o.bots);
    const was = this.#s.flagged[user] === true;
    if (bot !== was) {
      if (bot) this.#s.flagged[user] = true;
      else delete this.#s.flagged[user];
      this.#changes.mark("flagged", user);
      if (u.views) moveViews(this.#s.trending, this.#trendDirty, pairEntries(u.views, ONE_VIEW), bot);
      if (u.entries) {
        recountEntries(
          this.#s.funnels,
          this.#funnelDirty,
          pairEntries(u.entries, ENTRY_LEAF),
          this.#o.conversionWindowMs,
          bot,
        );
        this.#changes.markAll("funnels.entries", pairKeys(u.entries));
      }
      if (u.searches) {
        moveSearches(this.#s.search, this.#queryDirty, pairEntries(u.searches, ONE_SEARCH), bot);
      }
    }
    // A user who carted or bought is never a bot again: what they added stays where it is.
    if (!candidate) u.views = u.entries = u.searches = undefined;
    return bot;
  }

  /**
   * After a rollback removed documents (ids by kind), marks the state entries behind them
   * as changed, so that the next `output()` writes their current values again. A removed
   * document may have held, before a former owner overwrote it, a value this state has and
   * will not change again; without this it would stay missing. Documents no entry is
   * behind stay removed (they came from events after this state, and come back if those
   * events do). Returns how many entries were marked.
   */
  reemit(
    removed: Partial<Record<"trends" | "funnels" | "queries" | "rates" | "signals", readonly string[]>>,
  ): number {
    const p = this.partition;
    const s = this.#s;
    let marked = 0;
    const mark = <T extends { id: string }>(
      ids: readonly string[] | undefined,
      keys: string[],
      docs: (one: Set<string>) => T[],
      dirty: Set<string>,
    ) => {
      if (!ids?.length) return;
      const wanted = new Set(ids);
      for (const key of keys) {
        const id = docs(new Set([key]))[0]?.id;
        if (id !== undefined && wanted.has(id)) {
          dirty.add(key);
          marked++;
        }
      }
    };
    mark(
      removed.trends,
      Object.keys(s.trending.buckets),
      (k) => trendDocs(s.trending, k, p),
      this.#trendDirty,
    );
    mark(
      removed.funnels,
      Object.keys(s.funnels.buckets),
      (k) => funnelDocs(s.funnels, k, p),
      this.#funnelDirty,
    );
    mark(removed.queries, Object.keys(s.search.buckets), (k) => queryDocs(s.search, k, p), this.#queryDirty);
    mark(
      removed.rates,
      Object.keys(s.throughput.minutes),
      (k) => rateDocs(s.throughput, k, p),
      this.#rateDirty,
    );
    for (const id of removed.signals ?? []) {
      // Forget that it was written; reviewing the user emits it again if it still holds.
      const colon = id.indexOf(":");
      if (colon < 0) continue;
      delete s.signals[id];
      (id.slice(0, colon) === "bot" ? this.#botUsers : this.#fraudUsers).add(id.slice(colon + 1));
      marked++;
    }
    return marked;
  }

  countDeadLetter(): void {
    this.#s.counters.dead_letters++;
  }

  counters(): PartitionCounters {
    return structuredClone(this.#s.counters);
  }

  /** Remembers the entries behind documents about to be written as changed state too. */
  #foldDirty() {
    this.#changes.markAll("trending.buckets", this.#trendDirty);
    this.#changes.markAll("funnels.buckets", this.#funnelDirty);
    this.#changes.markAll("search.buckets", this.#queryDirty);
    this.#changes.markAll("throughput.minutes", this.#rateDirty);
    this.#changes.markAll("fraud.users", this.#fraudUsers);
  }

  /** Documents changed since the last call (then forgotten as changed). */
  output(): AnalyticsWrite {
    this.#foldDirty();
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
      for (const [id, u] of this.#s.bots.users) {
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
    const { bots, funnels, search, ...rest } = this.#s;
    // (Cloned too: a user's search counts and times are the live arrays.)
    return structuredClone({
      ...rest,
      bots: { users: toRecord(bots.users, userJSON) },
      funnels: { ...funnels, entries: toRecord(funnels.entries, entryJSON) },
      search: { ...search, sessions: toRecord(search.sessions, (x) => x) },
    });
  }

  /**
   * The state for a checkpoint: everything (`full`), or the entries changed since the
   * previous image plus — with `slice` — every entry of one slice of the keys (slice
   * `index` of `of`, by position in a snapshot of the keys taken at slice 0), so that a
   * run of `slice.of` images rewrites the whole state a little at a time and older images
   * can be dropped. `entries`: the state's size when a snapshot or full image was taken
   * (0 otherwise). The changes count as saved from now on; if saving
   * fails, hand them back with `unsaved`.
   */
  checkpointImage(
    plan: { full: true } | { full?: false; slice?: { index: number; of: number } } = {},
  ): { image: StateImage; changes: Map<string, Set<string>>; entries: number; changed: number } {
    this.#foldDirty();
    const changes = this.#changes.take();
    const s = this.#s;
    const scalars: Scalars = {
      watermarks: s.watermarks,
      counters: s.counters,
      population: s.fraud.population,
    };
    s.counters.active_users = this.#activeUsers();
    const slice = plan.full ? undefined : plan.slice;
    let entries = 0;
    let changed = 0;
    // A slice covers its range of the round's key snapshot; a new round (or a slice this
    // instance has no snapshot for) takes one, and then covers every range up to its own.
    let from = 0;
    let rolling = this.#rolling;
    if (slice) {
      if (slice.index === 0 || !rolling || rolling.of !== slice.of || slice.index > rolling.next) {
        rolling = this.#rolling = {
          of: slice.of,
          next: 0,
          keys: Object.entries(MAPS).map(([map, get]) => ({ map, keys: [...get(s).keys()] })),
        };
        for (const m of rolling.keys) entries += m.keys.length;
      } else from = slice.index;
      rolling.next = slice.index + 1;
    }
    function* picked(): Generator<[string, string, unknown]> {
      for (const [map, keys] of changes) {
        const values = MAPS[map](s);
        for (const key of keys) {
          changed++;
          yield [map, key, saved(map, values.get(key) ?? null)];
        }
      }
      if (plan.full) {
        for (const [map, get] of Object.entries(MAPS)) {
          const done = changes.get(map);
          for (const [key, value] of get(s).entries()) {
            entries++;
            if (!done?.has(key)) yield [map, key, saved(map, value)];
          }
        }
      } else if (slice && rolling) {
        for (const { map, keys } of rolling.keys) {
          const values = MAPS[map](s);
          const done = changes.get(map);
          const end = Math.floor(((slice.index + 1) * keys.length) / slice.of);
          for (let i = Math.floor((from * keys.length) / slice.of); i < end; i++) {
            const key = keys[i];
            // A key gone since the snapshot was written as a change (a deletion).
            if (values.has(key) && !done?.has(key)) yield [map, key, saved(map, values.get(key))];
          }
        }
      }
    }
    const chunks = chunkEntries(picked());
    return {
      image: { full: plan.full === true, scalars: JSON.stringify(scalars), chunks },
      changes,
      entries,
      changed,
    };
  }

  /** Changes of an image whose checkpoint was not saved: the next image carries them again. */
  unsaved(changes: Map<string, Set<string>>): void {
    this.#changes.restore(changes);
  }

  /** Evicts once the horizon has moved by a few minutes of event time (cost follows time, not events). */
  #maybeEvict() {
    this.#sinceEviction = 0;
    const marks = Object.values(this.#s.watermarks);
    if (marks.length < 3) return; // a topic not seen yet could still bring old events
    const horizon = Math.min(...marks) - this.#o.retentionMs;
    if (horizon < this.#evictedTo + EVICT_EVERY || horizon <= this.#floor) return;
    this.#evictedTo = horizon;
    this.#floor = horizon;
    const w = this.#o.conversionWindowMs;
    const removed = (map: string, key: string) => this.#changes.mark(map, key);
    evictTrending(this.#s.trending, horizon, removed);
    evictFunnels(this.#s.funnels, horizon, w, removed);
    evictSearchInsights(this.#s.search, horizon, w, removed);
    evictBots(this.#s.bots, horizon, removed);
    evictFraud(this.#s.fraud, horizon, this.#o.fraud, removed);
    for (const user of Object.keys(this.#s.flagged)) {
      if (!this.#s.bots.users.has(user)) {
        delete this.#s.flagged[user];
        removed("flagged", user);
      }
    }
    evictThroughput(this.#s.throughput, horizon, removed);
  }
}

/** The scalar part of the state, saved whole with every image. */
interface Scalars {
  watermarks: Record<string, number>;
  counters: PartitionCounters;
  population: FraudState["population"];
}

function emptyState(): State {
  return {
    watermarks: {},
    counters: emptyCounters(),
    trending: createTrending(),
    funnels: createFunnels(),
    search: createSearchInsights(),
    fraud: createFraud(),
    bots: createBots(),
    throughput: createThroughput(),
    flagged: {},
    seen: {},
    signals: {},
  };
}

/** A keyed map of the state as checkpoints read and write it: a `Map`, or a plain object seen as one. */
interface Keyed {
  get(key: string): unknown;
  has(key: string): boolean;
  set(key: string, value: unknown): unknown;
  delete(key: string): unknown;
  keys(): Iterable<string>;
  entries(): Iterable<[string, unknown]>;
}

/** A plain object keyed by data, seen as a `Keyed`. */
function keyed(r: Record<string, unknown>): Keyed {
  return {
    get: (key) => Object.hasOwn(r, key) ? r[key] : undefined,
    has: (key) => Object.hasOwn(r, key),
    set: (key, value) => r[key] = value,
    delete: (key) => delete r[key],
    keys: () => Object.keys(r),
    entries: () => Object.entries(r),
  };
}

/**
 * The keyed maps of the state, by the names checkpoint images use. (Signals are not
 * saved: a restored state re-derives them.) The three with an entry per user, session or
 * session and leaf are `Map`s; the rest, far fewer keys, plain objects.
 */
const MAPS: Record<string, (s: State) => Keyed> = {
  "trending.buckets": (s) => keyed(s.trending.buckets),
  "funnels.entries": (s) => s.funnels.entries as Map<string, unknown>,
  "funnels.buckets": (s) => keyed(s.funnels.buckets),
  "search.sessions": (s) => s.search.sessions as Map<string, unknown>,
  "search.buckets": (s) => keyed(s.search.buckets),
  "fraud.users": (s) => keyed(s.fraud.users),
  "bots.users": (s) => s.bots.users as Map<string, unknown>,
  "throughput.minutes": (s) => keyed(s.throughput.minutes),
  flagged: (s) => keyed(s.flagged),
  seen: (s) => keyed(s.seen),
};

/** A map's value as checkpoint images hold it. */
const saved = (map: string, value: unknown): unknown =>
  value === null
    ? value
    : map === "bots.users"
    ? userJSON(value as UserActivity)
    : map === "funnels.entries"
    ? entryJSON(value as Entry)
    : value;

/** A map's value as the state holds it, from a checkpoint image's (of this version or an earlier one). */
const loaded = (map: string, value: unknown): unknown =>
  map === "bots.users"
    ? userFromJSON(value as UserActivityJSON)
    : map === "funnels.entries"
    ? entryFromJSON(value as EntryJSON)
    : map === "search.sessions"
    ? sessionFromJSON(value as SessionJSON)
    : value;

/**
 * Moves what a state saved before users held their own contributions (a `contributions`
 * map by user) into the users' records; one whose user is gone is dropped, as eviction
 * would have.
 */
function adoptContributions(state: State, legacy: Record<string, LegacyContribution>) {
  for (const [user, c] of Object.entries(legacy)) {
    const u = state.bots.users.get(user);
    if (!u || u.carts > 0 || u.purchases > 0) continue;
    u.views = c.views && pairsFromRecord(c.views, ONE_VIEW);
    u.entries = c.entries && pairsFromRecord(c.entries, ENTRY_LEAF);
    u.searches = c.searches && pairsFromRecord(c.searches, ONE_SEARCH);
  }
}

/** A `Map` as a plain object (what snapshots hold), each value through `f`. */
const toRecord = <A, B>(m: Map<string, A>, f: (a: A) => B): Record<string, B> => {
  const out: Record<string, B> = {};
  for (const [k, v] of m) out[k] = f(v);
  return out;
};

/** A plain object (from a snapshot) as a `Map`, each value through `f`. */
const toMap = <A, B>(r: Record<string, A>, f: (a: A) => B): Map<string, B> => {
  const out = new Map<string, B>();
  for (const [k, v] of Object.entries(r)) out.set(k, f(v));
  return out;
};

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Event ids are remembered this long behind their topic's watermark (a resent batch lands within seconds). */
const SEEN_WINDOW = 5 * MINUTE;
const SEEN_SLOT = 5_000;

/**
 * Slices of the next rolling round: about as many entries rewritten per checkpoint as
 * changed, 4 to 256. `changed` must come from a change image (a full image's count is
 * everything since the start, not a rate: a first round sized by it had 4 slices of a
 * quarter of the state each, 125 MB at a million users).
 */
export function roundSlices(entries: number, changed: number): number {
  return Math.min(256, Math.max(4, Math.ceil(entries / Math.max(changed, 500))));
}

/** "Active users" are those with an event in this much event time. */
const ACTIVE_WINDOW = 5 * MINUTE;

/** Eviction scans the state; at most once per this much event time (retention is hours). */
const EVICT_EVERY = 5 * MINUTE;
