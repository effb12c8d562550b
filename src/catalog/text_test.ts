import assert from "node:assert/strict";
import { terms } from "./text.ts";

Deno.test("initials written with dots are one word, as shoppers type them", () => {
  assert.deepEqual(terms("L.L.Bean Hooded Jacket"), ["ll", "bean", "hooded", "jacket"]);
  assert.deepEqual(terms("e.l.f. Eyeliner"), ["elf", "eyeliner"]);
  assert.deepEqual(terms("ll bean"), ["ll", "bean"]);
  // Not a sentence's end and the next one's first letter, nor a possessive's "s".
  assert.deepEqual(terms("Germ-X. A little"), ["germ", "x", "a", "little"]);
  assert.deepEqual(terms("women's t-shirt"), ["women", "s", "t", "shirt"]);
});
