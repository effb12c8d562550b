/**
 * A bounded memo: `get(key, make)` returns the value made for `key` before, or makes it.
 * Entries expire after `ttlMs` (default never); past `limit` entries the oldest goes. A
 * promise that rejects is forgotten, so the next caller tries again. Used for answers
 * that depend only on the catalog (autocomplete), cleared whenever the catalog changes.
 *
 * @example
 * ```ts
 * import { Memo } from "./memo.ts";
 * const memo = new Memo<number>(2);
 * let made = 0;
 * memo.get("a", () => ++made);
 * memo.get("a", () => ++made);
 * console.log(made); // 1
 * ```
 *
 * @module
 */
export class Memo<V> {
  readonly #entries = new Map<string, { at: number; value: V }>();
  constructor(readonly limit: number, readonly ttlMs = Infinity) {}

  get(key: string, make: () => V): V {
    const now = performance.now();
    const hit = this.#entries.get(key);
    if (hit && now - hit.at <= this.ttlMs) return hit.value;
    this.#entries.delete(key);
    if (this.#entries.size >= this.limit) this.#entries.delete(this.#entries.keys().next().value!);
    const value = make();
    const entry = { at: now, value };
    this.#entries.set(key, entry);
    if (value instanceof Promise) {
      value.catch(() => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      });
    }
    return value;
  }

  clear(): void {
    this.#entries.clear();
  }
}

/**
 * `map`'s value for `key`, made once; past `limit` entries the map starts over (a bound on
 * memory, for values derived from a small set such as a catalog's brands or categories).
 *
 * @example
 * ```ts
 * import { once } from "./memo.ts";
 * const lengths = new Map<string, number>();
 * console.log(once(lengths, "abc", () => 3), lengths.size); // 3 1
 * ```
 */
export function once<V>(map: Map<string, V>, key: string, make: () => V, limit = 50_000): V {
  let value = map.get(key);
  if (value === undefined) {
    if (map.size >= limit) map.clear();
    map.set(key, value = make());
  }
  return value;
}
