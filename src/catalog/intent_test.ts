import assert from "node:assert/strict";
import { alternativesOf, beforeContext, dupeOf, inTurns, searchAsMeant, toPurpose } from "./intent.ts";
import type { ShopWords } from "./relax.ts";
import { SearchQuery, type SearchResult } from "../domain/search.ts";
import { searchResult } from "./_search_result_fixture.ts";

const shop = (): Promise<ShopWords> =>
  Promise.resolve({
    isNoun: () => true,
    isBareNoun: () => true,
    namesAnotherKind: () => false,
    knows: () => true,
  });
const hit = (price: number, brand = "Acme") => ({
  id: `p${price}`,
  title: `${brand} Thing`,
  brand,
  category: "electronics.tv.televisions",
  price,
  rating: 4,
  stock: 1,
  score: 1,
  highlight: `${brand} Thing`,
});

/** A shop that answers each query text with `answers[text]`, recording what was asked. */
function shopOf(answers: (q: SearchQuery) => SearchResult) {
  const asked: SearchQuery[] = [];
  const search = (q: SearchQuery) => {
    asked.push(q);
    return Promise.resolve(answers(q));
  };
  return { asked, run: (text: string) => searchAsMeant(SearchQuery.parse({ q: text }), search, shop) };
}

Deno.test("an age is searched as who the thing is for, and the answer says so", async () => {
  const { asked, run } = shopOf((q) => searchResult(q.q === "bike for kids" ? 172 : 0));
  const r = await run("bike for 5 year old");
  assert.equal(r.total, 172);
  assert.equal(r.corrected_query, "bike for kids");
  assert.deepEqual(asked.map((q) => q.q), ["bike for kids"]);
});

Deno.test("a maker's mistyped name is offered when the words as typed find nothing of theirs", async () => {
  const { run } = shopOf((q) =>
    q.q === "hamilton beach" ? searchResult(175, { hits: [hit(30, "Hamilton Beach")] }) : searchResult(0)
  );
  const r = await run("hamilton beech");
  assert.equal(r.total, 175);
  assert.equal(r.did_you_mean, "hamilton beach");
  // Words the shop spells, each a real word, are what was meant: "red wine" is no Red Wing.
  const boots = shopOf((q) =>
    q.q === "red wing" ? searchResult(22, { hits: [hit(86, "Red Wing")] }) : searchResult(0)
  );
  const wine = await boots.run("red wine");
  assert.equal(wine.total, 0);
  assert.equal(wine.did_you_mean, undefined);
});

Deno.test("a gift's guide, a department's other name and a gift's topic keep the query's price phrase", async () => {
  const { asked, run } = shopOf((q) => searchResult(q.q === "no such thing" ? 0 : 12));
  const guide = await run("secret santa gift under 20");
  assert.equal(guide.corrected_query, "secret santa gifts", "its own small gifts, under the query's price");
  assert.deepEqual([asked[0].q, asked[0].max_price], ["", 20]);
  assert.ok(asked[0].category?.includes(","), "the guide's leaves, any of them");
  asked.length = 0;
  await run("computer parts under 300");
  assert.deepEqual([asked[0].q, asked[0].max_price], ["electronics components", 300]);
  asked.length = 0;
  await run("gift for someone who likes gardening under 50");
  assert.deepEqual([asked[0].q, asked[0].max_price], ["gardening", 50]);
});

Deno.test("a plural no product is called by, found only in the singular in passing, is no answer", async () => {
  const bike = {
    ...hit(99, "Schwinn"),
    title: "Schwinn Coaster Brake Kids Bicycle",
    category: "sports.cycling.kids_bikes",
  };
  const nouns = (list: string[]) => () =>
    Promise.resolve({
      isNoun: (w: string) => list.includes(w),
      isBareNoun: () => true,
      namesAnotherKind: () => false,
      knows: () => true,
    });
  const search = () => Promise.resolve(searchResult(58, { hits: [bike] }));
  const ask = (q: string, list: string[] = ["bicycle"]) =>
    searchAsMeant(SearchQuery.parse({ q }), search, nouns(list));
  assert.equal((await ask("coasters")).total, 0, "no coaster is for sale: a bike's brake is no coaster");
  assert.equal((await ask("coasters", ["coasters"])).total, 58, "a kind's word stays");
  assert.equal((await ask("coaster")).total, 58, "typed in the singular: as found");
  assert.equal((await ask("schwinns")).total, 58, "a maker's name");
  const described = () =>
    Promise.resolve(searchResult(58, { hits: [{ ...bike, title: "Schwinn Kids Bicycle" }] }));
  const colours = await searchAsMeant(SearchQuery.parse({ q: "colours" }), described, nouns(["bicycle"]));
  assert.equal(colours.total, 58, "not in the titles at all: found in the descriptions");
  // A theme is in passing across kinds of several subcategories: dinosaur costumes and toys.
  const themed = () =>
    Promise.resolve(searchResult(11, {
      hits: [
        { ...bike, title: "Deluxe Dinosaur Costume", category: "home.party.costumes" },
        { ...bike, title: "Gund Dinosaur Plush Toy", category: "toys.kids.plush" },
      ],
    }));
  const dinosaurs = await searchAsMeant(SearchQuery.parse({ q: "dinosaurs" }), themed, nouns(["costume"]));
  assert.equal(dinosaurs.total, 11);
});

Deno.test("an answer found by leaving out a word of a need the query says gives way to the need", async () => {
  const words = (): Promise<ShopWords> =>
    Promise.resolve({
      isNoun: (w) => w === "flight" || w === "blender",
      isBareNoun: () => true,
      namesAnotherKind: () => false,
      knows: () => true,
    });
  const run = async (text: string, found: string) => {
    const asked: string[] = [];
    const search = (q: SearchQuery) => {
      asked.push(q.q);
      return Promise.resolve(searchResult(q.q === found ? 24 : q.q === "" && q.category ? 100 : 0));
    };
    return { r: await searchAsMeant(SearchQuery.parse({ q: text }), search, words), asked };
  };
  const { r, asked } = await run("stuff for a long flight", "flight");
  assert.equal(r.corrected_query, "for flying");
  assert.equal(r.total, 100);
  assert.ok(asked.includes("flight"), "the words were searched first");
  // A word left out that is no word of a need leaves the answer be.
  const kept = await run("quiet blender", "blender");
  assert.equal(kept.r.total, 24);
});

Deno.test("whatever is sold for a place is what goes there", async () => {
  const asked: SearchQuery[] = [];
  const search = (q: SearchQuery) => {
    asked.push(q);
    return Promise.resolve(
      searchResult(q.q === "" && q.category?.includes("sports.water_sports.swimwear") ? 688 : 0),
    );
  };
  const r = await searchAsMeant(SearchQuery.parse({ q: "stuff for a beach day" }), search, shop);
  assert.equal(r.total, 688);
  assert.equal(r.corrected_query, "beach day");
});

Deno.test("the thing a need comes from, when found, is the answer: a better one is the cure", async () => {
  const words = (): Promise<ShopWords> =>
    Promise.resolve({
      isNoun: (w) => w === "mattress" || w === "phone",
      isBareNoun: () => true,
      namesAnotherKind: () => false,
      knows: () => true,
    });
  const found = (category: string) => ({
    hits: [{
      id: "m",
      title: "M",
      brand: "b",
      category,
      price: 20,
      rating: 4,
      stock: 1,
      score: 1,
      highlight: "M",
    }],
  });
  const answer = (cause: string, category: string) => async () => {
    const search = (q: SearchQuery) =>
      Promise.resolve(
        q.q === cause ? searchResult(204, found(category)) : searchResult(q.q === "" && q.category ? 524 : 0),
      );
    return await searchAsMeant(SearchQuery.parse({ q: `back pain from ${cause}` }), search, words);
  };
  const r = await answer("mattress", "home.bedding.mattresses")();
  assert.equal(r.total, 204);
  assert.notEqual(r.corrected_query, "for pain relief");
  // (Only a thing the body rests on: a phone is no cure for what it caused.)
  const phone = await answer("phone", "electronics.phones.smartphones")();
  assert.equal(phone.corrected_query, "for pain relief");
});

Deno.test("the organization of a thing that found nothing is its organizers", async () => {
  const search = (q: SearchQuery) =>
    Promise.resolve(
      q.q === "car organizer"
        ? searchResult(18, {
          hits: [{ ...hit(18, "Fortem"), category: "automotive.interior.car_organizers" }],
        })
        : searchResult(0),
    );
  const r = await searchAsMeant(SearchQuery.parse({ q: "car organization" }), search, shop);
  assert.deepEqual([r.total, r.corrected_query], [18, "car organizer"]);
});

Deno.test("a maker shoppers know that the shop does not carry is the kind it is known for", async () => {
  const search = (q: SearchQuery) =>
    Promise.resolve(
      q.q === "laundry detergent"
        ? searchResult(16, { hits: [{ ...hit(16, "Gain"), category: "home.cleaning.laundry_detergent" }] })
        : searchResult(0),
    );
  const r = await searchAsMeant(SearchQuery.parse({ q: "tide" }), search, shop);
  assert.deepEqual([r.total, r.corrected_query, r.dropped_words], [16, "laundry detergent", ["tide"]]);
});

Deno.test("a typo's reading of one word found only in a maker's name, or only a look, is no answer", async () => {
  const boat = {
    ...hit(22, "Banana Boat"),
    title: "Banana Boat Sunscreen",
    category: "beauty.skincare.sunscreen",
  };
  const search = (q: SearchQuery) =>
    Promise.resolve(
      q.q === "bandana"
        ? searchResult(22, { hits: [boat], corrected_query: "banana", did_you_mean: "banana" })
        : searchResult(0),
    );
  const words = (): Promise<ShopWords> =>
    Promise.resolve({
      isNoun: () => false,
      isBareNoun: () => false,
      namesAnotherKind: () => false,
      knows: () => true,
    });
  const r = await searchAsMeant(SearchQuery.parse({ q: "bandana" }), search, words);
  assert.deepEqual([r.total, r.corrected_query, r.did_you_mean], [0, undefined, undefined]);
});

Deno.test("a pastime said with a word before it, or a subject with its setting, that found nothing is the pastime's or the subject's things", async () => {
  const fishing = { ...hit(12, "Shimano"), category: "sports.fishing.fishing_rods" };
  const { asked, run } = shopOf((q) =>
    q.q === "fishing"
      ? searchResult(397, { hits: [fishing] })
      : q.q === "business"
      ? searchResult(40, { hits: [{ ...hit(700, "HP"), category: "electronics.computers.desktop_pcs" }] })
      : q.q === "yoga"
      ? searchResult(105, { hits: [{ ...hit(60, "Liforme"), category: "sports.fitness.yoga_mats" }] })
      : q.q === "drone"
      ? searchResult(192, { hits: [{ ...hit(300, "DJI"), category: "electronics.cameras.drones" }] })
      : q.q === "photography"
      ? searchResult(168, { hits: [{ ...hit(500, "Canon"), category: "electronics.cameras.dslr_cameras" }] })
      : q.q === "ice"
      ? searchResult(5, { hits: [{ ...hit(20, "Michelin"), category: "automotive.exterior.ice_scrapers" }] })
      : searchResult(0)
  );
  const ice = await run("ice fishing");
  assert.deepEqual([ice.total, ice.corrected_query, ice.dropped_words], [397, "fishing", ["ice"]]);
  const yoga = await run("yoga class");
  assert.deepEqual([yoga.total, yoga.corrected_query, yoga.dropped_words], [105, "yoga", ["class"]]);
  // (A setting's subject is a pastime or a level's name: "business trip" is no business PC's.)
  assert.equal((await run("business trip")).total, 0);
  // (Words before the pastime that are a kind sold beside its things are that kind.)
  const drone = await run("drone photography");
  assert.deepEqual([drone.total, drone.corrected_query, drone.dropped_words], [192, "drone", [
    "photography",
  ]]);
  // (Only when the words found nothing: "fishing" itself is searched as typed.)
  asked.length = 0;
  await run("fishing");
  assert.deepEqual(asked.map((q) => q.q), ["fishing"]);
});

Deno.test("a need said whole is the need, when no first title says its words: not a maker's by name", async () => {
  const alarm = {
    ...hit(25, "First Alert"),
    title: "First Alert Sealed CO Detector",
    category: "home.safety.co_detectors",
  };
  const { run } = shopOf((q) =>
    q.q === "first apartment"
      ? searchResult(13, { hits: [alarm] })
      : q.q === ""
      ? searchResult(456)
      : searchResult(0)
  );
  const r = await run("first apartment");
  assert.deepEqual([r.total, r.corrected_query], [456, "for a first home"]);
});

Deno.test("a maker's line the shop never names is the maker's things, when they are of one aisle", async () => {
  const lineWords = (): Promise<ShopWords> =>
    Promise.resolve({
      isNoun: () => false,
      isBareNoun: () => false,
      namesAnotherKind: () => false,
      knows: () => false,
    });
  const dumbbell = { ...hit(300, "Bowflex"), category: "sports.fitness.dumbbells" };
  const phone = { ...hit(900, "Samsung"), category: "electronics.phones.smartphones" };
  const drive = { ...hit(90, "Samsung"), category: "electronics.storage.ssds" };
  const search = (q: SearchQuery) =>
    Promise.resolve(
      q.q === "bowflex"
        ? searchResult(73, {
          hits: [dumbbell, dumbbell],
          facets: { category: [{ value: "sports", count: 73 }], brand: [], price: [] },
        })
        : q.q === "samsung"
        ? searchResult(200, {
          hits: [phone, drive],
          facets: { category: [{ value: "electronics", count: 200 }], brand: [], price: [] },
        })
        : searchResult(0),
    );
  const run = (text: string) => searchAsMeant(SearchQuery.parse({ q: text }), search, lineWords);
  const bowflex = await run("bowflex selecttech");
  // (The line is read as its kind first, "adjustable dumbbells", which this shop's titles do not
  // say: those words go, the maker's things stay.)
  assert.deepEqual([bowflex.total, bowflex.corrected_query], [73, "bowflex"]);
  assert.ok((bowflex.dropped_words ?? []).length > 0);
  assert.equal((await run("samsung s24")).total, 0, "phones and drives: no one kind asked");
});

Deno.test("a maker the shop does not carry, then its kind's word, is that kind, named once", async () => {
  const { asked, run } = shopOf((q) =>
    q.q === "parka"
      ? searchResult(44, { hits: [{ ...hit(300, "Eddie Bauer"), category: "fashion.women.womens_jackets" }] })
      : searchResult(0)
  );
  const r = await run("canada goose parka");
  assert.deepEqual([r.total, r.corrected_query, r.dropped_words], [44, "parka", ["canada", "goose"]]);
  assert.ok(!asked.some((q) => q.q === "parka parka"), "not the kind twice");
});

Deno.test("beforeContext: the words before where, with whom or when", () => {
  assert.deepEqual(beforeContext("sledding with kids"), { text: "sledding", context: ["with", "kids"] });
  assert.deepEqual(beforeContext("learning piano as an adult")?.text, "learning piano");
  assert.equal(beforeContext("sledding"), undefined);
  assert.equal(beforeContext("in the dark"), undefined, "no words before the clause");
});

Deno.test("beforeContext: 'for' before a level of skill or a group is context too", () => {
  assert.equal(beforeContext("watercolor painting for beginners")?.text, "watercolor painting");
  assert.equal(beforeContext("case for iphone"), undefined, "a thing's for-clause is no context");
});

Deno.test("a lesson in a thing asks for the thing, with a clause of context or without", async () => {
  const { asked, run } = shopOf((q) => searchResult(q.q === "piano" ? 131 : 0));
  assert.equal((await run("piano lessons")).total, 131, asked.map((q) => q.q).join(", "));
  const r = await run("piano lessons for beginners");
  assert.equal(r.total, 131, asked.map((q) => q.q).join(", "));
  assert.equal(r.corrected_query, "piano");
});

Deno.test("beforeContext: 'for' a child is context too, for a menu's name", () => {
  assert.deepEqual(beforeContext("science experiments for kids"), {
    text: "science experiments",
    context: ["for", "kids"],
  });
});

Deno.test("where only what holds the thing matched every word, the thing itself with fewer words", async () => {
  const titled = (title: string, category: string) => ({ ...hit(20), title, category, highlight: title });
  const holders = [titled("Bino Bamboo Toothbrush Holder", "home.bath.toothbrush_holders")];
  const brushes = [titled("Oral-B Electric Toothbrush", "health.personal_care.electric_toothbrushes")];
  const search = (q: SearchQuery) =>
    Promise.resolve(
      q.q === "bamboo toothbrush"
        ? searchResult(9, { hits: holders })
        : q.q === "toothbrush"
        ? searchResult(290, { hits: brushes })
        : searchResult(0),
    );
  const nouns = ["toothbrush", "holder"];
  const words = (): Promise<ShopWords> =>
    Promise.resolve({
      isNoun: (w) => nouns.includes(w),
      isBareNoun: (w) => nouns.includes(w),
      namesAnotherKind: () => false,
      knows: () => true,
    });
  const r = await searchAsMeant(SearchQuery.parse({ q: "bamboo toothbrush" }), search, words);
  assert.equal(r.total, 290);
  assert.equal(r.corrected_query, "toothbrush");
  assert.deepEqual(r.dropped_words, ["bamboo"]);
  // Asked for the holder, the holder.
  const { run: holder } = shopOf((q) =>
    q.q === "bamboo toothbrush holder" ? searchResult(9, { hits: holders }) : searchResult(0)
  );
  assert.equal((await holder("bamboo toothbrush holder")).total, 9);
});

Deno.test("alternativesOf: two things weighed against each other, or, vs, and after a comparison", () => {
  assert.deepEqual(alternativesOf("air fryer or toaster oven"), ["air fryer", "toaster oven"]);
  assert.deepEqual(
    alternativesOf("which is better for a small kitchen air fryer or toaster oven"),
    ["kitchen air fryer", "toaster oven"],
  );
  assert.deepEqual(alternativesOf("kindle vs. ipad"), ["kindle", "ipad"]);
  assert.deepEqual(
    alternativesOf("whats the difference between a french press and a pour over"),
    ["french press", "pour over"],
  );
  // ("than" after a comparison weighs too; how much it is better says neither side.)
  assert.deepEqual(alternativesOf("is an air fryer better than a convection oven"), [
    "air fryer",
    "convection oven",
  ]);
  assert.deepEqual(alternativesOf("are electric toothbrushes really better than manual"), [
    "electric toothbrushes",
    "manual",
  ]);
  assert.equal(alternativesOf("quieter than a dyson"), undefined);
  // ("and" alone joins one thing's name: salt and pepper grinders.)
  assert.equal(alternativesOf("salt and pepper grinder"), undefined);
  assert.equal(alternativesOf("or"), undefined);
  assert.equal(alternativesOf("laptop or"), undefined);
});

Deno.test("inTurns: two answers as one page, in turns by relevance, merged by another order", () => {
  const a = searchResult(3, {
    hits: [hit(10, "Ring"), hit(30, "Ring"), hit(50, "Ring")],
    facets: {
      category: [{ value: "electronics", count: 3 }],
      brand: [{ value: "Ring", count: 3 }],
      price: [{ key: "*-25", to: 25, count: 1 }, { key: "25-*", from: 25, count: 2 }],
    },
  });
  const b = searchResult(2, {
    hits: [hit(20, "Google"), hit(40, "Google")],
    facets: {
      category: [{ value: "electronics", count: 2 }],
      brand: [{ value: "Google", count: 2 }],
      price: [{ key: "*-25", to: 25, count: 1 }, { key: "25-*", from: 25, count: 1 }],
    },
  });
  const q = (extra: Record<string, string> = {}) => SearchQuery.parse({ q: "x", size: "4", ...extra });
  const turns = inTurns(a, b, q());
  assert.deepEqual(turns.hits.map((h) => h.price), [10, 20, 30, 40]);
  assert.equal(turns.total, 5);
  assert.deepEqual(turns.facets.category, [{ value: "electronics", count: 5 }]);
  assert.deepEqual(turns.facets.brand.map((f) => f.value), ["Ring", "Google"]);
  assert.deepEqual(turns.facets.price.map((p) => [p.key, p.count]), [["*-25", 2], ["25-*", 3]]);
  // (Page 2 of size 2 is the third and fourth in turn.)
  assert.deepEqual(inTurns(a, b, q({ size: "2", page: "2" })).hits.map((h) => h.price), [30, 40]);
  assert.deepEqual(inTurns(a, b, q({ sort: "price_desc" })).hits.map((h) => h.price), [50, 40, 30, 20]);
  // (A product both found is listed and counted once.)
  const both = inTurns(a, { ...a, total: 3 }, q());
  assert.deepEqual(both.hits.map((h) => h.price), [10, 30, 50]);
  assert.equal(both.total, 3);
});

Deno.test("a question about the shop's service that names no thing finds no product", async () => {
  // (A shop whose only kind is tape: every other word names no thing.)
  const tape = () => shop().then((s) => ({ ...s, isNoun: (w: string) => w === "tape" }));
  const run = (text: string) =>
    searchAsMeant(
      SearchQuery.parse({ q: text }),
      (q) => Promise.resolve(searchResult(q.q === "shipping tape" ? 19 : 8_421)),
      tape,
    );
  for (
    const text of [
      "can i return an item without receipt",
      "is there a warranty on electronics",
      "free shipping",
      // (A page or a term of the shop's, whatever thing it names.)
      "size guide for mens shoes",
      "do you have a student discount",
      "track my order",
      // (Its offers: none is a product's, whatever the words match.)
      "buy one get one free",
      "bogo",
      "price drop",
      "price match guarantee",
    ]
  ) {
    const r = await run(text);
    assert.equal(r.total, 0, text);
    assert.deepEqual(r.hits, [], text);
  }
  // (A thing named is the thing; a gift is no service: "return gifts" are party favours.)
  assert.equal((await run("shipping tape")).total, 19);
  assert.equal((await run("return gifts")).total, 8_421);
  assert.equal((await run("student desk")).total, 8_421, "a student's thing is no page of the shop's");
});

Deno.test("the thing's word typed last, found only as the first hits' maker, is no answer", async () => {
  const bell = (title: string, category: string) => ({
    ...hit(40, "Bell"),
    title,
    category,
    highlight: title,
  });
  const saddles = searchResult(12, {
    hits: [
      bell("Bell Wide Bike Saddle", "sports.cycling.bike_seats"),
      bell("Bell Gel Bike Seat", "sports.cycling.bike_seats"),
    ],
  });
  const helmets = searchResult(4, {
    hits: [bell("Bell Ventilated Bike Helmet", "sports.cycling.helmets")],
  });
  const { run } = shopOf((q) =>
    q.q === "bike bell" ? saddles : q.q === "bike helmet bell" ? helmets : searchResult(0)
  );
  assert.equal((await run("bike bell")).total, 0, "a bike bell is no Bell bike saddle");
  // (Unless the word before it names what they are: Bell's helmets.)
  assert.equal((await run("bike helmet bell")).total, 4);
});

Deno.test("toPurpose: a thing and what it is to do, said with 'for'", () => {
  const nouns = new Set(["bag", "generator", "laptop", "fridge", "something"]);
  const shop: ShopWords = {
    isNoun: (w) => nouns.has(w) && w !== "something",
    isBareNoun: () => true,
    namesAnotherKind: () => false,
    knows: () => true,
  };
  assert.deepEqual(toPurpose("bag to carry my laptop", shop), {
    thing: "bag",
    head: "bag",
    text: "bag for laptop",
    dropped: ["to", "carry", "laptop"],
  });
  assert.equal(toPurpose("portable generator to run a fridge", shop)?.text, "portable generator for fridge");
  // (Not a wish, nor a verb of no use, nor a "to" with nothing after it.)
  assert.equal(toPurpose("something to keep drinks cold", shop), undefined);
  assert.equal(toPurpose("laptop to buy", shop), undefined);
  assert.equal(toPurpose("bag to carry", shop), undefined);
});

Deno.test("a maker's name and a word of other kinds' names asks for a kind the maker does not make", async () => {
  const words = (): Promise<ShopWords> =>
    Promise.resolve({
      isNoun: (w) => w === "showerhead",
      isBareNoun: () => true,
      namesAnotherKind: (w) => w === "faucet" || w === "prime",
      knows: () => true,
      spells: () => true,
    });
  const moen = (title: string) => ({ ...hit(40, "Moen"), title, category: "home.bath.shower_heads" });
  const search = (q: SearchQuery) =>
    Promise.resolve(
      q.q === "moen"
        ? searchResult(50, {
          hits: [moen("Moen Rain Showerhead"), moen("Moen Handheld Showerhead")],
          facets: { category: [{ value: "home", count: 50 }], brand: [], price: [] },
        })
        : searchResult(0),
    );
  const run = (text: string) => searchAsMeant(SearchQuery.parse({ q: text }), search, words);
  // ("Faucet" names the shop's faucet water filters: Moen's showerheads are no faucet.)
  assert.equal((await run("moen faucet")).total, 0);
  // (A word makers name lines with is a line's: Moen's things.)
  const line = await run("moen prime");
  assert.equal(line.total, 50);
  assert.equal(line.corrected_query, "moen");
});

Deno.test("dupeOf: what a dupe, a knockoff or an alternative is asked of", () => {
  assert.equal(dupeOf("airpods knockoff"), "airpods");
  assert.equal(dupeOf("cheaper alternative to vitamix"), "vitamix");
  assert.equal(dupeOf("lululemon leggings dupe"), "lululemon leggings");
  assert.equal(dupeOf("roomba clone"), "roomba");
  assert.equal(dupeOf("alternative rock vinyl"), undefined, "a genre");
  assert.equal(dupeOf("down alternative comforter"), undefined, "a filling");
  assert.equal(dupeOf("down alternative"), undefined);
  assert.equal(dupeOf("dupe"), undefined, "of nothing named");
});

Deno.test("a dupe of a maker's thing is other makers' of its kind, under its price", async () => {
  const { asked, run } = shopOf((q) => {
    // The named thing: one maker's televisions.
    if (q.q === "acme tv") return searchResult(3, { hits: [hit(500), hit(700), hit(900)] });
    // Its kind within its leaf: the maker's own among others'.
    if (q.category === "electronics.tv.televisions") {
      return searchResult(3, {
        hits: [hit(300, "Other"), hit(650, "Acme"), hit(400, "Third")],
        facets: { category: [], brand: [{ value: "Acme", count: 1 }], price: [] },
      });
    }
    return searchResult(0);
  });
  const r = await run("acme tv dupe");
  assert.deepEqual(r.hits.map((h) => h.brand), ["Other", "Third"], "no Acme among them");
  assert.equal(r.total, 2);
  const within = asked.find((q) => q.category === "electronics.tv.televisions");
  assert.equal(within?.max_price, 700, "under the named maker's median price");
  assert.match(r.corrected_query ?? "", /not Acme's/);
});
