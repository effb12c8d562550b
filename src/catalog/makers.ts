/**
 * The makers a query names whole ("apple", "new balance", "levis" for Levi's): both
 * backends rank their products first (`RANKING.maker`), while a word that is only part of
 * a maker's name ("cable" of Cable Matters, "baby" of Happy Baby) counts as any title word.
 * From the taxonomy's brands, which are every maker the catalog has.
 *
 * @example
 * ```ts
 * import { namedMakers } from "./makers.ts";
 * console.log(namedMakers("apple charger"), namedMakers("hdmi cable")); // ["Apple"] []
 * console.log(namedMakers("levis jeans")); // ["Levi's"]
 * ```
 *
 * @module
 */
import { analyze } from "./text.ts";
import { LEAVES } from "./taxonomy.ts";

/** The longest maker's name, in words. */
let longest = 0;
let byKey: Map<string, string> | undefined;

/** A name's words as a query's are compared with it: a possessive's "s" joined ("Levi's" as "levis"). */
function key(text: string): string[] {
  return analyze(text.replace(/(\p{L})['’]s(?![\p{L}\p{N}])/gu, "$1s"));
}

function makers(): Map<string, string> {
  if (byKey) return byKey;
  byKey = new Map();
  for (const brand of new Set(LEAVES.flatMap((l) => l.brands))) {
    const words = key(brand);
    if (words.length === 0) continue;
    byKey.set(words.join(" "), brand);
    longest = Math.max(longest, words.length);
  }
  return byKey;
}

/** The makers whose whole name is a run of the query's words, as the catalog writes them. */
export function namedMakers(text: string): string[] {
  const all = makers();
  const words = key(text);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= longest && i + n <= words.length; n++) {
      const brand = all.get(words.slice(i, i + n).join(" "));
      if (brand) out.add(brand);
    }
  }
  return [...out];
}

/** Whether the words are a maker's whole name ("lego", "new balance"). */
export function isMakerName(text: string): boolean {
  return makers().has(key(text).join(" "));
}
