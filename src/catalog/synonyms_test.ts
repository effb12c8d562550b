import assert from "node:assert/strict";
import {
  askedWords,
  compoundRules,
  expand,
  keptWords,
  parseSynonyms,
  phrasedReading,
  replacedPhrases,
  synonymGroups,
  synonymRules,
  synonymWords,
} from "./synonyms.ts";

Deno.test("every choice of synonyms at words that do not overlap is a reading, as a synonym graph reads it", () => {
  const readings = expand("gray hoodie").map((r) => r.join(" ")).sort();
  // "grey sweatshirt" was missing: each reading replaced one word only.
  assert.deepEqual(readings, ["gray hoodie", "gray sweatshirt", "grey hoodie", "grey sweatshirt"]);
  assert.deepEqual(expand("hoodie")[0], ["hoodie"], "the query's own words first");
  // A phrase and a word that overlap it are never both replaced.
  for (const r of expand("wireless earbuds")) assert.equal(r[0], "wireless");
});

Deno.test("a noun the catalog writes both as one word and as two is one kind either way", () => {
  assert.deepEqual(compoundRules(["Smartwatch", "Smart Watch", "Running Watch", "Wi-Fi Router"]), [
    { from: ["smartwatch", "smart watch"], to: ["smartwatch", "smart watch"] },
  ]);
  assert.deepEqual(compoundRules(["Sound Bar"]), [], "written only apart: nothing to join it to");
  // The taxonomy's own pairs are rules of the shop, read by both backends.
  const readings = expand("smart watch").map((r) => r.join(" "));
  assert.ok(readings.includes("smartwatch"), readings.join(", "));
  assert.ok(synonymRules().includes("soundbar, sound bar"));
});

Deno.test("a shopper's name for a kind finds the catalog's noun, and keeps its own word", () => {
  const readings = (q: string) => expand(q).map((r) => r.join(" "));
  // "file cabinets" found nothing: the catalog says "Filing Cabinet".
  assert.ok(readings("file cabinets").includes("file cabinet"));
  assert.ok(readings("file cabinets").includes("filing cabinet"));
  // "pack and play" is searched without its filler "and" too; both find the playards.
  assert.ok(readings("pack and play").includes("playard"));
  assert.ok(readings("pack play").includes("playard"));
  // One way: the catalog's own word keeps to its kind.
  assert.ok(!readings("food processor").includes("food chopper"));
  assert.deepEqual(readings("lunch box"), ["lunch box"], "the catalog's Lunch Box is no lunch bag");
});

Deno.test("a one-way rule that does not keep its left side replaces the words typed, as the synonym graph does", () => {
  const readings = (q: string) => expand(q).map((r) => r.join(" "));
  // "mom => women" (with other words for a woman): "gift for mom" found Mom Jeans first.
  assert.deepEqual(readings("gift for mom"), ["gift for women"]);
  // A rule that keeps its left side keeps the words typed, first.
  assert.equal(readings("hoover")[0], "hoover");
});

Deno.test("a colour finds its shades the catalog names otherwise, one way", () => {
  // "blue velvet sofa" had dropped "blue" while navy velvet sofas were for sale.
  assert.deepEqual([...synonymWords("blue velvet sofa")].filter((w) => w === "navy" || w === "teal"), [
    "navy",
    "teal",
  ]);
  assert.ok(synonymWords("white sheets").has("ivory"));
  assert.ok(!synonymWords("navy rug").has("teal"), "a shade is not its colour's other shades");
  assert.ok(!synonymWords("ivory comforter").has("white"));
});

Deno.test("a material finds its kinds, not a finish that is a colour", () => {
  const wood = synonymWords("wood cutting board");
  for (const w of ["oak", "maple", "acacia", "teak"]) assert.ok(wood.has(w), w);
  assert.ok(!wood.has("walnut"), "a walnut finish comes on metal bed frames too");
  assert.ok(!synonymWords("oak desk").has("maple"));
});

Deno.test("British and everyday names find the catalog's American ones, one way", () => {
  const readings = (q: string) => expand(q).map((r) => r.join(" "));
  assert.deepEqual(readings("loaf tin"), ["loaf pan"]);
  assert.deepEqual(readings("rucksack"), ["backpack"]);
  assert.deepEqual(readings("dog lead"), ["dog leash"]);
  assert.ok(readings("nail varnish").includes("nail polish"));
  assert.ok(readings("windscreen wipers").includes("windshield wiper"));
  assert.ok(readings("moisturiser").includes("moisturizer"), "a British spelling");
  assert.ok(readings("foldable chair").includes("folding chair"));
  // One way: the catalog's own word keeps to its kind.
  assert.deepEqual(readings("backpack"), ["backpack"]);
  assert.deepEqual(readings("crib"), ["crib"]);
  // "jumper" alone is not mapped: "jumper cables" must not find cable-knit sweaters.
  assert.ok(synonymWords("christmas jumper").has("sweater"));
  assert.ok(!synonymWords("jumper cables").has("sweater"));
  assert.ok(!readings("jumper cables").some((r) => r.includes("sweater")));
});

Deno.test("more British names and a feature by the catalog's word, one way (blind round 33)", () => {
  const readings = (q: string) => expand(q).map((r) => r.join(" "));
  assert.deepEqual(readings("sledge"), ["sled"]);
  assert.deepEqual(readings("stair gate"), ["baby gate", "safety gate"]);
  assert.deepEqual(readings("punch bag"), ["punching bag"]);
  assert.ok(readings("dish drainer").includes("dish rack"));
  assert.ok(readings("muffin tray").includes("muffin pan"));
  assert.ok(readings("brother label printer").includes("brother label maker"));
  assert.ok(readings("watercolour paint").includes("watercolor paint"), "a British spelling");
  // A petrol engine is a gas one, but only for the machines: "petrol" alone is no gas stove.
  assert.ok(readings("petrol lawnmower").includes("gas lawn mower"));
  assert.deepEqual(readings("petrol"), ["petrol"]);
  // A feature by the catalog's word: telescopic loppers are its extendable ones.
  assert.ok(readings("telescopic loppers").includes("extendable lopper"));
  assert.ok(readings("integrated dishwasher").includes("built in dishwasher"));
  assert.ok(readings("anti slip bath mat").includes("non slip bath mat"));
  assert.ok(readings("dashcam front and rear").includes("dash cam dual channel"));
  // The catalog's own words keep to their kinds.
  assert.deepEqual(readings("sled"), ["sled"]);
  assert.deepEqual(readings("extendable"), ["extendable"]);
});

Deno.test("replacedPhrases: a phrase a rule replaces is one thing; one it keeps is not", () => {
  assert.deepEqual(replacedPhrases("cross trainer machine"), [["cross", "trainer"]]);
  assert.deepEqual(replacedPhrases("running shoes"), [], "a rule keeping its phrase");
});

Deno.test("round 34's everyday names reach the catalog's words", () => {
  const words = (q: string) => [...synonymWords(q)];
  assert.ok(words("tarpaulin").includes("tarp"));
  assert.ok(words("sealant").includes("caulk"));
  assert.ok(words("fridge freezer").includes("refrigerator"));
});

Deno.test("a British dinner set and a two-seater sofa reach the catalog's words", () => {
  assert.deepEqual(expand("dinner set"), [["dinnerware", "set"]]);
  assert.ok([...synonymWords("2 seater sofa")].includes("loveseat"));
});

Deno.test("round 35's everyday names reach the catalog's words; a push bike is no e-bike", () => {
  const readings = (q: string) => expand(q).map((r) => r.join(" "));
  assert.ok(readings("bog brush").includes("toilet brush"));
  assert.ok(readings("climbing frame").includes("playset"));
  assert.ok(readings("watch strap").includes("watch band"), "the shop's straps are its bands");
  assert.ok(readings("hoody").includes("hoodie"), "not a range hood");
  assert.ok(readings("push bike").includes("road bike"));
  assert.ok(!readings("push bike").includes("bike"), "bare bike finds e-bikes and exercise bikes");
});

Deno.test("round 36: a buggy is a stroller, but no radio-controlled or dune buggy is; a casserole alone keeps its dish", () => {
  const readings = (q: string) => expand(q).map((r) => r.join(" "));
  assert.deepEqual(readings("buggy"), ["stroller"]);
  assert.ok(readings("rc buggy").includes("rc car"));
  // The shop sells no dune buggy: its two words stay one thing, so relaxation never leaves
  // out "dune" for the strollers of a "dune stroller" reading.
  assert.ok(replacedPhrases("dune buggy").some((p) => p.join(" ") === "dune buggy"));
  assert.ok(readings("dune buggy").includes("beach buggy"));
  // An enamelled casserole is a Dutch oven; an American's casserole is a casserole dish.
  assert.ok(readings("red enamel casserole").includes("red dutch oven"));
  assert.deepEqual(readings("casserole"), ["casserole"]);
  // Stabilisers only as a bike's: a camera's stabiliser is no training wheel.
  assert.ok(readings("bike stabilisers").includes("training wheel"));
  assert.ok(!readings("camera stabiliser").some((r) => r.includes("training")));
});

Deno.test("round 37: everyday names reach the catalog's words; a telly aerial has its own rule, as synonyms do not chain", () => {
  const readings = (q: string) => expand(q).map((r) => r.join(" "));
  assert.ok(readings("trackie bottoms").includes("sweatpant"));
  assert.ok(readings("sandwich box").includes("lunch box"));
  assert.deepEqual(readings("lunch box"), ["lunch box"], "the catalog's Lunch Box keeps its own name");
  assert.ok(readings("oven cloth").includes("pot holder"));
  assert.ok(readings("plastic storage tubs").includes("storage bin"));
  assert.ok(readings("mozzie spray").includes("insect repellent"));
  // Synonyms do not chain: "telly" is "tv", yet only its own rule reads the antenna.
  assert.ok(readings("telly aerial").includes("tv antenna"));
  assert.ok(readings("dolls hose").includes("dollhouse"));
  assert.ok(!readings("garden hose").includes("dollhouse"), "a hose alone is no dollhouse");
});

Deno.test("askedWords: a replacing phrase's last word is asked for as a typed word is; a rule keeping the words typed adds none", () => {
  const rules = parseSynonyms("kitchen roll => paper towels\nearbuds, in-ear headphones\nhob => cooktop");
  assert.deepEqual(askedWords("kitchen roll", rules), ["kitchen", "roll", "towel"]);
  assert.deepEqual(askedWords("hob", rules), ["hob"], "a one-word replacement is a synonym's word");
  assert.deepEqual(askedWords("wireless earbuds", rules), ["wireless", "earbud"], "earbuds keep their name");
});

Deno.test("synonymGroups: a word and its one-word synonyms, each with the others, for one blended document frequency", () => {
  const rules = parseSynonyms("white => white, ivory\ngray, grey\nkitchen roll => paper towels");
  assert.deepEqual(
    [...synonymGroups("2 slice toaster white", rules)],
    [["white", ["ivory"]], ["ivory", ["white"]]],
  );
  assert.deepEqual([...synonymGroups("grey hoodie", rules)], [["grey", ["gray"]], ["gray", ["grey"]]]);
  assert.equal(synonymGroups("kitchen roll", rules).size, 0, "a phrase is no one-word group");
  // A synonym typed itself is scored as the word it is.
  assert.deepEqual([...synonymGroups("white ivory", rules)], [["white", ["ivory"]]]);
});

Deno.test("keptWords: a one-way rule's kept word that names no kind ranks as typed; kinds and equivalences do not", () => {
  const rules = parseSynonyms(
    "white => white, ivory\ngray, grey\nbarbecue, bbq => barbecue, bbq, grill\nquilt => quilt, comforter\nmom => women",
  );
  assert.deepEqual(keptWords("2 slice toaster white", rules), ["white"]);
  assert.deepEqual(keptWords("grey hoodie", rules), [], "both ways, the words are one");
  assert.deepEqual(keptWords("bbq", rules), [], "a grill is a kind: the noun boost ranks it");
  assert.deepEqual(keptWords("queen quilt", rules), [], "a comforter is a kind");
  assert.deepEqual(keptWords("gift for mom", rules), [], "a word replaced is not kept");
});

Deno.test("phrasedReading: the first word a rule names with a phrase, written as the phrase", () => {
  const rules = parseSynonyms("raincoat => raincoat, rain jacket\ngray, grey");
  assert.equal(phrasedReading("kids raincoat age 4", rules), "kids rain jacket age 4");
  assert.equal(phrasedReading("Kids Raincoats", rules), "kids rain jacket");
  assert.equal(phrasedReading("grey hoodie", rules), undefined, "no phrase");
});

Deno.test("round 38: British, everyday and other markets' names reach the catalog's words; a jumper only where it is worn", () => {
  const readings = (q: string) => expand(q).map((r) => r.join(" "));
  // Each found nothing or another kind.
  assert.ok(readings("pac a mac").includes("rain jacket"));
  assert.ok(readings("fleece jumper").includes("sweater"));
  assert.ok(readings("cream chunky knit jumper").includes("oatmeal sweater"));
  assert.deepEqual(readings("charger plug"), ["wall charger"]);
  assert.ok(readings("cotton wool pads").includes("cotton round"));
  assert.ok(readings("white gloss tv unit").includes("white tv stand"));
  assert.deepEqual(readings("kirby grips"), ["hair clip"], "no Kirby vacuum bags");
  assert.ok(readings("dishwasher tablets")[0].startsWith("pod"), "pods first: gel and powder are no tablets");
  assert.deepEqual(readings("electric blanket"), ["heating pad"]);
  assert.deepEqual(readings("tefal"), ["t fal"]);
  assert.deepEqual(readings("blue yeti"), ["usb microphone"], "a microphone, no YETI tumbler");
  // A headset is an audio headset first; a VR headset keeps to its own.
  assert.ok(readings("head set").includes("gaming headset"));
  assert.ok(readings("vr headset").includes("vr headset"));
  // Still not "jumper" alone, nor "flannel" (a fabric: "flannel sheets").
  assert.ok(!readings("jumper cables").some((r) => r.includes("sweater")));
  assert.deepEqual(readings("jump rope"), ["jump rope"]);
  assert.deepEqual(readings("flannel sheets"), ["flannel sheet"]);
  assert.deepEqual(
    readings("dishwasher pods"),
    ["dishwasher pod", "dishwasher capsule"],
    "pods keep to pods",
  );
});

Deno.test("round 41: wellies, corner sofas, dressing tables, rings, party bags and windscreens reach the catalog's words", () => {
  const readings = (q: string) => expand(q).map((r) => r.join(" "));
  assert.ok(readings("wellies").includes("waterproof boot"));
  assert.ok(readings("wellington boots").includes("waterproof boot"));
  assert.ok(readings("grey corner sofa").some((r) => r.includes("sectional")));
  assert.ok(readings("dressing table").includes("dresser"));
  assert.ok(readings("engagement ring").includes("diamond ring"));
  assert.ok(!readings("engagement ring").includes("ring"), "no smart ring");
  assert.ok(readings("wedding band").includes("minimalist ring"));
  assert.ok(readings("kids party bags").some((r) => r.includes("gift bag")));
  assert.ok(readings("windscreen scraper").includes("ice scraper"));
  assert.ok(readings("snow on windscreen").includes("ice scraper"));
  assert.ok(readings("water jug").includes("water filter pitcher"));
  assert.ok(readings("jumper leads").includes("jump starter"));
  // "jumper" alone is still no synonym: jumper leads are no sweaters, a rice cooker no stove.
  assert.ok(!readings("jumper leads").some((r) => r.includes("sweater")));
  assert.ok(!readings("rice cooker").some((r) => r.includes("stove")));
  assert.ok(!readings("duvet coverset").some((r) => r.includes("coverlet")));
});

Deno.test("round 41's sweep: everyday names reach the catalog's words, or its nearest", () => {
  const readings = (q: string) => expand(q).map((r) => r.join(" "));
  assert.ok(readings("parcel tape").includes("shipping tape"));
  assert.ok(readings("hand hoover").includes("handheld vacuum"));
  assert.ok(readings("fire blanket").includes("fire extinguisher"));
  assert.ok(readings("dental floss").includes("water flosser"));
  assert.ok(readings("de icer").includes("ice scraper"));
  assert.ok(readings("hot water bottle").includes("heating pad"));
  assert.ok(readings("roll on").includes("deodorant"));
  assert.ok(readings("esky").includes("cooler"));
  assert.ok(readings("jandals").some((r) => r.includes("sandal")));
});

Deno.test("rounds 41-42: a biro, a note book, an impact driver and a console's games reach the shop's nearest", () => {
  const readings = (q: string) => expand(q).map((r) => r.join(" "));
  assert.ok(readings("biro").includes("ballpoint pen"));
  assert.ok(!readings("biro").includes("pen"), "no fountain pens");
  assert.ok(readings("note book").includes("paper notebook"));
  assert.ok(!readings("notebook").includes("paper notebook"), "one word is still either");
  assert.ok(readings("milwaukee impact driver").some((r) => r.includes("cordless drill")));
  assert.ok(readings("nintendo games").includes("video game"));
  assert.ok(readings("sonicare").includes("electric toothbrush"));
  assert.ok(readings("sonicare").includes("sonicare"), "its flossers too");
  assert.ok(readings("hanes t shirt").some((r) => r.includes("tee")), "a tee is a T-shirt");
  assert.ok(!readings("oral b").includes("electric toothbrush"), "no other makers' brushes");
});

Deno.test("round 70: Australian swimmers are swimwear", () => {
  const readings = (q: string) => expand(q).map((r) => r.join(" "));
  assert.ok(readings("swimmers").includes("swimwear"));
  assert.ok(readings("kids swimmers").includes("kid swimwear"));
});

Deno.test("round 71: a jumper for whom, an egg beater, plastic chairs, whistles, spicy sauce, long cables, kids' night lights", () => {
  const readings = (q: string) => expand(q).map((r) => r.join(" "));
  assert.ok(readings("jumper mens").includes("sweater"));
  assert.ok(readings("egg beater").includes("whisk"));
  assert.ok(readings("egg beater").includes("hand mixer"));
  assert.ok(readings("plastic outdoor chairs").some((r) => r.includes("resin stackable outdoor chair")));
  assert.ok(readings("kettle that whistles").some((r) => r.includes("whistling")));
  assert.ok(readings("spicy hot sauce").includes("extra hot sriracha"));
  assert.ok(readings("extra long phone cable").includes("10 foot lightning cable"));
  assert.ok(readings("kids led night light").includes("night light"));
});

Deno.test("round 72: Australian jocks are underwear", () => {
  const readings = (q: string) => expand(q).map((r) => r.join(" "));
  assert.ok(readings("jocks").includes("underwear"));
  assert.ok(readings("jocks").includes("boxer briefs"));
});
