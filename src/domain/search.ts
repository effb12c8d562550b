/**
 * Search request and response schemas: the API validates query params with them,
 * both search backends answer in their shape, and OpenAPI is generated from them.
 *
 * @module
 */
import { z } from "zod";

export const SORTS = ["relevance", "price_asc", "price_desc", "rating", "trending"] as const;
/** Default window of `boost=trending` / `sort=trending`, in minutes. */
export const DEFAULT_TRENDING_MINUTES = 15;
export const MAX_QUERY_LENGTH = 256;
export const MAX_PAGE_SIZE = 100;
/** Deep paging is bounded like ES's index.max_result_window: page × size ≤ 10 000. */
export const MAX_RESULT_WINDOW = 10_000;

/**
 * A boolean query parameter: `true|false|1|0`, documented as that string enum with a
 * string default, parsed to a boolean.
 *
 * @example
 * ```ts
 * booleanParam(true).parse(undefined); // true
 * booleanParam(false).parse("1"); // true
 * ```
 */
export const booleanParam = (fallback: boolean) =>
  z.enum(["true", "false", "1", "0"]).default(fallback ? "true" : "false")
    .transform((v) => v === "true" || v === "1");

/**
 * A price bound: a non-negative number; an empty value is an error, not 0. The document
 * states the type itself: zod would publish the coerced input as `number | null`.
 */
const priceParam = (description: string) =>
  z.preprocess((v) => (v === "" ? Number.NaN : v), z.coerce.number().nonnegative())
    .meta({ description, type: "number", minimum: 0 });

/**
 * The category paths a `category` parameter names: one, or several separated by commas
 * (a product under any of them matches).
 *
 * @example
 * ```ts
 * categoryPaths("electronics.audio,home.decor"); // ["electronics.audio", "home.decor"]
 * categoryPaths(undefined); // []
 * ```
 */
export function categoryPaths(category: string | undefined): string[] {
  return category ? category.split(",") : [];
}

/**
 * Whether a category path is one of `paths` or under one of them ("home.decor.candles"
 * is under "home" and "home.decor", not under "home.dec").
 */
export function isUnder(path: string, paths: readonly string[]): boolean {
  return paths.some((p) => path === p || path.startsWith(`${p}.`));
}

/** GET /search query parameters. */
export const SearchQuery = z.object({
  q: z.string().max(MAX_QUERY_LENGTH).default(""),
  /**
   * Prefix on the category hierarchy: `electronics` or `electronics.audio`; several,
   * comma-separated, match any of them (`categoryPaths`).
   */
  category: z.string().max(2000).regex(
    /^[a-z_]+(\.[a-z_]+)*(,[a-z_]+(\.[a-z_]+)*)*$/,
    "dotted lowercase path like electronics.audio, or several separated by commas",
  ).optional(),
  brand: z.string().min(1).max(100).optional(),
  // (Any text: a phrase with no word in it leaves nothing out, as a query of punctuation matches
  // nothing in particular. A pattern with Unicode classes is no JSON Schema pattern.)
  exclude: z.string().max(200).optional().meta({
    description: "Phrases a product's title must not say, comma-separated (`wifi,remote control`); their " +
      "synonyms count too (`wifi` also leaves out Wi-Fi), and a food's family (`nuts`: almonds). A query's " +
      "own `without …` sets it",
  }),
  min_price: priceParam("Lowest price, inclusive").optional(),
  max_price: priceParam("Highest price, inclusive").optional(),
  sort: z.enum(SORTS).default("relevance"),
  page: z.coerce.number().int().min(1).max(MAX_RESULT_WINDOW).default(1).meta({
    description: `Page number, from 1; page × size must be ≤ ${MAX_RESULT_WINDOW}`,
  }),
  size: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20).meta({
    description: `Hits per page; page × size must be ≤ ${MAX_RESULT_WINDOW}`,
  }),
  /** Typo tolerance (fuzziness AUTO); `fuzzy=false` switches it off. */
  fuzzy: booleanParam(true),
  boost: z.enum(["trending"]).optional().meta({
    description: "`trending`: products trending in the last `trending_minutes` rank higher among the " +
      "matching products (never adds a product the query does not match)",
  }),
  trending_minutes: z.coerce.number().int().min(1).max(60).default(DEFAULT_TRENDING_MINUTES).meta({
    description: "Trending window for `boost=trending` and `sort=trending`, in minutes (1–60)",
  }),
}).superRefine((v, ctx) => {
  if (v.min_price !== undefined && v.max_price !== undefined && v.min_price > v.max_price) {
    ctx.addIssue({ code: "custom", path: ["min_price"], message: "min_price must be ≤ max_price" });
  }
  if (v.page * v.size > MAX_RESULT_WINDOW) {
    ctx.addIssue({ code: "custom", path: ["page"], message: `page × size must be ≤ ${MAX_RESULT_WINDOW}` });
  }
});
export type SearchQuery = z.infer<typeof SearchQuery>;
export type SearchQueryInput = z.input<typeof SearchQuery>;

export const FacetCount = z.object({ value: z.string(), count: z.number().int() });
export const PriceRange = z.object({
  key: z.string(),
  from: z.number().optional(),
  to: z.number().optional(),
  count: z.number().int(),
});

/** Fixed price buckets, identical on both backends. `to` is exclusive. */
export const PRICE_RANGES: { key: string; from?: number; to?: number }[] = [
  { key: "under-25", to: 25 },
  { key: "25-50", from: 25, to: 50 },
  { key: "50-100", from: 50, to: 100 },
  { key: "100-250", from: 100, to: 250 },
  { key: "250-500", from: 250, to: 500 },
  { key: "500-1000", from: 500, to: 1000 },
  { key: "1000-plus", from: 1000 },
];

export const SearchHit = z.object({
  id: z.string(),
  title: z.string(),
  brand: z.string(),
  category: z.string(),
  price: z.number(),
  rating: z.number(),
  stock: z.number(),
  score: z.number().nullable(),
  /** Title with matched terms wrapped in <em>…</em> (HTML-escaped otherwise). */
  highlight: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.object({
  total: z.number().int(),
  took_ms: z.number(),
  page: z.number().int(),
  size: z.number().int(),
  hits: z.array(SearchHit),
  facets: z.object({
    /** Counts one level below the `category` filter (top-level departments without one). */
    category: z.array(FacetCount),
    brand: z.array(FacetCount),
    price: z.array(PriceRange),
  }),
  /**
   * A rewrite of the query in catalog words ("labtop" → "laptop", "head phones" →
   * "headphones"), present when the exact query found fewer than 10 products and the
   * rewrite finds more.
   */
  did_you_mean: z.string().optional(),
  /**
   * What was actually searched when typo tolerance or a did-you-mean rewrite changed the
   * query, when a product line was searched as maker and kind ("airpods" → "apple earbuds"),
   * or when no product matched all its words and some were left out, or the price a cheap
   * one was searched under ("budget blender" → "blender under $140") (the dashboard's
   * "showing results for …"); absent when the words matched as typed.
   */
  corrected_query: z.string().optional(),
  /**
   * Words left out because no product matched them all ("sony blender" → blenders,
   * dropping "sony"); never the product noun itself. Absent when every word matched.
   */
  dropped_words: z.array(z.string()).optional(),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const AutocompleteQuery = z.object({
  q: z.string().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(10).default(10),
});

/** A product shown beside the completions (the top few for the best completion). */
export const SuggestedProduct = z.object({
  id: z.string(),
  title: z.string(),
  price: z.number(),
  category: z.string(),
});
export type SuggestedProduct = z.infer<typeof SuggestedProduct>;

export const Suggestions = z.object({
  query: z.string(),
  /**
   * Query completions, best first: popular searches, then catalog words and phrases
   * (product nouns, brands, "brand noun", "feature noun") by summed product popularity;
   * never a model or SKU suffix. Typo-tolerant from 4 characters.
   */
  suggestions: z.array(z.object({
    text: z.string(),
    /** Kept for older clients; completions name no single product. */
    product_id: z.string().optional(),
    category: z.string().optional(),
  })),
  /** The top few products for the best completion (or the typed text). */
  products: z.array(SuggestedProduct),
});
export type Suggestions = z.infer<typeof Suggestions>;

/** Extra input to search (not HTTP parameters: the API layer computes them). */
export interface SearchOptions {
  /**
   * Product id → weight in (0, 1] (1 = the most trending): with `boost=trending` these
   * products rank higher among the matches; with `sort=trending` they come first, by weight.
   */
  boost?: ReadonlyMap<string, number>;
  /** `false`: leave the facet counts empty (autocomplete's product suggestions show none). */
  facets?: boolean;
}

/** Extra input to autocomplete (not an HTTP parameter). */
export interface AutocompleteOptions {
  /**
   * Popular real searches, most popular first (from search analytics, merged in by the
   * API layer); those starting with the prefix come before catalog completions.
   */
  popular?: string[];
}

/** How many products autocomplete shows beside the completions. */
export const SUGGESTED_PRODUCTS = 4;
/**
 * How many completions, in order, autocomplete asks for its products until one finds any: a
 * popular real search may find nothing by its words alone ("headphone stand": the search
 * answers it only by relaxing), and the products group had stayed empty.
 */
export const PRODUCTS_FROM_COMPLETIONS = 3;

/** The search behind autocomplete's product suggestions: the top completion, by relevance. */
export function suggestionQuery(text: string, size: number): SearchQuery {
  return {
    q: text,
    page: 1,
    size,
    sort: "relevance",
    fuzzy: true,
    trending_minutes: DEFAULT_TRENDING_MINUTES,
  };
}

/** A search result's hits as autocomplete's product suggestions. */
export function suggested(result: SearchResult): SuggestedProduct[] {
  return result.hits.map((h) => ({ id: h.id, title: h.title, price: h.price, category: h.category }));
}
