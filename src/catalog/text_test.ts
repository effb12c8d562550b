import assert from "node:assert/strict";
import { swapped, typoBudget } from "./text.ts";

Deno.test("swapped: exactly two neighbouring characters exchanged", () => {
  assert.ok(swapped("sfoa", "sofa"));
  assert.ok(swapped("dsek", "desk"));
  assert.ok(swapped("lapm", "lamp"), "the last two");
  assert.ok(swapped("olve", "love"), "the first two");
  for (
    const [a, b] of [
      ["sofa", "sofa"],
      ["coat", "cat"],
      ["soap", "snap"],
      ["robe", "rose"],
      ["sofa", "afos"],
      [
        "abcd",
        "badc",
      ],
      ["ab", "abc"],
    ]
  ) {
    assert.equal(swapped(a, b), false, `${a} / ${b}`);
  }
});

Deno.test("typo budget: none below 4 characters, one from 4, two from 8, none with digits", () => {
  assert.deepEqual(["tv", "mug", "sofa", "laptop", "headphone", "4k", "a348"].map(typoBudget), [
    0,
    0,
    1,
    1,
    2,
    0,
    0,
  ]);
});
