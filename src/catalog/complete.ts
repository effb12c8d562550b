/**
 * Query completions for what was typed when the catalog's completions of the prefix as
 * typed are not all there is: both backends complete a prefix (`complete`, the catalog's
 * phrases and names beginning with it) and ask this module what else to try, in turn:
 *
 * 1. words the catalog writes hyphenated, typed apart ("usb c" → "usb-c cable" first);
 * 2. a typo in the last word, completed from the closest catalog word beginning ("hedph");
 * 3. typos in the words before it ("wirless hea" → "wireless headphones");
 * 4. a word after a product line's name, as after the line's kind ("iphone c" → "iphone case").
 *
 * @example
 * ```ts
 * import { completeTyped } from "./complete.ts";
 * import { Vocabulary } from "./vocabulary.ts";
 *
 * const phrases = ["wireless headphones", "wireless mouse", "usb-c cable"];
 * const complete = (key: string) => phrases.filter((p) => p.startsWith(key));
 * const vocabulary = new Vocabulary([["wireless", 90], ["headphones", 50], ["usb-c", 40], ["cable", 40]]);
 * const load = () => vocabulary;
 * console.log(await completeTyped("wirless hea", 8, complete, vocabulary, load)); // ["wireless headphones"]
 * console.log(await completeTyped("usb c", 8, complete, vocabulary, load)); // ["usb-c cable"]
 * ```
 *
 * @module
 */
import { terms } from "./text.ts";
import type { Vocabulary } from "./vocabulary.ts";
import { afterProductLine, lineCompletions } from "./product_lines.ts";

/**
 * The completions of `key` (a `completionKey`): `complete(key)`, after those of its
 * hyphenated form (when the vocabulary is `ready`: no keystroke waits for it to load);
 * when there are none, those of the first fallback in the module's order that has some
 * (`vocabulary` loads it).
 */
export async function completeTyped(
  key: string,
  limit: number,
  complete: (key: string) => string[] | Promise<string[]>,
  ready: Vocabulary | undefined,
  vocabulary: () => Vocabulary | Promise<Vocabulary>,
): Promise<string[]> {
  const joined = ready?.hyphenated(key);
  const found = [...new Set([...joined ? await complete(joined) : [], ...await complete(key)])].slice(
    0,
    limit,
  );
  if (found.length > 0) return found;
  return await fallback(key, limit, complete, await vocabulary());
}

async function fallback(
  key: string,
  limit: number,
  complete: (key: string) => string[] | Promise<string[]>,
  vocabulary: Vocabulary,
): Promise<string[]> {
  const words = terms(key);
  const last = words.at(-1)!;
  const before = words.slice(0, -1);
  // A typo in the last word: complete the closest catalog word beginning instead.
  const fixed = vocabulary.prefixVariant(last);
  if (fixed) {
    const typo = await complete([...before, fixed].join(" "));
    if (typo.length > 0) return typo;
  }
  // Typos in the words before it, which are whole words: corrected as a search would.
  const corrected = before.length > 0 ? vocabulary.correct(before) : undefined;
  if (corrected && corrected.length === before.length) {
    for (const end of fixed ? [last, fixed] : [last]) {
      const typos = await complete([...corrected, end].join(" "));
      if (typos.length > 0) return typos;
    }
  }
  // A word after a product line's name: as after its kind ("iphone c" → "iphone case",
  // as "smartphone case").
  const line = afterProductLine(key);
  if (!line) return [];
  return lineCompletions(line, await Promise.all(line.prefixes.map((p) => complete(p))), limit);
}
