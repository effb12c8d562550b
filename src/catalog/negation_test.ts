import assert from "node:assert/strict";
import { excludedPhrases, mayRefuse, readRefusal } from "./negation.ts";
import type { ShopWords } from "./relax.ts";

/** A shop that spells `words`, names kinds by `pairs` ("remote control") and writes `joined` as one ("wi fi"). */
function shop(words: string[], pairs: string[] = [], joined: string[] = []): ShopWords {
  const spelled = new Set(words);
  return {
    isNoun: () => false,
    isBareNoun: () => false,
    namesAnotherKind: () => false,
    knows: (w) => spelled.has(w),
    spells: (w) => spelled.has(w),
    namesKindWith: (w, head) => pairs.includes(`${w} ${head}`),
    writtenJoined: (w, next) => joined.includes(`${w} ${next}`),
  };
}

Deno.test("a refused part the shop has no word for is left out, the other words kept", () => {
  assert.deepEqual(readRefusal("baby monitor without wifi", shop([])), {
    excluded: { text: "baby monitor", exclude: ["wifi"] },
  });
  // (A "with" before "no" goes with it; what follows the refusal stays.)
  assert.deepEqual(readRefusal("jeans with no holes for men", shop([])), {
    excluded: { text: "jeans for men", exclude: ["holes"] },
  });
});

Deno.test("a refused part the shop names with -less or -free is that word first, left out otherwise", () => {
  assert.deepEqual(readRefusal("vacuum without a bag", shop(["bagless"])), {
    named: { text: "bagless vacuum", exclude: [], words: ["bagless"] },
    excluded: { text: "vacuum", exclude: ["bag"] },
  });
  // (The word's base form: "sleeves" → "sleeveless"; "-free" where the shop writes it joined.)
  assert.equal(readRefusal("dress without sleeves", shop(["sleeveless"]))?.named?.text, "sleeveless dress");
  assert.equal(
    readRefusal("shampoo w/o sulfates", shop([], [], ["sulfate free"]))?.named?.text,
    "sulfate free shampoo",
  );
});

Deno.test("a list of refused parts, two words the shop names a kind with, and what says no more", () => {
  assert.deepEqual(readRefusal("baby monitor without wifi or app", shop([]))?.excluded, {
    text: "baby monitor",
    exclude: ["wifi", "app"],
  });
  assert.deepEqual(readRefusal("tv without a remote control", shop([], ["remote control"]))?.excluded, {
    text: "tv",
    exclude: ["remote control"],
  });
  assert.deepEqual(readRefusal("soundbar w/o wi-fi", shop([], [], ["wi fi"]))?.excluded, {
    text: "soundbar",
    exclude: ["wi fi"],
  });
  assert.deepEqual(readRefusal("sofa no assembly required", shop([]))?.excluded, {
    text: "sofa",
    exclude: ["assembly"],
  });
  assert.deepEqual(readRefusal("baby food no added sugar", shop([]))?.excluded, {
    text: "baby food",
    exclude: ["sugar"],
  });
});

Deno.test("no refusal: a word the shop writes joined, one said first, or nothing after it", () => {
  assert.equal(readRefusal("non slip bath mat", shop([], [], ["non slip"])), undefined);
  assert.equal(readRefusal("no show socks", shop([])), undefined);
  assert.equal(readRefusal("laptop without", shop([])), undefined);
  assert.equal(readRefusal("blender without 500", shop([])), undefined);
  assert.equal(readRefusal("blender", shop([])), undefined);
});

Deno.test("excluded phrases are analysed, with their synonyms' forms", () => {
  assert.deepEqual(excludedPhrases("wifi"), [["wifi"], ["wi", "fi"]]);
  assert.deepEqual(excludedPhrases("springs, remote control"), [["spring"], ["remote", "control"]]);
  assert.deepEqual(excludedPhrases(" , "), []);
  assert.deepEqual(excludedPhrases(undefined), []);
});

Deno.test("a thing or a food said free of is refused; the shop's own joined word or an idea is not", () => {
  assert.deepEqual(readRefusal("fish free cat food", shop([]))?.excluded, {
    text: "cat food",
    exclude: ["fish"],
  });
  assert.equal(readRefusal("gluten free pasta", shop([], [], ["gluten free"])), undefined);
  assert.equal(readRefusal("cruelty free mascara", shop([])), undefined);
});

Deno.test("a refused food leaves out its family: no almonds for nut free", () => {
  const phrases = excludedPhrases("nuts").map((p) => p.join(" "));
  for (const w of ["nut", "almond", "peanut", "cashew"]) assert.ok(phrases.includes(w), w);
  assert.ok(excludedPhrases("dairy").some((p) => p.join(" ") === "milk"));
  // (An object's own keys only: "constructor" is a word like any other.)
  assert.deepEqual(excludedPhrases("constructor"), [["constructor"]]);
  assert.equal(readRefusal("constructor free toys", shop([]))?.excluded, undefined);
});

Deno.test("a word made with 'un' refuses its root, the shop's own such word searched first", () => {
  assert.ok(mayRefuse("unscented candles"));
  // (The shop writes "scented" only: its scented candles are left out.)
  assert.deepEqual(readRefusal("unscented candles", shop(["scented", "candles"])), {
    excluded: { text: "candles", exclude: ["scented"] },
  });
  // (Where the shop writes "unscented" too, that word is searched first.)
  assert.deepEqual(readRefusal("unscented lotion", shop(["scented", "unscented", "lotion"]))?.named, {
    text: "unscented lotion",
    exclude: [],
    words: ["unscented"],
  });
  // (No root the shop writes, or no real word: nothing refused.)
  assert.equal(readRefusal("unisex hoodie", shop(["hoodie"])), undefined);
  assert.equal(readRefusal("underwear", shop(["derwear"])), undefined);
});

Deno.test("peanuts, soy, eggs, sesame and lactose are foods refused with their family", () => {
  assert.deepEqual(excludedPhrases("peanut"), [["peanut"], ["peanut", "butter"], ["groundnut"]]);
  assert.ok(excludedPhrases("soy").some((p) => p.join(" ") === "tofu"));
});

Deno.test("'not' before how much refuses no thing: not too pricey is a cheaper one", () => {
  assert.equal(readRefusal("decent knife set not too pricey", shop(["knife", "set"])), undefined);
  assert.equal(readRefusal("blender not very loud", shop(["blender"])), undefined);
});

Deno.test("readRefusal: not needing or using a thing refuses it", () => {
  const shop = {
    isNoun: (w: string) => ["mower", "gas"].includes(w),
    isBareNoun: () => false,
    namesAnotherKind: () => false,
    knows: () => true,
  };
  for (
    const q of [
      "lawn mower that doesn't need gas",
      "lawn mower that doesnt need gas",
      "lawn mower that does not use gas",
    ]
  ) {
    assert.ok(mayRefuse(q), q);
    assert.deepEqual(readRefusal(q, shop)?.excluded.exclude, ["gas"], q);
  }
  assert.equal(mayRefuse("lawn mower that needs gas"), false, "needing it refuses nothing");
});
