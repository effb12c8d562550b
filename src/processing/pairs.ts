/**
 * A small keyed map kept as one flat array of keys and values, `[k0, v0, k1, v1, …]`,
 * which becomes a `Map` past `PAIRS_MAX` pairs.
 *
 * What a user who could still be flagged as a bot added to trending, funnels and search
 * (`UserActivity` in `bots.ts`) is a map per user, nearly always of one or
 * two keys that no other user has (a product and a minute, a session and a leaf). As plain
 * objects each of those keys gave the object a hidden class of its own: at one event from
 * each of 1M users, the three maps took 298 MB of the state's 1,076 MB of heap. A flat
 * array of exactly its length takes a few dozen bytes, and its keys are few enough to scan.
 * A user with many (a bot's views) gets a `Map`, so no scan grows with them. And the map of
 * one pair whose value is the map's usual one (`Unit`: one view, one search with results,
 * the leaf its funnel key names) is its bare key: no array at all (56 bytes less).
 *
 * Saved and restored as plain objects (`pairsToRecord`, `pairsFromRecord`): checkpoints
 * keep their format.
 *
 * @example
 * ```ts
 * import { pairGet, pairSet, pairsToRecord } from "./pairs.ts";
 * let views = pairSet(undefined, "p-1|100", 1);
 * views = pairSet(views, "p-1|100", (pairGet(views, "p-1|100") ?? 0) + 1);
 * console.log(pairsToRecord(views)); // { "p-1|100": 2 }
 * ```
 * @module
 */

/**
 * A small map: a bare key (one pair, its value the unit's), a flat key/value array, or a
 * `Map` once it holds more than `PAIRS_MAX` pairs.
 */
export type Pairs<V> = string | (string | V)[] | Map<string, V>;

/** The value a lone pair has when the map is kept as its bare key. */
export interface Unit<V> {
  /** The value of `key` when the map is the bare key. */
  of(key: string): V;
  /** Whether `value` is that value. */
  is(key: string, value: V): boolean;
}

function unitOf<V>(unit: Unit<V> | undefined): Unit<V> {
  if (!unit) throw new Error("pairs kept as a bare key need their unit");
  return unit;
}

/** Pairs kept in a flat array; one more makes a `Map`. */
export const PAIRS_MAX = 8;

/** The value at `key`, if any. */
export function pairGet<V>(p: Pairs<V> | undefined, key: string, unit?: Unit<V>): V | undefined {
  if (p === undefined) return undefined;
  if (typeof p === "string") return p === key ? unitOf(unit).of(key) : undefined;
  if (p instanceof Map) return p.get(key);
  for (let i = 0; i < p.length; i += 2) if (p[i] === key) return p[i + 1] as V;
  return undefined;
}

/**
 * `p` with `key` set to `value`: the bare key when that is the only pair and `unit` says
 * its value is the usual one; the same container when the key was there (or it is a
 * `Map`); else a new array of exactly the new length (a growing array would reserve
 * slots), or a `Map` past `PAIRS_MAX` pairs. Keys are kept flat (a key made by a
 * template literal is a rope of its pieces until flattened).
 */
export function pairSet<V>(p: Pairs<V> | undefined, key: string, value: V, unit?: Unit<V>): Pairs<V> {
  if (p instanceof Map) {
    p.set(flat(key), value);
    return p;
  }
  if (p === undefined || (typeof p === "string" && p === key)) {
    if (unit?.is(key, value)) return flat(key);
    return [typeof p === "string" ? p : flat(key), value];
  }
  if (typeof p === "string") return [p, unitOf(unit).of(p), flat(key), value];
  for (let i = 0; i < p.length; i += 2) {
    if (p[i] === key) {
      if (p.length === 2 && unit?.is(key, value)) return p[0] as string;
      p[i + 1] = value;
      return p;
    }
  }
  if (p.length < PAIRS_MAX * 2) {
    const out = new Array<string | V>(p.length + 2);
    for (let i = 0; i < p.length; i++) out[i] = p[i];
    out[p.length] = flat(key);
    out[p.length + 1] = value;
    return out;
  }
  const m = new Map<string, V>(pairEntries(p));
  m.set(flat(key), value);
  return m;
}

/** The pairs in insertion order. */
export function* pairEntries<V>(p: Pairs<V> | undefined, unit?: Unit<V>): Generator<[string, V]> {
  if (p === undefined) return;
  if (typeof p === "string") {
    yield [p, unitOf(unit).of(p)];
    return;
  }
  if (p instanceof Map) {
    yield* p;
    return;
  }
  for (let i = 0; i < p.length; i += 2) yield [p[i] as string, p[i + 1] as V];
}

/** The keys in insertion order. */
export function pairKeys<V>(p: Pairs<V> | undefined): string[] {
  if (typeof p === "string") return [p];
  if (p instanceof Map) return [...p.keys()];
  const keys: string[] = [];
  for (let i = 0; p && i < p.length; i += 2) keys.push(p[i] as string);
  return keys;
}

/** As a plain object (what checkpoints and snapshots hold). */
export function pairsToRecord<V>(p: Pairs<V>, unit?: Unit<V>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [k, v] of pairEntries(p, unit)) out[k] = v;
  return out;
}

/** From a plain object, in its key order. */
export function pairsFromRecord<V>(r: Record<string, V>, unit?: Unit<V>): Pairs<V> {
  let p: Pairs<V> | undefined;
  for (const [k, v] of Object.entries(r)) p = pairSet(p, k, v, unit);
  return p ?? [];
}

/** `s` as one flat string: reading a character flattens a rope in place. */
function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}
