/** The variants a listing names fit its kind and never contradict its title. Pure: no services. */
import assert from "node:assert/strict";
import { generateProducts } from "./generate.ts";
import { LEAVES } from "./taxonomy.ts";
import { VARIANTS, variantsFor } from "./variants.ts";
import { terms } from "./text.ts";

Deno.test("every path given variants is a department, subcategory or leaf of the taxonomy", () => {
  const paths = new Set(LEAVES.flatMap((l) => {
    const [d, s] = l.path.split(".");
    return [d, `${d}.${s}`, l.path];
  }));
  assert.deepEqual(Object.keys(VARIANTS).filter((p) => !paths.has(p)), []);
});

Deno.test("a line whose features name a colour takes no other colour", () => {
  const toiletSeat = { featureGroups: [["Elongated", "Round"], ["White", "Biscuit"]] };
  assert.deepEqual(variantsFor("home.bath.toilet_seats", toiletSeat), []);
  assert.ok(
    variantsFor("home.bath.toothbrush_holders", { featureGroups: [["Countertop"]] }).includes("Chrome"),
  );
  assert.deepEqual(variantsFor("books.fiction.novels", { featureGroups: [] }), []);
});

Deno.test("20,000 products: a title names at most one variant, never one of its own words again", () => {
  const bad: string[] = [];
  let named = 0;
  for (const p of generateProducts({ count: 20_000, seed: 42 })) {
    const comma = p.title.lastIndexOf(", ");
    const last = comma < 0 ? "" : p.title.slice(comma + 2);
    if (!Object.values(VARIANTS).some((vs) => vs?.includes(last))) continue;
    named++;
    const before = new Set(p.title.slice(0, comma).toLowerCase().split(/[\s,-]+/));
    if (last.toLowerCase().split(/[\s-]+/).some((w) => before.has(w))) bad.push(p.title);
  }
  assert.ok(named > 5_000, `only ${named} titles name a variant`);
  assert.deepEqual(bad.slice(0, 10), []);
});

Deno.test("no variant's word is a word the shop names a kind of thing by", () => {
  // "hand cream" showed hand mixers in Cream, and "espresso" would show dressers: a
  // colour may only be a word that names no kind, or one that only qualifies a kind
  // ("White Noise Machine", "Blue Light Glasses", "Green Tea", "Clear Tape").
  const qualifiers = new Set(["white", "blue", "green", "clear", "stainless", "steel"]);
  const nounWords = new Set(LEAVES.flatMap((l) => l.nouns.flatMap((n) => terms(n))));
  for (const q of qualifiers) nounWords.delete(q);
  const clashes = [...new Set(Object.values(VARIANTS).flatMap((vs) => vs ?? []))]
    .filter((v) => terms(v).some((t) => nounWords.has(t)));
  assert.deepEqual(clashes, []);
});
