import assert from "node:assert/strict";
import { correctMakerTypos, isMakerName, isMakersWord, namedMakers } from "./makers.ts";
import { titleTerms } from "./text.ts";

Deno.test("a query names a maker only with its whole name, a possessive's s joined", () => {
  assert.deepEqual(namedMakers("apple charger"), ["Apple"]);
  assert.deepEqual(namedMakers("new balance 574"), ["New Balance"]);
  assert.deepEqual(namedMakers("levis jeans"), ["Levi's"]);
  assert.deepEqual(namedMakers("levi's jeans"), ["Levi's"]);
  assert.deepEqual(namedMakers("hdmi cable"), [], "Cable Matters is not named by 'cable'");
  assert.deepEqual(namedMakers("baby food"), [], "nor Happy Baby by 'baby'");
  assert.ok(isMakerName("lego") && !isMakerName("contact"));
});

Deno.test("a title's words leave out the maker's name it begins with, and only that", () => {
  assert.deepEqual(titleTerms({ title: "Cable Matters HDMI Cable", brand: "Cable Matters" }), [
    "hdmi",
    "cable",
  ]);
  assert.deepEqual(titleTerms({ title: "Sony Apple CarPlay Car Radio", brand: "Sony" }), [
    "apple",
    "carplay",
    "car",
    "radio",
  ]);
  // A title that does not begin with its maker's name keeps every word.
  assert.deepEqual(titleTerms({ title: "Echo Dot Smart Speaker", brand: "Amazon" }), [
    "echo",
    "dot",
    "smart",
    "speaker",
  ]);
  // Nor is a title left empty: a product called by its maker's name alone.
  assert.deepEqual(titleTerms({ title: "Kleenex", brand: "Kleenex" }), ["kleenex"]);
});

Deno.test("a maker's name of several words with one word mistyped is put right", () => {
  assert.equal(
    correctMakerTypos("hamilton beech"),
    "hamilton beach",
    "a real word, so no typo to the speller",
  );
  assert.equal(correctMakerTypos("new balence shoes"), "new balance shoes");
  assert.equal(correctMakerTypos("hamilton beach"), undefined, "nothing to put right");
  assert.equal(correctMakerTypos("beech table"), undefined, "one word of a name is no name");
  assert.equal(correctMakerTypos("loreal shampoo"), "l'oreal shampoo", "a name typed as one word");
  assert.equal(correctMakerTypos("newbalance"), "new balance");
  assert.equal(
    correctMakerTypos("kitchen aide mixer"),
    "kitchenaid mixer",
    "one word typed as two, mistyped",
  );
  assert.equal(correctMakerTypos("kitchen aid"), undefined, "joined as typed: the speller joins it");
});

Deno.test("correctMakerTypos: a maker's name of two words typed right is no one-word maker's slip", () => {
  assert.equal(correctMakerTypos("l oreal voluminous"), undefined, "no Lorell");
  assert.equal(correctMakerTypos("kitchen aide mixer"), "kitchenaid mixer");
});

Deno.test("namedMakers: a name with dots reads whatever the dots, and a 'pro' name without its 'pro'", () => {
  for (const q of ["l.l.bean boots", "ll bean boots", "l l bean boots", "llbean jacket"]) {
    assert.deepEqual(namedMakers(q), ["L.L.Bean"], q);
  }
  assert.deepEqual(namedMakers("j crew shirt"), ["J.Crew"]);
  assert.deepEqual(namedMakers("babyliss clippers"), ["BaBylissPRO"]);
  assert.deepEqual(namedMakers("travel mug"), [], "no Travelpro: 'travel' is an English word");
  assert.deepEqual(namedMakers("a b c"), []);
});

Deno.test("isMakersWord: a word of a maker's name, as the catalog writes it", () => {
  assert.ok(isMakersWord("kirkland"), "of Kirkland Signature");
  assert.ok(isMakersWord("Sony"));
  assert.ok(!isMakersWord("batteries"));
});
