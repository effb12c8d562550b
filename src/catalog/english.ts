/**
 * Common English words (`english_words.txt`, from SCOWL): typo tolerance leaves a word
 * listed there as typed, and autocomplete leaves a prefix of one as typed. A real word
 * the catalog does not carry is not a typo of one it does — "sink" is not "silk",
 * "vest" not "vent", "bolt" not "belt" — while the typos shoppers make ("labtop",
 * "headphons", "hedph") are not words. The list is read on the first typo question
 * (~75k words, a few MB of heap), never when search is not used.
 *
 * @example
 * ```ts
 * import { beginsEnglishWord, isEnglishWord } from "./english.ts";
 * isEnglishWord("sink"); // true: never corrected to "silk"
 * isEnglishWord("labtop"); // false: a typo, corrected to "laptop"
 * beginsEnglishWord("skir"); // true: "skirt" on its way, not a typo of "shir…"
 * ```
 * @module
 */
import { fold } from "./text.ts";
import { dataLines } from "../shared/data_lines.ts";

const FILE = new URL("./english_words.txt", import.meta.url);
let list: { words: Set<string>; sorted: string[] } | undefined;

function load() {
  if (!list) {
    const sorted = [...new Set(dataLines(Deno.readTextFileSync(FILE)))].sort();
    list = { words: new Set(sorted), sorted };
  }
  return list;
}

/** Whether the (folded) word is in the list. */
export function isEnglishWord(word: string): boolean {
  return load().words.has(fold(word));
}

/** Whether some listed word begins with the (folded) prefix, the word itself included. */
export function beginsEnglishWord(prefix: string): boolean {
  const p = fold(prefix);
  const { sorted } = load();
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) { // the first word ≥ p
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < p) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo].startsWith(p);
}
