/**
 * A page of results lists each title once before it shows one again. Listings that share
 * a title are the same thing sold again (another price, another stock), and they score
 * alike, so they came in runs: five "YETI Wheeled Cooler" in a row hid the next kind of
 * cooler. Within a page ranked by relevance, a hit whose title an earlier hit of the page
 * carries moves after the page's other hits, in its order. Only the order inside the page
 * changes: every page holds the hits it held, so paging neither skips nor repeats one.
 *
 * @example
 * ```ts
 * import { repeatsLast } from "./repeats.ts";
 * const t = (title: string) => ({ title });
 * console.log(repeatsLast([t("A"), t("A"), t("B"), t("C")]).map((h) => h.title)); // ["A", "B", "C", "A"]
 * ```
 * @module
 */

/** `hits` with each title's first hit in place, and the hits repeating a title after them all. */
export function repeatsLast<T extends { readonly title: string }>(hits: readonly T[]): T[] {
  const seen = new Set<string>();
  const first: T[] = [];
  const again: T[] = [];
  for (const hit of hits) {
    if (seen.has(hit.title)) again.push(hit);
    else {
      seen.add(hit.title);
      first.push(hit);
    }
  }
  return again.length === 0 ? [...hits] : [...first, ...again];
}
