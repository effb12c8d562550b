import assert from "node:assert/strict";
import { asksCheap } from "./budget.ts";
import { leafNamesOf, parseQuery, questionAbout, rankCompletions, Vocabulary } from "./vocabulary.ts";

Deno.test("a typo that makes a word look plural is still one edit from it", () => {
  const v = new Vocabulary([["wireless", 120], ["wire", 30], ["mouse", 80], ["headphones", 90]]);
  // "wireles" stems to "wirele" (two edits from "wireless"); as typed it is one.
  assert.deepEqual(v.typoVariants("wireles").map((c) => c.surface), ["wireless"]);
  assert.deepEqual(v.correct(["wireles", "mouse"]), ["wireless", "mouse"]);
  assert.deepEqual(v.correct(["headphons"]), ["headphones"], "a plural typo as before");
  assert.equal(v.correct(["wireless", "mouse"]), undefined, "known words stay");
  // A typo in the letters of an "-es" plural hides it: "bruhses" stems to "bruhse", two
  // edits from "brush"; without its "es" it is one.
  const b = new Vocabulary([["brushes", 50], ["blush", 20]]);
  assert.deepEqual(b.correct(["bruhses"]), ["brushes"]);
  assert.deepEqual(b.correct(["makeup", "tairas"]), undefined, "not a word of this shop's");
  assert.deepEqual(new Vocabulary([["watches", 9]]).correct(["wathces"]), ["watches"]);
});

Deno.test("a word the catalog uses only inside the names of kinds names another kind", () => {
  // 12 trash cans (noun "Trash Can", category "trash_cans"); "leather" is a noun word and a feature.
  const v = new Vocabulary(
    [["trash", 12], ["can", 12], ["leather", 40], ["belt", 10], ["bag", 30]],
    ["can", "belt", "bag"],
    [["trash can", 12], ["leather belt", 10], ["bag", 30]],
  );
  assert.equal(v.namesAnotherKind("trash", "bag"), true);
  assert.equal(v.namesAnotherKind("trash", "cans"), false, "it names this kind: a trash can is one");
  assert.equal(v.namesAnotherKind("leather", "bag"), false, "also a feature of 30 other products");
  assert.equal(v.namesAnotherKind("bag", "box"), false, "a head noun, not before one");
  assert.equal(v.namesAnotherKind("gym", "bag"), false, "unknown: a different question (knows)");
  assert.equal(v.isBareNoun("bags"), true, "some product is called just 'Bag'");
  // "steam": 6 steam mops, 4 washers with a steam feature; "wireless": mostly a feature.
  const w = new Vocabulary(
    [["steam", 10], ["mop", 6], ["wireless", 50], ["mouse", 12], ["iron", 8]],
    ["mop", "mouse", "iron"],
    [["steam mop", 6], ["wireless mouse", 12], ["curling iron", 8]],
  );
  assert.equal(w.namesAnotherKind("steam", "iron"), true, "a steam iron is no curling iron");
  assert.equal(w.namesAnotherKind("wireless", "charger"), false, "a feature of 38 other products");
  assert.equal(v.isBareNoun("can"), false, "only ever 'Trash Can'");
});

Deno.test("a hyphenated catalog word typed run together gets its hyphens back", () => {
  const v = new Vocabulary([["e-reader", 20], ["e", 20], ["reader", 25], ["in-ear", 30], ["in", 40], [
    "ear",
    30,
  ]]);
  assert.deepEqual(v.correct(["ereader"]), ["e-reader"], "'e' is too short to split off");
  assert.deepEqual(v.correct(["ereaders"]), ["e-reader"], "plural too");
  assert.deepEqual(v.correct(["inear", "headphones"]), ["in-ear", "headphones"]);
  assert.equal(v.knows("e-reader"), false, "known by its parts, as the index splits it");
  assert.equal(v.correct(["reader"]), undefined);
});

Deno.test("among equally close corrections, the one that names a product with its neighbour", () => {
  const v = new Vocabulary([["flour", 50], ["floor", 10], ["lamp", 30]], ["lamp"], [["floor lamp", 10]]);
  assert.deepEqual(v.correct(["flor", "lamp"]), ["floor", "lamp"], "a Floor Lamp, not the more used 'flour'");
  assert.deepEqual(v.correct(["flor"]), ["flour"], "alone: the most used");
});

Deno.test("completions that search the same words are one: the more popular spelling, both's popularity", () => {
  const c = (text: string, score: number) => ({ text, score, nameScore: score });
  const ranked = rankCompletions([c("mattress", 7), c("mat", 5), c("mats", 4), c("heat-resistant", 1)]);
  assert.deepEqual(ranked.map((r) => [r.text, r.score]), [["mat", 9], ["mattress", 7], [
    "heat-resistant",
    1,
  ]]);
});

Deno.test("a question or a wish around the thing is not the thing", () => {
  assert.equal(parseQuery("what is the best laptop").text, "laptop");
  // A question's "do" before whoever asks is no word to match; a can before an opener is.
  assert.equal(parseQuery("what charger do i need for samsung galaxy").text, "charger samsung galaxy");
  assert.equal(parseQuery("can opener").text, "can opener");
  assert.equal(parseQuery("what can my son ride").text, "son ride", "a question's can, before whose");
  assert.equal(parseQuery("deals on laptops").text, "laptops", "a deal's on");
  assert.equal(parseQuery("most expensive watch").text, "watch", "the dearest is a price, no word to match");
  assert.equal(parseQuery("high end vacuum").text, "vacuum", "so is the high end");
  // A look's "effect", "finish" or "tone" after its colour or material: titles name the look alone.
  assert.equal(parseQuery("oak effect chest of drawers").text, "oak chest drawers");
  assert.equal(parseQuery("gold tone watch").text, "gold watch");
  assert.equal(parseQuery("warm tone eyeshadow").text, "warm tone eyeshadow");
  assert.equal(parseQuery("i need a phone case under $20").text, "phone case");
  assert.equal(parseQuery("i need a phone case under $20").max_price, 20);
  assert.equal(parseQuery("new balance sneakers").text, "new balance sneakers", "a maker's name stays");
});

Deno.test("products in general are what the other words say: a maker's, a department's", () => {
  assert.equal(parseQuery("apple products").text, "apple");
  assert.equal(parseQuery("beauty products under $20").text, "beauty");
  assert.equal(parseQuery("things for dogs").text, "dogs");
  assert.equal(parseQuery("something for my dog").text, "dog", "'something' as 'things'");
  assert.equal(parseQuery("what laptop should i get").text, "laptop", "a question around the thing");
  assert.equal(parseQuery("best selling books").text, "books", "the most popular, as the order is");
  assert.equal(parseQuery("product key").text, "product key", "before a thing, the word stays");
  assert.equal(parseQuery("mens clothing").text, "mens", "the men's department");
  assert.equal(parseQuery("women's apparel").text, "women s");
  assert.equal(parseQuery("kids clothing").text, "kids clothing", "a kind of its own");
});

Deno.test("a size's unit is written as the catalog writes it; a price range with a dollar sign is one", () => {
  assert.equal(parseQuery("65in tv").text, "65 inch tv");
  assert.equal(parseQuery('65" tv').text, "65 inch tv");
  assert.equal(parseQuery("15.6inch laptop").text, "15 6 inch laptop");
  assert.equal(parseQuery("6qt instant pot").text, "6 quart instant pot");
  assert.equal(parseQuery("16oz tumbler").text, "16 oz tumbler");
  assert.equal(parseQuery("50ft hose").text, "50 foot hose");
  assert.equal(parseQuery("2 in 1 laptop").text, "2 in 1 laptop", "no size: a number follows");
  assert.equal(parseQuery("41mm watch band").text, "41mm watch band", "the catalog writes 41mm");
  assert.equal(parseQuery("1tb ssd").text, "1tb ssd");
  const range = parseQuery("tv $300-$500");
  assert.deepEqual([range.text, range.min_price, range.max_price], ["tv", 300, 500]);
  assert.equal(parseQuery("2-3 person tent").min_price, undefined, "no dollar sign: no price");
});

Deno.test("a department's name and a word for whatever it sells asks for the department", () => {
  assert.equal(parseQuery("pet supplies").text, "pet");
  assert.equal(parseQuery("kitchen essentials").text, "kitchen");
  assert.equal(parseQuery("fitness equipment").text, "fitness");
  assert.equal(parseQuery("office supplies").text, "office supplies", "itself a subcategory's name: stays");
  assert.equal(
    parseQuery("power supply").text,
    "power supply",
    "a kind of thing, though 'power' is a department",
  );
  assert.equal(
    parseQuery("phone accessories").text,
    "phone accessories",
    "a phone's accessories are no phones",
  );
});

Deno.test("a gift is whatever it is for; before a thing, the word names a kind of its own", () => {
  assert.equal(parseQuery("gift for dad").text, "dad");
  assert.equal(parseQuery("birthday gift ideas for her").text, "her");
  const cheap = parseQuery("gifts under 20");
  assert.deepEqual([cheap.text, cheap.max_price], ["", 20], "the popular things under $20");
  assert.equal(parseQuery("gift card").text, "gift card");
  assert.equal(parseQuery("gift spice set").text, "gift spice set");
  // The occasion is no thing either, unless a thing follows it.
  assert.equal(parseQuery("christmas gifts").text, "");
  assert.equal(parseQuery("stocking stuffers for kids").text, "kids");
  assert.equal(parseQuery("mothers day gift").text, "mothers");
  assert.equal(parseQuery("christmas tree").text, "christmas tree");
  assert.equal(parseQuery("wedding dress").text, "wedding dress");
});

Deno.test("a word made with -er is no typo of its root's other forms; a dropped letter still is", () => {
  const v = new Vocabulary([["juice", 40], ["slice", 60], ["roasted", 30], ["blender", 50], ["toaster", 20]]);
  for (const word of ["juicer", "slicer", "roaster"]) assert.deepEqual(v.typoVariants(word), [], word);
  assert.deepEqual(v.typoVariants("blendr").map((c) => c.surface), ["blender"]);
  assert.deepEqual(v.typoVariants("toastr").map((c) => c.surface), ["toaster"]);
});

Deno.test("words the catalog writes hyphenated, typed apart, are joined as it writes them", () => {
  const v = new Vocabulary([["usb-c", 40], ["t-shirt", 30], ["cable", 20], ["usb", 10]]);
  assert.equal(v.hyphenated("usb c"), "usb-c");
  assert.equal(v.hyphenated("usb c cable"), "usb-c cable");
  assert.equal(v.hyphenated("t sh"), "t-sh", "the last word on its way");
  assert.equal(v.hyphenated("usb cable"), undefined);
});

Deno.test("a catalog word typed joined to a number is written apart; a multi-word synonym's words are known", () => {
  const v = new Vocabulary([["cat", 20], ["ethernet", 20], ["cable", 40], ["rtx", 10]]);
  assert.deepEqual(v.correct(["cat6", "cable"]), ["cat", "6", "cable"]);
  assert.deepEqual(v.correct(["rtx4090"]), ["rtx", "4090"]);
  assert.equal(v.correct(["32gb", "cable"]), undefined, "'gb' is no word of the catalog's: a size");
  assert.equal(v.knows("sd"), true, "of the synonym 'sd card'");
  assert.deepEqual(v.typoVariants("sdd"), [], "never a typo candidate");
});

Deno.test("'top rated' asks for the highest rated, not for a top", () => {
  assert.equal(parseQuery("top rated vacuum").text, "rated vacuum");
  assert.equal(parseQuery("top-rated headphones").text, "rated headphones");
  assert.equal(parseQuery("highly rated blender").text, "rated blender");
  assert.equal(parseQuery("tank top").text, "tank top", "a top is a garment");
  assert.equal(parseQuery("top load washer").text, "top load washer");
});

Deno.test("prefixVariant: a mistyped prefix's closest catalog beginning; dropping the last key only when nothing else is", () => {
  const v = new Vocabulary([["smart", 500], ["smartphone", 40], ["headphones", 60], ["shirt", 30]]);
  assert.equal(v.prefixVariant("hedph"), "headph", "a letter left out");
  assert.equal(v.prefixVariant("smartf"), "smartp", "not 'smart', though the shop says it more");
  assert.equal(v.prefixVariant("shirtx"), "shirt", "the last key dropped when nothing else is one edit away");
  assert.equal(v.prefixVariant("skir"), undefined, "a common English word on its way");
});

Deno.test("how good or easy a thing is names no product: the words go", () => {
  assert.equal(parseQuery("easy to clean air fryer").text, "air fryer");
  assert.equal(parseQuery("easy-to-use camera").text, "camera");
  assert.equal(parseQuery("most popular headphones").text, "headphones");
  assert.equal(parseQuery("very warm blanket").text, "warm blanket");
});

Deno.test("a leaf for men's or women's things answers to its kind's name; a child's does not", () => {
  assert.deepEqual(leafNamesOf("fashion.men.mens_shoes"), ["men shoe", "shoe"]);
  assert.deepEqual(leafNamesOf("fashion.women.womens_jeans"), ["women jean", "jean"]);
  assert.deepEqual(leafNamesOf("sports.cycling.kids_bikes"), ["kid bike"], "a grown-up's bike first");
  assert.deepEqual(leafNamesOf("home.furniture.beds"), ["bed"]);
});

Deno.test("a word known only inside a synonym's phrase is no half of a split word", () => {
  // "wet" is known through the synonym "wet dry vacuum" but no product spells it:
  // "wetsuit" had thrown while cutting it into "wet" + "suit".
  const v = new Vocabulary([["suit", 30], ["dry", 20], ["vacuum", 40], ["wireless", 30], ["mouse", 10]]);
  assert.equal(v.knows("wet"), true);
  assert.equal(v.correct(["wetsuit"]), undefined);
  assert.deepEqual(
    v.correct(["wirelessmouse"]),
    ["wireless", "mouse"],
    "two words the shop spells still split",
  );
});

Deno.test("a doubled letter typed once is one slip, however many edits it takes", () => {
  const v = new Vocabulary([["dumbbells", 30], ["dumbo", 2]]);
  // "dumbels" is two edits from "dumbbells" (within the one a 7-letter word gets), as typed
  // with each doubled letter once it is the same word.
  assert.deepEqual(v.correct(["dumbels"]), ["dumbbells"]);
  assert.deepEqual(v.correct(["dumbells"]), ["dumbbells"], "one edit, as before");
});

Deno.test("among equally close corrections, the one with the typed word's consonants", () => {
  // Both one edit away; sanders are the more common word, but a vowel is the likelier slip.
  const v = new Vocabulary([["sanders", 90], ["sandals", 57], ["doll", 200], ["drill", 40]]);
  assert.deepEqual(v.correct(["sandels"]), ["sandals"]);
  assert.deepEqual(v.correct(["drll"]), ["drill"], "a left-out vowel, not a changed consonant");
  // A soft "c" for an "s" sounds the same: vases, though vacs are the more common word.
  const vases = new Vocabulary([["vac", 300], ["vases", 40], ["necklace", 50], ["neckline", 60]]);
  assert.deepEqual(vases.correct(["vaces"]), ["vases"]);
  // "z" sounds as "s", "wh" as "w": one edit past the budget, sounding the same.
  const sounds = new Vocabulary([["scissors", 24], ["whiskey", 11], ["glasses", 90]]);
  assert.deepEqual(sounds.correct(["scizzors"]), ["scissors"]);
  assert.deepEqual(sounds.correct(["wisky", "glasses"]), ["whiskey", "glasses"]);
});

Deno.test("a word that sounds the same one edit past the budget is read when nothing is nearer", () => {
  const v = new Vocabulary([["perform", 90], ["perfume", 57], ["sandals", 57], ["vacuum", 40], [
    "pencil",
    30,
  ]]);
  assert.deepEqual(v.correct(["vacume"]), ["vacuum"], "it found nothing: two edits for a 6-letter word");
  assert.deepEqual(v.typoVariants("sandels").map((c) => c.surface), ["sandals"], "one edit: no further one");
  // One edit away with another consonant still beats two with the typed word's.
  assert.deepEqual(v.correct(["perfurme"]), ["perfume"]);
  assert.deepEqual(v.correct(["vacn"]), undefined, "never past the budget with another consonant");
});

Deno.test("spelt as it sounds, a word two edits away beats one a swapped consonant reaches", () => {
  const v = new Vocabulary([["saddle", 101], ["sandals", 4], ["graphics", 19], ["dog", 90], ["dymo", 30]]);
  // "sandle(s)": saddle is one edit (n → d), sandals two, but sound the same: it showed saddles.
  assert.deepEqual(v.correct(["sandles"]), ["sandals"]);
  assert.deepEqual(v.typoVariants("sandle").map((c) => c.surface), ["sandals", "saddle"]);
  // "grafics" sounds as the catalog's "graphic" (ph an f) once both lose their plural: it found nothing.
  assert.deepEqual(v.correct(["grafics"]), ["graphics"]);
  // A short word's two edits reach anything: "doms" keeps its nearer reading.
  assert.deepEqual(v.correct(["doms"]), ["dog"]);
});

Deno.test("a real word one slip from the shop's word that names a product with its neighbour is that word", () => {
  const v = new Vocabulary(
    [["dog", 40], ["leash", 30], ["collar", 20], ["pillow", 25], ["pillowcase", 15], ["case", 60]],
    ["leash", "collar", "pillow", "pillowcase", "case"],
    [["dog leash", 30], ["dog collar", 20], ["pillow", 25], ["pillowcase", 15], ["phone case", 60]],
  );
  assert.deepEqual(
    v.correct(["dog", "leach"]),
    ["dog", "leash"],
    "a Dog Leash: 'leach' is English, no word of the shop's",
  );
  assert.equal(v.correct(["leach"]), undefined, "alone, a real word stays");
  assert.equal(v.correct(["cat", "leach"]), undefined, "no product is a 'cat leash'");
  // A word fixed that makes a compound with its neighbour joins it, as typed apart would.
  assert.deepEqual(v.correct(["pilow", "case"]), ["pillowcase"]);
  assert.deepEqual(v.correct(["pillow", "case"]), ["pillowcase"]);
});

Deno.test("an age after who it is for is no price", () => {
  assert.deepEqual(parseQuery("vitamins for women over 50"), { text: "vitamins women" });
  assert.deepEqual(parseQuery("multivitamin for men over 40"), { text: "multivitamin men" });
  assert.deepEqual(parseQuery("headphones over 50"), { text: "headphones", min_price: 50 });
  assert.deepEqual(parseQuery("shoes for women over $50"), { text: "shoes women", min_price: 50 });
});

Deno.test("a number written as a word before a size's unit is that number", () => {
  assert.deepEqual(parseQuery("coffee maker for one person"), { text: "coffee maker 1 person" });
  assert.deepEqual(parseQuery("four slice toaster"), { text: "4 slice toaster" });
  assert.deepEqual(
    parseQuery("zero degree sleeping bag"),
    { text: "0 degree sleeping bag" },
    "as '0-Degree'",
  );
  assert.deepEqual(parseQuery("two inch binder"), { text: "2 inch binder" });
  assert.deepEqual(parseQuery("kettlebell 16kg"), { text: "kettlebell 16 kg" }, "as '16 kg'");
  assert.deepEqual(
    parseQuery("one piece swimsuit"),
    { text: "one piece swimsuit" },
    "a kind's name, 'One-Piece'",
  );
});

Deno.test("a real word that is two shop words naming a product is those two", () => {
  const v = new Vocabulary(
    [["stock", 10], ["pot", 30], ["soup", 5]],
    ["pot"],
    [["stock pot", 10], ["pot", 20]],
  );
  assert.deepEqual(v.correct(["stockpot"]), ["stock", "pot"], "a Stock Pot ('stockpot' is English)");
  assert.equal(v.correct(["soup"]), undefined);
  assert.deepEqual(
    parseQuery("budget friendly desk chair"),
    { text: "desk chair" },
    "a price word (budget.ts) and its friendly",
  );
});

Deno.test("a store's word for where things are sold, after a department, a place or an occasion, is filler", () => {
  assert.deepEqual(parseQuery("toy aisle"), { text: "toy" });
  assert.deepEqual(parseQuery("electronics department"), { text: "electronics" });
  assert.deepEqual(parseQuery("christmas shop"), { text: "christmas" });
  assert.deepEqual(parseQuery("shop vac"), { text: "shop vac" }, "a kind's name");
  assert.deepEqual(parseQuery("bike shop"), { text: "bike shop" }, "a level's other name whole");
});

Deno.test("a word too short for a typo budget is one slip from the shop's word that names a product with its neighbour", () => {
  const v = new Vocabulary(
    [["dog", 40], ["food", 30], ["fog", 50], ["light", 20]],
    ["food", "light"],
    [["dog food", 30], ["fog light", 20]],
  );
  assert.deepEqual(v.correct(["dog", "fod"]), ["dog", "food"], "a Dog Food, though 'fog' is more used");
  assert.equal(v.correct(["fod"]), undefined, "alone, three letters are too few to tell");
  assert.equal(v.correct(["cat", "fod"]), undefined, "no product is a 'cat food' here");
});

Deno.test("a plural typed short of its stem's budget still has one; two edits to a word beat a split naming nothing", () => {
  const v = new Vocabulary([["dress", 40], ["red", 30]]);
  assert.deepEqual(
    v.correct(["red", "dres"]),
    ["red", "dress"],
    "'dres' stems to 'dre', yet is a dress typed",
  );
  const s = new Vocabulary(
    [["silver", 40], ["wear", 30], ["silverware", 0], ["flatware", 20]],
    ["flatware"],
    [["flatware", 20]],
  );
  assert.deepEqual(s.correct(["silverwear"]), ["silverware"], "not 'silver wear'");
  const w = new Vocabulary([["wireless", 40], ["mouse", 30]], ["mouse"], [["wireless mouse", 30]]);
  assert.deepEqual(w.correct(["wirelessmouse"]), ["wireless", "mouse"], "a split that names a product stays");
});

Deno.test("among equally close typo corrections, the word the typed letters begin before the more used", () => {
  const v = new Vocabulary([["hood", 90], ["hoodie", 40], ["glow", 80], ["gloves", 20]]);
  assert.deepEqual(v.correct(["hoodi"]), ["hoodie"], "left unfinished, not a hood with a stray key");
  assert.deepEqual(v.correct(["glovs"]), ["gloves"]);
});

Deno.test("typoAlternatives: a word's typo variants, never another word of the query", () => {
  const v = new Vocabulary([["flip", 40], ["flop", 10], ["table", 30]]);
  assert.deepEqual(
    v.typoAlternatives("flip flps"),
    [["flip"], ["flp", "flop"]],
    "one title word answers one",
  );
  assert.deepEqual(v.correct(["flip", "flps"]), ["flip", "flop"]);
});

Deno.test("a first letter that is not said may be left out: 'nife' can be a knife", () => {
  const v = new Vocabulary([["knife", 30], ["nike", 90], ["set", 50], ["wrench", 20]]);
  assert.ok(v.typoVariants("nife").some((c) => c.stem === "knife"));
  assert.deepEqual(v.correct(["rench"]), ["wrench"]);
  assert.deepEqual(v.typoVariants("nail").length, 0, "a real word is no typo");
});

Deno.test("a word typed apart from the one before it, with a slip, is their compound", () => {
  const v = new Vocabulary([["toothpaste", 30], ["tooth", 5], ["pasta", 40], ["vitamin", 20], ["d", 20]]);
  assert.deepEqual(v.correct(["tooth", "pasete"]), ["toothpaste"], "not tooth pasta");
  assert.deepEqual(v.correct(["vitamen", "d"]), ["vitamin", "d"], "a letter is no half of a compound");
});

Deno.test("a colour, material, pattern or style is no typo of a shop word", () => {
  const v = new Vocabulary([["cam", 30], ["backpack", 40]]);
  assert.equal(v.correct(["camo", "backpack"]), undefined, "camo is no dash cam");
  assert.deepEqual(v.typoVariants("camo"), []);
});

Deno.test("a shop's word that names nothing with the next is another's slip when that one does", () => {
  const v = new Vocabulary(
    [["angel", 5], ["angle", 40], ["grinder", 40], ["soft", 30], ["coffee", 50]],
    ["grinder"],
    [["angle grinder", 40], ["coffee grinder", 50], ["angel soft", 5]],
  );
  assert.deepEqual(v.correct(["angel", "grinder"]), ["angle", "grinder"], "'angel' is only Angel Soft's");
  assert.equal(v.correct(["angel", "soft"]), undefined, "a word that names a product with the next stays");
  assert.equal(v.correct(["coffee", "grinder"]), undefined);
  // A word that names a kind itself is no slip: "card holder" is no car holder.
  // Two edits away and sounding the same, named with its neighbour: "air friar" is an air fryer.
  const fryer = new Vocabulary([["air", 50], ["fryer", 21]], ["fryer"], [["air fryer", 21]]);
  assert.deepEqual(fryer.correct(["air", "friar"]), ["air", "fryer"]);
  const cards = new Vocabulary(
    [["card", 40], ["car", 60], ["holder", 30], ["wallet", 20]],
    ["card", "holder", "wallet"],
    [["car holder", 30], ["memory card", 40]],
  );
  assert.equal(cards.correct(["card", "holder", "wallet"]), undefined);
});

Deno.test("parseQuery: a unit the catalog writes joined to its number is joined; a middle price is no word", () => {
  assert.equal(parseQuery("2 tb external hard drive").text, "2tb external hard drive");
  assert.equal(parseQuery("128 gb micro sd card").text, "128gb micro sd card");
  assert.equal(parseQuery("1500 w heater").text, "1500w heater");
  assert.equal(parseQuery("2 in 1 laptop").text, "2 in 1 laptop", "no unit after a number alone");
  assert.equal(parseQuery("mid range electric toothbrush").text, "electric toothbrush");
  assert.equal(parseQuery("moderately priced blender").text, "blender");
  assert.equal(parseQuery("discounted kitchenaid").text, "kitchenaid", "every cheap word is filler");
  assert.equal(parseQuery("range hood").text, "range hood");
  assert.equal(parseQuery("size 5 soccer ball").text, "size 5 soccer ball", "a size's number keeps its word");
  assert.equal(parseQuery("king size bed").text, "king bed");
});

Deno.test("parseQuery: a bound on a size, a weight or a count is no price", () => {
  assert.deepEqual(parseQuery("2 person backpacking tent under 4 lbs with vestibule"), {
    text: "2 person backpacking tent vestibule",
  });
  assert.deepEqual(parseQuery("laptop under 3 pounds"), { text: "laptop" }, "a weight's bound goes whole");
  assert.deepEqual(parseQuery("tv over 55 inches under 500"), { text: "tv 55 inch", max_price: 500 });
  assert.deepEqual(parseQuery("kettle under 2 liters"), { text: "kettle 2 liters" });
  // Money, whatever it is called.
  assert.deepEqual(parseQuery("headphones under 50 pounds"), { text: "headphones", max_price: 50 });
  assert.deepEqual(parseQuery("sofa under 1000 euros"), { text: "sofa", max_price: 1000 });
  assert.deepEqual(parseQuery("jeans under 40"), { text: "jeans", max_price: 40 });
});

Deno.test("a word that sounds as typed, one edit further, and names a product with its neighbour beats a nearer one", () => {
  const v = new Vocabulary(
    [["hair", 60], ["straightener", 20], ["strainer", 30], ["dryer", 40]],
    ["straightener", "strainer", "dryer"],
    [["hair straightener", 20], ["hair dryer", 40]],
  );
  assert.deepEqual(v.correct(["hair", "stratener"]), ["hair", "straightener"], "not the nearer 'strainer'");
  assert.deepEqual(v.correct(["stratener"]), ["strainer"], "alone, the nearest word");
});

Deno.test("a verb said bare before a thing the shop names with its -ing form is that form", () => {
  const v = new Vocabulary(
    [["ironing", 40], ["iron", 30], ["board", 60], ["fishing", 20], ["rod", 20], ["cutting", 10]],
    ["board", "rod", "iron"],
    [["ironing board", 40], ["fishing rod", 20], ["cutting board", 10], ["iron", 30]],
  );
  assert.deepEqual(v.correct(["iron", "board"]), ["ironing", "board"]);
  assert.deepEqual(v.correct(["iron", "borad"]), ["ironing", "board"], "with a slip in the thing too");
  assert.deepEqual(v.correct(["fish", "rod"]), ["fishing", "rod"]);
  assert.deepEqual(v.correct(["cut", "board"]), ["cutting", "board"], "its final e or consonant as written");
  assert.equal(v.correct(["iron"]), undefined, "alone, a thing of its own");
});

Deno.test("two shop words run together, one with a slip, that name a product are those two", () => {
  const v = new Vocabulary(
    [["air", 50], ["fryer", 20], ["filter", 30]],
    ["fryer", "filter"],
    [["air fryer", 20], ["air filter", 30]],
  );
  assert.deepEqual(v.correct(["airfrier"]), ["air", "fryer"], "one edit in the second half");
  assert.deepEqual(v.correct(["airfiltr"]), ["air", "filter"]);
  assert.equal(v.correct(["airfrierzzz"]), undefined, "no half a word of the shop's");
});

Deno.test("a soft c after an x is silent: 'excersize' sounds as exercise", () => {
  const v = new Vocabulary(
    [["exercise", 20], ["bike", 60], ["bracelet", 30]],
    ["bike", "bracelet"],
    [["exercise bike", 20]],
  );
  assert.deepEqual(v.correct(["excersize", "bike"]), ["exercise", "bike"], "three edits, the same sounds");
  assert.equal(v.correct(["bralette"]), undefined, "three edits and a sound more: no bracelet");
});

Deno.test("a real word typed apart from the word before is a slip of their compound when it names nothing", () => {
  const v = new Vocabulary([["tooth", 5], ["toothpaste", 30]], ["toothpaste"], [[
    "toothpaste",
    30,
  ]]);
  assert.deepEqual(
    v.correct(["tooth", "past"]),
    ["toothpaste"],
    "'past' is English, 'toothpast' one edit away",
  );
});

Deno.test("a real word last in the query is a slip of the shop's word named with the word before it", () => {
  const v = new Vocabulary(
    [["fishing", 40], ["reel", 20], ["real", 5], ["rod", 20]],
    ["reel", "rod"],
    [["fishing reel", 20], ["fishing rod", 20]],
  );
  assert.deepEqual(v.correct(["fishing", "real"]), ["fishing", "reel"]);
  assert.equal(v.correct(["real"]), undefined, "alone, itself");
});

Deno.test("a word typed apart from the one before, sounding as typed two edits off, is their compound", () => {
  const v = new Vocabulary([["headphones", 90], ["head", 20], ["fine", 40], ["smartphone", 60], [
    "smart",
    30,
  ]]);
  assert.deepEqual(v.correct(["head", "fones"]), ["headphones"], "not head fine");
  assert.deepEqual(v.correct(["smart", "fone"]), ["smartphone"]);
});

Deno.test("parseQuery: a request's opening asks for what follows it", () => {
  const text = (q: string) => parseQuery(q).text;
  assert.equal(text("do you sell washing machines"), "washing machines");
  assert.equal(text("im looking for running shoes"), "running shoes");
  assert.equal(text("I'm looking for a red kettle"), "red kettle");
  assert.equal(text("have you got any hdmi cables"), "hdmi cables");
  assert.equal(text("does the shop stock dog food"), "dog food");
  assert.equal(text("i want to buy a new laptop"), "new laptop");
  assert.equal(text("where can i buy a yoga mat"), "yoga mat");
  assert.equal(text("please find me a desk under $100"), "desk");
  assert.equal(text("whats a good toy for a toddler"), "toy toddler");
  assert.equal(text("decent espresso grinder for not much money"), "espresso grinder");
  assert.equal(text("what are good headphones for running"), "headphones running");
  // (Asking how to choose one asks for it.)
  assert.equal(text("how to choose a running shoe"), "running shoe");
  assert.equal(text("how do i pick a mattress"), "mattress");
  assert.equal(text("what size ring to order"), "ring");
  // (A sale's day is a sale: the cheap end, no colour and no weekday.)
  assert.equal(text("black friday laptop"), "laptop");
  assert.equal(text("cyber monday"), "");
  assert.equal(text("labor day appliance sale"), "appliance");
  assert.equal(text("deal of the day"), "");
  assert.ok(asksCheap("black friday laptop") && asksCheap("end of season sale jackets"));
  // Only an opening, and never the whole query.
  assert.equal(text("shopping bag"), "shopping bag");
  assert.equal(text("please"), "please");
  assert.equal(text("i need to clean my oven"), parseQuery("i need to clean my oven").text);
});

Deno.test("a long word typed gets its own typo budget when nothing is nearer: two slips at eight letters", () => {
  const v = new Vocabulary([["scissors", 30], ["sneakers", 40]]);
  assert.deepEqual(v.correct(["sciccors"]), ["scissors"], "its stem 'sciccor' allows one slip");
  assert.deepEqual(
    v.typoVariants("sneekers").map((c) => c.distance),
    [1],
    "a nearer reading keeps the stem's budget",
  );
});

Deno.test("a maker's name of one word is no typo of another word", () => {
  // "lego" is one edit from "leg" (Leg Avenue's costumes): it had shown one after LEGO's sets.
  const v = new Vocabulary([["lego", 4], ["leg", 40], ["legging", 30]]);
  assert.deepEqual(v.typoVariants("lego"), []);
  assert.deepEqual(v.typoVariants("legginng").map((c) => c.surface), ["legging"], "a typo still is one");
  // A maker's name the titles write otherwise is still read as theirs: "levis" as Levi's "levi".
  assert.deepEqual(new Vocabulary([["levi", 40]]).typoVariants("levis").map((c) => c.surface), ["levi"]);
});

Deno.test("a range of two plain numbers is a price where money's sizes say so, not a size's", () => {
  assert.deepEqual(parseQuery("monitor 100-200"), { text: "monitor", min_price: 100, max_price: 200 });
  assert.deepEqual(parseQuery("tv 300 to 500"), { text: "tv", min_price: 300, max_price: 500 });
  assert.deepEqual(parseQuery("headphones 10-20 bucks"), {
    text: "headphones",
    min_price: 10,
    max_price: 20,
  });
  assert.equal(parseQuery("2-4 person tent").min_price, undefined, "a size's unit after it");
  assert.equal(parseQuery("18-55 lens").min_price, undefined, "small numbers without money: a size");
  assert.equal(parseQuery("ages 8-12").min_price, undefined);
  assert.equal(parseQuery("desk 40-60 inch").min_price, undefined);
  assert.equal(parseQuery("rtx 4060-ti").min_price, undefined);
  // "around" a price is a quarter either side of it; not a size's.
  assert.deepEqual(parseQuery("monitor around 200"), { text: "monitor", min_price: 150, max_price: 250 });
  assert.deepEqual(parseQuery("tv about $500"), { text: "tv", min_price: 375, max_price: 625 });
  assert.equal(parseQuery("around 55 inch tv").min_price, undefined);
  assert.equal(parseQuery("shoes about 10").min_price, undefined);
});

Deno.test("how many people a thing is for is written as the titles write it; a glued unit stays glued", () => {
  assert.equal(parseQuery("tent for a family of four").text, "tent 4 person");
  assert.equal(parseQuery("tent for four people").text, "tent 4 person");
  assert.equal(parseQuery("4 people tent").text, "4 person tent");
  assert.equal(parseQuery("gifts for people who have everything").text, "people who have everything");
  // (A size's bound keeps the size as typed: "32gb", as titles write "32GB".)
  assert.equal(parseQuery("laptop with at least 32gb ram").text, "laptop 32gb ram");
  assert.equal(parseQuery("tv over 55 inches").text, "tv 55 inch");
});

Deno.test("a real word that is the shop's word without its silent e is that word", () => {
  const v = new Vocabulary([["envelopes", 165], ["organizer", 90], ["cruiser", 40]]);
  assert.deepEqual(v.typoVariants("envelops").map((c) => c.surface), ["envelopes"]);
  assert.deepEqual(v.typoVariants("organize"), [], "another ending: no typo");
  assert.deepEqual(v.typoVariants("cruise"), []);
});

Deno.test("money said in words or alone is a price; a number alone, or of pieces, is none", () => {
  const price = (q: string) => {
    const p = parseQuery(q);
    return [p.text, p.min_price, p.max_price];
  };
  assert.deepEqual(price("blender for under fifty bucks"), ["blender", undefined, 50]);
  assert.deepEqual(price("headphones under a hundred dollars"), ["headphones", undefined, 100]);
  assert.deepEqual(price("tv under two hundred and fifty dollars"), ["tv", undefined, 250]);
  // (A gift alone is filler to the match: the gift guides answer it.)
  assert.deepEqual(price("30 dollar gift ideas"), ["", undefined, 30]);
  assert.deepEqual(price("$30 mug"), ["mug", undefined, 30]);
  assert.deepEqual(price("cheap but good knife"), ["knife", undefined, undefined]);
  assert.deepEqual(price("entry level dslr"), ["dslr", undefined, undefined]);
  // (Not money: a size, a model, a count of pieces, a weight said in words.)
  assert.deepEqual(price("55 inch tv"), ["55 inch tv", undefined, undefined]);
  assert.deepEqual(price("three piece luggage set"), ["3 piece luggage set", undefined, undefined]);
  assert.deepEqual(price("all-in-one pc"), ["all in one pc", undefined, undefined]);
  assert.deepEqual(price("ten pound dumbbells"), ["ten pound dumbbells", undefined, undefined]);
});

Deno.test("a bound said in words without money's unit is a price from twenty up", () => {
  assert.deepEqual(parseQuery("kids bike under a hundred"), { text: "kids bike", max_price: 100 });
  assert.deepEqual(parseQuery("gift under fifty").max_price, 50);
  // (Smaller: an age or a count as often: "toys for kids over three".)
  assert.equal(parseQuery("toys for kids over three").min_price, undefined);
  assert.equal(parseQuery("under one roof").max_price, undefined);
});

Deno.test("a word spelt as it sounds, three slips away, when nothing nearer reads it", () => {
  const v = new Vocabulary([["scissors", 30], ["repel", 40], ["telescope", 20]]);
  assert.deepEqual(v.correct(["sizzors"]), ["scissors"], "'sisors' as both are said");
  assert.equal(v.correct(["rapala"]), undefined, "no 'repel': they sound apart");
});

Deno.test("a question about the thing in view and a modal 'can' ask for the thing", () => {
  assert.equal(parseQuery("is this vacuum good for stairs").text, "vacuum stairs");
  assert.equal(parseQuery("is there a stroller you can fold with one hand").text, "stroller fold one hand");
  assert.equal(parseQuery("trash can").text, "trash can");
  assert.deepEqual(parseQuery("best stand mixer money can buy"), { text: "stand mixer" });
});

Deno.test("questionAbout: a question about a thing asks for the thing, not what it asks of it", () => {
  const cases: [string, string][] = [
    ["is a weighted blanket safe for kids", "weighted blanket for kids"],
    ["do air purifiers really work", "air purifiers"],
    ["are robot vacuums worth it", "robot vacuums"],
    ["is a standing desk worth the money", "standing desk"],
    ["is memory foam good for back pain", "memory foam for back pain"],
    ["does a humidifier help with snoring", "humidifier for snoring"],
    ["how many watts is a good blender", "good blender"],
    ["how long do running shoes last", "running shoes"],
    // (Only the last verdict: a safe named like one stays, as does what a thing is safe with.)
    ["is a fireproof safe worth it", "fireproof safe"],
    ["is the mixer bowl dishwasher safe", "mixer bowl dishwasher safe"],
    // (Whether one needs it, or whether doing a thing with it is safe; a condition goes.)
    ["do i need a 4k tv if i sit far away", "4k tv"],
    ["is it safe to put nonstick pans in the dishwasher", "nonstick pans in the dishwasher"],
    ["how many watts should a microwave be", "microwave"],
  ];
  for (const [q, want] of cases) assert.equal(questionAbout(q), want, q);
  // No such question: as it was ("do it yourself", a person's own, the shop's or the thing in view).
  for (
    const q of [
      "do it yourself kit",
      "how much i sleep",
      "is there a warranty",
      "safe",
      "dishwasher safe bowls",
    ]
  ) {
    assert.equal(questionAbout(q), q, q);
  }
});

Deno.test("parseQuery: an offer reads as a sale, a duvet's tog as nothing a title says", () => {
  assert.equal(parseQuery("open box tv").text, "tv");
  assert.equal(parseQuery("refurbished ipad").text, "ipad");
  assert.equal(parseQuery("duvet tog 13.5").text, "duvet");
  assert.equal(parseQuery("king size 10.5 tog duvet").text, "king duvet");
  assert.equal(parseQuery("toggle switch").text, "toggle switch");
});

Deno.test("Vocabulary.correct: a contraction's halves are no slips", () => {
  const v = new Vocabulary([["arena", 20], ["shoes", 40], ["wont", 5], ["dont", 5]]);
  assert.equal(v.correct(["shoes", "that", "aren", "t", "slippery"]), undefined, '"aren\'t" is no arena');
  assert.deepEqual(v.correct(["shoes", "that", "arene", "slippery"]), ["shoes", "that", "arena", "slippery"]);
});

Deno.test("Vocabulary.correct: a word the shop does not know, typed apart with a slip, is the compound", () => {
  const v = new Vocabulary([["bluetooth", 40], ["tooth", 10], ["speaker", 30], ["blue", 20]]);
  assert.deepEqual(v.correct(["blu", "tooth", "speaker"]), ["bluetooth", "speaker"]);
  assert.equal(v.correct(["blue", "speaker"]), undefined, "known words stay apart");
});
