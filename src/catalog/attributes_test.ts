import assert from "node:assert/strict";
import { attributeAt, attributePositions, isStyle } from "./attributes.ts";

Deno.test("attributeAt: a colour, material, pattern or style, a phrase's words together", () => {
  assert.equal(attributeAt(["leopard", "print", "scarf"], 0), 2);
  assert.equal(attributeAt(["mid", "century", "modern", "sofa"], 0), 3);
  assert.equal(attributeAt(["mustard", "yellow", "throw"], 0), 1);
  assert.equal(attributeAt(["pocket", "knife"], 0), 0, "a pocket knife is a kind, not a look");
  assert.equal(attributeAt(["art", "print"], 0), 0, "an art print is a thing");
});

Deno.test("attributePositions: every word that says which", () => {
  assert.deepEqual([...attributePositions(["stainless", "steel", "knife", "set"])], [0, 1]);
  assert.deepEqual([...attributePositions(["emerald", "velvet", "sofa"])], [0, 1]);
  assert.deepEqual([...attributePositions(["dog", "bed"])], []);
});

Deno.test("isStyle: only styles, alone or together", () => {
  assert.ok(isStyle(["wabi", "sabi"]));
  assert.ok(isStyle(["japandi"]));
  assert.ok(isStyle(["scandi"]), "Scandinavian, as shoppers shorten it");
  assert.ok(isStyle(["modern", "farmhouse"]));
  assert.ok(!isStyle(["copper"]), "a material is no style");
  assert.ok(!isStyle(["japandi", "sofa"]));
  assert.ok(!isStyle([]));
});

Deno.test("attributeAt: any look's print, and forms said in two words", () => {
  assert.equal(attributeAt(["tropical", "print", "shirt"], 0), 2);
  assert.equal(attributeAt(["loose", "leaf", "tea"], 0), 2);
  assert.equal(attributeAt(["extra", "long", "cable"], 0), 2);
});

Deno.test("attributeAt: a material said in two words, and fits", () => {
  assert.equal(attributeAt(["carbon", "fiber", "fishing", "rod"], 0), 2);
  assert.equal(attributeAt(["wide", "width", "shoes"], 0), 2);
  assert.equal(attributeAt(["silicone", "spatula"], 0), 1);
  assert.equal(attributeAt(["memory", "foam", "dog", "bed"], 0), 2);
});
