/**
 * Common English words (`english_words.txt`, from SCOWL): typo tolerance leaves a word
 * listed there as typed. A real word the catalog does not carry is not a typo of one it
 * does — "skirt" is not "shirt", "towel" not "tower", "coat" not "cat" — while the typos
 * shoppers make ("labtop", "headphons", "keybord") are not words. The list is read on
 * the first typo question (~39k words, a few MB of heap), never when search is not used.
 *
 * @example
 * ```ts
 * import { isEnglishWord } from "./english.ts";
 * isEnglishWord("towel"); // true: never corrected to "tower"
 * isEnglishWord("labtop"); // false: a typo, corrected to "laptop"
 * ```
 * @module
 */
import { fold } from "./text.ts";
import { dataLines } from "../shared/data_lines.ts";

const FILE = new URL("./english_words.txt", import.meta.url);
let words: Set<string> | undefined;

/** Whether the (folded) word is in the list. */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(dataLines(Deno.readTextFileSync(FILE)));
  return words.has(fold(word));
}
