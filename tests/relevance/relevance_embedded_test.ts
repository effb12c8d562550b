import assert from "node:assert/strict";
import { EmbeddedCatalog } from "../../src/store/embedded/catalog.ts";
import { RELEVANCE_PRODUCTS, score, table, TARGET } from "./relevance.ts";

Deno.test(`[embedded relevance] judged queries reach P@5 and MRR ≥ ${TARGET}`, async () => {
  const c = new EmbeddedCatalog();
  await c.index(RELEVANCE_PRODUCTS);
  const s = await score(c);
  console.log(table("embedded", s));
  assert.ok(s.p5 >= TARGET, `P@5 ${s.p5.toFixed(3)}`);
  assert.ok(s.mrr >= TARGET, `MRR ${s.mrr.toFixed(3)}`);
});
