/**
 * Scores a catalog backend against the judged queries: precision@5 (share of the top 5
 * in an acceptable leaf, out of at most as many as the catalog holds: a catalog with two
 * LEGO products gives "lego" 1.0 for both first) and MRR (1 / rank of the first
 * acceptable hit), per query and averaged, over the same 50k-product catalog (seed 42, the default)
 * on every backend.
 *
 * @module
 */
import type { CatalogStore } from "../../src/store/port.ts";
import { SearchQuery } from "../../src/domain/search.ts";
import { generateCatalog } from "../../src/catalog/generate.ts";
import { JUDGMENTS } from "./judgments.ts";

export const RELEVANCE_PRODUCTS = generateCatalog({ count: 50_000, seed: 42 });
/** Both averages must reach this on every backend. */
export const TARGET = 0.9;

export interface QueryScore {
  query: string;
  precision: number;
  /** Share of the top 5 acceptable, out of 5 whatever the catalog holds. */
  rawPrecision: number;
  reciprocalRank: number;
  top: string[];
}

export async function score(catalog: CatalogStore): Promise<{ p5: number; mrr: number; rows: QueryScore[] }> {
  const rows: QueryScore[] = [];
  for (const j of JUDGMENTS) {
    const r = await catalog.search(SearchQuery.parse({ q: j.query, size: 10 }));
    const ok = (h: { category: string; brand: string }) =>
      (j.leaves.length === 0 || j.leaves.includes(h.category.split(".").at(-1)!)) &&
      (j.brand === undefined || h.brand === j.brand) &&
      (j.under === undefined || h.category.startsWith(`${j.under}.`));
    const top5 = r.hits.slice(0, 5);
    // (Two makers weighed: an answer missing one of them answers half the question.)
    const weighed = (j.each ?? []).every((b) => top5.some((h) => h.brand === b)) &&
      (j.eachLeaf ?? []).every((l) => top5.some((h) => h.category.split(".").at(-1) === l));
    const first = weighed ? r.hits.findIndex(ok) : -1;
    const held = RELEVANCE_PRODUCTS.filter(ok).length;
    rows.push({
      query: j.query,
      precision: held === 0 || !weighed ? 0 : top5.filter(ok).length / Math.min(5, held),
      rawPrecision: weighed ? top5.filter(ok).length / 5 : 0,
      reciprocalRank: first < 0 ? 0 : 1 / (first + 1),
      top: top5.map((h) => h.title),
    });
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return { p5: mean(rows.map((r) => r.precision)), mrr: mean(rows.map((r) => r.reciprocalRank)), rows };
}

/** A readable table of the scores (printed by the tests). */
export function table(backend: string, s: { p5: number; mrr: number; rows: QueryScore[] }): string {
  const lines = s.rows.map((r) =>
    `${r.query.padEnd(22)} P@5 ${r.precision.toFixed(2)}  RR ${r.reciprocalRank.toFixed(2)}` +
    (r.precision < 1 ? `  ${r.top.join(" | ")}` : "")
  );
  return [
    `— ${backend}: P@5 ${s.p5.toFixed(3)} (out of 5 whatever the catalog holds: ` +
    `${(s.rows.reduce((a, r) => a + r.rawPrecision, 0) / s.rows.length).toFixed(3)})  ` +
    `MRR ${s.mrr.toFixed(3)} over ${s.rows.length} queries`,
    ...lines,
  ]
    .join("\n");
}
