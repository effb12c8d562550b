/**
 * A search answer for tests of the search wrappers (relaxation, product lines): `total`
 * matches, no hits, empty facets, plus `extra` fields.
 *
 * @module
 */
import type { SearchResult } from "../domain/search.ts";

export function searchResult(total: number, extra: Partial<SearchResult> = {}): SearchResult {
  return {
    total,
    took_ms: 1,
    page: 1,
    size: 20,
    hits: [],
    facets: { category: [], brand: [], price: [] },
    ...extra,
  };
}
