/**
 * What a query says a product must not have: "baby monitor without wifi", "headphones
 * with no mic", "vacuum w/o a bag", "fish free cat food". Searched as typed, such a query
 * asked for the very thing it refused (every answer to "baby monitor without wifi" was a
 * Wi-Fi monitor; to "vacuum without bag", vacuum bags).
 *
 * A refused part the shop names a kind by refusing is that word ("vacuum without bag" is
 * a bagless vacuum, "dress without sleeves" a sleeveless dress, "shampoo without sulfates"
 * a sulfate-free one). Any other is left out: the query's `exclude` phrases, which both
 * backends apply as a filter on the title's words (`excludedPhrases`), synonyms included
 * (no "wifi" leaves out "Wi-Fi" too).
 *
 * @module
 */
import { analyze, fold, terms } from "./text.ts";
import { expandParts } from "./synonyms.ts";
import { type ShopWords, spells } from "./relax.ts";
import { isEnglishWord } from "./english.ts";

/** Words that refuse what follows; all but "without" only after another word ("no show socks"). */
const REFUSING = new Set(["without", "no", "non", "not"]);
/** Words skipped between the refusing word and what it refuses ("without a cord", "no added sugar"). */
const ARTICLES = new Set(["a", "an", "the", "any", "added", "extra"]);
/** Words after what is refused that say no more than the refusal ("no assembly required"). */
const TRAILING = new Set(["required", "needed", "necessary", "included", "involved", "attached"]);
/** Words that end what is refused ("mattress without springs for kids"). */
const BOUNDARY = new Set(
  ("and or nor for with under over below above in on at to from that which who but by than less more " +
    "plus also")
    .split(" "),
);
/** Words for how much, after which "not" refuses no thing ("not too pricey"). */
const DEGREE = new Set(["too", "very", "so", "that", "overly", "super", "really", "as"]);
/** Words joining refused parts into one list ("without wifi or app"). */
const OR = new Set(["or", "nor"]);

/**
 * What refusing a food or an allergen leaves out besides its own word: "nut free snacks" is
 * no almonds, "dairy free" no milk chocolate, "fish free cat food" no salmon. (Analysed forms.)
 */
const FAMILIES: Readonly<Record<string, readonly string[]>> = {
  nut: ["almond", "cashew", "peanut", "pistachio", "walnut", "pecan", "hazelnut", "macadamia"],
  dairy: ["milk", "cheese", "butter", "cream", "yogurt", "whey", "lactose"],
  milk: ["dairy", "cheese", "butter", "cream", "yogurt", "whey", "lactose"],
  fish: ["salmon", "tuna", "cod", "sardine", "anchovy", "whitefish", "trout", "seafood"],
  meat: ["beef", "chicken", "pork", "lamb", "turkey", "bacon", "venison"],
  gluten: ["wheat", "barley", "rye"],
  wheat: ["gluten"],
  // (Blind round 56: "peanut free granola bars" had shown peanut butter bars.)
  peanut: ["peanut butter", "groundnut"],
  soy: ["soya", "tofu", "edamame"],
  egg: ["eggs"],
  sesame: ["tahini"],
  lactose: ["milk", "dairy", "cheese", "cream", "yogurt", "whey"],
};

/** The analysed forms a refused word leaves out: itself and its family's (`FAMILIES`). */
function family(word: string): string[] {
  const base = analyze(word).join(" ");
  return [base, ...Object.hasOwn(FAMILIES, base) ? FAMILIES[base] : []];
}

/** Whether the text has a word that may refuse what follows or comes before it (`readRefusal` reads it). */
export function mayRefuse(text: string): boolean {
  return SAYS_REFUSAL.test(text) || UNMADE.test(text) || NOT_NEEDING.test(text);
}
/**
 * Not needing or using a thing, said with a verb: "lawn mower that doesn't need gas" refuses gas
 * (it had shown gas mowers), as "without gas" does.
 */
const NOT_NEEDING =
  /(?<![\p{L}\p{N}])(?:(?:does|do|did|will)\s+not|(?:doesn|don|didn|won)\s*['’]?\s*t)\s+(?:need|use|require|take|run\s+on)s?(?![\p{L}\p{N}])/iu;
const NOT_NEEDING_ALL = new RegExp(NOT_NEEDING.source, "giu");
/** A word made with "un" ("unscented", "unsweetened"): `unmade` tells whether it refuses. */
const UNMADE = /(?<![\p{L}\p{N}])un\p{L}{4,}/iu;

/**
 * What a word made with "un" refuses: its root ("scented" of "unscented"), when the shop
 * writes the root and the word is a real one; else `undefined`. (Where the shop writes the
 * word too, it is searched first, as a refusal's own word: `ownWord`.)
 */
function unmade(word: string, shop: ShopWords): string | undefined {
  if (!/^un\p{L}{4,}$/u.test(word) || !isEnglishWord(word)) return undefined;
  const root = word.slice(2);
  return spells(shop, root) && isEnglishWord(root) ? root : undefined;
}
const SAYS_REFUSAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${[...REFUSING, "w\/o", "free"].join("|")})(?![\p{L}\p{N}])`,
  "iu",
);

/** A query's readings with its refusals taken out. */
export interface Refusal {
  /**
   * The query's other words with each refusal the shop names by a word of its own in place
   * ("bagless vacuum"), and the phrases left out; `undefined` when no refusal has such a word.
   */
  named?: { text: string; exclude: string[]; words: string[] };
  /** The query's other words, and every refused phrase left out. */
  excluded: { text: string; exclude: string[] };
}

/**
 * `text` read for what it refuses, or `undefined` when it refuses nothing. `shop` tells
 * which words the catalog uses: a refused part it names with "-less" or "-free" may be
 * that word, placed first ("without bag" → "bagless vacuum"; searched first, as the shop
 * may use the word only for other kinds: "springless" trampolines); a two-word part is one
 * when the shop names a kind with them or writes them as one word ("without a remote
 * control", "w/o wi-fi").
 */
export function readRefusal(text: string, shop: ShopWords): Refusal | undefined {
  const words = terms(fold(text.replace(/\bw\/o\b/giu, "without").replace(NOT_NEEDING_ALL, " without ")));
  const kept: string[] = [];
  const refused: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    // (What is free of a word the shop never writes joined with "free" refuses it: "fish free
    // cat food" found nothing; "gluten free pasta" is the shop's own Gluten-Free.)
    // (Only of a thing or a food: "cruelty free mascara" asks for what the shop's copy calls
    // cruelty-free, "hands free headset" for a headset.)
    if (
      next === "free" && i + 2 < words.length && !REFUSING.has(w) && !BOUNDARY.has(w) && !ARTICLES.has(w) &&
      !/\p{N}/u.test(w) && !(shop.writtenJoined?.(w, next) ?? false) &&
      (family(w).length > 1 || shop.isNoun(w))
    ) {
      refused.push(w);
      i++;
      continue;
    }
    // (A word made with "un" that the shop never writes refuses what the shop writes without
    // it: "unscented candles" had shown scented ones.)
    const root = unmade(w, shop);
    if (root !== undefined) {
      refused.push(root);
      continue;
    }
    // (Not how much: "not too pricey" asks for a cheaper one, "not very big" a small one.)
    const refusing = REFUSING.has(w) && next !== undefined && !DEGREE.has(next) &&
      (w === "without" || (i > 0 && !(shop.writtenJoined?.(w, next) ?? false)));
    if (!refusing) {
      kept.push(w);
      continue;
    }
    // (A "with" before "no" is part of it: "jeans with no holes".)
    if (w === "no" && kept.at(-1) === "with") kept.pop();
    let j = i + 1;
    const parts: string[] = [];
    for (;;) {
      while (j < words.length && ARTICLES.has(words[j])) j++;
      const first = words[j];
      if (first === undefined || BOUNDARY.has(first) || /\p{N}/u.test(first)) break;
      const second = words[j + 1];
      const pair = second !== undefined && !BOUNDARY.has(second) &&
        ((shop.namesKindWith?.(first, second) ?? false) || (shop.writtenJoined?.(first, second) ?? false));
      parts.push(pair ? `${first} ${second}` : first);
      j += pair ? 2 : 1;
      if (TRAILING.has(words[j] ?? "")) j++;
      if (!OR.has(words[j] ?? "") || words[j + 1] === undefined || BOUNDARY.has(words[j + 1])) break;
      j++;
    }
    if (parts.length === 0) {
      kept.push(w);
      continue;
    }
    refused.push(...parts);
    i = j - 1;
  }
  if (refused.length === 0) return undefined;
  const excluded = { text: kept.join(" "), exclude: refused };
  const own = refused.map((part) => ownWord(part, shop));
  if (own.every((w) => w === undefined)) return { excluded };
  const named = own.filter((w) => w !== undefined);
  return {
    named: {
      text: [...named, ...kept].join(" "),
      exclude: refused.filter((_, i) => own[i] === undefined),
      words: named,
    },
    excluded,
  };
}

/** The shop's own word for refusing `part`: "bag" → "bagless", "sulfates" → "sulfate free". */
function ownWord(part: string, shop: ShopWords): string | undefined {
  if (part.includes(" ")) return undefined;
  // (The shop's own "un" word first: "unscented" lotions are the shop's word for them.)
  if (spells(shop, `un${part}`)) return `un${part}`;
  const base = analyze(part)[0];
  if (base === undefined) return undefined;
  for (const form of new Set([base, part])) {
    if (spells(shop, `${form}less`)) return `${form}less`;
    if (shop.writtenJoined?.(form, "free")) return `${form} free`;
  }
  return undefined;
}

/**
 * The phrases, as analysed word sequences, that an `exclude` parameter leaves out: each
 * comma-separated phrase with its synonyms' forms ("wifi" → `wifi`, `wi fi`) and, for a food,
 * its family's (`FAMILIES`: "nuts" leaves out almonds too).
 *
 * @example
 * ```ts
 * excludedPhrases("wifi"); // [["wifi"], ["wi", "fi"]]
 * ```
 */
export function excludedPhrases(exclude: string | undefined): string[][] {
  if (exclude === undefined) return [];
  const out = new Map<string, string[]>();
  for (const said of exclude.split(",")) {
    if (analyze(said).length === 0) continue;
    for (const alternative of family(said).flatMap((phrase) => expandParts(phrase))) {
      const words = alternative.flat();
      out.set(words.join(" "), words);
    }
  }
  return [...out.values()];
}
