/**
 * Text analysis shared by both search backends, so "headphone" and "headphones", or
 * "café" and "cafe", mean the same thing on Elasticsearch and in the embedded index:
 * folding, tokenising, a plural-only stemmer (Elasticsearch stores the text analysed
 * here, in its `*_terms` fields, and only tokenises it), typo budgets, and the fields a
 * product contributes to the index beyond its own schema (head noun, vocabulary,
 * completions).
 *
 * @example
 * ```ts
 * import { stem, terms } from "./text.ts";
 * console.log(terms("Café Headphones")); // ["cafe", "headphones"]
 * console.log(stem("headphones"), stem("watches")); // headphone watch
 * console.log(stem("batteries"), stem("hoodies")); // battery hoodie
 * ```
 * @module
 */
import type { Product } from "../domain/product.ts";
import { once } from "../shared/memo.ts";

/** Lowercase and strip diacritics (`Café` → `cafe`), like ES lowercase + asciifolding. */
export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase(); // the common case, ~10× faster
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}
// deno-lint-ignore no-control-regex -- "all ASCII" includes control characters
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Folded words: every run of letters/digits (punctuation and hyphens split words), but
 * initials written with dots are one word: "L.L.Bean" is "ll bean" as shoppers type it,
 * "e.l.f." is "elf" ("ll bean" and "elf" had found nothing of theirs). (Only dotted ones:
 * "Germ-X. A little" stays four words.)
 */
export function terms(text: string): string[] {
  return foldedTerms(fold(text));
}
/** `terms` of a text folded already. */
function foldedTerms(folded: string): string[] {
  const text = folded.includes(".") ? folded.replace(INITIALS, (m) => `${m.replaceAll(".", "")} `) : folded;
  if (!ASCII.test(text)) return text.split(SEPARATORS).filter(Boolean);
  return asciiWords(text, (w) => w);
}

/**
 * `text.split(/[^a-z0-9]+/).filter(Boolean).map(each)` of a folded ASCII text, by a scan:
 * every word is indexed, so every product's title and description pass here (a split,
 * then a filter, made two lists).
 */
function asciiWords(text: string, each: (word: string) => string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(each(text.slice(start, i)));
      start = -1;
    }
  }
  if (start >= 0) words.push(each(start === 0 ? text : text.slice(start)));
  return words;
}
const SEPARATORS = /[^\p{L}\p{N}]+/u;
/** Two or more single letters each followed by a dot, the last dot optional ("l.l.", "e.l.f.", "u.s.a"). */
const INITIALS = /(?<![\p{L}\p{N}.])(?:\p{L}\.){2,}(?:\p{L}(?![\p{L}\p{N}]))?/gu;

/**
 * Plural folding, as ordered regex rewrites, the first that matches applies. Words of 3
 * characters or fewer, words ending in -ss/-us/-is, and `PLURAL_ONLY`, are left alone.
 */
export const STEM_RULES: readonly { pattern: string; replacement: string }[] = [
  { pattern: "^(.{2,})ies$", replacement: "$1y" }, // batteries → battery
  { pattern: "^(.+(?:ch|sh|x|z|ss))es$", replacement: "$1" }, // watches → watch, glasses → glass
  { pattern: "^(.{2,}[^sui])s$", replacement: "$1" }, // headphones → headphone
];
const COMPILED = STEM_RULES.map((r) => ({ re: new RegExp(r.pattern), to: r.replacement }));

/**
 * Garments named only in the plural whose singular is another word: "shorts" folded to
 * "short" found every "Short Sleeve" shirt, "tights" would find "tight", "briefs" "brief".
 */
const PLURAL_ONLY = new Set(["shorts", "tights", "briefs"]);

/**
 * Nouns whose singular ends in "-ie": their plural loses only the "s" ("hoodies" →
 * "hoodie"), where the "-ies" rule for "batteries" made "hoodys", so the singular and the
 * plural found different products, and a typo "correction" of the plural found others
 * ("beanies" → coffee beans, "smoothies" → smooth-edge can openers). Those of SCOWL's
 * common English words (sizes 10–50) and a few product words it lacks.
 */
const IE_NOUNS = new Set(
  ("aerie biggie birdie bogie boogie bookie brownie budgie caddie calorie collie cookie coolie cootie " +
    "coterie curie dogie footsie freebie genie goalie groupie hankie hippie hoagie hoodie junkie kiddie " +
    "laddie lassie magpie menagerie movie necktie newbie nightie oldie pantie pinkie pixie potpie prairie " +
    "quickie reverie rookie rotisserie selfie smoothie sortie sweetie veggie yuppie zombie " +
    "beanie onesie scrunchie bowtie talkie doggie goodie barbie brookie").split(" "),
);

/**
 * The analysis rules as data (`STEM_RULES`, `PLURAL_ONLY`, `IE_NOUNS`), so a store that
 * keeps analysed text can tell when it was analysed by other rules (the ES adapter keeps
 * a fingerprint of this with its index). Bump the leading number when `stem`, `terms`,
 * `fold` or the words a store indexes per field change in a way these lists do not show.
 */
export const ANALYSIS_RULES: string = JSON.stringify([
  4, // 2: a title's words without the maker's name it begins with (`titleTerms`); 3: `leafNamesOf`; 4: initials
  STEM_RULES,
  [...PLURAL_ONLY],
  [...IE_NOUNS],
]);

/** The plural-only stem of a folded word (`headphones` → `headphone`). */
export function stem(term: string): string {
  if (term.length <= 3 || term.charCodeAt(term.length - 1) !== 115 /* s */) return term; // every rule ends in s
  if (PLURAL_ONLY.has(term)) return term;
  // Indexing stems every word of every product, a few thousand distinct ones: a lookup
  // instead of up to three regex tests. Bounded, since queries bring words of their own.
  let stemmed = STEMS.get(term);
  if (stemmed === undefined) {
    stemmed = term;
    const singular = term.slice(0, -1);
    if (term.endsWith("ies") && IE_NOUNS.has(singular)) stemmed = singular;
    else {
      for (const r of COMPILED) {
        if (r.re.test(term)) {
          stemmed = term.replace(r.re, r.to);
          break;
        }
      }
    }
    if (STEMS.size >= 50_000) STEMS.clear();
    STEMS.set(term, stemmed);
  }
  return stemmed;
}
const STEMS = new Map<string, string>();

/** Where `phrase` first occurs in `words` as consecutive words, or -1. */
export function phraseAt(words: readonly string[], phrase: readonly string[]): number {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return i;
  }
  return -1;
}

/** Folded, stemmed words: what both indices store for a text field. */
export function analyze(text: string): string[] {
  return terms(text).map(stem);
}

/**
 * Typos allowed in a word (Algolia's defaults, ES `fuzziness: AUTO:4,8`): none below 4
 * characters, one from 4, two from 8. Words with digits (models, "4k") are never fuzzed.
 */
export function typoBudget(term: string): number {
  if (/\p{N}/u.test(term)) return 0;
  return term.length < 4 ? 0 : term.length < 8 ? 1 : 2;
}

/**
 * How many edits a typed word is from a candidate under the shop's typo rule, or
 * `undefined` when the candidate is no reading of it: within the word's `typoBudget` (of
 * its stem) and with the same first letter (like ES `prefix_length: 1`). A typo can make a
 * word look plural ("wireles" stems to "wirele", two edits from "wireless"): the word as
 * typed is measured too (and without an "-es" whose "sh" or "ch" a typo swapped:
 * "bruhses"), and the nearer reading counts. `undefined` instead of a measure when the
 * word allows no typo at all. Whether the word is a real one, and so no typo
 * (`isEnglishWord`), is the caller's to ask. The word's stem and budget are worked out
 * once, for the many candidates measured against it.
 */
export function typoDistances(
  word: string,
  /** A budget of at least this many edits (the word's own as typed, when nothing is nearer). */
  atLeast = 0,
): ((candidate: string) => number | undefined) | undefined {
  const s = stem(word);
  // (A plural's budget when its stem is too short for one: "dres" is a dress typed, though
  // read as a plural it stems to "dre".)
  const budget = Math.max(typoBudget(s) || typoBudget(word), atLeast);
  if (budget === 0) return undefined;
  // Letters swapped in the "sh" or "ch" before a plural's "-es" hide the plural: "bruhses"
  // stems to "bruhse", two edits from "brush", but read without its "es" it is one.
  const esless = /(?:hs|hc)es$/.test(word) ? word.slice(0, -2) : undefined;
  // A doubled letter typed once, or a single one twice, is one slip however many it
  // happens to: "dumbels" is one typo of "dumbbells" (two edits), as "dumbells" is.
  const single = undouble(s);
  return (candidate) => {
    if (candidate[0] !== s[0] && !(SILENT_FIRST.test(candidate) && candidate[1] === s[0])) return undefined;
    let d = editDistance(s, candidate, budget);
    if (s !== word) d = Math.min(d, editDistance(word, candidate, budget));
    if (esless !== undefined) d = Math.min(d, editDistance(esless, candidate, budget));
    if (d > 1 && undouble(candidate) === single) d = 1;
    return d <= budget ? d : undefined;
  };
}

/**
 * A first letter that is not said, so left out as typed: "nife" is a knife, "rench" a
 * wrench (the same-first-letter rule had ruled them out).
 */
const SILENT_FIRST = /^(?:kn|wr|gn|pn|ps)/;

/** A word with each run of one letter written once ("dumbbells" → "dumbels"). */
function undouble(word: string): string {
  return word.replace(/(\p{L})\1+/gu, "$1");
}

/**
 * Optimal-string-alignment distance (a transposition counts as one edit, like ES fuzzy
 * queries), giving up with `max + 1` once the distance exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, cur[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, rows[i - 2][j - 2] + 1);
      }
      cur[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    rows.push(cur);
  }
  return rows[a.length][b.length];
}

/** What a product adds to the index beyond its schema, derived from title, category and tags. */
export interface ProductTerms {
  /** The product noun as the title uses it, lowercase: `laptop bag`. */
  noun: string;
  /** Stem of the noun's last word — what the product *is*: `bag` for "Laptop Bag". */
  head: string;
  /** Stem of the leaf category's last word: `bag` for `…laptop_bags`, `notebook` for `…notebooks`. */
  leafHead: string;
  /** The leaf category's name, analysed: `laptop bag` for `…laptop_bags` (see `leafName`). */
  leafName: string;
  /**
   * Distinct folded title, brand and category words without digits, and the title's
   * hyphenated words as written ("e-reader"): the spelling vocabulary.
   */
  words: string[];
  /** Query completions that name what a product is or who makes it: noun, its last word, brand. */
  completions: string[];
  /** Weaker completions (counted at `PHRASE_WEIGHT`): features, "brand noun", "feature noun". */
  phrases: string[];
}

/** Collapses whitespace and folds diacritics, keeping hyphens/apostrophes: the completion key. */
export function completionKey(text: string): string {
  return collapseSpaces(fold(text));
}
function collapseSpaces(folded: string): string {
  // Most text has nothing to collapse: single spaces, none at either end.
  if (!SPACES_TO_COLLAPSE.test(folded)) return folded;
  return folded.replace(/\s+/g, " ").trim();
}
/** Whitespace `collapseSpaces` changes: any but a space, two spaces, or a space at either end. */
const SPACES_TO_COLLAPSE = /[^\S ]| {2}|^ | $/;

/**
 * The noun is the tag the title carries (the generator puts it first); failing that,
 * the longest tag found in the title, then the title's last word without a model suffix.
 * `title` and `tags` are completion keys.
 */
function productNoun(title: string, tags: string[]): string {
  if (tags[0] && title.includes(tags[0])) return tags[0]; // the common case, without the list below
  const inTitle = tags.filter((t) => t && title.includes(t));
  if (inTitle.length > 0 && title.includes(tags[0])) return tags[0];
  if (inTitle.length > 0) return inTitle.sort((a, b) => b.length - a.length)[0];
  const words = title.split(" ").filter((w) => !HAS_DIGIT.test(w));
  return words.at(-1) ?? title;
}
const HAS_DIGIT = /\p{N}/u;
/** Words joined by hyphens in a completion key: "e-reader", "wi-fi", "over-the-range". */
const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/** Index-time terms of one product (pure: the same on both backends). */
export function productTerms(p: Product): ProductTerms {
  const folded = fold(p.title);
  return productTermsOf(p, folded, foldedTerms(folded));
}

/**
 * `productTerms(p)` and `analyze(p.title)` (see `titleTerms`, `descriptionTerms`) together,
 * the title folded and split once for both: what an index stores for a product.
 */
export function productAndTitleTerms(p: Product): { terms: ProductTerms; titleWords: string[] } {
  const folded = fold(p.title);
  const words = foldedTerms(folded);
  return { terms: productTermsOf(p, folded, words), titleWords: words.map(stem) };
}

/** `productTerms` of `p` whose title folded is `folded`, and `folded`'s `foldedTerms` `titleWords`. */
function productTermsOf(p: Product, folded: string, titleWords: readonly string[]): ProductTerms {
  // The title folded once, for its completion key and its spelling words alike.
  const title = collapseSpaces(folded);
  const tags = p.tags.map((t) => once(TAG_KEYS, t, () => completionKey(t)));
  const noun = productNoun(title, tags);
  const nounTerms = once(NOUN_TERMS, noun, () => ({
    head: stem(terms(noun).at(-1) ?? ""),
    // `noun` is a completion key already: so is each of its words.
    lastWord: noun.split(/[\s-]+/).at(-1) ?? "",
  }));
  const category = once(CATEGORY_TERMS, p.category, () => {
    const leaf = leafName(p.category);
    return {
      leaf,
      leafHead: leaf.split(" ").at(-1) ?? "",
      words: spellingWords(p.category.replaceAll("_", " ")),
    };
  });
  const brandTerms = once(
    BRAND_TERMS,
    p.brand,
    () => ({ key: completionKey(p.brand), words: spellingWords(p.brand) }),
  );
  // Distinct, in order: a dozen or so, so `includes` rather than a Set.
  const vocabulary: string[] = [];
  for (const w of titleWords) {
    if (w.length >= 2 && !hasDigit(w) && !vocabulary.includes(w)) vocabulary.push(w);
  }
  for (const w of brandTerms.words) if (!vocabulary.includes(w)) vocabulary.push(w);
  for (const w of category.words) if (!vocabulary.includes(w)) vocabulary.push(w);
  // Hyphenated words as written ("e-reader", "in-ear"): a shopper types them run together.
  if (title.includes("-")) {
    for (const w of title.match(HYPHENATED) ?? []) {
      if (!HAS_DIGIT.test(w) && !vocabulary.includes(w)) vocabulary.push(w);
    }
  }
  const brand = brandTerms.key;
  const features = tags.filter((t) =>
    t && t !== noun && !noun.includes(t) && !t.includes(noun) && title.includes(t)
  );
  // Distinct, in order, of two characters or more (a handful each: `includes`, not Sets).
  const completions: string[] = [];
  for (const c of [noun, nounTerms.lastWord, brand]) {
    if (c.length >= 2 && !completions.includes(c)) completions.push(c);
  }
  const phrases: string[] = [];
  const addPhrase = (c: string) => {
    if (c.length >= 2 && !completions.includes(c) && !phrases.includes(c)) phrases.push(c);
  };
  addPhrase([brand, noun].join(" "));
  for (const f of features) addPhrase(f);
  for (const f of features) addPhrase([f, noun].join(" "));
  return {
    noun,
    head: nounTerms.head,
    leafHead: category.leafHead,
    leafName: category.leaf,
    words: vocabulary,
    completions,
    phrases,
  };
}

/** A text's folded words of two letters or more without digits: what the spelling vocabulary keeps. */
function spellingWords(text: string): string[] {
  return keptForSpelling(terms(text));
}
function keptForSpelling(words: readonly string[]): string[] {
  return words.filter((w) => w.length >= 2 && !hasDigit(w));
}
/** `HAS_DIGIT.test(word)`, without the regex for an ASCII word (most are). */
function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (c > 127) return HAS_DIGIT.test(word);
  }
  return false;
}

/**
 * `productTerms`' pieces that depend on one field alone, worked out once per value: a
 * catalog has a few hundred categories, a thousand brands and a few thousand tags, and
 * seeding 100k products spent a third of its own time re-deriving them.
 */
const CATEGORY_TERMS = new Map<string, { leaf: string; leafHead: string; words: string[] }>();
const BRAND_TERMS = new Map<string, { key: string; words: string[] }>();
const TAG_KEYS = new Map<string, string>();
const NOUN_TERMS = new Map<string, { head: string; lastWord: string }>();

/**
 * A category path's leaf as words, analysed (stems joined by spaces): `bed` for
 * `home.furniture.beds`, `dog bed` for `pets.dogs.dog_beds`. A query whose last words are
 * exactly a leaf's name asks for that kind of thing (see `RANKING.leafName`).
 */
export function leafName(category: string): string {
  return analyze((category.split(".").at(-1) ?? "").replaceAll("_", " ")).join(" ");
}

/**
 * A title's words as a field apart from its maker's: the title without the maker's name it
 * begins with ("Cable Matters HDMI Cable" → `hdmi cable`). Both backends index the maker's
 * words in the brand field alone, so a maker named with a kind's word counts it once, as
 * its name, not twice over: every "hdmi cable" was Cable Matters', every "baby food" Happy
 * Baby's, every "yoga pants" Alo Yoga's.
 */
export function titleTerms(
  p: Pick<Product, "title" | "brand">,
  words: string[] = analyze(p.title),
): string[] {
  // A catalog has a thousand makers and every product of one repeats its name: analysed once.
  const maker = once(MAKER_TERMS, p.brand, () => analyze(p.brand));
  if (maker.length === 0 || maker.length >= words.length) return words;
  for (let i = 0; i < maker.length; i++) if (words[i] !== maker[i]) return words;
  return words.slice(maker.length);
}
const MAKER_TERMS = new Map<string, string[]>();

/**
 * `analyze(p.description).join(" ")`, the longest text a product indexes, without analysing
 * again what other products or its own title did. The generator's descriptions are the
 * title, a short phrase of its own, then shop copy (copy.ts) that a few thousand
 * descriptions share: ": wireless mouse by Logitech. Built for everyday use. …". For
 * ASCII text, cutting it where a non-word character stands cuts no word, so its analysis
 * is the analyses of the pieces in turn: the title's (`words`, analysed already for
 * `titleTerms`), the phrase's, and the copy's after the first ". ", memoised. Any other
 * text is analysed whole.
 */
export function descriptionTerms(p: Pick<Product, "title" | "description">, words?: string[]): string {
  const text = p.description;
  const title = p.title;
  if (!ASCII.test(text)) return analyze(text).join(" ");
  let rest = text;
  let head = "";
  if (
    title !== "" && text.startsWith(title) &&
    !(isWordChar(title, title.length - 1) && isWordChar(text, title.length))
  ) {
    head = (words ?? analyze(title)).join(" ");
    rest = text.slice(title.length);
  }
  const cut = rest.indexOf(". ");
  const phrase = asciiAnalyzed(cut < 0 ? rest : rest.slice(0, cut));
  const copyText = cut < 0 ? "" : rest.slice(cut + 2);
  const copy = once(COPY_TERMS, copyText, () => analyze(copyText).join(" "), 10_000);
  return [head, phrase, copy].filter(Boolean).join(" ");
}
const COPY_TERMS = new Map<string, string>();

/**
 * `analyze(text).join(" ")` of an ASCII `text`, without testing again that it is one, and
 * with no list of unstemmed words between.
 */
function asciiAnalyzed(text: string): string {
  const folded = text.toLowerCase();
  if (folded.includes(".")) return foldedTerms(folded).map(stem).join(" ");
  return asciiWords(folded, stem).join(" ");
}

/** Whether `text[i]` is an ASCII letter or digit: part of a word `terms` keeps. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 0x20; // upper case to lower, digits stay digits
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}
