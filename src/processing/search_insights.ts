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

interface Search {
  query: string;
  ts: number;
  converted: boolean;
}

interface SessionSearches {
  searches: Search[];
  purchases: number[];
  last: number;
}

interface Counts {
  query: string;
  minute: number;
  searches: number;
  zero_results: number;
  converted: number;
}

export interface SearchState {
  sessions: Record<string, SessionSearches>;
  buckets: Record<string, Counts>;
}

export function createSearchInsights(): SearchState {
  return { sessions: {}, buckets: {} };
}

/** Lowercase, trimmed, inner spaces collapsed, at most 100 characters. */
export function normaliseQuery(q: string): string {
  return q.toLowerCase().trim().replace(/\s+/g, " ").slice(0, 100);
}

const MAX_PER_SESSION = 50;

function counts(s: SearchState, query: string, minute: number): Counts {
  return s.buckets[`${query}|${minute}`] ??= { query, minute, searches: 0, zero_results: 0, converted: 0 };
}

export function applySearchInsights(
  s: SearchState,
  dirty: Set<string>,
  e: EnrichedEvent,
  ts: number,
  windowMs: number,
): void {
  if (e.type !== "search" && e.type !== "purchase") return;
  const sess = s.sessions[e.session_id] ??= { searches: [], purchases: [], last: ts };
  sess.last = Math.max(sess.last, ts);
  if (e.type === "search") {
    const query = normaliseQuery(e.query);
    const minute = minuteOf(ts);
    const c = counts(s, query, minute);
    c.searches++;
    if (e.results_count === 0) c.zero_results++;
    const converted = sess.purchases.some((t) => t >= ts && t <= ts + windowMs);
    if (converted) c.converted++;
    dirty.add(`${query}|${minute}`);
    if (sess.searches.length < MAX_PER_SESSION) sess.searches.push({ query, ts, converted });
    return;
  }
  if (sess.purchases.length < MAX_PER_SESSION) sess.purchases.push(ts);
  for (const search of sess.searches) {
    if (!search.converted && ts >= search.ts && ts <= search.ts + windowMs) {
      search.converted = true;
      const minute = minuteOf(search.ts);
      counts(s, search.query, minute).converted++;
      dirty.add(`${search.query}|${minute}`);
    }
  }
}

export function queryDocs(s: SearchState, dirty: Set<string>, partition: number): QueryBucket[] {
  return [...dirty].sort().flatMap((key) => {
    const c = s.buckets[key];
    if (!c) return [];
    const minute = iso(c.minute);
    return [{
      id: `${partition}:${c.query}:${minute}`,
      partition,
      query: c.query,
      minute,
      searches: c.searches,
      zero_results: c.zero_results,
      converted: c.converted,
    }];
  });
}

export function evictSearchInsights(s: SearchState, horizon: number, windowMs: number): number {
  let n = 0;
  for (const [key, sess] of Object.entries(s.sessions)) {
    if (sess.last < horizon) {
      delete s.sessions[key];
      n++;
    }
  }
  for (const [key, c] of Object.entries(s.buckets)) if (c.minute + windowMs < horizon) delete s.buckets[key];
  return n;
}
