import assert from "node:assert/strict";
import {
  agesAsAudience,
  audiencePaths,
  categoryAudience,
  PARTICULAR_PATHS,
  serves,
  whoFor,
} from "./audience.ts";

Deno.test("'pet' names any animal: served by every animal's things, and by no person's", () => {
  assert.equal(whoFor("pet"), "pet");
  assert.equal(whoFor("pets"), "pet");
  assert.equal(whoFor("newborn"), "kids", 'a newborn is a baby: "newborn essentials" found nothing');
  // A path names the animal it is for before any animal.
  assert.equal(categoryAudience("pets.dogs.dog_food"), "dog");
  assert.equal(categoryAudience("pets"), "pet");
  assert.ok(serves("pets.cats.cat_toys", "pet"));
  assert.ok(serves("pets.aquarium.fish_tanks", "pet"));
  assert.ok(!serves("baby.gear.strollers", "pet"), "a baby's stroller is no pet's");
  assert.ok(!serves("beauty.haircare.shampoo", "pet"));
  assert.ok(!serves("pets.cats.cat_toys", "dog"), "a cat's toy is still no dog's");
  assert.deepEqual(audiencePaths("pet"), ["pets"]);
  assert.ok(audiencePaths("dog").includes("pets.dogs"), audiencePaths("dog").join());
  assert.ok(PARTICULAR_PATHS.includes("pets"));
});

Deno.test("an age spelled out is an age", () => {
  assert.equal(agesAsAudience("ten year old who loves dinosaurs"), "kids who loves dinosaurs");
  assert.equal(agesAsAudience("toys for one year old"), "toys for baby");
  assert.equal(agesAsAudience("shoes for 2 year old"), "shoes for kids", "the shop sells them to kids");
  assert.equal(agesAsAudience("gift for a 2 year old", { toddler: true }), "gift for a toddler");
  assert.equal(agesAsAudience("gift for a 4 year old", { toddler: true }), "gift for a kids");
  assert.equal(agesAsAudience("gift for a 15 year old girl", { toddler: true }), "gift for a teen girl");
  assert.equal(agesAsAudience("hoodie for 15 year old", {}), "hoodie for kids");
  assert.equal(agesAsAudience("one piece swimsuit"), "one piece swimsuit");
});

Deno.test("agesAsAudience: a grown-up's age says no child; a teen's is a teen's for gifts", () => {
  assert.equal(
    agesAsAudience("gift for grandfather 80 years old", { toddler: true }),
    "gift for grandfather elderly",
  );
  assert.equal(agesAsAudience("gift for 80 year old man"), "gift for man");
  assert.equal(agesAsAudience("gift for 15 year old", { toddler: true }), "gift for teen");
  assert.equal(agesAsAudience("gift for 15 year old"), "gift for kids");
});

Deno.test("a child looks through the same telescope as anyone", () => {
  assert.ok(serves("electronics.cameras.telescopes", "kids"));
  assert.ok(serves("sports.fishing.fishing_rods", "kids"), "a child fishes with the shop's rods");
  assert.ok(serves("sports.outdoor.binoculars", "kids"));
  assert.ok(!serves("sports.cycling.bikes", "kids"), "a grown-up's bike is no kids' bike");
});

Deno.test("agesAsAudience: old age in a gift is the elderly's; a grown-up's age leaves no dangling word", () => {
  assert.equal(agesAsAudience("gift for a 90 year old", { toddler: true }), "gift for a elderly");
  assert.equal(agesAsAudience("gift for a 40 year old", { toddler: true }), "gift");
  assert.equal(agesAsAudience("shoes for 80 year old"), "shoes");
  assert.equal(agesAsAudience("shoes for a 40 year old woman"), "shoes for a woman");
});
