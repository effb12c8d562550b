/**
 * The embedded product search: MiniSearch 7 (BM25 and query trees), chosen over Orama
 * because at 100k products it indexes ~3× faster and answers with a far smaller heap
 * (figures in FACTS). Semantics follow the Elasticsearch adapter through the shared
 * modules: the same analysis (src/catalog/text.ts: folding, plural stemming), synonyms,
 * noun boosts, typo policy and spelling vocabulary (src/catalog/vocabulary.ts).
 *
 * Search runs the exact (+synonym) query first; only when it finds fewer than
 * `RANKING.enoughExact` products does typo tolerance (catalog words within the typo
 * budget, plus the did-you-mean rewrite) add matches, ranked below every exact one.
 *
 * @module
 */
import { timeSlicer } from "../../shared/yield.ts";
import { type Product, sameProduct } from "../../domain/product.ts";
import {
  type AutocompleteOptions,
  categoryPaths,
  isUnder,
  PRICE_RANGES,
  PRODUCTS_FROM_COMPLETIONS,
  type SearchOptions,
  type SearchQuery,
  type SearchResult,
  suggested,
  SUGGESTED_PRODUCTS,
  type SuggestedProduct,
  suggestionQuery,
  type Suggestions,
} from "../../domain/search.ts";
import { Memo } from "../../shared/memo.ts";
import type { BulkProgress, CatalogStore } from "../port.ts";
import { highlight } from "../highlight.ts";
import { browsedCategories, kindPaths, namedCategories } from "../../catalog/browse.ts";
import { namedMakers } from "../../catalog/makers.ts";
import { searchAsMeant } from "../../catalog/intent.ts";
import { excludedPhrases } from "../../catalog/negation.ts";
import { completeTyped } from "../../catalog/complete.ts";
import { namesSomeone, PARTICULAR_PATHS } from "../../catalog/audience.ts";
import { productLineByKind, rewriteProductLines, withProductLines } from "../../catalog/product_lines.ts";
import {
  askedWords,
  expandParts,
  keptWords,
  synonymCompletions,
  synonymGroups,
  synonymWords,
} from "../../catalog/synonyms.ts";
import {
  analyze,
  completionKey,
  phraseAt,
  type ProductTerms,
  productTerms,
  stem,
  terms,
  titleTerms,
} from "../../catalog/text.ts";
import {
  headBonus,
  leafBonus,
  leafNamesOf,
  mergeCompletions,
  parseQuery,
  PHRASE_WEIGHT,
  priceBounds,
  queryLeafNames,
  rankCompletions,
  RANKING,
  trendingBonus,
  Vocabulary,
} from "../../catalog/vocabulary.ts";
import { type Hits, popcount, PostingIndex, type PostingQuery } from "./postings.ts";

const FIELDS = ["title", "brand", "category_words", "description"] as const;
const BOOST = { title: 3, brand: 2, category_words: 1.5, description: 0.5 };
const TYPO_BOOST = { title: 2, brand: 1.5 };
/**
 * Where a synonym phrase may match, all its words within one of these fields: this index
 * keeps no word positions, and in the short fields words of one field that belong
 * together are next to each other; a description is long enough to hold "in" and
 * "over-ear headphones" both.
 */
const PHRASE_FIELDS = ["title", "brand", "category_words"] as const;
/** Memoised autocomplete answers per prefix (they depend only on the catalog). */
const AUTOCOMPLETE_MEMO = 5_000;
const NO_MAKERS: ReadonlySet<string> = new Set();

/** The analysed words each field contributes to the index. */
function fieldWords(p: Product): Record<(typeof FIELDS)[number], string[]> {
  return {
    title: wordsOf(p, "title"),
    brand: wordsOf(p, "brand"),
    category_words: wordsOf(p, "category_words"),
    description: wordsOf(p, "description"),
  };
}

/** One field's analysed words. */
function wordsOf(p: Product, field: (typeof FIELDS)[number]): string[] {
  switch (field) {
    case "title":
      return titleTerms(p);
    case "brand":
      return analyze(p.brand);
    case "category_words":
      return analyze(p.category.replaceAll(".", " ").replaceAll("_", " "));
    case "description":
      return analyze(p.description);
  }
}

/** One matching product: slot, score (null without query words) and matched-term bits. */
interface Match {
  slot: number;
  p: Product;
  score: number | null;
  mask: number;
}

/** Query terms of one request, each with its bit (the quality factor and highlighting). */
class TermBits {
  readonly terms: string[] = [];
  bit(term: string): number {
    let i = this.terms.indexOf(term);
    if (i < 0) i = this.terms.push(term) - 1;
    return i < 31 ? i : -1; // past 31 distinct words a term still matches, uncounted
  }
  matched(mask: number): Set<string> {
    const out = new Set<string>();
    for (let i = 0; i < this.terms.length && i < 31; i++) if (mask & (1 << i)) out.add(this.terms[i]);
    return out;
  }
}

/** Strings numbered in order of first sight, so per-slot facts are small integers. */
class Dictionary {
  readonly #ids = new Map<string, number>();
  readonly names: string[] = [];
  id(name: string): number {
    let id = this.#ids.get(name);
    if (id === undefined) this.#ids.set(name, id = this.names.push(name) - 1);
    return id;
  }
  get(name: string): number | undefined {
    return this.#ids.get(name);
  }
}

/** Index of the `PRICE_RANGES` bucket holding `price` (-1 if none). */
const priceRange = (price: number) =>
  PRICE_RANGES.findIndex((r) =>
    (r.from === undefined || price >= r.from) && (r.to === undefined || price < r.to)
  );

/** Facet values by count, then name; the `n` largest. */
function topCounts(names: readonly string[], counts: Int32Array, n: number) {
  const out: { value: string; count: number }[] = [];
  for (let id = 0; id < counts.length; id++) {
    if (counts[id] > 0) out.push({ value: names[id], count: counts[id] });
  }
  return out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)).slice(
    0,
    n,
  );
}

const addCount = (m: Map<string, number>, key: string, by: number) => {
  const v = (m.get(key) ?? 0) + by;
  if (Math.abs(v) < 1e-9) m.delete(key);
  else m.set(key, v);
};

export class EmbeddedCatalog implements CatalogStore {
  #index = new PostingIndex(FIELDS);
  #docs = new Map<string, Product>();
  #slotOf = new Map<string, number>();
  /**
   * Per slot: the product (undefined once replaced). Its terms and field words are
   * derived again when it is replaced, not kept: they are pure functions of the product.
   */
  #slots: (Product | undefined)[] = [];
  /**
   * Per slot, as numbers (scoring and facets touch every match, so no strings there): head
   * noun and leaf-category noun (in `#nouns`), brand, category levels `a`, `a.b`, … (in
   * `#categories`) and price bucket.
   */
  #nouns = new Dictionary();
  #brands = new Dictionary();
  #categories = new Dictionary();
  #slotHead: number[] = [];
  #slotLeaf: number[] = [];
  #slotBrand: number[] = [];
  /** One shared array per category path (a few hundred), not one per product. */
  #slotCategories: number[][] = [];
  #levelsOf = new Map<string, number[]>();
  /** Category path → the names its leaf answers to (`leafNamesOf`, pure: kept across re-creations). */
  #leafNames = new Map<string, string[]>();
  #slotPrice: number[] = [];
  /** Spelling vocabulary: folded title/brand/category words → products using them. */
  #words = new Map<string, number>();
  /** Product nouns ("trash can") → products. */
  #nounPhrases = new Map<string, number>();
  /** Completion → summed popularity of the products it names, as a name and as a phrase. */
  #names = new Map<string, number>();
  #phrases = new Map<string, number>();
  #vocabulary: Vocabulary | undefined;
  #sortedCompletions: string[] | undefined;
  #byPopularity: number[] | undefined;
  /** Autocomplete answers depend only on the catalog: completions per prefix, products per completion. */
  #completionMemo = new Memo<Promise<string[]>>(AUTOCOMPLETE_MEMO);
  #suggestedMemo = new Memo<SuggestedProduct[]>(AUTOCOMPLETE_MEMO);

  ensureIndex(options: { recreate?: boolean } = {}): Promise<void> {
    if (options.recreate) {
      this.#index = new PostingIndex(FIELDS);
      this.#docs.clear();
      this.#slotOf.clear();
      this.#slots = [];
      this.#nouns = new Dictionary();
      this.#brands = new Dictionary();
      this.#categories = new Dictionary();
      this.#slotHead = [];
      this.#slotLeaf = [];
      this.#slotBrand = [];
      this.#slotCategories = [];
      this.#levelsOf.clear();
      this.#slotPrice = [];
      this.#words.clear();
      this.#nounPhrases.clear();
      this.#names.clear();
      this.#phrases.clear();
      this.#changed();
    }
    return Promise.resolve();
  }

  /**
   * Whether a slot's `field` has `phrase`'s words in a row, remembered per slot (a slot's
   * product never changes; a re-created index starts again): a phrase query checks the
   * same few hundred products each time, and analysing their titles again took longer than
   * the query.
   */
  #inARow(field: (typeof FIELDS)[number], phrase: readonly string[]): (slot: number) => boolean {
    const key = `${field}:${phrase.join(" ")}`;
    let seen = this.#phraseSlots.get(key);
    if (!seen) this.#phraseSlots.set(key, seen = new Map());
    return (slot) => {
      let yes = seen.get(slot);
      if (yes === undefined) seen.set(slot, yes = phraseAt(wordsOf(this.#slots[slot]!, field), phrase) >= 0);
      return yes;
    };
  }
  readonly #phraseSlots = new Map<string, Map<number, boolean>>();

  #changed() {
    this.#phraseSlots.clear();
    this.#vocabulary = undefined;
    this.#sortedCompletions = undefined;
    this.#byPopularity = undefined;
    this.#completionMemo.clear();
    this.#suggestedMemo.clear();
  }

  #account(p: Product, t: ProductTerms, sign: 1 | -1) {
    for (const w of t.words) addCount(this.#words, w, sign);
    addCount(this.#nounPhrases, t.noun, sign);
    for (const c of t.completions) addCount(this.#names, c, sign * p.popularity);
    for (const c of t.phrases) addCount(this.#phrases, c, sign * p.popularity);
  }

  async index(products: Product[], onProgress?: (p: BulkProgress) => void): Promise<void> {
    const chunk = 2_000;
    // Indexing is CPU work on the request thread: yield every few ms so /health keeps answering.
    const slice = timeSlicer();
    for (let i = 0; i < products.length; i += chunk) {
      let n = 0;
      for (const p of products.slice(i, i + chunk)) {
        if (++n % 50 === 0) await slice();
        const oldSlot = this.#slotOf.get(p.id);
        if (oldSlot !== undefined) { // upsert: same id, same product count
          const old = this.#slots[oldSlot]!;
          this.#index.remove(oldSlot, fieldWords(old));
          this.#account(old, productTerms(old), -1);
          this.#slots[oldSlot] = undefined;
        }
        const slot = this.#slots.length;
        const t = productTerms(p);
        this.#slots.push(p);
        this.#slotHead.push(this.#nouns.id(t.head));
        this.#slotLeaf.push(this.#nouns.id(t.leafHead));
        this.#slotBrand.push(this.#brands.id(p.brand));
        let levels = this.#levelsOf.get(p.category);
        if (!levels) {
          levels = p.category.split(".").map((_, i, parts) =>
            this.#categories.id(parts.slice(0, i + 1).join("."))
          );
          this.#levelsOf.set(p.category, levels);
        }
        this.#slotCategories.push(levels);
        this.#slotPrice.push(priceRange(p.price));
        this.#slotOf.set(p.id, slot);
        this.#docs.set(p.id, p);
        this.#index.add(slot, fieldWords(p));
        this.#account(p, t, 1);
      }
      onProgress?.({ indexed: Math.min(i + chunk, products.length), total: products.length });
    }
    this.#changed();
  }

  /** Packs the index once a load is done (the seeder refreshes after it), as ES merges segments. */
  refresh(): Promise<void> {
    this.#index.compact();
    return Promise.resolve();
  }

  count(): Promise<number> {
    return Promise.resolve(this.#docs.size);
  }

  /** (The index lives in this process: analysed by this version's rules whatever it holds.) */
  holds(products: readonly Product[]): Promise<boolean> {
    return Promise.resolve(products.every((p) => {
      const stored = this.#docs.get(p.id);
      return stored !== undefined && sameProduct(stored, p);
    }));
  }

  get(ids: string[]): Promise<Map<string, Product>> {
    const out = new Map<string, Product>();
    for (const id of ids) {
      const p = this.#docs.get(id);
      if (p) out.set(id, p);
    }
    return Promise.resolve(out);
  }

  #filter(
    q: SearchQuery,
    min: number | undefined,
    max: number | undefined,
  ): ((p: Product) => boolean) | undefined {
    const excluded = this.#excluded(q.exclude);
    if (
      q.category === undefined && q.brand === undefined && min === undefined && max === undefined &&
      excluded === undefined
    ) {
      return undefined;
    }
    const categories = categoryPaths(q.category);
    const brand = q.brand?.toLowerCase();
    return (p: Product) =>
      (excluded === undefined || !excluded.has(this.#slotOf.get(p.id)!)) &&
      (categories.length === 0 || isUnder(p.category, categories)) &&
      (brand === undefined || p.brand.toLowerCase() === brand) &&
      (min === undefined || p.price >= min) &&
      (max === undefined || p.price <= max);
  }

  /** The slots whose titles say one of `exclude`'s phrases (`excludedPhrases`), in a row. */
  #excluded(exclude: string | undefined): Set<number> | undefined {
    const phrases = excludedPhrases(exclude);
    if (phrases.length === 0) return undefined;
    const out = new Set<number>();
    for (const phrase of phrases) {
      const hits = this.#index.evaluate({
        op: "AND",
        children: phrase.map((term) => ({ term, bit: -1, boosts: { title: 1 } })),
        ...(phrase.length > 1 ? { where: this.#inARow("title", phrase) } : {}),
      });
      for (let i = 0; i < hits.length; i++) out.add(hits.slots[i]);
    }
    return out;
  }

  #vocab(): Vocabulary {
    return this.#vocabulary ??= new Vocabulary(
      this.#words,
      this.#nouns.names,
      [...this.#nounPhrases].filter(([, n]) => n > 0),
    );
  }

  /**
   * Exact words with synonym alternatives, AND within each alternative, over all fields;
   * a synonym phrase's words in a row within one short field, as Elasticsearch matches a
   * phrase (see `expandParts`: "battery pack" is no "Batteries, 48-Pack").
   */
  #exactQuery(text: string, bits: TermBits): PostingQuery {
    const groups = synonymGroups(text);
    const term = (w: string, boosts: Readonly<Record<string, number>>) => {
      const t = stem(w);
      const group = groups.get(w);
      return { term: t, bit: bits.bit(t), boosts, ...(group === undefined ? {} : { dfOf: group.map(stem) }) };
    };
    return {
      op: "OR",
      children: expandParts(text).map((alt) => ({
        op: "AND",
        children: alt.map((part): PostingQuery => {
          if (part.length === 1) return term(part[0], BOOST);
          const phrase = part.map(stem);
          return {
            op: "OR",
            children: PHRASE_FIELDS.map((field) => [field, BOOST[field]] as const).map(([field, boost]) => ({
              op: "AND",
              children: part.map((w) => term(w, { [field]: boost })),
              where: this.#inARow(field, phrase),
            })),
          };
        }),
      })),
    };
  }

  /** Per slot, `RANKING.asTyped` for each of the query's `keptWords` its title holds. */
  #asTyped(text: string): Map<number, number> | undefined {
    const kept = keptWords(text);
    if (kept.length === 0) return undefined;
    const out = new Map<number, number>();
    for (const w of kept) {
      const hits = this.#index.evaluate({ term: stem(w), bit: -1, boosts: { title: 1 } });
      for (let i = 0; i < hits.length; i++) {
        out.set(hits.slots[i], (out.get(hits.slots[i]) ?? 0) + RANKING.asTyped);
      }
    }
    return out;
  }

  /** Each word or a catalog word within its typo budget, on title and brand (as the ES adapter does). */
  #fuzzyQuery(text: string, bits: TermBits): PostingQuery {
    const vocab = this.#vocab();
    return {
      op: "AND",
      children: vocab.typoAlternatives(text).map((alternatives) => ({
        op: "OR",
        children: alternatives.map((term) => ({
          term,
          bit: bits.bit(term),
          boosts: TYPO_BOOST,
        })),
      })),
    };
  }

  /**
   * Hits that pass the filters, scored: BM25 × matched query terms + noun bonus (+ tier).
   * `leafNames`: the leaf names the query can mean (`queryLeafNames`).
   */
  #score(
    hits: Hits,
    keep: ((p: Product) => boolean) | undefined,
    own: ReadonlySet<string>,
    syn: ReadonlySet<string>,
    leafNames: ReadonlySet<string>,
    tier = 0,
    skip?: ReadonlySet<number>,
    browse?: { ids: ReadonlySet<number>; flat: boolean },
    anyone = false,
    makers: ReadonlySet<string> = NO_MAKERS,
    asTyped?: ReadonlyMap<number, number>,
  ): Match[] {
    // The noun boost per noun id: only the query's own words and synonyms earn one.
    const head = new Float64Array(this.#nouns.names.length);
    const leaf = new Float64Array(this.#nouns.names.length);
    // (A subcategory whose every product is a kind the query names counts as its head noun.)
    const kindOf = new Float64Array(this.#categories.names.length);
    let kinds = false;
    for (const w of new Set([...own, ...syn])) {
      for (const path of kindPaths([w])) {
        const id = this.#categories.get(path);
        if (id === undefined) continue;
        kindOf[id] = Math.max(kindOf[id], headBonus(w, own, syn) + leafBonus(w, own, syn));
        kinds = true;
      }
      const id = this.#nouns.get(w);
      if (id === undefined) continue;
      head[id] = headBonus(w, own, syn);
      leaf[id] = leafBonus(w, own, syn);
    }
    // …and per category id, the leaf named by the query's last words, and (when the query
    // names nobody) whether the category is for anyone, not under a child's or an animal's.
    const named = new Float64Array(this.#categories.names.length);
    const particular = new Set<number>();
    for (const path of anyone ? PARTICULAR_PATHS : []) {
      const id = this.#categories.get(path);
      if (id !== undefined) particular.add(id);
    }
    for (const [path, levels] of this.#levelsOf) {
      let names = this.#leafNames.get(path);
      if (names === undefined) this.#leafNames.set(path, names = leafNamesOf(path));
      const forAnyone = anyone && !levels.some((id) => particular.has(id)) ? RANKING.anyone : 0;
      named[levels.at(-1)!] = (names.some((n) => leafNames.has(n)) ? RANKING.leafName : 0) + forAnyone;
    }
    const out: Match[] = [];
    for (let i = 0; i < hits.length; i++) {
      const slot = hits.slots[i];
      const p = this.#slots[slot]!;
      if ((keep && !keep(p)) || skip?.has(slot)) continue;
      const mask = hits.masks[i];
      const levels = this.#slotCategories[slot];
      // Under the department the query names, the text score gives way to a flat one.
      const under = browse !== undefined && levels.some((id) => browse.ids.has(id));
      const text = under && browse.flat
        ? RANKING.browse
        : hits.scores[i] * (popcount(mask) || 1) + (under ? RANKING.browse : 0);
      let nouns = head[this.#slotHead[slot]] + leaf[this.#slotLeaf[slot]];
      if (kinds) { for (const id of levels) nouns = Math.max(nouns, kindOf[id]); }
      const maker = makers.size > 0 && makers.has(p.brand) ? RANKING.maker : 0;
      // (The word as typed weighs as its text score does: per word matched.)
      const typed = (asTyped?.get(slot) ?? 0) * (popcount(mask) || 1);
      const score = text + nouns + named[levels.at(-1)!] + tier + maker + typed;
      out.push({ slot, p, score, mask });
    }
    return out;
  }

  /** Exact matches, then (when too few and `fuzzy`) typo matches; plus a did-you-mean. */
  #match(q: SearchQuery): { matches: Match[]; bits: TermBits; didYouMean?: string; corrected?: string } {
    const bits = new TermBits();
    const parsed = parseQuery(q.q);
    const { min, max } = priceBounds(q, parsed);
    const keep = this.#filter(q, min, max);
    const words = terms(parsed.text);
    if (words.length === 0) {
      const all: Match[] = [];
      for (const slot of this.#popularityOrder()) {
        const p = this.#slots[slot]!;
        if (!keep || keep(p)) all.push({ slot, p, score: null, mask: 0 });
      }
      return { matches: all, bits };
    }
    const own = new Set(askedWords(parsed.text));
    const anyone = !namesSomeone(parsed.text);
    const browsed = browsedCategories(parsed.text).map((path) => this.#categories.get(path))
      .filter((id) => id !== undefined);
    const exact = this.#score(
      this.#index.evaluate(this.#exactQuery(parsed.text, bits)),
      keep,
      own,
      synonymWords(parsed.text),
      new Set(queryLeafNames(parsed.text)),
      0,
      undefined,
      browsed.length > 0
        ? { ids: new Set(browsed), flat: namedCategories(parsed.text).length > 0 }
        : undefined,
      anyone,
      new Set(namedMakers(parsed.text)),
      this.#asTyped(parsed.text),
    );
    if (exact.length >= RANKING.enoughExact) return { matches: exact, bits };
    const corrected = this.#vocab().correct(words)?.join(" ");
    let didYouMean: string | undefined;
    let matches = exact;
    // The corrected phrase is searched once: its hits count for did_you_mean and join the typo stage.
    const correctedRaw = corrected ? this.#index.evaluate(this.#exactQuery(corrected, bits)) : undefined;
    let correctedFound = 0;
    if (corrected && correctedRaw) {
      for (let i = 0; i < correctedRaw.length; i++) {
        if (!keep || keep(this.#slots[correctedRaw.slots[i]]!)) correctedFound++;
      }
      if (correctedFound > exact.length) didYouMean = corrected;
    }
    let typoAdded = false;
    if (q.fuzzy) {
      const text = [parsed.text, corrected ?? ""].join(" ");
      const typoOwn = new Set(analyze(text));
      const typoSyn = new Set([...synonymWords(parsed.text), ...(corrected ? synonymWords(corrected) : [])]);
      const typoHits = this.#index.evaluate(this.#fuzzyQuery(parsed.text, bits));
      const skip = new Set(exact.map((m) => m.slot));
      // The corrected phrase's own matches rank as its own search ranks them, in a tier
      // between the exact matches and the other typo matches: "bbq gril" shows grills, as
      // "bbq grill" does, not the covers titled with both words.
      const byCorrection = corrected && correctedRaw
        ? this.#score(
          correctedRaw,
          keep,
          new Set(analyze(corrected)),
          synonymWords(corrected),
          new Set(queryLeafNames(corrected)),
          RANKING.correctedTier,
          skip,
          undefined,
          anyone,
          new Set(namedMakers(corrected)),
        )
        : [];
      for (const m of byCorrection) skip.add(m.slot);
      const typoLeaves = new Set([...queryLeafNames(parsed.text), ...queryLeafNames(corrected ?? "")]);
      const fuzzy = this.#score(
        typoHits,
        keep,
        typoOwn,
        typoSyn,
        typoLeaves,
        0,
        skip,
        undefined,
        anyone,
        new Set(namedMakers(text)),
      );
      typoAdded = fuzzy.length + byCorrection.length > 0;
      matches = [
        ...exact.map((m) => ({ ...m, score: m.score! + RANKING.exactTier })),
        ...byCorrection,
        ...fuzzy,
      ];
    }
    // The answer names the correction only when that finds something itself: typo matches
    // of the words as typed are no answer to it.
    return { matches, bits, didYouMean, corrected: typoAdded && correctedFound > 0 ? corrected : undefined };
  }

  #popularityOrder(): number[] {
    return this.#byPopularity ??= this.#slots.flatMap((p, slot) => p ? [slot] : []).sort((a, b) =>
      byPopularity(this.#slots[a]!, this.#slots[b]!)
    );
  }

  search(q: SearchQuery, options: SearchOptions = {}): Promise<SearchResult> {
    // What the query means first (src/catalog/intent.ts: ages, a maker's typo, "cheap"); a
    // product line is searched as maker and kind (src/catalog/product_lines.ts); when
    // nothing matches every word, fewer words (src/catalog/relax.ts).
    const shopWords = () => Promise.resolve(this.#vocab());
    return searchAsMeant(q, (q) => Promise.resolve(this.#searchNow(q, options)), shopWords);
  }

  #searchNow(q: SearchQuery, options: SearchOptions): SearchResult {
    const t0 = performance.now();
    const { matches, bits, didYouMean, corrected } = this.#match(q);
    const boost = options.boost;
    if (boost && boost.size > 0 && (q.boost === "trending" || q.sort === "trending")) {
      for (const m of matches) {
        const bonus = trendingBonus(boost.get(m.p.id), q.sort);
        if (bonus) m.score = (m.score ?? 0) + bonus;
      }
    }
    const byId = (a: Match, b: Match) => a.p.id < b.p.id ? -1 : a.p.id > b.p.id ? 1 : 0;
    const order = {
      relevance: (a: Match, b: Match) => (b.score ?? 0) - (a.score ?? 0) || byPopularity(a.p, b.p),
      trending: (a: Match, b: Match) => (b.score ?? 0) - (a.score ?? 0) || byPopularity(a.p, b.p),
      price_asc: (a: Match, b: Match) => a.p.price - b.p.price || byId(a, b),
      price_desc: (a: Match, b: Match) => b.p.price - a.p.price || byId(a, b),
      rating: (a: Match, b: Match) => b.p.rating - a.p.rating || byId(a, b),
    }[q.sort];
    const from = (q.page - 1) * q.size;
    const page = topK(matches, order, from + q.size).slice(from);

    // (Counts below the one category filtered on; by department under several.)
    const filtered = categoryPaths(q.category);
    const depth = filtered.length === 1 ? filtered[0].split(".").length : 0;
    const cat = new Int32Array(this.#categories.names.length);
    const brand = new Int32Array(this.#brands.names.length);
    const price = new Int32Array(PRICE_RANGES.length);
    for (const { slot } of options.facets === false ? [] : matches) {
      const level = this.#slotCategories[slot][depth];
      if (level !== undefined) cat[level]++;
      brand[this.#slotBrand[slot]]++;
      const range = this.#slotPrice[slot];
      if (range >= 0) price[range]++;
    }

    const hits = page.map(({ p, score, mask }) => ({
      id: p.id,
      title: p.title,
      brand: p.brand,
      category: p.category,
      price: p.price,
      rating: p.rating,
      stock: p.stock,
      score: score === null ? null : Math.round(score * 1000) / 1000,
      highlight: highlight(p.title, bits.matched(mask)),
    }));
    const result: SearchResult = {
      total: matches.length,
      took_ms: 0,
      page: q.page,
      size: q.size,
      hits,
      facets: {
        category: topCounts(this.#categories.names, cat, 50),
        brand: topCounts(this.#brands.names, brand, 20),
        price: options.facets === false ? [] : PRICE_RANGES.map((r, i) => ({ ...r, count: price[i] })),
      },
    };
    if (didYouMean) result.did_you_mean = didYouMean;
    if (corrected) result.corrected_query = corrected;
    result.took_ms = Math.round((performance.now() - t0) * 100) / 100;
    return result;
  }

  /** Catalog completions starting with `key`, best first. */
  #completionsFor(key: string, limit: number): string[] {
    const sorted = this.#sortedCompletions ??= [...new Set([...this.#names.keys(), ...this.#phrases.keys()])]
      .sort();
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    const found = [];
    for (let i = lo; i < sorted.length && sorted[i].startsWith(key); i++) {
      const nameScore = this.#names.get(sorted[i]) ?? 0;
      found.push({
        text: sorted[i],
        nameScore,
        score: nameScore + PHRASE_WEIGHT * (this.#phrases.get(sorted[i]) ?? 0),
      });
    }
    return rankCompletions(found).slice(0, limit).map((c) => c.text);
  }

  async autocomplete(prefix: string, limit = 10, options: AutocompleteOptions = {}): Promise<Suggestions> {
    const key = completionKey(prefix).replace(/^\s+/, "");
    const words = terms(key);
    if (words.length === 0) return { query: prefix, suggestions: [], products: [] };
    // (Typed apart, typos, a product line's name: see src/catalog/complete.ts.) The
    // vocabulary is built for a fallback only, not for every first keystroke (~0.15 s at 100k
    // products, again after each chunk of a load): what was completed before it was built is
    // remembered apart.
    const ready = this.#vocabulary;
    const catalog = await this.#completionMemo.get(
      `${limit}:${ready ? "" : "?"}${key}`,
      () => completeTyped(key, limit, (k) => this.#completionsFor(k, limit), ready, () => this.#vocab()),
    );
    // Product lines and synonyms complete too ("airp" → airpods, "silv" → silverware):
    // a line mostly typed first, the rest after the catalog's own words.
    const texts = mergeCompletions(
      key,
      [...withProductLines(key, catalog), ...synonymCompletions(key)],
      options.popular,
      limit,
    );
    const size = Math.min(SUGGESTED_PRODUCTS, limit);
    const asked = texts.slice(0, PRODUCTS_FROM_COMPLETIONS);
    const products = asked.length === 0 ? [] : this.#suggestedMemo.get(`${size}:${asked.join("|")}`, () => {
      const top = (text: string) =>
        suggested(this.#searchNow(suggestionQuery(text, size), { facets: false }));
      for (const text of asked) {
        const found = top(rewriteProductLines(text) ?? text);
        // (As the search does: "iphone case" is searched as "apple case", and then, when
        // Apple makes no case, as "smartphone case".)
        const byKind = found.length === 0 ? productLineByKind(text) : undefined;
        const hits = byKind ? top(byKind) : found;
        if (hits.length > 0) return hits;
      }
      return [];
    });
    return { query: prefix, suggestions: texts.map((text) => ({ text })), products };
  }
}

const byPopularity = (a: Product, b: Product) =>
  b.popularity - a.popularity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The first `k` items in `order`, without sorting the rest (facets still see every match). */
function topK<T>(items: T[], order: (a: T, b: T) => number, k: number): T[] {
  if (items.length <= k * 4) return [...items].sort(order).slice(0, k);
  const best: T[] = [];
  for (const item of items) {
    if (best.length === k && order(item, best[k - 1]) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(item, best[mid]) < 0) hi = mid;
      else lo = mid + 1;
    }
    best.splice(lo, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}
