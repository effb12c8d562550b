/**
 * Bot detection per user: many searches/views, machine-fast gaps between events, and no
 * cart or purchase. Features come from event times kept sorted, so the verdict does not
 * depend on how search-events and product-events interleave.
 *
 * Rule (thresholds in `BotOptions`): ≥ `minEvents` searches+views, zero carts and
 * purchases, and a median gap between consecutive events below `maxMedianGapMs`.
 * Severity: median gap < 400 ms → high, < 800 ms → medium, else low. A user who later
 * carts or buys is retracted.
 *
 * @module
 */
import type { FraudSignal } from "../domain/analytics.ts";
import type { EnrichedEvent } from "./enriched.ts";
import { iso } from "../domain/time.ts";
import type { Removed } from "./state_changes.ts";
import { type Pairs, pairsFromRecord, pairsToRecord, type Unit } from "./pairs.ts";
import { entryLeaf } from "./funnels.ts";
import { smallInt } from "../shared/small_int.ts";

export interface BotOptions {
  minEvents: number;
  maxMedianGapMs: number;
}

export interface UserActivity {
  browse: number;
  carts: number;
  purchases: number;
  /**
   * The newest `KEEP` event times, ascending. One time alone is a number: how many ms
   * before `last` it was (as an array it took 56 bytes more, as a time 16 more, for the
   * many users with one event).
   */
  times: number[] | number;
  /**
   * `last` minus the first event's time: a small integer the engine keeps unboxed (up to
   * ~24 days; a time of its own was a 16-byte box per user).
   */
  span: number;
  last: number;
  /**
   * What the user added to trending, funnels and search while they could still be
   * flagged, kept and read by `PartitionOperators` (which moves it when the flag flips).
   * Here so that a user is one record: as a second map keyed by user it cost ~130 bytes a
   * user more (its own entry, object and time) at one event from each of 1M users.
   * `"product|minute"` → views.
   */
  views: Pairs<number> | undefined;
  /** Funnel entry key → its leaf. */
  entries: Pairs<string> | undefined;
  /** `"query|minute"` → [searches, zero results]. */
  searches: Pairs<[number, number]> | undefined;
}

/** A user's lone view of a product in a minute is kept as its bare key (`pairs.ts`). */
export const ONE_VIEW: Unit<number> = { of: () => 1, is: (_, v) => v === 1 };
/** A lone funnel entry is kept as its bare key when the leaf is the one the key names. */
export const ENTRY_LEAF: Unit<string> = { of: entryLeaf, is: (k, v) => entryLeaf(k) === v };
/** A lone search (with results) in a minute is kept as its bare key. */
export const ONE_SEARCH: Unit<[number, number]> = {
  of: () => [1, 0],
  is: (_, v) => v[0] === 1 && v[1] === 0,
};

/** A user as checkpoints and snapshots hold it: plain JSON, the three maps as objects when present. */
export interface UserActivityJSON {
  browse: number;
  carts: number;
  purchases: number;
  times: number[];
  first: number;
  last: number;
  views?: Record<string, number>;
  entries?: Record<string, string>;
  searches?: Record<string, [number, number]>;
}

/** Built field by field: spreads made checkpoints ~25 % slower, every changed user passing through here. */
export function userJSON(u: UserActivity): UserActivityJSON {
  const out: UserActivityJSON = {
    browse: u.browse,
    carts: u.carts,
    purchases: u.purchases,
    times: typeof u.times === "number" ? [u.last - u.times] : u.times,
    first: u.last - u.span,
    last: u.last,
  };
  if (u.views) out.views = pairsToRecord(u.views, ONE_VIEW);
  if (u.entries) out.entries = pairsToRecord(u.entries, ENTRY_LEAF);
  if (u.searches) out.searches = pairsToRecord(u.searches, ONE_SEARCH);
  return out;
}

export function userFromJSON(u: UserActivityJSON): UserActivity {
  return {
    browse: u.browse,
    carts: u.carts,
    purchases: u.purchases,
    times: u.times.length === 1 ? smallInt(u.last - u.times[0]) : u.times.length === 0 ? EMPTY : u.times,
    span: smallInt(u.last - u.first),
    last: u.last,
    views: u.views && pairsFromRecord(u.views, ONE_VIEW),
    entries: u.entries && pairsFromRecord(u.entries, ENTRY_LEAF),
    searches: u.searches && pairsFromRecord(u.searches, ONE_SEARCH),
  };
}

export interface BotState {
  /**
   * By user id. A `Map`: at a million users an object's dictionary took ~20 bytes a key
   * more (each key's details, and a table kept under half full).
   */
  users: Map<string, UserActivity>;
}

export function createBots(): BotState {
  return { users: new Map() };
}

const KEEP = 400;

/** Below this many times an insert builds an array of the exact size (see `insertTime`). */
const SMALL = 32;

/**
 * `times` with `ts` inserted in order, keeping the newest `KEEP`; `last` before and after
 * the event (a lone time is kept relative to it). A short list is copied to an array of
 * exactly its new length: a growing array reserves half again plus 16 slots, which for
 * the many users with a handful of events was most of their memory.
 */
function insertTime(
  times: number[] | number,
  ts: number,
  lastBefore: number,
  lastAfter: number,
): number[] | number {
  if (typeof times === "number") {
    const t = lastBefore - times;
    return t <= ts ? [t, ts] : [ts, t];
  }
  if (times.length === 0) return smallInt(lastAfter - ts);
  let i = times.length;
  while (i > 0 && times[i - 1] > ts) i--;
  if (times.length < SMALL) {
    const out = new Array<number>(times.length + 1);
    for (let j = 0; j < i; j++) out[j] = times[j];
    out[i] = ts;
    for (let j = i; j < times.length; j++) out[j + 1] = times[j];
    return out;
  }
  times.splice(i, 0, ts);
  if (times.length > KEEP) times.shift(); // keeps the newest KEEP, whatever the arrival order
  return times;
}

/** Applies one event to its user's record, made at their first event; returns the record. */
export function applyBots(s: BotState, dirtyUsers: Set<string>, e: EnrichedEvent, ts: number): UserActivity {
  let u = s.users.get(e.user_id);
  if (u === undefined) {
    s.users.set(
      e.user_id,
      u = {
        browse: 0,
        carts: 0,
        purchases: 0,
        times: EMPTY,
        span: 0,
        last: ts,
        views: undefined,
        entries: undefined,
        searches: undefined,
      },
    );
  }
  if (e.type === "search" || e.type === "view") u.browse++;
  else if (e.type === "add_to_cart") u.carts++;
  else if (e.type === "purchase") u.purchases++;
  else return u;
  const first = Math.min(u.last - u.span, ts);
  const before = u.last;
  u.last = Math.max(before, ts);
  u.span = smallInt(u.last - first);
  // Times only tell a bot, and a user who carted or bought is never one again: theirs go.
  u.times = u.carts > 0 || u.purchases > 0 ? EMPTY : insertTime(u.times, ts, before, u.last);
  dirtyUsers.add(e.user_id);
  return u;
}

/** The times of a user who can no longer be a bot: one shared empty list, never written to. */
const EMPTY: number[] = Object.freeze([]) as unknown as number[];

function medianGap(times: number[] | number): number {
  if (typeof times === "number") return Infinity;
  const gaps: number[] = [];
  for (let i = 1; i < times.length; i++) gaps.push(times[i] - times[i - 1]);
  if (gaps.length === 0) return Infinity;
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)];
}

/**
 * Whether the median gap between consecutive times is below `limit`, without sorting:
 * the median (the middle gap, `gaps[⌊n/2⌋]` once sorted) is below it exactly when more
 * than ⌊n/2⌋ gaps are. `medianGap(times) < limit`, in one pass and no allocation.
 */
function medianGapBelow(times: number[] | number, limit: number): boolean {
  if (typeof times === "number") return false;
  const n = times.length - 1;
  if (n < 1) return false;
  let below = 0;
  for (let i = 1; i <= n; i++) if (times[i] - times[i - 1] < limit) below++;
  return below > Math.floor(n / 2);
}

/**
 * Whether the user counts as a bot now: `botSignal(…) !== undefined`, asked after every
 * event of a user who could be one, so it sorts nothing and builds no signal.
 */
export function isBot(s: BotState, user: string, o: BotOptions): boolean {
  const u = s.users.get(user);
  if (!u || u.browse < o.minEvents || u.carts > 0 || u.purchases > 0) return false;
  return medianGapBelow(u.times, o.maxMedianGapMs);
}

export function botSignal(s: BotState, user: string, o: BotOptions): FraudSignal | undefined {
  const u = s.users.get(user);
  if (!u || !isBot(s, user, o)) return undefined;
  const gap = medianGap(u.times);
  const spanMin = Math.max(u.span / 60_000, 1 / 60);
  return {
    id: `bot:${user}`,
    type: "bot",
    severity: gap < 400 ? "high" : gap < 800 ? "medium" : "low",
    user_id: user,
    evidence: {
      events: u.browse,
      median_gap_ms: gap,
      events_per_minute: Math.round((u.browse / spanMin) * 10) / 10,
      carts: 0,
      purchases: 0,
    },
    first_seen: iso(u.last - u.span),
    last_seen: iso(u.last),
  };
}

/** Forgets users idle since before `horizon` (their signal, if any, stays written). */
export function evictBots(s: BotState, horizon: number, removed?: Removed): number {
  let n = 0;
  for (const [id, u] of s.users) {
    if (u.last < horizon) {
      s.users.delete(id);
      removed?.("bots.users", id);
      n++;
    }
  }
  return n;
}
