/**
 * Product search on Elasticsearch.
 *
 * Index-time: title analysed with standard + lowercase + asciifolding + porter_stem, a
 * `title.autocomplete` sub-field with edge n-grams (2–20), brand as text + lowercase
 * keyword, `category_levels` holding every prefix of the category path (prefix
 * filters and one-level-down facets are then plain term queries/aggregations).
 * Search-time: the same chain plus `synonym_graph` with the rules of
 * src/catalog/synonyms.txt (inline, so the index needs no file on the server).
 * Typo tolerance: `fuzziness: AUTO` on a second clause without synonyms (ES rejects
 * fuzzy expansion of multi-word synonyms), so exact and synonym matches outrank typos.
 *
 * @module
 */
import type { Client } from "@elastic/elasticsearch";
import type { Product } from "../../domain/product.ts";
import { PRICE_RANGES, type SearchQuery, type SearchResult, type Suggestions } from "../../domain/search.ts";
import type { BulkProgress, CatalogStore } from "../port.ts";
import { escapeHtml } from "../html.ts";
import { INDICES } from "../port.ts";
import { createIndexIfMissing, indexName } from "./client.ts";
import { synonymRules } from "../../catalog/synonyms.ts";
import { bulkWithRetry } from "./bulk.ts";

const FIELDS = ["title^3", "brand^2", "category_words^1.5", "description^1"];

export function productIndexBody() {
  return {
    settings: {
      number_of_shards: 1,
      number_of_replicas: 0,
      "index.max_result_window": 10_000,
      analysis: {
        filter: {
          shop_synonyms: { type: "synonym_graph", synonyms: synonymRules(), lenient: true },
          autocomplete_edge: { type: "edge_ngram", min_gram: 2, max_gram: 20 },
        },
        normalizer: { lower: { type: "custom", filter: ["lowercase"] } },
        analyzer: {
          product_text: {
            type: "custom",
            tokenizer: "standard",
            filter: ["lowercase", "asciifolding", "porter_stem"],
          },
          product_search: {
            type: "custom",
            tokenizer: "standard",
            filter: ["lowercase", "asciifolding", "shop_synonyms", "porter_stem"],
          },
          autocomplete_index: {
            type: "custom",
            tokenizer: "standard",
            filter: ["lowercase", "asciifolding", "autocomplete_edge"],
          },
          autocomplete_search: {
            type: "custom",
            tokenizer: "standard",
            filter: ["lowercase", "asciifolding"],
          },
        },
      },
    },
    mappings: {
      dynamic: "strict" as const,
      properties: {
        id: { type: "keyword" },
        title: {
          type: "text",
          analyzer: "product_text",
          search_analyzer: "product_search",
          fields: {
            autocomplete: {
              type: "text",
              analyzer: "autocomplete_index",
              search_analyzer: "autocomplete_search",
            },
            plain: { type: "text", analyzer: "product_text" },
            words: { type: "text", analyzer: "autocomplete_search" },
            raw: { type: "keyword" },
          },
        },
        description: { type: "text", analyzer: "product_text", search_analyzer: "product_search" },
        brand: {
          type: "text",
          analyzer: "product_text",
          fields: { keyword: { type: "keyword", normalizer: "lower" }, raw: { type: "keyword" } },
        },
        category: { type: "keyword" },
        category_levels: { type: "keyword" },
        category_words: { type: "text", analyzer: "product_text", search_analyzer: "product_search" },
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

function toDoc(p: Product) {
  const parts = p.category.split(".");
  return {
    ...p,
    category_levels: parts.map((_, i) => parts.slice(0, i + 1).join(".")),
    category_words: parts.join(" ").replaceAll("_", " "),
  };
}

function fromSource(s: Record<string, unknown>): Product {
  const { category_levels: _l, category_words: _w, ...p } = s;
  return p as unknown as Product;
}

export class ElasticsearchCatalog implements CatalogStore {
  readonly #es: Client;
  readonly #index: string;

  constructor(options: { client: Client; indexPrefix?: string }) {
    this.#es = options.client;
    this.#index = indexName(options, INDICES.products);
  }

  async ensureIndex(options: { recreate?: boolean } = {}): Promise<void> {
    if (options.recreate) await this.#es.indices.delete({ index: this.#index, ignore_unavailable: true });
    await createIndexIfMissing(this.#es, this.#index, productIndexBody());
  }

  async index(products: Product[], onProgress?: (p: BulkProgress) => void): Promise<void> {
    await bulkWithRetry(this.#es, products.map((p) => ({ id: p.id, doc: toDoc(p) })), this.#index, {
      chunk: 1_000,
      concurrency: 2,
      onProgress: (indexed) => onProgress?.({ indexed, total: products.length }),
    });
  }

  async refresh(): Promise<void> {
    await this.#es.indices.refresh({ index: this.#index });
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
    const r = await this.#es.mget<Record<string, unknown>>({ index: this.#index, ids });
    for (const d of r.docs) {
      if ("found" in d && d.found && d._source) out.set(d._id, fromSource(d._source));
    }
    return out;
  }

  #textQuery(q: string, fuzzy: boolean) {
    const should: object[] = [
      { multi_match: { query: q, fields: FIELDS, type: "best_fields", operator: "and" } },
    ];
    if (fuzzy) {
      should.push({
        multi_match: {
          query: q,
          fields: ["title.plain^2", "brand^1.5"],
          type: "best_fields",
          operator: "and",
          fuzziness: "AUTO",
          prefix_length: 1,
          boost: 0.5,
        },
      });
    }
    return { bool: { should, minimum_should_match: 1 } };
  }

  async search(q: SearchQuery): Promise<SearchResult> {
    const t0 = performance.now();
    const filter: object[] = [];
    if (q.category) filter.push({ term: { category_levels: q.category } });
    if (q.brand) filter.push({ term: { "brand.keyword": q.brand.toLowerCase() } });
    if (q.min_price !== undefined || q.max_price !== undefined) {
      filter.push({ range: { price: { gte: q.min_price, lte: q.max_price } } });
    }
    const text = q.q.trim();
    const must = /[\p{L}\p{N}]/u.test(text) ? [this.#textQuery(text, q.fuzzy)] : [{ match_all: {} }];
    const sort = {
      relevance: [{ _score: "desc" }, { popularity: "desc" }, { id: "asc" }],
      price_asc: [{ price: "asc" }, { id: "asc" }],
      price_desc: [{ price: "desc" }, { id: "asc" }],
      rating: [{ rating: "desc" }, { id: "asc" }],
    }[q.sort];
    const r = await this.#es.search<Record<string, unknown>>({
      index: this.#index,
      from: (q.page - 1) * q.size,
      size: q.size,
      track_total_hits: true,
      query: { bool: { must, filter } },
      // deno-lint-ignore no-explicit-any
      sort: sort as any,
      track_scores: true,
      highlight: {
        pre_tags: ["<em>"],
        post_tags: ["</em>"],
        encoder: "html",
        fields: { title: { number_of_fragments: 0 }, "title.plain": { number_of_fragments: 0 } },
      },
      aggs: {
        category: {
          terms: {
            field: "category_levels",
            size: 50,
            include: `${q.category ? q.category.replaceAll(".", "\\.") + "\\." : ""}[^.]+`,
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
      },
      ...(text
        ? {
          suggest: {
            text,
            fix: { term: { field: "title.words", suggest_mode: "popular", min_word_length: 3 } },
          },
        }
        : {}),
    });
    const total = typeof r.hits.total === "number" ? r.hits.total : r.hits.total?.value ?? 0;
    // deno-lint-ignore no-explicit-any
    const aggs = r.aggregations as any;
    const result: SearchResult = {
      total,
      took_ms: 0,
      page: q.page,
      size: q.size,
      hits: r.hits.hits.map((h) => {
        const s = h._source!;
        const hl = h.highlight?.title?.[0] ?? h.highlight?.["title.plain"]?.[0];
        return {
          id: String(s.id),
          title: String(s.title),
          brand: String(s.brand),
          category: String(s.category),
          price: Number(s.price),
          rating: Number(s.rating),
          stock: Number(s.stock),
          score: text && typeof h._score === "number" ? Math.round(h._score * 1000) / 1000 : null,
          highlight: hl ?? escapeHtml(String(s.title)),
        };
      }),
      facets: {
        // deno-lint-ignore no-explicit-any
        category: aggs.category.buckets.map((b: any) => ({ value: b.key, count: b.doc_count })),
        // deno-lint-ignore no-explicit-any
        brand: aggs.brand.buckets.map((b: any) => ({ value: b.key, count: b.doc_count })),
        // deno-lint-ignore no-explicit-any
        price: aggs.price.buckets.map((b: any) => ({
          key: b.key,
          ...(b.from !== undefined ? { from: b.from } : {}),
          ...(b.to !== undefined ? { to: b.to } : {}),
          count: b.doc_count,
        })),
      },
    };
    if (total === 0 && r.suggest) {
      // deno-lint-ignore no-explicit-any
      const entries = (r.suggest as any).fix as { text: string; options: { text: string }[] }[];
      let changed = false;
      const words = entries.map((e) => {
        if (e.options.length === 0) return e.text;
        changed = true;
        return e.options[0].text;
      });
      if (changed) result.did_you_mean = words.join(" ");
    }
    result.took_ms = Math.round((performance.now() - t0) * 100) / 100;
    return result;
  }

  async autocomplete(prefix: string, limit = 10): Promise<Suggestions> {
    const q = prefix.trim();
    if (!/[\p{L}\p{N}]/u.test(q)) return { query: prefix, suggestions: [] };
    const r = await this.#es.search<Record<string, unknown>>({
      index: this.#index,
      size: limit * 3,
      _source: ["id", "title", "category"],
      query: {
        function_score: {
          query: {
            bool: {
              should: [
                { match: { "title.autocomplete": { query: q, operator: "and" } } },
                ...(q.length >= 4
                  ? [{
                    match: {
                      "title.autocomplete": {
                        query: q,
                        operator: "and" as const,
                        fuzziness: "AUTO",
                        boost: 0.5,
                      },
                    },
                  }]
                  : []),
              ],
              minimum_should_match: 1,
            },
          },
          functions: [{
            field_value_factor: { field: "popularity", modifier: "log1p" as const, missing: 1 },
          }],
          boost_mode: "multiply" as const,
        },
      },
    });
    const seen = new Set<string>();
    const suggestions: Suggestions["suggestions"] = [];
    for (const h of r.hits.hits) {
      const s = h._source!;
      const key = String(s.title).toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      suggestions.push({ text: String(s.title), product_id: String(s.id), category: String(s.category) });
      if (suggestions.length >= limit) break;
    }
    return { query: prefix, suggestions };
  }
}
