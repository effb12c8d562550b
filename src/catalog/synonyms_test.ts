import assert from "node:assert/strict";
import { expand } from "./synonyms.ts";

Deno.test("every choice of synonyms at words that do not overlap is a reading, as a synonym graph reads it", () => {
  const readings = expand("gray hoodie").map((r) => r.join(" ")).sort();
  // "grey sweatshirt" was missing: each reading replaced one word only.
  assert.deepEqual(readings, ["gray hoodie", "gray sweatshirt", "grey hoodie", "grey sweatshirt"]);
  assert.deepEqual(expand("hoodie")[0], ["hoodie"], "the query's own words first");
  // A phrase and a word that overlap it are never both replaced.
  for (const r of expand("wireless earbuds")) assert.equal(r[0], "wireless");
});
