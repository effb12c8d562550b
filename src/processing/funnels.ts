/**
 * Conversion funnels by category: distinct sessions reaching view → add_to_cart →
 * purchase, per leaf category (the top level is summed at query time).
 *
 * A session enters a leaf's funnel at its first view of that leaf, and is counted in
 * the minute of that view. It reaches "carted" if it carts something of the leaf within
 * the conversion window after that first view, and "purchased" if, having carted, it
 * buys something of the leaf within the window. Step times are kept per session and
 * leaf, so the result is the same whichever of product-events and order-events is read
 * first.
 *
 * Like trending, each bucket exists for people and for users flagged as bots
 * (`bot: true`); a session is counted in its user's current side, and moves when the
 * user is flagged or cleared (`recountEntries`).
 *
 * @module
 */
import type { FunnelBucket } from "../domain/analytics.ts";
import { topCategory } from "../domain/product.ts";
import type { EnrichedEvent } from "./enriched.ts";
import { iso, MINUTE, minuteOf } from "../domain/time.ts";
import type { Removed } from "./state_changes.ts";
import { smallInt } from "../shared/small_int.ts";

/**
 * One session's steps in one leaf. Every field is there from the start (one shape, all
 * in the object), step lists are made at their first time (most entries are a view and
 * nothing else), and what the entry adds to its bucket is one number (`Counted`): at one
 * view from each of 1M users an entry took ~240 bytes with a nested object for it.
 */
export interface Entry {
  /**
   * How many ms before `last` the first view was (a small integer kept unboxed; as a time
   * it was a 16-byte box per entry); undefined before any view.
   */
  viewAgo: number | undefined;
  carts: number[] | undefined;
  purchases: number[] | undefined;
  last: number;
  /** What this entry currently adds to its bucket, packed (`countedCode`); 0: nothing. */
  counted: number;
}

/** What an entry adds to a bucket: one view in `minute`, carted and purchased or not, on which side. */
interface Counted {
  minute: number;
  carted: boolean;
  purchased: boolean;
  bot: boolean;
}

/**
 * `c` as one number: the minute's index times 16 plus 8 (present), 4 (bot), 2 (purchased)
 * and 1 (carted), a small integer the engine keeps unboxed for minutes up to the 2090s
 * (exact as a double beyond). 0: nothing counted.
 */
function countedCode(c: Counted | undefined): number {
  if (!c) return 0;
  return smallInt(
    (c.minute / MINUTE) * 16 + 8 + (c.bot ? 4 : 0) + (c.purchased ? 2 : 0) + (c.carted ? 1 : 0),
  );
}

function countedOf(code: number): Counted | undefined {
  if (code === 0) return undefined;
  const flags = code % 16;
  return {
    minute: ((code - flags) / 16) * MINUTE,
    carted: (flags & 1) !== 0,
    purchased: (flags & 2) !== 0,
    bot: (flags & 4) !== 0,
  };
}

/** An entry as checkpoints hold it, in this form or the one before (`counted` an object). */
export interface EntryJSON {
  view?: number;
  carts?: number[];
  purchases?: number[];
  last: number;
  counted?: number | { minute: number; carted: boolean; purchased: boolean; bot?: boolean };
}

export function entryFromJSON(e: EntryJSON): Entry {
  const c = e.counted;
  return {
    viewAgo: e.view === undefined ? undefined : smallInt(e.last - e.view),
    carts: e.carts,
    purchases: e.purchases,
    last: e.last,
    counted: typeof c === "object" ? countedCode({ ...c, bot: c.bot === true }) : c ?? 0,
  };
}

/** An entry as checkpoints hold it: times as times. */
export function entryJSON(e: Entry): EntryJSON {
  return { view: viewOf(e), carts: e.carts, purchases: e.purchases, last: e.last, counted: e.counted };
}

/** The time of the entry's first view, if any. */
function viewOf(e: Entry): number | undefined {
  return e.viewAgo === undefined ? undefined : e.last - e.viewAgo;
}

interface Counts {
  category: string;
  minute: number;
  bot?: boolean;
  viewed: number;
  carted: number;
  purchased: number;
}

export interface FunnelState {
  /** `${session}|${leaf}` → step times (a `Map`, like bot detection's users). */
  entries: Map<string, Entry>;
  buckets: Record<string, Counts>;
}

export function createFunnels(): FunnelState {
  return { entries: new Map(), buckets: {} };
}

const KEEP = 8; // step times kept per entry: the earliest ones decide

function insertSorted(xs: number[] | undefined, t: number): number[] {
  if (xs === undefined) return [t];
  let i = xs.length;
  while (i > 0 && xs[i - 1] > t) i--;
  xs.splice(i, 0, t);
  if (xs.length > KEEP) xs.length = KEEP;
  return xs;
}

const bucketKey = (leaf: string, minute: number, bot?: boolean) => `${leaf}|${minute}${bot ? "|bot" : ""}`;

function bucket(s: FunnelState, leaf: string, minute: number, bot?: boolean): Counts {
  return s.buckets[bucketKey(leaf, minute, bot)] ??= {
    category: leaf,
    minute,
    viewed: 0,
    carted: 0,
    purchased: 0,
    ...(bot ? { bot: true } : {}),
  };
}

function recount(s: FunnelState, dirty: Set<string>, leaf: string, e: Entry, windowMs: number, bot: boolean) {
  let after: Counted | undefined;
  const v = viewOf(e);
  if (v !== undefined) {
    const cart = e.carts?.find((t) => t >= v && t <= v + windowMs);
    const carted = cart !== undefined;
    const purchased = carted && (e.purchases?.some((t) => t >= v && t <= v + windowMs) ?? false);
    after = { minute: minuteOf(v), carted, purchased, bot };
  }
  const code = countedCode(after);
  if (code === e.counted) return;
  const before = countedOf(e.counted);
  if (before) {
    const b = bucket(s, leaf, before.minute, before.bot);
    b.viewed--;
    if (before.carted) b.carted--;
    if (before.purchased) b.purchased--;
    dirty.add(bucketKey(leaf, before.minute, before.bot));
  }
  if (after) {
    const b = bucket(s, leaf, after.minute, after.bot);
    b.viewed++;
    if (after.carted) b.carted++;
    if (after.purchased) b.purchased++;
    dirty.add(bucketKey(leaf, after.minute, after.bot));
  }
  e.counted = code;
}

/** The key of a session's entry in a leaf. */
const entryKey = (session: string, leaf: string) => `${session}|${leaf}`;

/** The leaf an entry key names (what follows its last `|`). */
export function entryLeaf(key: string): string {
  return key.slice(key.lastIndexOf("|") + 1);
}

function touch(
  s: FunnelState,
  dirty: Set<string>,
  session: string,
  leaf: string,
  ts: number,
  step: "view" | "cart" | "purchase",
  windowMs: number,
  bot: boolean,
): string {
  const key = entryKey(session, leaf);
  let e = s.entries.get(key);
  if (e === undefined) {
    s.entries.set(
      key,
      e = {
        viewAgo: undefined,
        carts: undefined,
        purchases: undefined,
        last: ts,
        counted: 0,
      },
    );
  }
  const before = viewOf(e);
  const view = step === "view" ? Math.min(before ?? ts, ts) : before;
  e.last = Math.max(e.last, ts);
  e.viewAgo = view === undefined ? undefined : smallInt(e.last - view);
  if (step === "cart") e.carts = insertSorted(e.carts, ts);
  else if (step === "purchase") e.purchases = insertSorted(e.purchases, ts);
  recount(s, dirty, leaf, e, windowMs, bot);
  return key;
}

/** Applies one event; returns the entry key it touched (view/cart), for tracking a user's sessions. */
export function applyFunnels(
  s: FunnelState,
  dirty: Set<string>,
  e: EnrichedEvent,
  ts: number,
  windowMs: number,
  bot = false,
): string | undefined {
  switch (e.type) {
    case "view":
      return touch(s, dirty, e.session_id, e.category, ts, "view", windowMs, bot);
    case "add_to_cart":
      return touch(s, dirty, e.session_id, e.category, ts, "cart", windowMs, bot);
    case "purchase":
      for (const leaf of new Set(e.items.map((i) => i.category))) {
        touch(s, dirty, e.session_id, leaf, ts, "purchase", windowMs, bot);
      }
  }
  return undefined;
}

/** Re-counts entries (entry key → its leaf) on the people or the bot side. */
export function recountEntries(
  s: FunnelState,
  dirty: Set<string>,
  entries: Iterable<[string, string]>,
  windowMs: number,
  bot: boolean,
): void {
  for (const [key, leaf] of entries) {
    const e = s.entries.get(key);
    if (e) recount(s, dirty, leaf, e, windowMs, bot);
  }
}

export function funnelDocs(s: FunnelState, dirty: Set<string>, partition: number): FunnelBucket[] {
  return [...dirty].sort().flatMap((key) => {
    const b = s.buckets[key];
    if (!b) return [];
    const minute = iso(b.minute);
    return [{
      id: `${partition}:${b.category}:${minute}${b.bot ? ":bot" : ""}`,
      partition,
      category: b.category,
      top: topCategory(b.category),
      minute,
      viewed: b.viewed,
      carted: b.carted,
      purchased: b.purchased,
      bot: b.bot === true,
    }];
  });
}

/** Forgets sessions idle since before `horizon` and buckets that can no longer change. */
export function evictFunnels(s: FunnelState, horizon: number, windowMs: number, removed?: Removed): number {
  let n = 0;
  for (const [key, e] of s.entries) {
    if (e.last < horizon) {
      s.entries.delete(key);
      removed?.("funnels.entries", key);
      n++;
    }
  }
  for (const [key, b] of Object.entries(s.buckets)) {
    if (b.minute + windowMs < horizon) {
      delete s.buckets[key];
      removed?.("funnels.buckets", key);
    }
  }
  return n;
}
