/**
 * Product search on Elasticsearch, with the semantics of the embedded index through
 * the shared modules (src/catalog/text.ts, synonyms.ts, vocabulary.ts).
 *
 * Index-time: the text analysed by the shared code (folded, tokenised, plural-stemmed)
 * in `*_terms` fields, which ES only tokenises; per product also the head noun and leaf
 * head (keywords for the noun boost), its spelling vocabulary and its completions.
 * `category_levels` holds every prefix of the category path, so a category filter and
 * its one-level-down facet are plain term lookups.
 * Search-time: the query analysed by the same code, then `synonym_graph` (after
 * stemming, so singular and plural expand alike) with the rules of
 * src/catalog/synonyms.txt, inline.
 *
 * Search runs the exact (+synonym) query first, as one request; only when it finds
 * fewer than `RANKING.enoughExact` products does a second request add typo matches
 * (catalog words within the typo budget, from the vocabulary as on the embedded backend,
 * and the did-you-mean rewrite), ranked below every exact match. When the vocabulary
 * already says a word is unknown, the typo query goes out alone and counts the exact and
 * did-you-mean totals as filter aggregations within its matches (typos off: the exact
 * query and the count in one `_msearch`).
 *
 * @module
 */
import type { Client, estypes } from "@elastic/elasticsearch";
import { type Product, sameProduct } from "../../domain/product.ts";
import {
  type AutocompleteOptions,
  categoryPaths,
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
import type { BulkProgress, CatalogStore, Compaction } from "../port.ts";
import { highlight } from "../highlight.ts";
import { INDICES } from "../port.ts";
import { createIndexIfMissing, indexName } from "./client.ts";
import { namesSomeone, PARTICULAR_PATHS } from "../../catalog/audience.ts";
import { browsedCategories, kindPaths, namedCategories } from "../../catalog/browse.ts";
import { withProductLines } from "../../catalog/product_lines.ts";
import { searchAsMeant } from "../../catalog/intent.ts";
import { excludedPhrases } from "../../catalog/negation.ts";
import { completeTyped } from "../../catalog/complete.ts";
import {
  askedWords,
  expand,
  expandParts,
  keptWords,
  synonymCompletions,
  synonymRules,
  synonymWords,
} from "../../catalog/synonyms.ts";
import {
  ANALYSIS_RULES,
  analyze,
  completionKey,
  descriptionTerms,
  productAndTitleTerms,
  terms,
  titleTerms,
} from "../../catalog/text.ts";
import { namedMakers } from "../../catalog/makers.ts";
import { fnv1a } from "../../shared/hash.ts";
import {
  COMPLETION_CANDIDATES,
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
import { assertAnswered, bulkWithRetry, unavailable } from "./bulk.ts";
import { Memo, once } from "../../shared/memo.ts";

const FIELDS = ["title_terms^3", "brand_terms^2", "category_terms^1.5", "description_terms^0.5"];
/** How long a process trusts its copy of the index's spelling vocabulary. */
const VOCABULARY_TTL_MS = 60_000;
/** How soon a failed vocabulary load is tried again. */
const VOCABULARY_RETRY_MS = 5_000;
/** Autocomplete answers remembered per process (prefixes, and products per completion). */
const AUTOCOMPLETE_MEMO = 5_000;

/**
 * The `*_terms` fields hold text already analysed by src/catalog/text.ts (folded,
 * plural-stemmed words), so both backends stem identically and the index needs only
 * the standard tokenizer and `synonym_graph` (the services here lack analysis-common's
 * pattern filters; see README).
 */
export function productIndexBody() {
  const body = indexBody();
  return { ...body, mappings: { ...body.mappings, _meta: { analysis: analysisVersion(body) } } };
}

/**
 * A fingerprint of how the index analyses products and queries: the shared text rules
 * and the index's own settings and mappings (its synonym rules among them). An index
 * created by a version with other rules holds text that the searches of this one would
 * not match as they should, so seeding builds it anew.
 */
function analysisVersion(body: ReturnType<typeof indexBody>): string {
  return ANALYSIS_VERSION ??= fnv1a(ANALYSIS_RULES + JSON.stringify(body)).toString(36);
}
let ANALYSIS_VERSION: string | undefined;

/** The `_source` fields a search hit carries (`SearchHit`). */
const HIT_FIELDS = ["id", "title", "brand", "category", "price", "rating", "stock"];

function indexBody() {
  const terms = { type: "text", analyzer: "shop_terms", search_analyzer: "shop_search" };
  return {
    settings: {
      number_of_shards: 1,
      number_of_replicas: 0,
      "index.max_result_window": 10_000,
      analysis: {
        filter: { shop_synonyms: { type: "synonym_graph", synonyms: synonymRules(), lenient: true } },
        normalizer: { lower: { type: "custom", filter: ["lowercase"] } },
        analyzer: {
          shop_terms: { type: "custom", tokenizer: "standard", filter: ["lowercase"] },
          shop_search: { type: "custom", tokenizer: "standard", filter: ["lowercase", "shop_synonyms"] },
        },
      },
    },
    mappings: {
      dynamic: "strict" as const,
      _source: { excludes: DERIVED },
      properties: {
        id: { type: "keyword" },
        title: { type: "keyword", index: false, doc_values: false },
        description: { type: "keyword", index: false, doc_values: false },
        brand: {
          type: "keyword",
          index: false,
          fields: { keyword: { type: "keyword", normalizer: "lower" }, raw: { type: "keyword" } },
        },
        title_terms: terms,
        brand_terms: terms,
        category_terms: terms,
        description_terms: terms,
        category: { type: "keyword" },
        category_levels: { type: "keyword" },
        noun: { type: "keyword" },
        head: { type: "keyword" },
        leaf_head: { type: "keyword" },
        leaf_name: { type: "keyword" },
        words: { type: "keyword" },
        completions: { type: "keyword" },
        phrases: { type: "keyword" },
        price: { type: "double" },
        rating: { type: "float" },
        review_count: { type: "integer" },
        stock: { type: "integer" },
        tags: { type: "keyword" },
        created_at: { type: "date" },
        popularity: { type: "double" },
      },
    },
  };
}

const DERIVED = [
  "title_terms",
  "brand_terms",
  "category_terms",
  "description_terms",
  "category_levels",
  "noun",
  "head",
  "leaf_head",
  "leaf_name",
  "words",
  "completions",
  "phrases",
];

/**
 * A product's category and brand fields, worked out once per value (a catalog has few of
 * each). A category's `leafNamesOf` is one list for all its documents, which only serialise it.
 */
const categoryFields = new Map<
  string,
  { category_terms: string; category_levels: string[]; leaf_name: string[] }
>();
const brandFields = new Map<string, string>();

function toDoc(p: Product) {
  // The title folded and split once, for its own field, the description's (which begins
  // with it) and the product's terms.
  const { terms: t, titleWords } = productAndTitleTerms(p);
  const category = once(categoryFields, p.category, () => {
    const parts = p.category.split(".");
    return {
      category_terms: analyze(parts.join(" ").replaceAll("_", " ")).join(" "),
      category_levels: parts.map((_, i) => parts.slice(0, i + 1).join(".")),
      leaf_name: leafNamesOf(p.category),
    };
  });
  const brand = once(brandFields, p.brand, () => analyze(p.brand).join(" "));
  return {
    ...p,
    title_terms: titleTerms(p, titleWords).join(" "),
    brand_terms: brand,
    category_terms: category.category_terms,
    description_terms: descriptionTerms(p, titleWords),
    category_levels: category.category_levels,
    noun: t.noun,
    head: t.head,
    leaf_head: t.leafHead,
    leaf_name: category.leaf_name,
    words: t.words,
    completions: t.completions,
    phrases: t.phrases,
  };
}

/**
 * `JSON.stringify(toDoc(p))`. V8 first tries a fast serializer that gives up on a string
 * built by concatenation (a rope: a template literal's result) and starts over on the
 * general one: a document's strings are built by `join` or slicing (text.ts, generate.ts)
 * so that it need not, and a document serialises in ~3 µs of CPU where the general
 * serializer took ~3.5–4 (a gap of 0, which goes to it at once, was the faster while the
 * phrases were templates).
 */
function docSource(p: Product): string {
  return JSON.stringify(toDoc(p));
}

function fromSource(s: Record<string, unknown>): Product {
  const p = { ...s };
  for (const k of DERIVED) delete p[k];
  return p as unknown as Product;
}

/** Lucene regexp escaping for a terms-aggregation `include`. */
const regexEscape = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, (c) => `\\${c}`);

interface Bucket {
  key: string;
  doc_count: number;
}
interface RangeBucket extends Bucket {
  from?: number;
  to?: number;
}
interface SearchAggs {
  category: { buckets: Bucket[] };
  brand: { buckets: Bucket[] };
  price: { buckets: RangeBucket[] };
}
interface PopularityAggs {
  names: { buckets: (Bucket & { pop: { value: number } })[] };
  phrases: { buckets: (Bucket & { pop: { value: number } })[] };
}

type Query = estypes.QueryDslQueryContainer;
/** The totals a typo query also counts (see `search`). */
interface Totals {
  exact_total: { doc_count: number };
  corrected_total: { doc_count: number };
}
/** A product search's answer: products and (unless asked without) facet aggregations. */
type Found = estypes.SearchResponse<Record<string, unknown>, Partial<SearchAggs>>;

/** A loaded (or loading) spelling vocabulary; `key` is the aggregation it was built from. */
interface VocabularyEntry {
  at: number;
  vocabulary: Promise<Vocabulary>;
  ready?: Vocabulary;
  key?: string;
}

/**
 * `boost=trending` / `sort=trending`: optional clauses (they never decide a match) adding
 * each trending product's bonus, the same `trendingBonus` the embedded index adds.
 */
function trendingClauses(q: SearchQuery, options: SearchOptions): Query[] {
  if (!options.boost || (q.boost !== "trending" && q.sort !== "trending")) return [];
  return [...options.boost].map(([id, weight]) => ({
    constant_score: { filter: { ids: { values: [id] } }, boost: trendingBonus(weight, q.sort) },
  })).filter((c) => c.constant_score.boost > 0);
}

/** `RANKING.anyone` for products not under a child's or an animal's category, when the query names nobody. */
function anyoneBoost(text: string): Query[] {
  if (namesSomeone(text)) return [];
  const particular = { terms: { category_levels: [...PARTICULAR_PATHS] } };
  return [{ constant_score: { filter: { bool: { must_not: [particular] } }, boost: RANKING.anyone } }];
}

/** `RANKING.browse` for everything under the department or subcategory the query names. */
function browseBoost(text: string): Query[] {
  const paths = browsedCategories(text);
  return paths.length === 0
    ? []
    : [{ constant_score: { filter: { terms: { category_levels: paths } }, boost: RANKING.browse } }];
}

/**
 * The exact match of a query that names a department or subcategory: everything under it
 * scores `RANKING.browse` flat, whatever its text says (see `RANKING.browse`); what only
 * carries the words elsewhere keeps its text score.
 */
function browseMatch(text: string, paths: string[]): Query {
  const under = { terms: { category_levels: paths } };
  return {
    bool: {
      should: [
        {
          constant_score: { filter: { bool: { filter: [exactMatch(text), under] } }, boost: RANKING.browse },
        },
        { bool: { must: [exactMatch(text)], must_not: [under] } },
      ],
      minimum_should_match: 1,
    },
  };
}

/**
 * The noun boost (see `RANKING`) as constant-score clauses over the head keywords. With no
 * synonym outside the query's own words, the "own" and "any" clauses match the same products:
 * one clause each carries both boosts (scores of `should` clauses add up).
 */
function nounBoost(own: string[], syn: string[]): Query[] {
  const ownSet = new Set(own);
  const any = [...new Set([...own, ...syn])];
  const clauses: Query[] = syn.every((w) => ownSet.has(w))
    ? [
      { constant_score: { filter: { terms: { head: own } }, boost: RANKING.headOwn + RANKING.headAny } },
      { constant_score: { filter: { terms: { leaf_head: own } }, boost: RANKING.leafOwn + RANKING.leafAny } },
    ]
    : [
      { constant_score: { filter: { terms: { head: own } }, boost: RANKING.headOwn } },
      { constant_score: { filter: { terms: { head: any } }, boost: RANKING.headAny } },
      { constant_score: { filter: { terms: { leaf_head: own } }, boost: RANKING.leafOwn } },
      { constant_score: { filter: { terms: { leaf_head: any } }, boost: RANKING.leafAny } },
    ];
  // Under a subcategory whose every product is a kind the query names (`kindPaths`), the
  // whole boost of that word, as if the title named it: the larger of the two counts.
  const ownPaths = kindPaths(own);
  const synPaths = kindPaths(any).filter((p) => !ownPaths.includes(p));
  if (ownPaths.length === 0 && synPaths.length === 0) return clauses;
  const whole = (paths: string[], boost: number): Query[] =>
    paths.length === 0 ? [] : [{ constant_score: { filter: { terms: { category_levels: paths } }, boost } }];
  return [{
    dis_max: {
      queries: [
        { bool: { should: clauses } },
        ...whole(ownPaths, RANKING.headOwn + RANKING.headAny + RANKING.leafOwn + RANKING.leafAny),
        ...whole(synPaths, RANKING.headAny + RANKING.leafAny),
      ],
    },
  }];
}

/** `RANKING.maker` for the products of the makers the query names whole (`namedMakers`). */
function makerBoost(text: string): Query[] {
  const makers = namedMakers(text).map((m) => m.toLowerCase());
  return makers.length === 0
    ? []
    : [{ constant_score: { filter: { terms: { "brand.keyword": makers } }, boost: RANKING.maker } }];
}

/** `RANKING.asTyped` for each of the query's `keptWords` a product's title holds. */
function asTypedBoost(text: string): Query[] {
  return keptWords(text).map((w) => ({
    constant_score: { filter: { term: { title_terms: w } }, boost: RANKING.asTyped },
  }));
}

/** `RANKING.leafName` for products whose leaf category the query's last words name. */
function leafNameBoost(names: string[]): Query {
  return { constant_score: { filter: { terms: { leaf_name: names } }, boost: RANKING.leafName } };
}

const exactMatch = (text: string): Query => {
  // A query a one-way rule rewrites whole, with a phrase among its words: the synonym graph
  // has one path then, which Elasticsearch reads as loose words ("bike stabilisers" as
  // "training" and "wheel" anywhere: ab wheels). Its words are final: each word in any
  // field, each phrase in a row within one field, as the embedded index matches them.
  const alternatives = expandParts(text);
  const [only] = alternatives;
  if (
    alternatives.length === 1 && only.some((part) => part.length > 1) &&
    only.flat().join(" ") !== analyze(text).join(" ")
  ) {
    return {
      bool: {
        must: only.map((part): Query =>
          part.length === 1
            ? {
              multi_match: { query: part[0], fields: FIELDS, type: "cross_fields", analyzer: "shop_terms" },
            }
            : {
              dis_max: {
                queries: PHRASE_FIELDS.map(([field, boost]) => ({
                  match_phrase: { [field]: { query: part.join(" "), analyzer: "shop_terms", boost } },
                })),
              },
            }
        ),
      },
    };
  }
  return {
    multi_match: { query: analyze(text).join(" "), fields: FIELDS, type: "cross_fields", operator: "and" },
  };
};
/** The fields a synonym's phrase is matched in, in a row (as the embedded index's `PHRASE_FIELDS`). */
const PHRASE_FIELDS = [["title_terms", 3], ["brand_terms", 2], ["category_terms", 1.5]] as const;

/**
 * Each query word or a catalog word within its typo budget, on title and brand. The
 * candidates come from the index's vocabulary (as on the embedded backend), not from an
 * ES `fuzzy` clause: the same budget and first-letter rule, but ES's fuzzy rewrite walked
 * the term dictionaries on every typo query (4–14 ms at 100k products, most of its time).
 */
const typoMatch = (text: string, vocabulary: Vocabulary): Query => ({
  bool: {
    must: vocabulary.typoAlternatives(text).map((alternatives) => ({
      multi_match: {
        query: alternatives.join(" "),
        fields: ["title_terms^2", "brand_terms^1.5"],
        type: "best_fields",
        operator: "or",
        analyzer: "shop_terms",
      },
    })),
  },
});

/** What the highlighter marks: the query's words, their synonyms and (after typos) their corrections. */
async function highlightTerms(
  text: string,
  typo: boolean,
  vocabulary: () => Promise<Vocabulary>,
  corrected?: string,
) {
  const out = new Set<string>();
  for (const t of [text, corrected ?? ""]) for (const alt of expand(t)) for (const w of alt) out.add(w);
  if (typo) {
    const v = await vocabulary();
    for (const w of terms(text)) for (const variant of v.typoVariants(w)) out.add(variant.stem);
  }
  return out;
}

export class ElasticsearchCatalog implements CatalogStore {
  readonly #es: Client;
  readonly #index: string;
  readonly #replicas?: number;
  readonly #vocabularyTtl: number;

  /** `vocabularyTtlMs`: how long the spelling vocabulary is trusted (default 60 s; tests set 0). */
  constructor(
    options: { client: Client; indexPrefix?: string; replicas?: number; vocabularyTtlMs?: number },
  ) {
    this.#es = options.client;
    this.#index = indexName(options, INDICES.products);
    this.#replicas = options.replicas;
    this.#vocabularyTtl = options.vocabularyTtlMs ?? VOCABULARY_TTL_MS;
  }

  async ensureIndex(options: { recreate?: boolean } = {}): Promise<void> {
    const body = productIndexBody();
    // An index analysed by other rules (an older version's) is built anew: its products'
    // analysed text and its synonyms would not answer this version's searches as they should.
    const stored = options.recreate ? undefined : await this.#storedAnalysis();
    if (options.recreate || (stored !== undefined && stored !== body.mappings._meta.analysis)) {
      await this.#es.indices.delete({ index: this.#index, ignore_unavailable: true });
    }
    await createIndexIfMissing(this.#es, this.#index, body, { replicas: this.#replicas });
    // A seed that crashed mid-load may have left refreshes off: searches would not see new products.
    const got = await this.#es.indices.getSettings({ index: this.#index, flat_settings: true });
    if (got[this.#index]?.settings?.["index.refresh_interval" as never] === "-1") {
      await this.#es.indices.putSettings({
        index: this.#index,
        settings: { refresh_interval: null } as never,
      });
    }
  }

  /** For a bulk load: refreshes off and no replicas (Elasticsearch's advice), restored by the returned function. */
  async beginBulkLoad(): Promise<() => Promise<void>> {
    const got = await this.#es.indices.getSettings({ index: this.#index, flat_settings: true });
    const settings = (got[this.#index]?.settings ?? {}) as Record<string, string | undefined>;
    const before = {
      refresh_interval: settings["index.refresh_interval"] ?? null, // null resets to the default
      number_of_replicas: settings["index.number_of_replicas"] ?? null,
    };
    await this.#es.indices.putSettings({
      index: this.#index,
      settings: { refresh_interval: "-1", number_of_replicas: 0 },
    });
    return async () => {
      await this.#es.indices.putSettings({ index: this.#index, settings: before as never });
    };
  }

  /**
   * Force-merges the products index to one segment without waiting (ES's advice for an
   * index that is done loading). At 100k products a bulk load leaves ~9 segments; a
   * typo query (many clauses over four fields) then spent most of its time building
   * per-segment weights and scorers: 68 ms before the merge, 15 ms after (README FACTS).
   */
  async compact(): Promise<Compaction> {
    const started = await this.#es.indices.forcemerge({
      index: this.#index,
      max_num_segments: 1,
      wait_for_completion: false,
    });
    const task = started.task;
    return {
      finished: async () => {
        for (let done = !task; !done;) {
          const state = await this.#es.tasks.get({ task_id: task! });
          if (state.error) {
            throw new Error(`compacting ${this.#index} failed: ${JSON.stringify(state.error)}`);
          }
          done = state.completed;
          if (!done) await new Promise((r) => setTimeout(r, 250));
        }
        await this.refresh(); // searches see the merged segment from here on
      },
    };
  }

  async index(products: Product[], onProgress?: (p: BulkProgress) => void): Promise<void> {
    await bulkWithRetry(this.#es, products.map((p) => ({ id: p.id, source: docSource(p) })), this.#index, {
      chunk: 1_000,
      concurrency: 2,
      onProgress: (indexed) => onProgress?.({ indexed, total: products.length }),
    });
  }

  async refresh(): Promise<void> {
    this.#vocabularyCache = undefined; // new products may bring new words
    this.#completionMemo.clear();
    this.#suggestedMemo.clear();
    await this.#es.indices.refresh({ index: this.#index });
  }

  /** The analysis fingerprint the index was created with; "" for one without; undefined when there is no index. */
  async #storedAnalysis(): Promise<string | undefined> {
    try {
      const got = await this.#es.indices.getMapping({ index: this.#index });
      const meta = Object.values(got)[0]?.mappings?._meta as { analysis?: unknown } | undefined;
      return typeof meta?.analysis === "string" ? meta.analysis : "";
    } catch (e) {
      if (String(e).includes("index_not_found")) return undefined;
      throw e;
    }
  }

  async holds(products: readonly Product[]): Promise<boolean> {
    if ((await this.#storedAnalysis()) !== productIndexBody().mappings._meta.analysis) return false;
    const found = await this.get(products.map((p) => p.id));
    return products.every((p) => {
      const stored = found.get(p.id);
      return stored !== undefined && sameProduct(stored, p);
    });
  }

  async count(): Promise<number> {
    try {
      return (await this.#es.count({ index: this.#index })).count;
    } catch (e) {
      if (String(e).includes("index_not_found")) return 0;
      throw e;
    }
  }

  async get(ids: string[]): Promise<Map<string, Product>> {
    const out = new Map<string, Product>();
    if (ids.length === 0) return out;
    let r: estypes.MgetResponse<Record<string, unknown>>;
    try {
      r = await this.#es.mget<Record<string, unknown>>({ index: this.#index, ids });
    } catch (e) {
      throw unavailable(e);
    }
    for (const d of r.docs) {
      // Read as "no such product", the event would be enriched as unknown for good.
      assertAnswered(d, "looking up product");
      if (d.found && d._source) out.set(d._id, fromSource(d._source));
    }
    return out;
  }

  /**
   * Autocomplete answers depend only on the catalog: completions per prefix and products
   * per completion, kept as long as the vocabulary (and dropped with it on refresh).
   */
  #completionMemo = new Memo<Promise<string[]>>(AUTOCOMPLETE_MEMO, VOCABULARY_TTL_MS);
  #suggestedMemo = new Memo<Promise<SuggestedProduct[]>>(AUTOCOMPLETE_MEMO, VOCABULARY_TTL_MS);

  /** `ready` is set once `vocabulary` resolved; `key` is what it was built from. */
  #vocabularyCache: VocabularyEntry | undefined;

  /**
   * The index's spelling vocabulary (word → products), refreshed every `vocabularyTtlMs`
   * (another process may have indexed products). While a refresh loads, searches keep the
   * one they have, so none waits for it; a refresh that finds the same words keeps the same
   * vocabulary, with the typo candidates it has worked out.
   */
  #vocabulary(): Promise<Vocabulary> {
    const now = Date.now();
    const cached = this.#vocabularyCache;
    if (!cached || now - cached.at >= this.#vocabularyTtl) {
      const previous = cached?.ready ? { vocabulary: cached.ready, key: cached.key } : undefined;
      let key: string | undefined;
      const vocabulary = this.#es.search({
        index: this.#index,
        size: 0,
        aggs: {
          words: { terms: { field: "words", size: 50_000 } },
          heads: { terms: { field: "head", size: 10_000 } },
          leaves: { terms: { field: "leaf_head", size: 10_000 } },
          // Every noun: those of one word ("jacket", "t-shirt") are kinds some product is called
          // by alone; the others, the words before their last ("trash" of "trash can").
          nouns: { terms: { field: "noun", size: 20_000 } },
        },
      }).then((r) => {
        const aggs = r.aggregations as
          | Record<"words" | "heads" | "leaves" | "nouns", { buckets: Bucket[] }>
          | undefined;
        key = JSON.stringify(aggs ?? null);
        if (previous && previous.key === key) return previous.vocabulary;
        const nouns = [...aggs?.heads.buckets ?? [], ...aggs?.leaves.buckets ?? []].map((b) => b.key);
        return new Vocabulary(
          (aggs?.words.buckets ?? []).map((b) => [b.key, b.doc_count]),
          nouns,
          (aggs?.nouns.buckets ?? []).map((b) => [b.key, b.doc_count]),
        );
      }).catch(() => {
        // Kept (or empty) until the next try, in seconds rather than a whole TTL.
        key = previous?.key;
        entry.at = now - this.#vocabularyTtl + VOCABULARY_RETRY_MS;
        return previous?.vocabulary ?? new Vocabulary([]);
      });
      const entry: VocabularyEntry = { at: now, vocabulary, ready: previous?.vocabulary };
      void vocabulary.then((v) => {
        entry.ready = v;
        entry.key = key;
      });
      this.#vocabularyCache = entry;
    }
    const entry = this.#vocabularyCache!;
    return entry.ready ? Promise.resolve(entry.ready) : entry.vocabulary;
  }

  search(q: SearchQuery, options: SearchOptions = {}): Promise<SearchResult> {
    // What the query means first (src/catalog/intent.ts: ages, a maker's typo, "cheap"); a
    // product line is searched as maker and kind (src/catalog/product_lines.ts); when
    // nothing matches every word, fewer words (src/catalog/relax.ts).
    const shopWords = () => this.#vocabulary();
    return searchAsMeant(q, (q) => this.#search(q, options), shopWords);
  }

  async #search(q: SearchQuery, options: SearchOptions): Promise<SearchResult> {
    const t0 = performance.now();
    const parsed = parseQuery(q.q);
    const { min, max } = priceBounds(q, parsed);
    const filter: Query[] = [];
    const categories = categoryPaths(q.category);
    if (categories.length > 0) filter.push({ terms: { category_levels: categories } });
    if (q.brand) filter.push({ term: { "brand.keyword": q.brand.toLowerCase() } });
    if (min !== undefined || max !== undefined) filter.push({ range: { price: { gte: min, lte: max } } });
    const excluded = excludedPhrases(q.exclude);
    if (excluded.length > 0) {
      // (Words in a row on the title's analysed words, as the embedded index leaves them out.)
      const says = excluded.map((words) => ({
        match_phrase: { title_terms: { query: words.join(" "), analyzer: "shop_terms" } },
      }));
      filter.push({ bool: { must_not: says } });
    }
    const text = parsed.text;
    const words = terms(text);
    const boost = [...trendingClauses(q, options), ...(words.length > 0 ? anyoneBoost(text) : [])];
    const facets = options.facets !== false;
    const request = (query: Query) =>
      this.#request(q, query, filter, boost, words.length > 0 || boost.length > 0, facets);
    if (words.length === 0) return this.#result(q, await request({ match_all: {} }), t0, new Set());

    /** What ranks exact matches: the noun boost and the department the query names. */
    const nouns = [
      ...nounBoost(askedWords(text), [...synonymWords(text)]),
      leafNameBoost(queryLeafNames(text)),
      ...makerBoost(text),
      ...asTypedBoost(text),
    ];
    const exactRank = [...nouns, ...browseBoost(text)];
    const named = namedCategories(text);
    const exactQuery = named.length > 0
      ? { bool: { must: [browseMatch(text, named)], should: nouns } }
      : { bool: { must: [exactMatch(text)], should: exactRank } };
    const fuzzyQuery = (corrected: string | undefined, vocabulary: Vocabulary): Query => {
      const own = analyze([text, corrected ?? ""].join(" "));
      const syn = [...synonymWords(text), ...(corrected ? synonymWords(corrected) : [])];
      const asTyped = exactMatch(text);
      // The corrected phrase's own matches rank as its own search ranks them, in a tier
      // between the exact matches and the other typo matches (as the embedded index does).
      const fixed = corrected ? exactMatch(corrected) : undefined;
      const neither = fixed ? [asTyped, fixed] : [asTyped];
      // Three tiers that exclude each other, each matched once and scored with its own
      // boosts: the query as typed, the corrected phrase, the other typo matches. (A
      // tier's constant is added to whatever its clause matched, not matched again.)
      const tier = (boost: number): Query => ({ constant_score: { filter: { match_all: {} }, boost } });
      return {
        bool: {
          should: [
            {
              bool: {
                must: [asTyped],
                should: [tier(RANKING.exactTier), ...exactRank],
              },
            },
            ...(fixed
              ? [{
                bool: {
                  must: [fixed],
                  must_not: [asTyped],
                  should: [
                    tier(RANKING.correctedTier),
                    ...nounBoost(analyze(corrected!), [...synonymWords(corrected!)]),
                    leafNameBoost(queryLeafNames(corrected!)),
                    ...makerBoost(corrected!),
                  ],
                },
              }]
              : []),
            {
              bool: {
                must: [typoMatch(text, vocabulary)],
                must_not: neither,
                should: [
                  ...nounBoost(own, syn),
                  leafNameBoost([...queryLeafNames(text), ...queryLeafNames(corrected ?? "")]),
                  ...makerBoost([text, corrected ?? ""].join(" ")),
                ],
              },
            },
          ],
          minimum_should_match: 1,
        },
      };
    };
    /** How many products match `query` (the did-you-mean count): no hits, no facets. */
    const countBody = (query: Query) => ({
      size: 0,
      track_total_hits: true,
      query: { bool: { must: [query], filter } },
    });

    // A word the catalog does not know (a typo, a split compound) almost always means the
    // exact query finds too few. Then, with typos on, one request asks the typo query and
    // takes the two totals the answer needs from it as filter aggregations: its matches
    // hold every exact match and every match of the did-you-mean rewrite, so each total is
    // a count within them. (Only when the exact matches turn out to be enough after all
    // does the exact query follow.) With typos off, the exact query and the did-you-mean
    // count go out in one _msearch. Known words keep the single exact request; the
    // vocabulary is only consulted once it is loaded, so no search waits for it. Every
    // way gives the same answer.
    type Rest = { corrected?: string; correctedTotal: number; typo?: Found };
    let exact: Found | undefined;
    let exactTotal: number;
    let rest: () => Promise<Rest>;
    const known = this.#loadedVocabulary();
    const guess = known?.correct(words)?.join(" ");
    if (known && guess !== undefined && q.fuzzy) {
      const body = this.#body(q, fuzzyQuery(guess, known), filter, boost, true, facets);
      const typo = await this.#es.search<Record<string, unknown>, SearchAggs & Totals>({
        index: this.#index,
        ...body,
        aggs: {
          ...body.aggs,
          exact_total: { filter: exactMatch(text) },
          corrected_total: { filter: exactMatch(guess) },
        },
      });
      exactTotal = typo.aggregations?.exact_total.doc_count ?? 0;
      if (exactTotal >= RANKING.enoughExact) exact = await request(exactQuery);
      const correctedTotal = typo.aggregations?.corrected_total.doc_count ?? 0;
      rest = () => Promise.resolve({ corrected: guess, correctedTotal, typo });
    } else if (known && guess !== undefined) {
      const [first, count] = await this.#msearch([
        this.#body(q, exactQuery, filter, boost, true, facets),
        countBody(exactMatch(guess)),
      ]);
      exact = first;
      exactTotal = total(first);
      rest = () => Promise.resolve({ corrected: guess, correctedTotal: total(count) });
    } else {
      exact = await request(exactQuery);
      exactTotal = total(exact);
      rest = async () => {
        const vocabulary = await this.#vocabulary();
        const corrected = vocabulary.correct(words)?.join(" ");
        const correctedTotal = corrected
          ? total(await this.#es.search({ index: this.#index, ...countBody(exactMatch(corrected)) }))
          : 0;
        const typo = q.fuzzy ? await request(fuzzyQuery(corrected, vocabulary)) : undefined;
        return { corrected, correctedTotal, typo };
      };
    }
    if (exact && exactTotal >= RANKING.enoughExact) {
      return this.#result(q, exact, t0, await highlightTerms(text, false, () => this.#vocabulary()));
    }
    const { corrected, correctedTotal, typo } = await rest();
    const didYouMean = corrected && correctedTotal > exactTotal ? corrected : undefined;
    const r = typo ?? exact!;
    const marked = await highlightTerms(text, q.fuzzy, () => this.#vocabulary(), corrected);
    // The answer names the correction only when that finds something itself (as the embedded index does).
    const correctedQuery = q.fuzzy && corrected && correctedTotal > 0 && total(r) > exactTotal
      ? corrected
      : undefined;
    return this.#result(q, r, t0, marked, didYouMean, correctedQuery);
  }

  /** The current vocabulary if it has loaded (starting a load when there is none). */
  #loadedVocabulary(): Vocabulary | undefined {
    void this.#vocabulary();
    return this.#vocabularyCache?.ready;
  }

  /** Several searches in one `_msearch` round trip; a failed one fails the call. */
  async #msearch(
    bodies: estypes.MsearchMultisearchBody[],
  ): Promise<Found[]> {
    const r = await this.#es.msearch<Record<string, unknown>, SearchAggs>({
      searches: bodies.flatMap((body) => [{ index: this.#index }, body]),
    });
    return r.responses.map((one) => {
      if ("error" in one) {
        const reason = one.error.reason ?? one.error.type;
        throw new Error(`search in ${this.#index} failed (${one.status}): ${reason}`);
      }
      return one as Found;
    });
  }

  #request(q: SearchQuery, query: Query, filter: Query[], boost: Query[], scored: boolean, facets: boolean) {
    return this.#es.search<Record<string, unknown>, SearchAggs>({
      index: this.#index,
      ...this.#body(q, query, filter, boost, scored, facets),
    });
  }

  /** The search body of one page of results with facets. */
  #body(q: SearchQuery, query: Query, filter: Query[], boost: Query[], scored: boolean, facets: boolean) {
    const byScore: estypes.Sort = [{ _score: { order: "desc" } }, { popularity: "desc" }, { id: "asc" }];
    const sorts: Record<SearchQuery["sort"], estypes.Sort> = {
      relevance: byScore,
      trending: byScore,
      price_asc: [{ price: "asc" }, { id: "asc" }],
      price_desc: [{ price: "desc" }, { id: "asc" }],
      rating: [{ rating: "desc" }, { id: "asc" }],
    };
    const sort = sorts[q.sort];
    const filtered = categoryPaths(q.category);
    const oneCategory = filtered.length === 1 ? filtered[0] : undefined;
    return {
      from: (q.page - 1) * q.size,
      size: q.size,
      // (Only the fields a hit shows: a product's description and tags were half of every
      // answer's bytes, for ES to send and the client to parse.)
      _source: HIT_FIELDS,
      track_total_hits: true,
      query: { bool: { must: [query], filter, should: boost } },
      sort,
      track_scores: scored,
      aggs: facets
        ? {
          category: {
            terms: {
              field: "category_levels",
              size: 50,
              // (Counts below the one category filtered on; by department under several.)
              include: `${oneCategory ? oneCategory.replaceAll(".", "\\.") + "\\." : ""}[^.]+`,
              order: [{ _count: "desc" }, { _key: "asc" }],
            },
          },
          brand: { terms: { field: "brand.raw", size: 20, order: [{ _count: "desc" }, { _key: "asc" }] } },
          price: {
            range: {
              field: "price",
              keyed: false,
              ranges: PRICE_RANGES.map((p) => ({ key: p.key, from: p.from, to: p.to })),
            },
          },
        }
        : undefined,
    } satisfies estypes.MsearchMultisearchBody;
  }

  #result(
    q: SearchQuery,
    r: Found,
    t0: number,
    marked: ReadonlySet<string>,
    didYouMean?: string,
    correctedQuery?: string,
  ): SearchResult {
    const aggs = r.aggregations;
    const scored = terms(parseQuery(q.q).text).length > 0 || q.sort === "trending" || q.boost === "trending";
    const result: SearchResult = {
      total: total(r),
      took_ms: 0,
      page: q.page,
      size: q.size,
      hits: r.hits.hits.map((h) => {
        const s = h._source!;
        return {
          id: String(s.id),
          title: String(s.title),
          brand: String(s.brand),
          category: String(s.category),
          price: Number(s.price),
          rating: Number(s.rating),
          stock: Number(s.stock),
          score: scored && typeof h._score === "number" ? Math.round(h._score * 1000) / 1000 : null,
          highlight: highlight(String(s.title), marked),
        };
      }),
      facets: {
        category: (aggs?.category?.buckets ?? []).map((b) => ({ value: b.key, count: b.doc_count })),
        brand: (aggs?.brand?.buckets ?? []).map((b) => ({ value: b.key, count: b.doc_count })),
        price: (aggs?.price?.buckets ?? []).map((b) => ({
          key: b.key,
          ...(b.from !== undefined ? { from: b.from } : {}),
          ...(b.to !== undefined ? { to: b.to } : {}),
          count: b.doc_count,
        })),
      },
    };
    if (didYouMean) result.did_you_mean = didYouMean;
    if (correctedQuery) result.corrected_query = correctedQuery;
    result.took_ms = Math.round((performance.now() - t0) * 100) / 100;
    return result;
  }

  /** Catalog completions starting with `key`, best first (popularity summed per completion). */
  async #completionsFor(key: string, limit: number): Promise<string[]> {
    const agg = (field: string) => ({
      terms: {
        field,
        include: `${regexEscape(key)}.*`,
        size: COMPLETION_CANDIDATES,
        order: [{ pop: "desc" as const }, { _key: "asc" as const }],
      },
      aggs: { pop: { sum: { field: "popularity" } } },
    });
    const r = await this.#es.search<unknown, PopularityAggs>({
      index: this.#index,
      size: 0,
      query: {
        bool: {
          should: [{ prefix: { completions: key } }, { prefix: { phrases: key } }],
          minimum_should_match: 1,
        },
      },
      aggs: { names: agg("completions"), phrases: agg("phrases") },
    });
    const found = new Map<string, { text: string; nameScore: number; score: number }>();
    const entry = (text: string) =>
      found.get(text) ?? found.set(text, { text, nameScore: 0, score: 0 }).get(text)!;
    for (const b of r.aggregations?.names.buckets ?? []) {
      const e = entry(b.key);
      e.nameScore += b.pop.value;
      e.score += b.pop.value;
    }
    for (const b of r.aggregations?.phrases.buckets ?? []) entry(b.key).score += PHRASE_WEIGHT * b.pop.value;
    return rankCompletions([...found.values()]).slice(0, limit).map((c) => c.text);
  }

  async autocomplete(prefix: string, limit = 10, options: AutocompleteOptions = {}): Promise<Suggestions> {
    const key = completionKey(prefix);
    const words = terms(key);
    if (words.length === 0) return { query: prefix, suggestions: [], products: [] };
    // (Typed apart, typos, a product line's name: see src/catalog/complete.ts.) What was
    // completed before the vocabulary loaded is remembered apart, so it is not kept after.
    const ready = this.#loadedVocabulary();
    const catalog = await this.#completionMemo.get(
      `${limit}:${ready ? "" : "?"}${key}`,
      () => completeTyped(key, limit, (k) => this.#completionsFor(k, limit), ready, () => this.#vocabulary()),
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
    const products = asked.length === 0
      ? []
      : await this.#suggestedMemo.get(`${size}:${asked.join("|")}`, async () => {
        for (const text of asked) {
          const found = suggested(await this.search(suggestionQuery(text, size), { facets: false }));
          if (found.length > 0) return found;
        }
        return [];
      });
    return { query: prefix, suggestions: texts.map((text) => ({ text })), products };
  }
}

function total(r: estypes.SearchResponse<unknown, unknown>): number {
  return typeof r.hits.total === "number" ? r.hits.total : r.hits.total?.value ?? 0;
}
