/** The cheap end of a kind: a third of its products, by the catalog's own prices. Pure. */
import assert from "node:assert/strict";
import {
  asksCheap,
  asksCheapest,
  asksDearest,
  asksLearner,
  asksPricey,
  asksValue,
  budgetCap,
  highEndFloor,
  ofAnotherLine,
} from "./budget.ts";
import { generateProducts } from "./generate.ts";
import { LEAVES } from "./taxonomy.ts";

Deno.test("cheap words ask for the cheap end; other words do not", () => {
  for (
    const q of ["cheap tv", "Budget blender", "affordable running shoes", "inexpensive desk", "cheapest"]
  ) {
    assert.ok(asksCheap(q), q);
  }
  for (const q of ["low cost air purifier", "lower priced laptop"]) assert.ok(asksCheap(q), q);
  for (const q of ["blender", "cheaper than 50", "budgeting book", "tv under 500", "low sodium chips"]) {
    assert.ok(!asksCheap(q), q);
  }
  assert.equal(budgetCap("no.such.leaf"), undefined);
  for (const q of ["high end headphones", "High-End blender", "luxury bedding", "expensive watch"]) {
    assert.ok(asksPricey(q), q);
  }
  for (const q of ["top of the line blender", "top-of-the-range vacuum"]) assert.ok(asksPricey(q), q);
  for (const q of ["high heels", "end table", "headphones", "tank top"]) assert.ok(!asksPricey(q), q);
});

Deno.test("50,000 products: about a third sell under their leaf's cheap end, a third over its high end", () => {
  let [cheap, dear, all] = [0, 0, 0];
  for (const p of generateProducts({ count: 50_000, seed: 42 })) {
    cheap += p.price <= budgetCap(p.category)! ? 1 : 0;
    dear += p.price >= highEndFloor(p.category)! ? 1 : 0;
    all++;
  }
  assert.ok(Math.abs(cheap / all - 1 / 3) < 0.05, `${cheap} of ${all}`);
  assert.ok(Math.abs(dear / all - 1 / 3) < 0.05, `${dear} of ${all}`);
  for (const leaf of LEAVES) {
    const cap = budgetCap(leaf.path)!;
    assert.ok(cap >= 1 && cap <= leaf.price[1], `${leaf.path}: ${cap}`);
    assert.ok(highEndFloor(leaf.path)! >= cap, `${leaf.path}: the high end is above the cheap end`);
  }
});

Deno.test("asksCheap: a thing that costs too much asks for a cheaper one", () => {
  assert.ok(asksCheap("printer ink too expensive"));
  assert.ok(!asksPricey("printer ink too expensive"));
  assert.ok(asksPricey("expensive headphones"));
});

Deno.test("asksCheapest: the cheapest of all, also said as the least expensive; discount is cheap, premium dear", () => {
  for (
    const q of ["cheapest printer", "lowest price air fryer", "least expensive vacuum", "lowest-priced tv"]
  ) {
    assert.ok(asksCheapest(q) && asksCheap(q) && !asksPricey(q), q);
  }
  assert.ok(
    !asksCheapest("cheap printer") && asksCheap("discount luggage set") && asksPricey("premium chef knife"),
  );
});

Deno.test("asksValue: good value for the money, not a value pack", () => {
  for (const q of ["best value tv", "Good Value headphones", "value vacuum", "blender value for money"]) {
    assert.ok(asksValue(q), q);
  }
  for (
    const q of ["value pack batteries aa", "paper towels value pack", "value size shampoo", "tv", "valued"]
  ) {
    assert.ok(!asksValue(q), q);
  }
});

Deno.test("a cheap end or high end of the things called by a word, where the leaf sells others too", () => {
  // The yoga mats' leaf sells yoga blocks, which brought the mats' cheap end down to $20.
  const leaf = "sports.fitness.yoga_mats";
  assert.ok(budgetCap(leaf, "mat")! > budgetCap(leaf)!, `${budgetCap(leaf, "mat")} vs ${budgetCap(leaf)}`);
  assert.ok(budgetCap(leaf, "blocks")! < budgetCap(leaf, "mat")!);
  assert.equal(budgetCap(leaf, "nothing"), budgetCap(leaf), "a word no line is called by: the whole leaf");
  assert.ok(ofAnotherLine(leaf, "mat", "Gaiam Non-Slip 2-Pack Yoga Block, Teal"));
  assert.ok(!ofAnotherLine(leaf, "mat", "Gaiam 6mm Non-Slip Yoga Mat, Teal"));
  assert.ok(!ofAnotherLine(leaf, "block", "Gaiam Non-Slip 2-Pack Yoga Block, Teal"));
  assert.ok(!ofAnotherLine("electronics.audio.headphones", "headphones", "Sony Headphones"));
});

Deno.test("the things called by two words where some line is: a stand mixer, not the leaf's hand mixers", () => {
  const leaf = "kitchen.appliances.stand_mixers";
  // Hand mixers ($30–120) had brought "affordable stand mixer" under $75, which no stand mixer meets.
  assert.ok(budgetCap(leaf, "stand mixer")! >= 150, `${budgetCap(leaf, "stand mixer")}`);
  assert.equal(budgetCap(leaf, "mixer"), budgetCap(leaf), "both lines are mixers");
  assert.equal(
    budgetCap(leaf, "cordless mixer"),
    budgetCap(leaf, "mixer"),
    "no line so called: its last word's",
  );
  assert.ok(ofAnotherLine(leaf, "stand mixer", "Braun 9-Speed Hand Mixer"));
  assert.ok(!ofAnotherLine(leaf, "stand mixer", "Kenwood 4.5-Quart Stand Mixer"));
});

Deno.test("asksDearest: the dearest first is the high end too; deals are the cheap end", () => {
  for (const q of ["most expensive watch", "priciest headphones", "highest priced blender"]) {
    assert.ok(asksDearest(q) && asksPricey(q), q);
  }
  assert.ok(!asksDearest("expensive watch") && !asksDearest("most comfortable chair"));
  assert.ok(asksCheap("deals on laptops") && asksCheap("laptop deals") && asksCheap("clearance sofa"));
  assert.ok(asksCheap("vacuums on sale") && !asksCheap("vacuums for sale"));
  assert.ok(asksValue("best bang for buck earbuds") && asksValue("bang for your buck headphones"));
});

Deno.test("fancy, splurge and dollar signs are the high end; entry level the cheap end", () => {
  for (const q of ["fancy cookware", "splurge worthy handbag", "$$$ headphones", "pricey chef knife"]) {
    assert.ok(asksPricey(q), q);
  }
  for (const q of ["entry level dslr", "entry-level laptop"]) assert.ok(asksCheap(q), q);
  for (const q of ["$5 gift", "entry mat", "level"]) assert.ok(!asksPricey(q) && !asksCheap(q), q);
});

Deno.test("asksLearner: a beginner's or a novice's thing, said apart from the cheap words", () => {
  assert.ok(asksLearner("beginner drone"));
  assert.ok(asksLearner("guitar for beginners"));
  assert.ok(asksLearner("novice sewing machine"));
  assert.ok(!asksLearner("drone"));
  // (Not a cheap word itself: titles say "Beginner Telescope", so it is matched.)
  assert.ok(!asksCheap("beginner drone"));
});

Deno.test("asksCheap: economical, and a little money said in words", () => {
  assert.ok(asksCheap("economical dog food"));
  assert.ok(asksCheap("decent espresso grinder for not much money"));
  assert.ok(asksCheap("blender without breaking the bank"));
  assert.ok(!asksCheap("money clip"));
});

Deno.test("asksCheap: an offer on a thing or its condition is the cheap end; not 'used'", () => {
  for (
    const q of [
      "half price toys",
      "bogo vitamins",
      "student discount laptop",
      "open box tv",
      "refurbished ipad",
      "pre-owned macbook",
      "second hand golf clubs",
      "50% off shoes",
      "warehouse deals monitors",
      "bundle deal ps5",
      "factory seconds cookware",
      "final sale handbags",
      "floor model refrigerator",
      "dollar store party supplies",
    ]
  ) assert.ok(asksCheap(q), q);
  for (
    const q of [
      "used bikes",
      "most used kitchen tools",
      "box fan",
      "half moon rug",
      "drop leaf table",
      "floor lamp",
    ]
  ) {
    assert.ok(!asksCheap(q), q);
  }
});

Deno.test("budgetCap: a thing no line is called by is priced by the lines a synonym calls", () => {
  // (The kids' jackets, not the leaf's tees and socks: "cheap kids coat" had found none under $25.)
  const coat = budgetCap("fashion.kids.kids_clothing", "kids coat");
  assert.equal(coat, budgetCap("fashion.kids.kids_clothing", "kids jacket"));
  assert.ok(coat! > budgetCap("fashion.kids.kids_clothing")!, `${coat}`);
});
