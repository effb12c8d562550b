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
import { analyze, editDistance, fold, terms, typoDistances } from "./text.ts";
import { LEAVES } from "./taxonomy.ts";
import { isEnglishWord } from "./english.ts";

/** The longest maker's name, in words. */
let longest = 0;
let byKey: Map<string, string> | undefined;

/**
 * A name's words as a query's are compared with it: a possessive's "s" joined ("Levi's" as
 * "levis"), and initials typed apart joined as the dots join them ("l l bean" as "L.L.Bean").
 */
function key(text: string): string[] {
  const words = analyze(text.replace(/(\p{L})['’]s(?![\p{L}\p{N}])/gu, "$1s"));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const initial = (w: string | undefined) => w !== undefined && /^\p{L}$/u.test(w);
    if (initial(words[i]) && initial(words[i + 1])) {
      let run = "";
      while (initial(words[i])) run += words[i++];
      out.push(run);
      i--;
    } else out.push(words[i]);
  }
  return out;
}

function makers(): Map<string, string> {
  if (byKey) return byKey;
  byKey = new Map();
  for (const brand of new Set(LEAVES.flatMap((l) => l.brands))) {
    const words = key(brand);
    if (words.length === 0) continue;
    byKey.set(words.join(" "), brand);
    longest = Math.max(longest, words.length);
    // Typed without its dots and spaces: "llbean" for L.L.Bean, "jcrew" for J.Crew.
    if (words.length > 1 && /\p{L}\.\p{L}/u.test(brand)) byKey.set(words.join(""), brand);
    // A one-word name ending in "pro", typed without it, where the rest is no English word:
    // "babyliss" for BaBylissPRO (not "travel" of Travelpro).
    const [one] = words;
    if (words.length === 1 && one.length >= 9 && one.endsWith("pro") && !isEnglishWord(one.slice(0, -3))) {
      byKey.set(one.slice(0, -3), brand);
    }
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

let makersWords: Set<string> | undefined;
/** Whether the word is one of a maker's name's words, as the catalog writes them ("kirkland" of Kirkland Signature). */
export function isMakersWord(word: string): boolean {
  makersWords ??= new Set([...makers().keys()].flatMap((name) => name.split(" ")));
  return makersWords.has(key(word).join(" "));
}

/** The makers' names as a query's typos are looked up in them, worked out once. */
interface Spellings {
  /** Names of several words, by each of their words (a typo leaves the others as written). */
  byWord: Map<string, string[][]>;
  /** Names of several words as written (lower case), by their words run together ("loreal"). */
  byJoined: Map<string, string>;
  /** Names of one word (six letters or more) and as written (lower case), by first letter ("kitchenaid"). */
  byOneWord: Map<string, [string, string][]>;
}
let spellings: Spellings | undefined;

function makerSpellings(): Spellings {
  if (spellings) return spellings;
  spellings = { byWord: new Map(), byJoined: new Map(), byOneWord: new Map() };
  const { byWord, byJoined, byOneWord } = spellings;
  for (const brand of makers().values()) {
    const name = terms(fold(brand));
    if (name.length > 1) {
      for (const w of new Set(name)) byWord.set(w, [...byWord.get(w) ?? [], name]);
      byJoined.set(name.join(""), brand.toLowerCase());
    } else if (name.length === 1 && name[0].length >= 6) {
      byOneWord.set(name[0][0], [...byOneWord.get(name[0][0]) ?? [], [name[0], brand.toLowerCase()]]);
    }
  }
  return spellings;
}

/**
 * The query with a maker's name of several words put right where one of its words, and
 * only one, is a typo of the name's ("hamilton beech" → "hamilton beach", "north fase
 * jacket" → "north face jacket"): typo tolerance leaves a real word as typed ("beech" is
 * one), and alone the other words name no maker; or where the name is typed as one word
 * ("loreal shampoo" → "l'oreal shampoo"). `undefined` when there is none.
 */
export function correctMakerTypos(text: string): string | undefined {
  const { byWord, byJoined, byOneWord } = makerSpellings();
  const words = terms(fold(text));
  // A name of several words typed as one: "loreal" for L'Oréal (it was taken for a typo of
  // Lorell, an office brand), "newbalance".
  const joined = words.findIndex((w) => byJoined.has(w));
  if (joined >= 0) {
    return [...words.slice(0, joined), byJoined.get(words[joined])!, ...words.slice(joined + 1)].join(" ");
  }
  // A name of one word typed as two, one of them mistyped: "kitchen aide" for KitchenAid
  // (two real words, so typo tolerance leaves them, and joined they are no word).
  for (let i = 0; i + 1 < words.length; i++) {
    const together = words[i] + words[i + 1];
    // (Not a maker's own name of two words, typed right: "l oreal" is no Lorell.)
    if (byJoined.has(together)) continue;
    for (const [name, written] of byOneWord.get(together[0]) ?? []) {
      // (Joined as typed, the speller joins it itself: "kitchen aid".)
      // (The first word as the name begins: "kitchen" of KitchenAid, the slip after it.)
      if (Math.abs(name.length - together.length) > 1 || name === together || !name.startsWith(words[i])) {
        continue;
      }
      if (editDistance(together, name, 1) === 1) {
        return [...words.slice(0, i), written, ...words.slice(i + 2)].join(" ");
      }
    }
  }
  const names = new Set(words.flatMap((w) => byWord.get(w) ?? []));
  for (const name of names) {
    for (let i = 0; i + name.length <= words.length; i++) {
      const window = words.slice(i, i + name.length);
      const off = window.flatMap((w, j) => w === name[j] ? [] : [j]);
      if (off.length !== 1) continue;
      const j = off[0];
      // The other words say which maker: not a lone "the" or "and" ("the ordinary").
      if (!name.some((w, k) => k !== j && w.length >= 3 && w !== "the" && w !== "and")) continue;
      if (typoDistances(window[j])?.(name[j]) === undefined) continue;
      return [...words.slice(0, i), ...name, ...words.slice(i + name.length)].join(" ");
    }
  }
  return undefined;
}
