import assert from "node:assert/strict";
import { knownMakerKind, MAKER_KINDS } from "./brand_kinds.ts";
import { LEAVES } from "./taxonomy.ts";
import { analyze } from "./text.ts";
import { groupAlias } from "./browse.ts";

Deno.test("knownMakerKind: the maker a query begins with, its kind and the other words", () => {
  assert.deepEqual(knownMakerKind("tide"), { maker: "tide", kind: "laundry detergent", rest: "" });
  assert.deepEqual(knownMakerKind("Wet n Wild lipstick"), {
    maker: "wet n wild",
    kind: "makeup",
    rest: "lipstick",
  });
  assert.deepEqual(knownMakerKind("Kellogg's"), { maker: "kelloggs", kind: "cereal", rest: "" });
  assert.equal(knownMakerKind("blender"), undefined);
});

Deno.test("knownMakerKind: makers of every department, as shoppers spell them", () => {
  const kind = (q: string) => knownMakerKind(q)?.kind;
  // Stationery, kitchen, audio, cameras, phones
  assert.equal(kind("Staedtler"), "pencils");
  assert.equal(kind("staedtler 2b pencils"), "pencils");
  assert.equal(kind("Mont Blanc pen"), "fountain pen");
  assert.equal(kind("rocketbook"), "paper notebook");
  assert.equal(kind("Russell Hobbs"), "kettle");
  assert.equal(kind("Lock & Lock"), "food storage containers");
  assert.equal(kind("Blue Yeti nano"), "usb microphone");
  assert.equal(kind("Bang & Olufsen"), "headphones");
  assert.equal(kind("Bowers and Wilkins"), "headphones");
  assert.equal(kind("instax mini"), "instant camera");
  assert.equal(kind("LifeProof case"), "phone case");
  // Tools, garden, cleaning
  assert.equal(kind("Troy-Bilt"), "lawn mower");
  assert.equal(kind("Briggs & Stratton"), "lawn mower");
  assert.equal(kind("Sherwin-Williams"), "paint");
  assert.equal(kind("Pine-Sol"), "household cleaner");
  assert.equal(kind("Bar Keepers Friend"), "household cleaner");
  assert.equal(kind("yankee candles vanilla"), "candles");
  // Beauty, haircare, health, baby
  assert.equal(kind("Paula's Choice"), "skincare");
  assert.equal(kind("St. Ives scrub"), "face wash");
  assert.equal(kind("Clean & Clear"), "face wash");
  assert.equal(kind("Palmer's cocoa butter"), "lotion");
  assert.equal(kind("Bumble & Bumble"), "shampoo");
  assert.equal(kind("Nature's Bounty"), "vitamins");
  assert.equal(kind("Beech-Nut"), "baby food");
  assert.equal(kind("pack 'n play"), "playard");
  assert.equal(kind("Pack and Play"), "playard");
  // Toys, pets, fashion, grocery, music
  assert.equal(kind("L.O.L. Surprise!"), "doll");
  assert.equal(kind("Calico Critters"), "dollhouse");
  assert.equal(kind("Dr. Elsey's"), "cat litter");
  assert.equal(kind("The Farmer's Dog"), "dog food");
  assert.equal(kind("Abercrombie & Fitch"), "jeans");
  assert.equal(kind("G-Shock"), "watch");
  assert.equal(kind("Alex and Ani"), "bracelet");
  assert.equal(kind("Kit Kat"), "chocolate");
  assert.equal(kind("PG Tips"), "tea");
  assert.equal(kind("Zildjian"), "drum cymbals");
  // (A possessive's "s" split off by the query's parse is still the name's.)
  assert.deepEqual(knownMakerKind("paula s choice serum"), {
    maker: "paulas choice",
    kind: "skincare",
    rest: "serum",
  });
  assert.equal(kind("reese s"), "chocolate");
  assert.equal(kind("dr elsey s"), "cat litter");
  assert.deepEqual(knownMakerKind("sherwin williams white paint"), {
    maker: "sherwin williams",
    kind: "paint",
    rest: "white paint",
  });
  // (A maker's name is its words in order, not a word inside another query.)
  assert.equal(knownMakerKind("pencils staedtler"), undefined);
  assert.equal(knownMakerKind("blue yetis"), undefined);
});

Deno.test("every known maker's kind is a word of some leaf's product nouns or path, or a group's name", () => {
  const words = new Set(
    LEAVES.flatMap((
      l,
    ) => [...l.nouns.flatMap((n) => analyze(n)), ...analyze(l.path.replaceAll(/[._]/g, " "))]),
  );
  for (const [maker, kind] of Object.entries(MAKER_KINDS)) {
    assert.ok(analyze(kind).some((w) => words.has(w)) || groupAlias(kind) !== undefined, `${maker}: ${kind}`);
  }
});

Deno.test("round 47: a maker known for one sort of a kind is that sort, where the shop sells it", () => {
  // (Traeger's pellet grills are run from a phone: the shop's Wi-Fi grills, no $1,866 gas grill.)
  assert.equal(knownMakerKind("traeger")?.kind, "wi-fi grill");
  assert.equal(knownMakerKind("traeger pellet grill")?.rest, "pellet grill");
});
