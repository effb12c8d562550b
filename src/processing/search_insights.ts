/**
 * Search analytics: per normalised query and minute, how often it was searched, how
 * often it found nothing, and how many of those searches were followed by a purchase in
 * the same session within the conversion window (whichever topic is read first).
 *
 * @module
 */
import type { QueryBucket } from "../domain/analytics.ts";
import type { EnrichedEvent } from "./enriched.ts";
import { iso, minuteOf } from "../domain/time.ts";
import type { Removed } from "./state_changes.ts";

interface Search {
  query: string;
  ts: number;
  converted: boolean;
}

/**
 * One session's searches and purchase times. Every field is there from the start (one
 * shape, no property array added later); lists are made at their first item, most
 * sessions search or buy, not both; and a lone search is the search itself, not a list
 * of one (at one search from each of 300k sessions, ~94 bytes a session less).
 */
interface SessionSearches {
  searches: Search | Search[] | undefined;
  purchases: number[] | undefined;
  last: number;
}

/** A session as checkpoints hold it (fields left out when empty). */
export type SessionJSON = Partial<SessionSearches> & { last: number };

/** A session read back, in its one shape. */
export function sessionFromJSON(j: SessionJSON): SessionSearches {
  return { searches: j.searches, purchases: j.purchases, last: j.last };
}

interface Counts {
  query: string;
  minute: number;
  bot?: boolean;
  searches: number;
  zero_results: number;
  converted: number;
}

export interface SearchState {
  /** By session id (a `Map`, like bot detection's users). */
  sessions: Map<string, SessionSearches>;
  buckets: Record<string, Counts>;
}

export function createSearchInsights(): SearchState {
  return { sessions: new Map(), buckets: {} };
}

/** Lowercase, trimmed, inner spaces collapsed, at most 100 characters. */
export function normaliseQuery(q: string): string {
  return q.toLowerCase().trim().replace(/\s+/g, " ").slice(0, 100);
}

const MAX_PER_SESSION = 50;

const countsKey = (query: string, minute: number, bot?: boolean) => `${query}|${minute}${bot ? "|bot" : ""}`;

function counts(s: SearchState, query: string, minute: number, bot?: boolean): Counts {
  return s.buckets[countsKey(query, minute, bot)] ??= {
    query,
    minute,
    searches: 0,
    zero_results: 0,
    converted: 0,
    ...(bot ? { bot: true } : {}),
  };
}

/**
 * Applies one search or purchase. Searches count on the people side or (`bot`) on the
 * side of users flagged as bots; conversions always count for people, since a user who
 * buys is never flagged as a bot. Returns the bucket a search went to (`"query|minute"`).
 */
export function applySearchInsights(
  s: SearchState,
  dirty: Set<string>,
  e: EnrichedEvent,
  ts: number,
  windowMs: number,
  bot = false,
): string | undefined {
  if (e.type !== "search" && e.type !== "purchase") return undefined;
  let sess = s.sessions.get(e.session_id);
  if (sess === undefined) {
    s.sessions.set(e.session_id, sess = { searches: undefined, purchases: undefined, last: ts });
  }
  sess.last = Math.max(sess.last, ts);
  if (e.type === "search") {
    const query = normaliseQuery(e.query);
    const minute = minuteOf(ts);
    const c = counts(s, query, minute, bot);
    c.searches++;
    if (e.results_count === 0) c.zero_results++;
    const converted = sess.purchases?.some((t) => t >= ts && t <= ts + windowMs) ?? false;
    if (converted) c.converted++;
    dirty.add(countsKey(query, minute, bot));
    const search = { query, ts, converted };
    const had = sess.searches;
    if (had === undefined) sess.searches = search;
    else if (!Array.isArray(had)) sess.searches = [had, search];
    else if (had.length < MAX_PER_SESSION) sess.searches = [...had, search]; // exactly its length
    return `${query}|${minute}`;
  }
  if (!sess.purchases) sess.purchases = [ts];
  else if (sess.purchases.length < MAX_PER_SESSION) sess.purchases.push(ts);
  const searches = sess.searches;
  for (const search of searches === undefined ? [] : Array.isArray(searches) ? searches : [searches]) {
    if (!search.converted && ts >= search.ts && ts <= search.ts + windowMs) {
      search.converted = true;
      const minute = minuteOf(search.ts);
      counts(s, search.query, minute).converted++;
      dirty.add(countsKey(search.query, minute));
    }
  }
  return undefined;
}

/** Moves a user's searches (`"query|minute"` → [searches, zero results]) between the sides. */
export function moveSearches(
  s: SearchState,
  dirty: Set<string>,
  searches: Iterable<[string, [number, number]]>,
  toBot: boolean,
): void {
  for (const [qm, [n, zero]] of searches) {
    const from = s.buckets[toBot ? qm : `${qm}|bot`];
    if (!from) continue;
    from.searches -= n;
    from.zero_results -= zero;
    dirty.add(countsKey(from.query, from.minute, !toBot));
    const to = counts(s, from.query, from.minute, toBot);
    to.searches += n;
    to.zero_results += zero;
    dirty.add(countsKey(from.query, from.minute, toBot));
  }
}

export function queryDocs(s: SearchState, dirty: Set<string>, partition: number): QueryBucket[] {
  return [...dirty].sort().flatMap((key) => {
    const c = s.buckets[key];
    if (!c) return [];
    const minute = iso(c.minute);
    return [{
      id: `${partition}:${c.query}:${minute}${c.bot ? ":bot" : ""}`,
      partition,
      query: c.query,
      minute,
      searches: c.searches,
      zero_results: c.zero_results,
      converted: c.converted,
      bot: c.bot === true,
    }];
  });
}

export function evictSearchInsights(
  s: SearchState,
  horizon: number,
  windowMs: number,
  removed?: Removed,
): number {
  let n = 0;
  for (const [key, sess] of s.sessions) {
    if (sess.last < horizon) {
      s.sessions.delete(key);
      removed?.("search.sessions", key);
      n++;
    }
  }
  for (const [key, c] of Object.entries(s.buckets)) {
    if (c.minute + windowMs < horizon) {
      delete s.buckets[key];
      removed?.("search.buckets", key);
    }
  }
  return n;
}
