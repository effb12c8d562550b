/** The cheap end of a kind: a third of its products, by the catalog's own prices. Pure. */
import assert from "node:assert/strict";
import { asksCheap, budgetCap } from "./budget.ts";
import { generateProducts } from "./generate.ts";
import { LEAVES } from "./taxonomy.ts";

Deno.test("cheap words ask for the cheap end; other words do not", () => {
  for (
    const q of ["cheap tv", "Budget blender", "affordable running shoes", "inexpensive desk", "cheapest"]
  ) {
    assert.ok(asksCheap(q), q);
  }
  for (const q of ["blender", "cheaper than 50", "budgeting book", "tv under 500"]) {
    assert.ok(!asksCheap(q), q);
  }
  assert.equal(budgetCap("no.such.leaf"), undefined);
});

Deno.test("50,000 products: about a third of the catalog's products sell under their leaf's cheap end", () => {
  const under = new Map<string, [number, number]>();
  for (const p of generateProducts({ count: 50_000, seed: 42 })) {
    const counts = under.get(p.category) ?? [0, 0];
    counts[0] += p.price <= budgetCap(p.category)! ? 1 : 0;
    counts[1]++;
    under.set(p.category, counts);
  }
  const [cheap, all] = [...under.values()].reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
  assert.ok(Math.abs(cheap / all - 1 / 3) < 0.05, `${cheap} of ${all}`);
  for (const leaf of LEAVES) {
    const cap = budgetCap(leaf.path)!;
    assert.ok(cap >= 1 && cap <= leaf.price[1], `${leaf.path}: ${cap}`);
  }
});
