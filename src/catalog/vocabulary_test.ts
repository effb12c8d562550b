import assert from "node:assert/strict";
import { Vocabulary } from "./vocabulary.ts";

Deno.test("a typo that makes a word look plural is still one edit from it", () => {
  const v = new Vocabulary([["wireless", 120], ["wire", 30], ["mouse", 80], ["headphones", 90]]);
  // "wireles" stems to "wirele" (two edits from "wireless"); as typed it is one.
  assert.deepEqual(v.typoVariants("wireles").map((c) => c.surface), ["wireless"]);
  assert.deepEqual(v.correct(["wireles", "mouse"]), ["wireless", "mouse"]);
  assert.deepEqual(v.correct(["headphons"]), ["headphones"], "a plural typo as before");
  assert.equal(v.correct(["wireless", "mouse"]), undefined, "known words stay");
});
