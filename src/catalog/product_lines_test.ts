import assert from "node:assert/strict";
import { PRODUCT_LINES, rewriteProductLines } from "./product_lines.ts";
import { generateCatalog } from "./generate.ts";
import { productTerms, terms } from "./text.ts";

Deno.test("a product line becomes maker and kind; before the thing asked for, its maker", () => {
  assert.equal(rewriteProductLines("iPad Pro 11"), "apple tablet pro 11");
  assert.equal(rewriteProductLines("ipad for kids"), "apple tablet for kids", "a clause is not the thing");
  assert.equal(rewriteProductLines("ipad on sale"), "apple tablet on sale", "filler is not the thing");
  assert.equal(rewriteProductLines("ipad under $300"), "apple tablet under 300");
  assert.equal(rewriteProductLines("iphone charger"), "apple charger");
  assert.equal(rewriteProductLines("nintendo switch games"), "nintendo games");
  assert.equal(rewriteProductLines("samsung galaxy phone"), "samsung smartphone", "one maker");
  assert.equal(rewriteProductLines("airpod"), "apple earbuds", "singular or plural");
  assert.equal(rewriteProductLines("used iphones"), "used apple smartphone");
  assert.equal(rewriteProductLines("tablet"), undefined);
  assert.equal(rewriteProductLines("switch"), undefined, "a line's word alone is not the line");
  assert.equal(rewriteProductLines("samsung galaxy"), "samsung smartphone", "the longest line first");
  assert.equal(rewriteProductLines("galaxy watch"), "samsung watch");
  assert.equal(rewriteProductLines("galaxy tab s9"), "samsung tablet s9");
  assert.equal(rewriteProductLines("oculus quest 3"), "meta vr headset 3");
});

Deno.test("no product line is in the catalog's words, so rewriting one never hides a product", () => {
  const products = generateCatalog({ count: 20_000, seed: 42 });
  const words = new Set(products.flatMap((p) => productTerms(p).words));
  const texts = products.map((p) => ` ${[...terms(p.title), ...terms(p.brand)].join(" ")} `);
  for (const { line } of PRODUCT_LINES) {
    const ws = terms(line);
    if (ws.length === 1) assert.ok(!words.has(ws[0]), `the catalog has "${line}"`);
    const phrase = ` ${ws.join(" ")} `;
    assert.ok(!texts.some((t) => t.includes(phrase)), `a product is called "${line}"`);
  }
});
