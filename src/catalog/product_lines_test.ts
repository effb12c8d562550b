import assert from "node:assert/strict";
import {
  afterProductLine,
  lineCompletions,
  PRODUCT_LINES,
  productLineByKind,
  rewriteProductLines,
  searchProductLines,
  withProductLines,
} from "./product_lines.ts";
import { SearchQuery, type SearchResult } from "../domain/search.ts";
import { searchResult } from "./_search_result_fixture.ts";
import { generateCatalog } from "./generate.ts";
import { analyze, productTerms, terms } from "./text.ts";
import { expand } from "./synonyms.ts";
import { LEAVES } from "./taxonomy.ts";

/** The shop's words for these tests: `nouns` name kinds (every word, when not given); every word is known. */
const shopOf = (nouns?: readonly string[]) => () =>
  Promise.resolve({
    isNoun: (w: string) => nouns === undefined || nouns.includes(w),
    isBareNoun: () => true,
    namesAnotherKind: () => false,
    knows: () => true,
  });

Deno.test("a product line becomes maker and kind; before the thing asked for, its maker", () => {
  assert.equal(rewriteProductLines("iPad Pro 11"), "apple tablet pro 11");
  assert.equal(rewriteProductLines("ipad for kids"), "apple tablet for kids", "a clause is not the thing");
  assert.equal(rewriteProductLines("ipad on sale"), "apple tablet on sale", "filler is not the thing");
  assert.equal(rewriteProductLines("ipad under $300"), "apple tablet under 300");
  assert.equal(rewriteProductLines("iphone charger"), "apple charger");
  // (A word after the line that names no kind says which of it: "slim" of Levi's jeans.)
  assert.equal(rewriteProductLines("levis 511 slim"), "levi s jeans slim");
  assert.equal(rewriteProductLines("nintendo switch games"), "nintendo games");
  assert.equal(rewriteProductLines("samsung galaxy phone"), "samsung smartphone", "one maker");
  assert.equal(rewriteProductLines("airpod"), "apple earbuds", "singular or plural");
  assert.equal(rewriteProductLines("used iphones"), "used apple smartphone");
  assert.equal(rewriteProductLines("tablet"), undefined);
  assert.equal(rewriteProductLines("switch"), undefined, "a line's word alone is not the line");
  assert.equal(rewriteProductLines("samsung galaxy"), "samsung smartphone", "the longest line first");
  assert.equal(rewriteProductLines("galaxy watch"), "samsung watch");
  assert.equal(rewriteProductLines("galaxy tab s9"), "samsung tablet s9");
  assert.equal(rewriteProductLines("oculus quest 3"), "meta vr headset 3");
  assert.equal(rewriteProductLines("air pods pro"), "apple earbuds pro", "a one-word line typed as two");
  assert.equal(rewriteProductLines("mac book charger"), "apple charger");
  assert.equal(rewriteProductLines("play station"), "sony game console");
  assert.equal(rewriteProductLines("ps 5 controller"), "sony controller");
  assert.equal(rewriteProductLines("air fryer"), undefined, "two words that make no line stay");
  assert.equal(productLineByKind("ps5 headset"), "gaming headset", "a console's things are gaming things");
  assert.equal(productLineByKind("iphone case"), "smartphone case");
});

Deno.test("makers' lines and models that found nothing or the wrong thing (blind round 36)", () => {
  assert.equal(rewriteProductLines("corsair k70"), "corsair keyboard");
  assert.equal(rewriteProductLines("k70"), "corsair keyboard", "the model alone names its maker");
  assert.equal(rewriteProductLines("sony wh1000xm5"), "sony headphones");
  assert.equal(rewriteProductLines("wh-1000xm5"), "sony headphones", "hyphen or space, one line");
  assert.equal(rewriteProductLines("wh 1000xm4"), "sony headphones");
  assert.equal(rewriteProductLines("xm5"), "sony headphones");
  assert.equal(rewriteProductLines("sony wf-1000xm5"), "sony earbuds", "the WF line is earbuds");
  assert.equal(rewriteProductLines("maybelline sky high"), "maybelline mascara");
  assert.equal(
    rewriteProductLines("bissell crosswave"),
    "bissell mop",
    "a wet-dry floor washer, not a vacuum",
  );
  assert.equal(rewriteProductLines("patagonia better sweater"), "patagonia sweater");
  assert.equal(rewriteProductLines("olaplex no. 7"), "olaplex hair oil");
  assert.equal(rewriteProductLines("they're real mascara"), "benefit mascara");
  assert.equal(rewriteProductLines("red wing iron ranger"), "red wing boots", "one maker");
  assert.equal(rewriteProductLines("sky high trampoline"), undefined, "not without the maker");
  assert.equal(rewriteProductLines("wool runner rug"), undefined, "a rug runner is no Allbirds shoe");
});

Deno.test("home, kitchen, garden, sports, toy, baby and beauty makers' lines (blind round 37)", () => {
  assert.equal(rewriteProductLines("ikea poang"), "ikea chair");
  assert.equal(rewriteProductLines("poäng"), "ikea chair", "folded, and alone");
  assert.equal(rewriteProductLines("babolat pure drive"), "babolat tennis racket");
  assert.equal(rewriteProductLines("brooks b17"), "brooks bike seat", "the saddle maker's, not its shoes");
  assert.equal(rewriteProductLines("bodum chambord"), "bodum french press");
  assert.equal(rewriteProductLines("abus granit"), "abus bike lock");
  assert.equal(rewriteProductLines("step2 playhouse"), "step2 swing set");
  assert.equal(rewriteProductLines("stanley fatmax"), "stanley tape measure", "not the maker's tumblers");
  assert.equal(rewriteProductLines("dewalt 20v max leaf blower"), "dewalt leaf blower");
  assert.equal(rewriteProductLines("stihl ms 250"), "stihl chainsaw 250");
  assert.equal(rewriteProductLines("vise grips"), "irwin pliers");
  assert.equal(rewriteProductLines("john boos block"), "john boos cutting board", "the maker said once");
  assert.equal(rewriteProductLines("pinecil"), "pine64 soldering iron");
  assert.equal(rewriteProductLines("wilson pro staff 97"), "wilson tennis racket 97");
  assert.equal(rewriteProductLines("wilson evolution"), "wilson basketball");
  assert.equal(rewriteProductLines("hubba hubba"), "msr tent");
  assert.equal(rewriteProductLines("thermarest neoair"), "therm a rest sleeping pad");
  assert.equal(rewriteProductLines("smith i/o mag"), "smith ski goggles");
  assert.equal(rewriteProductLines("franklin x-40"), "franklin pickleballs");
  assert.equal(rewriteProductLines("tripp trapp"), "stokke high chair");
  assert.equal(rewriteProductLines("tommee tippee closer to nature"), "tommee tippee baby bottle");
  assert.equal(rewriteProductLines("ticket to ride"), "days of wonder board game");
  assert.equal(rewriteProductLines("star wars lego"), "lego building set");
  assert.equal(rewriteProductLines("razor a5"), "razor kids scooter", "a scooter, not a shaving razor");
  assert.equal(rewriteProductLines("fenty pro filt'r"), "fenty beauty foundation");
  assert.equal(rewriteProductLines("ruby woo"), "mac lipstick");
  assert.equal(rewriteProductLines("sonicare 4100"), "philips sonicare electric toothbrush");
  assert.equal(rewriteProductLines("star wars"), undefined, "not without the maker");
  assert.equal(rewriteProductLines("bench vise"), undefined);
  assert.equal(rewriteProductLines("jade roller"), undefined, "a jade roller is no JadeYoga mat");
  assert.equal(rewriteProductLines("razor blades"), undefined);
  assert.equal(rewriteProductLines("pure drive"), undefined, "not without the maker");
});

Deno.test("no product line is in the catalog's words, so rewriting one never hides a product", () => {
  const products = generateCatalog({ count: 20_000, seed: 42 });
  const words = new Set(products.flatMap((p) => productTerms(p).words));
  const texts = products.map((p) => ` ${[...terms(p.title), ...terms(p.brand)].join(" ")} `);
  for (const { line } of PRODUCT_LINES) {
    const ws = terms(line);
    if (ws.length === 1) assert.ok(!words.has(ws[0]), `the catalog has "${line}"`);
    const phrase = ` ${ws.join(" ")} `;
    assert.ok(!texts.some((t) => t.includes(phrase)), `a product is called "${line}"`);
  }
});

Deno.test("every line's maker is a brand of the catalog's", () => {
  const brands = new Set(LEAVES.flatMap((leaf) => leaf.brands.map((b) => terms(b).join(" "))));
  for (const { line, maker } of PRODUCT_LINES) assert.ok(brands.has(maker), `"${line}": no brand "${maker}"`);
});

Deno.test("when only dropping the maker finds anything, the line's kind stands in for the maker", async () => {
  const result = (q: string, total: number, dropped?: string[]) =>
    searchResult(
      total,
      dropped
        ? {
          corrected_query: q.split(" ").filter((w) => !dropped.includes(w)).join(" "),
          dropped_words: dropped,
        }
        : {},
    );
  const asked: string[] = [];
  // A shop with phone cases and Apple chargers, no Apple cases and no e-reader covers but seat covers.
  const search = (q: SearchQuery) => {
    asked.push(q.q);
    const answers: Record<string, SearchResult> = {
      "apple case": result("apple case", 40, ["apple"]),
      "smartphone case": result("smartphone case", 30),
      "apple charger": result("apple charger", 12),
      "amazon cover": result("amazon cover", 58, ["amazon"]),
      "e-reader cover": result("e-reader cover", 0),
      "amazon e-reader": result("amazon e-reader", 16),
      "amazon speaker": result("amazon speaker", 26, ["amazon"]),
      "smart speaker": result("smart speaker", 26),
    };
    return Promise.resolve(answers[q.q] ?? result(q.q, 0));
  };
  const shopWords = shopOf(["case", "cover", "charger", "e-reader"]);
  const run = (text: string) => searchProductLines(SearchQuery.parse({ q: text }), search, shopWords);
  const phoneCases = await run("iphone case");
  assert.equal(phoneCases.total, 30);
  assert.equal(phoneCases.corrected_query, "smartphone case");
  assert.equal(phoneCases.took_ms, 2, "both searches' time");
  const chargers = await run("iphone charger");
  assert.equal(chargers.corrected_query, "apple charger", "the maker has them: no second search");
  const covers = await run("kindle cover");
  assert.equal(covers.total, 0, "no e-reader covers: nothing rather than seat covers");
  const kindles = await run("kindle paperwhite");
  assert.equal(kindles.total, 16, "a model's name the shop does not use: the line's kind is the thing");
  assert.equal(kindles.corrected_query, "amazon e-reader");
  assert.deepEqual(kindles.dropped_words, ["paperwhite"]);
  const speakers = await run("alexa speaker");
  assert.equal(speakers.corrected_query, "smart speaker", "the kind's own word once");
  const kindleCases = await run("kindle paperwhite case");
  assert.equal(kindleCases.total, 0, "a case is a thing the shop sells: not left out for e-readers");
  assert.equal(kindles.took_ms, 2, "both searches' time");
  assert.deepEqual(asked, [
    "apple case",
    "smartphone case",
    "apple charger",
    "amazon cover",
    "e-reader cover",
    "amazon paperwhite",
    "amazon e-reader",
    "amazon smart speaker", // (the kind's last word typed after the line is the kind: "smart speaker")
    "smart speaker",
    "amazon paperwhite case",
    "e-reader paperwhite case", // (nothing found at all: the line's kind stands in, finding nothing either)
  ]);
});

Deno.test("a typo in a line's name finds the line, saying what it meant", async () => {
  const asked: string[] = [];
  const search = (q: SearchQuery) => {
    asked.push(q.q);
    const totals: Record<string, number> = {
      "apple charger": 12,
      "apple smartphone": 59,
      "amazon e-reader": 7,
    };
    return Promise.resolve(searchResult(totals[q.q] ?? 0));
  };
  const known = ["charger", "apple", "phone", "kindly"];
  const shopWords = () =>
    Promise.resolve({
      isNoun: () => false,
      isBareNoun: () => false,
      namesAnotherKind: () => false,
      knows: (w: string) => known.includes(w),
    });
  const run = (text: string) => searchProductLines(SearchQuery.parse({ q: text }), search, shopWords);
  const chargers = await run("ipohne charger");
  assert.equal(chargers.total, 12);
  assert.equal(chargers.did_you_mean, "iphone charger");
  assert.equal(chargers.corrected_query, "apple charger");
  assert.equal((await run("iphnoe")).did_you_mean, "iphone");
  const airpods = await run("airpds");
  assert.equal(airpods.did_you_mean, undefined, "airpods: no Apple earbuds in this shop");
  assert.equal(airpods.took_ms, 2, "both searches' time");
  assert.equal(
    (await run("kindly")).did_you_mean,
    undefined,
    "a word the shop uses (or English) is no typo of a line",
  );
  assert.equal((await run("kindle")).corrected_query, "amazon e-reader", "the line itself, no typo");
  assert.deepEqual(asked, [
    "apple charger",
    "apple smartphone",
    "apple earbuds",
    "airpds",
    "kindly",
    "amazon e-reader",
  ]);
  const cases = await run("airpods case");
  assert.equal(cases.total, 0);
  assert.equal(
    cases.corrected_query,
    undefined,
    "a rewrite that found nothing is not named as what was searched",
  );
});

Deno.test("a typo of a shop word is a line's word when the line's other words are typed", async () => {
  const search = (q: SearchQuery) => Promise.resolve(searchResult(q.q === "nintendo console" ? 8 : 0));
  const shopWords = () =>
    Promise.resolve({
      isNoun: () => false,
      isBareNoun: () => false,
      namesAnotherKind: () => false,
      knows: (w: string) => ["nintendo", "switch", "console"].includes(w), // network switches
    });
  const r = await searchProductLines(SearchQuery.parse({ q: "nintendo swich" }), search, shopWords);
  assert.equal(r.did_you_mean, "nintendo switch");
  assert.equal(r.corrected_query, "nintendo console");
  const alone = await searchProductLines(SearchQuery.parse({ q: "swich" }), search, shopWords);
  assert.equal(alone.did_you_mean, undefined, "without 'nintendo' it is the shop's own word to correct");
});

Deno.test("a product line mostly typed completes first; one barely begun after the catalog's own words", () => {
  assert.deepEqual(withProductLines("ipho", ["iproven", "iproven thermometer"]), [
    "iphone",
    "iproven",
    "iproven thermometer",
  ]);
  assert.deepEqual(withProductLines("air", ["air fryer", "air purifier"]), [
    "air fryer",
    "air purifier",
    "airpods",
    "air jordan",
    "air max",
    "air force 1",
  ]);
  assert.deepEqual(withProductLines("tab", ["tablet"]), ["tablet"], "no line begins so");
  assert.deepEqual(
    withProductLines("sony", ["sony", "sony tv"]),
    [
      "sony",
      "sony a7",
      "sony zv1",
      "sony tv",
      "sony alpha",
      "sony wh 1000xm5",
      "sony rx100",
      "sony bravia",
      "sony a7iii",
      "sony a7iv",
      "sony a6000",
      "sony a6400",
      "sony zv e10",
    ],
    "the maker typed whole before its line",
  );
});

Deno.test("a word after a line's name completes as after the line's kind, said with the line's name", () => {
  const line = afterProductLine("iphone c")!;
  assert.deepEqual(line.prefixes, ["smartphone c"]);
  assert.equal(line.said("smartphone case"), "iphone case");
  assert.equal(line.said("smart plug"), undefined, "not after the kind");
  assert.deepEqual(
    lineCompletions(line, [["smartphone case", "smartphone case", "smartphones"]], 8),
    ["iphone case"],
  );
  assert.deepEqual(afterProductLine("galaxy phone c")?.prefixes, ["smartphone c"], "a line of two words");
  assert.equal(afterProductLine("iphone"), undefined, "the line itself completes elsewhere");
  assert.equal(afterProductLine("apple c"), undefined, "no line");
});

Deno.test("every product line's maker makes its kind in the catalog", () => {
  // "apple tv" searched Apple media players, and the catalog had none: the search showed
  // other makers' and autocomplete offered a completion with no products.
  const missing = PRODUCT_LINES.filter(({ maker, kind }) => {
    const kinds = expand(kind).map((words) => words.join(" "));
    return !LEAVES.some((leaf) =>
      leaf.lines.some((line) =>
        line.brands.some((b) => analyze(b).join(" ") === analyze(maker).join(" ")) &&
        line.nouns.some((n) => {
          const noun = analyze(n).join(" ");
          return kinds.some((k) => noun === k || noun.endsWith(` ${k}`));
        })
      )
    );
  });
  assert.deepEqual(missing.map((r) => r.line), []);
});

Deno.test("when the line's kind finds nothing, the answer without the maker stays if it is the kind's neighbour", async () => {
  const hit = (category: string) => ({
    id: "p-1",
    title: "t",
    brand: "b",
    category,
    price: 10,
    rating: 4,
    stock: 1,
    score: 1,
    highlight: "t",
  });
  const answers: Record<string, SearchResult> = {
    // Samsung makes no screen protector: relaxed, the maker (and the model) went.
    "samsung s23 screen protector": searchResult(42, {
      hits: [hit("electronics.phones.screen_protectors")],
      corrected_query: "screen protector",
      dropped_words: ["samsung", "s23"],
    }),
    "smartphone in electronics.phones": searchResult(30),
    // Amazon makes no cover: relaxed to seat covers, far from any e-reader.
    "amazon cover": searchResult(58, {
      hits: [hit("automotive.interior.seat_covers")],
      corrected_query: "cover",
      dropped_words: ["amazon"],
    }),
  };
  const asked: string[] = [];
  const search = (q: SearchQuery) => {
    const key = q.category ? `${q.q} in ${q.category}` : q.q;
    asked.push(key);
    return Promise.resolve(answers[key] ?? searchResult(0));
  };
  const shopWords = shopOf();
  const run = (text: string) => searchProductLines(SearchQuery.parse({ q: text }), search, shopWords);
  const protectors = await run("samsung galaxy s23 screen protector");
  assert.equal(protectors.total, 42);
  assert.equal(protectors.corrected_query, "screen protector");
  assert.deepEqual(protectors.dropped_words, ["samsung", "s23"]);
  assert.equal((await run("kindle cover")).total, 0, "seat covers are no e-reader's");
  assert.deepEqual(asked, [
    "samsung s23 screen protector",
    "smartphone s23 screen protector",
    "smartphone in electronics.phones",
    "amazon cover",
    "e-reader cover",
    "e-reader in automotive.interior",
  ]);
});

Deno.test("a model's name after a line, cut in two of the shop's words, is a model's name all the same", async () => {
  const answers: Record<string, SearchResult> = {
    // "paperwhite" is no word of the shop's; cut in two, it found printer paper.
    "amazon paperwhite": searchResult(12, { corrected_query: "amazon paper white" }),
    "amazon e-reader": searchResult(16),
    // A typo after a line keeps its one word: the correction stands.
    "apple chargr": searchResult(9, { corrected_query: "apple charger" }),
  };
  const search = (q: SearchQuery) => Promise.resolve(answers[q.q] ?? searchResult(0));
  const shopWords = shopOf(["e-reader", "charger"]);
  const run = (text: string) => searchProductLines(SearchQuery.parse({ q: text }), search, shopWords);
  const kindles = await run("kindle paperwhite");
  assert.equal(kindles.total, 16);
  assert.equal(kindles.corrected_query, "amazon e-reader");
  assert.deepEqual(kindles.dropped_words, ["paperwhite"]);
  const chargers = await run("iphone chargr");
  assert.equal(chargers.total, 9);
  assert.equal(chargers.corrected_query, "apple charger");
});

Deno.test("a line of a maker the shop carries is the maker's kind: a camera, a car seat, a controller", () => {
  assert.equal(rewriteProductLines("canon powershot"), "canon digital camera");
  assert.equal(rewriteProductLines("chicco keyfit 30"), "chicco car seat 30");
  assert.equal(rewriteProductLines("ps5 dualsense"), "sony controller");
});

Deno.test("a model family the titles never name is its maker's kind: a watch, a stroller, running shoes", () => {
  assert.equal(rewriteProductLines("garmin venu 3"), "garmin smartwatch 3");
  assert.equal(rewriteProductLines("oral b io series 9"), "oral b electric toothbrush series 9");
  assert.equal(rewriteProductLines("uppababy vista v2"), "uppababy stroller v2");
  assert.equal(rewriteProductLines("hoka clifton 9"), "hoka running shoes 9");
  assert.equal(rewriteProductLines("sony wh-1000xm5"), "sony headphones");
  assert.equal(rewriteProductLines("ninja creami"), "ninja ice cream maker");
  assert.equal(rewriteProductLines("kallax"), "ikea bookshelf", "a model's name alone names its maker");
  assert.equal(rewriteProductLines("legion go"), "lenovo handheld console", "before the line it begins with");
  assert.equal(rewriteProductLines("ryobi one+ leaf blower"), "ryobi leaf blower");
});

Deno.test("rewriteProductLines: a maker's name typed before its line is said once", () => {
  assert.equal(rewriteProductLines("north face nuptse"), "the north face puffer jacket");
  assert.equal(rewriteProductLines("the north face nuptse"), "the north face puffer jacket");
  assert.equal(
    rewriteProductLines("black and decker dustbuster"),
    "black decker handheld vacuum",
    "an and between its names",
  );
  assert.equal(rewriteProductLines("black dustbuster"), "black decker handheld vacuum", "its first word");
  assert.equal(rewriteProductLines("samsung galaxy phone"), "samsung smartphone");
});

Deno.test("rewriteProductLines: a maker's line named with the maker's owner", () => {
  assert.equal(rewriteProductLines("mattel barbie"), "barbie doll");
});

Deno.test("rewriteProductLines: Uniqlo's Ultra Light Down is a puffer jacket", () => {
  assert.equal(rewriteProductLines("uniqlo ultra light down"), "uniqlo puffer jacket");
  assert.equal(rewriteProductLines("ultra light down"), "uniqlo puffer jacket");
});

Deno.test("lines of blind rounds 41-42: Uniqlo's thermal tops, UGG's boots, Patagonia's fleece, Asics' gel", () => {
  assert.equal(rewriteProductLines("uniqlo heattech"), "uniqlo shirt");
  assert.equal(rewriteProductLines("heattech"), "uniqlo shirt");
  assert.equal(rewriteProductLines("ugg boots"), "ugg slippers");
  assert.equal(rewriteProductLines("synchilla"), "patagonia hoodie");
  assert.equal(rewriteProductLines("asics gel"), "asics running shoes");
  assert.equal(rewriteProductLines("asics gel kayano"), "asics running shoes", "the longer line first");
  assert.equal(rewriteProductLines("ugg slippers"), undefined, "the maker's own kind is no line");
  assert.equal(rewriteProductLines("switch lite"), "nintendo console", "not a network switch");
  assert.equal(rewriteProductLines("nikon d3500"), "nikon dslr camera");
  assert.equal(rewriteProductLines("fire tv cube"), "amazon media player", "not the maker's packing cubes");
  assert.equal(rewriteProductLines("fire tv"), "amazon streaming stick");
  assert.equal(rewriteProductLines("fire tv stick 4k"), "amazon streaming stick 4k", "the longer line first");
});

Deno.test("lines of blind round 70: a Barista Express is an espresso machine, a SoundLink Flex a speaker", () => {
  assert.equal(
    rewriteProductLines("breville barista express"),
    "breville espresso machine",
    "the longer line first",
  );
  assert.equal(rewriteProductLines("barista express"), "breville espresso machine");
  assert.equal(rewriteProductLines("bose soundlink flex"), "bose speaker");
  assert.equal(rewriteProductLines("soundlink mini"), "bose speaker");
});

Deno.test("lines of blind round 72: a Pro 600 is a stand mixer, a Packout a tool box", () => {
  assert.equal(rewriteProductLines("kitchenaid pro 600"), "kitchenaid stand mixer");
  assert.equal(rewriteProductLines("kitchenaid classic"), "kitchenaid stand mixer");
  assert.equal(rewriteProductLines("milwaukee packout"), "milwaukee tool box");
  assert.equal(rewriteProductLines("packout"), "milwaukee tool box");
  assert.equal(rewriteProductLines("dewalt tstak"), "dewalt tool box");
});
