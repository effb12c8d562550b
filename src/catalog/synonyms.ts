/**
 * The synonyms file users edit (src/catalog/synonyms.txt), parsed once for both search
 * backends: Elasticsearch gets the rules inline in its `synonym_graph` filter (after the
 * plural stemmer, so `headphone` and `headphones` expand alike); the embedded index
 * expands queries with `expand()` over the same analysed words.
 *
 * Two Solr rule forms: `a, b, c` (equivalent both ways) and `a, b => a, c` (one way:
 * the left side is rewritten to the right side, so list the left term on the right too
 * when it should keep matching itself).
 *
 * @module
 */
import { analyze, fold, phraseAt, terms } from "./text.ts";
import { dataLines } from "../shared/data_lines.ts";
import { isKindHead, LEAVES } from "./taxonomy.ts";

const FILE = new URL("./synonyms.txt", import.meta.url);

/** One rule: any `from` phrase may be replaced by any `to` phrase (lowercase). */
export interface SynonymRule {
  from: string[];
  to: string[];
}

const phrases = (side: string) =>
  side.split(",").map((t) => t.trim().toLowerCase().replace(/\s+/g, " ")).filter(Boolean);

/** Parses Solr-format lines; comments and blank lines are skipped. */
export function parseSynonyms(text: string): SynonymRule[] {
  return dataLines(text)
    .map((l) => {
      const [left, right] = l.split("=>");
      const from = phrases(left);
      return { from, to: right === undefined ? from : phrases(right) };
    })
    .filter((r) =>
      r.from.length > 0 && r.to.length > 0 && (r.from.length > 1 || r.to.length > 1 || r.from[0] !== r.to[0])
    );
}

let cached: SynonymRule[] | undefined;

/**
 * The repository's synonym rules: the file's, then one for each kind the catalog spells
 * both as one word and as two (`compoundRules`), then the machine/maker pairs
 * (`machineRules`).
 */
export function loadSynonyms(): SynonymRule[] {
  if (!cached) {
    cached = [
      ...parseSynonyms(Deno.readTextFileSync(FILE)),
      ...compoundRules(LEAVES.flatMap((l) => l.nouns)),
      ...machineRules(LEAVES.flatMap((l) => l.nouns)),
    ];
  }
  return cached;
}

/**
 * An equivalence rule for each noun the catalog writes both as one word and as two
 * ("Smartwatch" and "Smart Watch", "Soundbar" and "Sound Bar"), so that "smart watch"
 * finds every smartwatch, not only those whose title splits the word. (A typed split of a
 * word the catalog only writes whole, "head phones", is the did-you-mean's to join.)
 *
 * @example
 * ```ts
 * import { compoundRules } from "./synonyms.ts";
 * console.log(compoundRules(["Smartwatch", "Smart Watch", "Running Watch"]));
 * // [{ from: ["smartwatch", "smart watch"], to: ["smartwatch", "smart watch"] }]
 * ```
 */
export function compoundRules(nouns: Iterable<string>): SynonymRule[] {
  const spellings = new Map<string, Set<string>>();
  for (const noun of nouns) {
    const written = terms(noun).join(" ");
    const joined = written.replaceAll(" ", "");
    spellings.set(joined, (spellings.get(joined) ?? new Set()).add(written));
  }
  const rules: SynonymRule[] = [];
  for (const [joined, ways] of spellings) {
    if (ways.size < 2 || !ways.has(joined)) continue;
    const from = [...ways].sort((a, b) => a.length - b.length || a.localeCompare(b));
    rules.push({ from, to: from });
  }
  return rules;
}

/**
 * A one-way rule for each kind the catalog calls a maker but shoppers also call a
 * machine, and the other way round: "waffle machine" finds the waffle makers, "espresso
 * maker" the espresso machines (each had found nothing). Only where the catalog never
 * writes the asked form itself, so its own "Bread Machine" keeps its products.
 *
 * @example
 * ```ts
 * import { machineRules } from "./synonyms.ts";
 * console.log(machineRules(["Waffle Maker", "Mini Waffle Maker", "Espresso Machine", "Bread Maker", "Bread Machine"]));
 * // [
 * //   { from: ["waffle machine"], to: ["waffle maker"] },
 * //   { from: ["mini waffle machine"], to: ["mini waffle maker"] },
 * //   { from: ["espresso maker"], to: ["espresso machine"] },
 * // ]
 * ```
 */
export function machineRules(nouns: Iterable<string>): SynonymRule[] {
  const written = new Set([...nouns].map((n) => terms(n).join(" ")));
  const other: Record<string, string> = { maker: "machine", machine: "maker" };
  const rules: SynonymRule[] = [];
  for (const noun of written) {
    const words = noun.split(" ");
    const last = words.at(-1)!;
    if (words.length < 2 || !(last in other)) continue;
    const asked = [...words.slice(0, -1), other[last]].join(" ");
    if (!written.has(asked)) rules.push({ from: [asked], to: [noun] });
  }
  return rules;
}

/**
 * Solr-format rule lines for Elasticsearch's inline `synonyms` setting, with every
 * phrase already analysed (folded, stemmed) like the pre-analysed fields they apply to.
 */
export function synonymRules(rules = loadSynonyms()): string[] {
  const side = (phrases: string[][]) => phrases.map((p) => p.join(" ")).join(", ");
  const table = analysed(rules);
  return rules.map((r, i) =>
    r.from === r.to ? side(table[i].from) : `${side(table[i].from)} => ${side(table[i].to)}`
  );
}

/** A rule's phrases as analysed word lists, and as typed (folded words) for completions. */
interface AnalysedRule {
  from: string[][];
  to: string[][];
  typed: string[];
}
const analysedCache = new WeakMap<readonly SynonymRule[], AnalysedRule[]>();

/**
 * `rules` with every phrase analysed, worked out once per rule list: each search reads the
 * rules several times (readings, synonym words, leaf names, highlight terms), and analysing
 * each phrase again every time was ~15 % of an Elasticsearch search's CPU in the API; each
 * keystroke of autocomplete folded every phrase again too.
 */
function analysed(rules: readonly SynonymRule[]): AnalysedRule[] {
  let out = analysedCache.get(rules);
  if (!out) {
    out = rules.map((r) => ({
      from: r.from.map((p) => analyze(p)),
      to: r.to.map((p) => analyze(p)),
      typed: [...r.from, ...r.to].map((t) => terms(fold(t)).join(" ")),
    }));
    analysedCache.set(rules, out);
  }
  return out;
}

/** A rule's left-side phrase typed in a query, and where. */
interface RuleMatch {
  rule: AnalysedRule;
  from: string[];
  at: number;
}
const byFirstWord = new WeakMap<
  readonly SynonymRule[],
  Map<string, { rule: AnalysedRule; from: string[]; order: number }[]>
>();

/**
 * The rules' left-side phrases typed in `words`, in rule order, found through an index by
 * first word: every search reads the rules several times, and scanning all of them each
 * time grew with every rule added (the seventeenth set's 62 rules made an embedded search
 * ~30 % slower).
 */
function matchesIn(rules: readonly SynonymRule[], words: readonly string[]): RuleMatch[] {
  let index = byFirstWord.get(rules);
  if (!index) {
    index = new Map();
    let order = 0;
    for (const rule of analysed(rules)) {
      for (const from of rule.from) {
        if (from.length === 0) continue;
        const list = index.get(from[0]) ?? [];
        list.push({ rule, from, order: order++ });
        index.set(from[0], list);
      }
    }
    byFirstWord.set(rules, index);
  }
  const found: (RuleMatch & { order: number })[] = [];
  for (const w of new Set(words)) {
    for (const c of index.get(w) ?? []) {
      const at = phraseAt(words, c.from);
      if (at >= 0) found.push({ ...c, at });
    }
  }
  return found.sort((a, b) => a.order - b.order);
}

/**
 * Alternatives for a query, as analysed (folded, stemmed) word lists: the query itself
 * plus each variant in which one synonym phrase is replaced by another of its rule
 * (`best tv` → `best television`, …).
 */
export function expand(query: string, rules = loadSynonyms()): string[][] {
  return expandParts(query, rules).map((parts) => parts.flat());
}

/**
 * `expand`, keeping the words of each synonym phrase together as one part: a phrase of
 * a rule (`in ear headphone` for `earbud`, replacing or typed where the rule rewrites it)
 * must match as a unit, its words in a row, as
 * Elasticsearch's `synonym_graph` matches it as a phrase, never as words scattered over a
 * product ("in" of "ready to go in minutes" and "ear" of "Over-Ear"). Other words are
 * parts of one word each, free to match across fields.
 *
 * @example
 * ```ts
 * import { expandParts } from "./synonyms.ts";
 * console.log(expandParts("wireless earbuds").map((a) => a.map((p) => p.join(" ")).join(" + ")));
 * // ["wireless + earbud", "wireless + in ear headphone", "wireless + earphone"]
 * ```
 */
/**
 * The phrases of several words typed in `query` (analysed) that a rule replaces with other
 * words, not keeping them ("cross trainer" of "cross trainer => elliptical"): each names one
 * thing, and none of its words alone is that thing.
 */
export function replacedPhrases(query: string, rules = loadSynonyms()): string[][] {
  return matchesIn(rules, analyze(query))
    .filter(({ rule, from }) => from.length > 1 && !rule.to.some((t) => t.join(" ") === from.join(" ")))
    .map(({ from }) => from);
}

/**
 * The words a query asks for by name, for the noun boost (analysed): its own words, and
 * where a one-way rule replaces words typed with a phrase, the phrase's last word, which
 * names the thing asked for as a typed word would ("kitchen roll => paper towels": the
 * paper towels, which had ranked below paper towel holders, their category naming both
 * words). (A one-word replacement is a synonym's word, `synonymWords`: "parka => coat,
 * jacket" asks for parkas before any jacket.)
 */
export function askedWords(query: string, rules = loadSynonyms()): string[] {
  const words = analyze(query);
  const out = new Set(words);
  for (const { rule, from } of matchesIn(rules, words)) {
    if (rule.to.some((t) => t.join(" ") === from.join(" "))) continue;
    for (const t of rule.to) if (t.length > 1) out.add(t.at(-1)!);
  }
  return [...out];
}

export function expandParts(query: string, rules = loadSynonyms()): string[][][] {
  const words = analyze(query);
  // A group per word; a rule's multi-word phrase typed in the query is one group. (Only a
  // phrase the rule rewrites: Elasticsearch's synonym graph reads the query's words as a
  // phrase only where a rule matches them, so "food storage containers", the right side of
  // "tupperware => …", stays three words that may sit anywhere in a field.)
  const own = words.map((_, i) => i);
  const typed = matchesIn(rules, words);
  for (const { from, at } of typed) {
    if (from.length > 1) { for (let k = at + 1; k < at + from.length; k++) own[k] = own[at]; }
  }
  const parts = (ws: string[], groups: number[]) => {
    const out: string[][] = [];
    ws.forEach((w, i) => i > 0 && groups[i] === groups[i - 1] ? out.at(-1)!.push(w) : out.push([w]));
    return out;
  };
  // Each rule's replacement where its left side is typed; then every choice of them at
  // words that do not overlap, as Elasticsearch's synonym graph reads the query: "gray
  // hoodie" is also "grey sweatshirt", not only "grey hoodie" and "gray sweatshirt".
  const swaps: { at: number; length: number; to: string[]; group: number }[] = [];
  let group = words.length;
  for (const { rule, from: f, at } of typed) {
    for (const t of rule.to) {
      if (t.join(" ") !== f.join(" ")) swaps.push({ at, length: f.length, to: t, group: group++ });
    }
  }
  const choices: (typeof swaps)[] = [[]];
  for (let n = 1; n <= swaps.length && choices.length < MAX_ALTERNATIVES; n++) {
    // Fewer replacements first: the query's own words, then one replaced, then two, …
    for (const choice of choices.filter((c) => c.length === n - 1)) {
      const after = choice.length === 0 ? -1 : swaps.indexOf(choice.at(-1)!);
      for (const swap of swaps.slice(after + 1)) {
        if (choice.some((c) => c.at < swap.at + swap.length && swap.at < c.at + c.length)) continue;
        if (choices.length >= MAX_ALTERNATIVES) break;
        choices.push([...choice, swap]);
      }
    }
  }
  // A one-way rule that does not keep its left side ("mom => women") replaces the words
  // typed, as the synonym graph does: "gift for mom" is no search for Mom Jeans.
  const replaced = typed.flatMap(({ rule, from: f, at }) =>
    rule.to.some((t) => t.join(" ") === f.join(" ")) ? [] : [{ at, length: f.length }]
  );
  const replacing = (choice: typeof swaps) =>
    replaced.every((r) => choice.some((c) => c.at === r.at && c.length === r.length));
  const kept = choices.some(replacing) ? choices.filter(replacing) : choices;
  const out = new Map<string, string[][]>();
  for (const choice of kept) {
    const alt: string[] = [];
    const groups: number[] = [];
    for (let i = 0; i < words.length;) {
      const swap = choice.find((c) => c.at === i);
      if (swap) {
        alt.push(...swap.to);
        groups.push(...swap.to.map(() => swap.group));
        i += swap.length;
      } else {
        alt.push(words[i]);
        groups.push(own[i++]);
      }
    }
    const key = alt.join(" ");
    // The first grouping of the same words wins (the query's own comes first).
    if (!out.has(key)) out.set(key, parts(alt, groups));
  }
  return [...out.values()];
}

/**
 * For each one-word query word with one-word synonyms, and each of those synonyms, the
 * other words of the group (analysed): the embedded index scores each word with the largest
 * document frequency among them, as Elasticsearch's synonym query blends a word and its
 * synonyms into one term. (Each on its own terms, "2 slice toaster white" ranked ivory
 * toasters above white ones: ivory is the rarer word.)
 */
export function synonymGroups(query: string, rules = loadSynonyms()): Map<string, string[]> {
  const words = analyze(query);
  const out = new Map<string, string[]>();
  for (const { rule, from } of matchesIn(rules, words)) {
    if (from.length !== 1 || out.has(from[0])) continue;
    const group = [...new Set([from[0], ...rule.to.filter((t) => t.length === 1).map((t) => t[0])])];
    if (group.length < 2) continue;
    for (const w of group) {
      if (w !== from[0] && (words.includes(w) || out.has(w))) continue;
      out.set(w, group.filter((o) => o !== w));
    }
  }
  return out;
}

/**
 * The query's words a one-way rule keeps and adds words to that name no kind ("white =>
 * white, ivory", analysed): a product whose title holds the word as typed ranks first
 * (`RANKING.asTyped`), the rule's other words being what the shop also calls it. (A kind's
 * synonyms are ranked by the noun boost: "bbq" shows grills, not BBQ grill covers.)
 */
export function keptWords(query: string, rules = loadSynonyms()): string[] {
  const words = analyze(query);
  const out = new Set<string>();
  for (const { rule, from } of matchesIn(rules, words)) {
    const both = rule.from.length === rule.to.length &&
      rule.from.every((f, i) => f.join(" ") === rule.to[i].join(" "));
    if (from.length !== 1 || both || isKindHead(from[0])) continue;
    const added = rule.to.filter((t) => t.join(" ") !== from[0]);
    if (
      rule.to.some((t) => t.join(" ") === from[0]) && added.length > 0 &&
      !added.some((t) => isKindHead(t.at(-1)!))
    ) out.add(from[0]);
  }
  return [...out];
}

/**
 * The query with its first word a rule names with a phrase written as that phrase
 * ("kids raincoat" → "kids rain jacket"), or `undefined`: a relaxation of the phrase's
 * words can keep who it is for and drop the rest ("kids jacket"), where the one word
 * could only be kept or dropped whole ("kids raincoat" found nothing).
 */
export function phrasedReading(query: string, rules = loadSynonyms()): string | undefined {
  const words = terms(fold(query));
  const table = analysed(rules);
  for (const [i, w] of words.entries()) {
    const [word] = analyze(w);
    if (word === undefined) continue;
    const at = table.findIndex((r) => r.from.some((f) => f.length === 1 && f[0] === word));
    const phrase = at < 0 ? undefined : rules[at].to.find((t) => t.includes(" "));
    if (phrase !== undefined) return [...words.slice(0, i), phrase, ...words.slice(i + 1)].join(" ");
  }
  return undefined;
}

/** Most readings of one query (`expandParts`): a query of many words with synonyms each stops there. */
const MAX_ALTERNATIVES = 64;

/**
 * Single words a query's synonyms add (analysed), beside its own words: the head-noun
 * boost counts these at a lower weight. Multi-word replacements are phrases, not nouns.
 */
export function synonymWords(query: string, rules = loadSynonyms()): Set<string> {
  const words = analyze(query);
  const out = new Set<string>();
  for (const { rule } of matchesIn(rules, words)) {
    for (const t of rule.to) {
      if (t.length === 1 && !words.includes(t[0])) out.add(t[0]);
    }
  }
  return out;
}

/**
 * The synonym terms a typed prefix (3 characters or more) begins, one per rule, for autocomplete after
 * the catalog's own words: "silv" → silverware, which the catalog calls flatware (a search
 * for the completion finds them through its rule).
 */
export function synonymCompletions(prefix: string, rules = loadSynonyms()): string[] {
  const key = terms(fold(prefix)).join(" ");
  if (key.length < 3) return [];
  const out = new Set<string>();
  for (const rule of analysed(rules)) {
    // One term per rule: "sci" completes to scifi, not also to "sci fi" and "science fiction".
    const text = rule.typed.find((t) => t.startsWith(key));
    if (text) out.add(text);
  }
  return [...out];
}
