import assert from "node:assert/strict";
import {
  fondOf,
  GIFT_GUIDE,
  giftAsked,
  giftHobbies,
  giftTopic,
  HOBBY_GIFTS,
  OCCASION_GIFTS,
  occasionGift,
  ROLE_GIFTS,
  STOCKING_STUFFER_MAX,
} from "./gifts.ts";
import { parseQuery } from "./vocabulary.ts";
import { agesAsAudience } from "./audience.ts";
import { LEAVES } from "./taxonomy.ts";

Deno.test("the gift guide names leaves of the taxonomy", () => {
  const leaves = new Set(LEAVES.map((l) => l.path));
  for (const [group, paths] of Object.entries(GIFT_GUIDE)) {
    for (const path of paths) assert.ok(leaves.has(path), `${group || "anyone"}: ${path}`);
    assert.equal(new Set(paths).size, paths.length, `${group || "anyone"}: listed once each`);
  }
});

Deno.test("a gift and nothing else asks the guide for its recipient; before a thing it names a kind", () => {
  const whom = (query: string) => giftAsked(query)?.for;
  assert.equal(whom("gift for dad"), "men");
  // (A partner's on a day for love: "anniversary gift for husband" is his watches and cologne.)
  assert.equal(giftAsked("anniversary gift for husband")?.label, "anniversary gifts for him");
  assert.equal(giftAsked("mother's day gift")?.label, "mother's day gifts", "the day's own gifts");
  assert.equal(whom("gift ideas for her"), "women");
  assert.equal(whom("gifts for grandma"), "grandma", "a grandparent's gifts are their own");
  assert.equal(whom("birthday present for kids"), "kids");
  assert.equal(whom("new baby gifts"), "baby");
  assert.equal(whom("christmas gift for teenage boy"), "teen boys", "a teenager's gifts are their own");
  assert.equal(whom("gifts for teen girls"), "teen girls");
  assert.equal(whom("gift ideas for teenagers"), "teen");
  assert.equal(whom("retirement gift"), "");
  assert.equal(whom("secret santa gift under 20"), "", "a price phrase is no thing");
  assert.equal(whom("gift for dad who has everything"), "men");
  assert.equal(whom("stocking stuffers"), "");
  assert.equal(whom("stocking stuffers for adults"), "", "a grown-up is anyone grown");
  assert.equal(whom("gift for coworker"), "");
  assert.equal(whom("funny white elephant gift"), "", "how it should be says nothing of whom");
  assert.equal(giftAsked("cheap gifts for coworkers")?.under, 25, "a cheap gift is a small one");
  assert.equal(whom("secret santa under 25"), "", "a gift exchange asks for a gift");
  assert.equal(giftAsked("elephant plush"), undefined);
  // (What someone is like says no hobby: the guide for them.)
  assert.equal(giftAsked("gift for a curious kid")?.for, "kids");
  // (A student's gifts are for studying, the commute and a dorm.)
  assert.equal(giftAsked("college student gifts")?.label, "gifts for students");
  assert.equal(giftAsked("gift for a student")?.label, "gifts for students");
  assert.equal(whom("gift for dog"), "dog");
  assert.equal(whom("help me find a gift for my brother"), "men");
  assert.equal(whom("presents for grandparents"), "grandparents");
  assert.equal(whom("what should i get my sister"), "women", "a question of what to get is a gift");
  assert.equal(giftAsked("what size tv should i get"), undefined, "for nobody: a question about a thing");
  assert.equal(giftAsked("gift card"), undefined);
  assert.equal(giftAsked("gift wrap"), undefined);
  assert.equal(giftAsked("gardening gift"), undefined, "a gift about something: searched as that");
  assert.equal(giftAsked("birthday candles"), undefined, "an occasion alone asks for no gift");
  assert.equal(giftAsked("gift for fish"), undefined, "no guide for them");
});

Deno.test("talk around a gift leaves the thing it is about", () => {
  assert.equal(giftTopic("gift for someone who likes gardening"), "gardening");
  assert.equal(giftTopic("birthday gift for coworker who loves coffee"), "coffee");
  assert.equal(giftTopic("gift card"), undefined);
  assert.equal(giftTopic("gift for dad"), undefined);
});

Deno.test("a gift for a hobbyist is about the hobby", () => {
  assert.deepEqual(giftHobbies("gift for golfer"), ["golfing", "golf", "golfe"]);
  assert.deepEqual(giftHobbies("gift for hiker"), ["hiking", "hik", "hike"]);
  assert.deepEqual(giftHobbies("gifts for coffee lovers"), ["coffee"]);
  assert.deepEqual(giftHobbies("gifts for runners"), ["running", "runn", "runne"]);
  assert.deepEqual(giftHobbies("gift for dog owner"), ["dog"]);
  assert.deepEqual(giftHobbies("gift for a reader"), ["books"], "a reader's are books, not reading glasses");
  assert.deepEqual(giftHobbies("gifts for photographers"), ["camera"]);
  assert.deepEqual(giftHobbies("gift for teacher"), [], "someone to give to, no hobby");
  assert.deepEqual(giftHobbies("gift for dad"), []);
  assert.deepEqual(giftHobbies("golfer"), [], "no gift asked");
});

Deno.test("an occasion alone is searched as its word, and asks the gift guide when the shop names nothing for it", () => {
  // "christmas" had matched every product (the occasion was filler): Christmas lights now.
  assert.equal(parseQuery("christmas").text, "christmas");
  assert.equal(parseQuery("valentines day ideas").text, "valentines");
  assert.equal(parseQuery("christmas gifts").text, "", "a gift: the guide");
  assert.deepEqual(occasionGift("valentines day")?.paths, OCCASION_GIFTS.valentines.paths, "its own gifts");
  assert.equal(giftAsked("valentines gift for him")?.label, "valentine's gifts for him", "for him, his");
  assert.equal(giftAsked("mothers day")?.label, "mother's day gifts", "a day of giving asks a gift");
  assert.equal(occasionGift("hanukkah")?.label, "gifts");
  assert.equal(occasionGift("christmas tree"), undefined, "a thing");
  assert.equal(occasionGift("thanksgiving"), undefined, "a feast asks for no gift");
  assert.equal(occasionGift("blender"), undefined);
});

Deno.test("stocking stuffers are small gifts: the guide under a price, unless the query sets one", () => {
  const small = giftAsked("stocking stuffers for kids");
  assert.equal(small?.for, "kids");
  assert.equal(small?.under, 25);
  assert.equal(small?.label, "gifts for kids under $25");
  assert.equal(giftAsked("gift for dad")?.under, undefined);
});

Deno.test("a hobbyist whose word is no '-er' of the hobby still has the hobby's things", () => {
  assert.deepEqual(giftHobbies("gifts for fishermen"), ["fishing"]);
  assert.deepEqual(giftHobbies("gift for angler"), ["fishing"]);
});

Deno.test("an occasion of someone's asks for their gifts; a new parent's are the baby's days and nights", () => {
  assert.equal(giftAsked("something for my wife's birthday")?.label, "gifts for her");
  assert.equal(giftAsked("birthday party for kids"), undefined, "a party's things");
  assert.equal(giftAsked("birthday candles for kids"), undefined, "candles name a thing");
  assert.equal(giftAsked("gift for new mom")?.label, "gifts for new parents");
  assert.ok(giftAsked("new dad gift")?.paths.includes("baby.care.baby_monitors"));
});

Deno.test("who a gift is for may be a nurse, a doctor, someone moving away; get well soon", () => {
  assert.equal(giftAsked("gift for nurse")?.label, "gifts for nurses");
  assert.equal(giftAsked("get well soon gift")?.label, "get well gifts");
  assert.equal(giftAsked("gift for someone moving away")?.label, "farewell gifts");
  assert.equal(
    giftTopic("gift for grandma who is always cold"),
    "cold",
    "a need, asked of the needs guide first",
  );
});

Deno.test("a sweet sixteen is a teenage girl's; an age says who a gift's topic is for", () => {
  assert.equal(giftAsked("sweet 16 gift")?.label, "gifts for teen girls");
  assert.equal(giftAsked("sweet sixteen gifts")?.label, "gifts for teen girls");
  assert.equal(giftTopic(agesAsAudience("what to get a 7 year old who loves dinosaurs")), "dinosaurs");
});

Deno.test("whoever a gift is for names no topic or hobby; someone who loves a thing asks for a gift", () => {
  assert.equal(giftTopic("gift for my brother who likes fishing"), "fishing");
  assert.deepEqual(giftHobbies("gift for a teenage gamer"), ["gaming", "gam", "game"]);
  assert.deepEqual(giftHobbies("gifts for cat lovers"), ["cat"], "an animal may be the hobby");
  assert.equal(giftTopic(agesAsAudience("ten year old who loves dinosaurs")), "dinosaurs");
  assert.equal(giftTopic("dinosaurs that roar"), undefined);
});

Deno.test("someone fond of a thing is its fans' word after it, gift or not", () => {
  assert.equal(fondOf("cat owners"), "cat");
  assert.equal(fondOf("history buffs"), "history");
  assert.equal(fondOf("owners manual"), undefined);
  assert.deepEqual(giftHobbies("gift for a coffee snob"), ["coffee"]);
  assert.deepEqual(giftHobbies("fathers day gift for handyman"), ["tool set"]);
});

Deno.test("a guy's gift is a man's, a lady's a woman's", () => {
  assert.equal(giftAsked("secret santa under 25 for a guy")?.for, "men");
  assert.equal(giftAsked("gifts for the ladies")?.for, "women");
});

Deno.test("a possessive's 's' is no gift's topic", () => {
  assert.equal(giftTopic("mother's day gift for a mom who loves gardening"), "gardening");
});

Deno.test("a cat lady, a dog mom: fans of the thing", () => {
  assert.equal(fondOf("cat lady"), "cat");
  assert.equal(fondOf("dog mom"), "dog");
});

Deno.test("giftTopic: what someone does is their pastime", () => {
  assert.equal(giftTopic("retirement gift for a coworker who fishes"), "fishing");
  assert.equal(giftTopic("gift for my dad who golfs"), "golf");
  assert.equal(giftTopic("gift for a friend who bakes"), "baking");
});

Deno.test("giftTopic: an age's number is no topic", () => {
  assert.equal(giftTopic("gift for a 40 year old man who likes gadgets"), "gadgets");
});

Deno.test("round 35: stocking fillers, a keen angler, a runner who has everything", () => {
  const fillers = giftAsked("stocking fillers");
  assert.ok(fillers?.paths.includes("fashion.basics.socks"), "a stocking's little things");
  assert.equal(fillers?.under, STOCKING_STUFFER_MAX);
  assert.equal(giftAsked(agesAsAudience("stocking filler for a 5 year old boy"))?.for, "kids");
  assert.equal(giftAsked("wood filler"), undefined, "filler alone is no gift");
  assert.deepEqual(giftHobbies("retirement gift for a keen fisherman"), ["fishing"]);
  assert.deepEqual(giftHobbies("present for an avid angler"), ["fishing"]);
  assert.ok(giftHobbies("something for a runner who has everything").includes("running"));
  assert.ok(HOBBY_GIFTS.running.includes("electronics.wearables.fitness_trackers"));
});

Deno.test("an occasion's and a role's gifts name leaves of the taxonomy", () => {
  const leaves = new Set(LEAVES.map((l) => l.path));
  for (const [name, { paths }] of [...Object.entries(OCCASION_GIFTS), ...Object.entries(ROLE_GIFTS)]) {
    for (const path of paths) assert.ok(leaves.has(path), `${name}: ${path}`);
    assert.equal(new Set(paths).size, paths.length, `${name}: listed once each`);
  }
});

Deno.test("an occasion's gifts are its own; a role's are theirs, whoever they are", () => {
  const label = (query: string) => giftAsked(query)?.label;
  assert.equal(label("housewarming gift"), "housewarming gifts");
  assert.equal(label("housewarming present ideas"), "housewarming gifts");
  assert.equal(label("new home gift"), "housewarming gifts");
  assert.equal(label("new neighbour gift"), "housewarming gifts", "a new neighbour is welcomed home");
  assert.equal(label("housewarming gift for mom"), "housewarming gifts", "for her home, not her");
  assert.equal(label("wedding gift for couple"), "wedding gifts");
  assert.equal(label("college graduation gift"), "graduation gifts");
  assert.equal(label("graduation gift for son"), "graduation gifts", "no child's toys");
  assert.equal(label("retirement gift"), "retirement gifts");
  assert.equal(label("sympathy gift"), "sympathy gifts");
  assert.equal(label("what to get a nurse for christmas"), "gifts for nurses");
  assert.equal(label("thank you gift for nurses"), "gifts for nurses", "thanks says why, not what");
  assert.equal(label("present for a teacher end of year"), "gifts for teachers");
  assert.equal(label("teacher appreciation gift"), "gifts for teachers");
  assert.equal(
    label("gift for my kid's teacher"),
    "gifts for teachers",
    "the teacher is given to, not the kid",
  );
  assert.equal(label("gift for mail carrier"), "gifts for mail carriers");
  assert.equal(label("gifts for coworkers"), "gifts for coworkers");
  assert.equal(label("what to get my boss for christmas"), "gifts for bosses");
  assert.equal(label("hostess gift"), "hostess gifts");
  assert.equal(label("gift for coach"), "gifts for coaches");
  assert.equal(label("soccer coach gift"), "gifts for coaches", "a sport's coach");
  assert.equal(giftAsked("coach gift"), undefined, "Coach's, a maker's name");
  assert.ok(giftAsked("housewarming gift")?.paths.includes("home.decor.candles"));
  assert.ok(giftAsked("gift for nurse")?.paths.includes("fashion.basics.socks"));
});

Deno.test("a gift exchange's gifts are small, a man's when for a man, under the query's price when it sets one", () => {
  assert.deepEqual(
    [giftAsked("secret santa")?.label, giftAsked("secret santa")?.under],
    ["secret santa gifts under $25", 25],
  );
  assert.equal(giftAsked("white elephant gift under 30")?.label, "white elephant gifts under $25");
  assert.equal(giftAsked("secret santa for a guy")?.label, "gifts for men under $25");
  assert.equal(giftAsked("secret santa gift for coworker")?.label, "gifts for coworkers under $25");
});

Deno.test("an occasion alone is its own gifts when it has them", () => {
  assert.equal(occasionGift("housewarming")?.label, "housewarming gifts");
  assert.deepEqual(occasionGift("christmas")?.paths, GIFT_GUIDE[""]);
  assert.equal(occasionGift("graduation party")?.label, "party supplies", "a party's things, no gifts");
});

Deno.test("giftTopic: someone who loves taking photos is a photographer: cameras", () => {
  assert.equal(giftTopic("gift for teenager who loves taking photos"), "camera");
  assert.equal(giftTopic("present for son who likes taking pictures"), "camera");
  assert.equal(giftTopic("gift for someone who loves playing guitar"), "playing guitar");
});

Deno.test("a role's work told after it is the role's; thanks for it ask for a gift", () => {
  assert.equal(giftAsked("gift for a nurse who works nights")?.label, "gifts for nurses");
  assert.equal(giftAsked("gift for a doctor who works long shifts")?.label, "gifts for doctors");
  assert.equal(giftAsked("present for my teacher who works so hard")?.label, "gifts for teachers");
  assert.equal(giftAsked("teacher appreciation")?.label, "gifts for teachers");
  assert.equal(giftAsked("nurse appreciation week")?.label, "gifts for nurses");
  assert.equal(giftAsked("gift for a friend who works nights"), undefined, "no role named");
});

Deno.test("giftAsked: someone hard to buy for asks for a gift for them", () => {
  assert.equal(giftAsked("my husband is impossible to buy for")?.label, "gifts for him");
  assert.equal(giftAsked("my wife is hard to buy for")?.label, "gifts for her");
  assert.equal(giftAsked("hard drive"), undefined);
});

Deno.test("giftAsked: a partner's gifts, or anyone's on a day for love, are jewelry, scent and watches", () => {
  assert.equal(giftAsked("valentines gift for boyfriend")?.label, "valentine's gifts for him");
  assert.ok(giftAsked("valentines gift for boyfriend")?.paths.includes("beauty.fragrance.cologne"));
  assert.equal(giftAsked("anniversary gift for wife")?.label, "anniversary gifts for her");
  assert.ok(giftAsked("anniversary gift for wife")?.paths.includes("fashion.accessories.jewelry"));
  assert.equal(giftAsked("gift for girlfriend")?.label, "gifts for her");
  assert.equal(giftAsked("gift for my brother")?.label, "gifts for men", "no partner, no day for love");
});

Deno.test("round 44: something for someone is a gift; a gamer's gifts are what they play with", () => {
  assert.equal(giftAsked("something for my dad")?.label, "gifts for men");
  assert.equal(giftAsked("something for a baby")?.label, "gifts for babies");
  assert.equal(giftAsked("something for back pain"), undefined);
  assert.equal(giftAsked("something for the kitchen"), undefined);
  assert.deepEqual(giftHobbies("gift for teenage boy gamer")[0], "gaming");
  assert.ok(HOBBY_GIFTS.gaming.includes("electronics.audio.gaming_headsets"));
  // (A retirement's are no $500 fire pit first: "retirement gift for teacher".)
  assert.ok(!giftAsked("retirement gift for teacher")!.paths.includes("garden.outdoor_living.fire_pits"));
});

Deno.test("round 45: a pastime someone likes or does, whose gifts the guide lists, is theirs", () => {
  assert.deepEqual(giftHobbies("gift for dad who likes grilling"), ["grilling"]);
  assert.deepEqual(giftHobbies("gift for husband who loves to grill"), ["grilling"]);
  assert.deepEqual(giftHobbies("gift for boyfriend who games"), ["gaming"]);
  assert.deepEqual(giftHobbies("gift for brother who plays video games"), ["gaming"]);
  assert.deepEqual(giftHobbies("gift for my brother who likes fishing"), ["fishing"]);
  // (Games liked may be board games: searched as typed.)
  assert.deepEqual(giftHobbies("gift for someone who likes games"), []);
  assert.deepEqual(giftHobbies("gift for mom who likes gardening"), [], "no guide of its own");
  // (A griller's gifts go with the grill they have.)
  assert.ok(!HOBBY_GIFTS.grilling.includes("garden.outdoor_living.grills"));
  assert.ok(!OCCASION_GIFTS.retirement.paths.includes("garden.plants.planters"));
});

Deno.test("round 46: two pastimes are the first the shop knows; a baby's gifts are the baby's", () => {
  assert.equal(giftTopic("i need a gift for my mom who loves gardening and tea"), "gardening");
  assert.equal(giftTopic("gift for someone who likes tea and gardening"), "gardening");
  assert.equal(giftTopic("gift for dad who loves fishing and golf"), "fishing");
  // (No pastime among them: searched as typed.)
  assert.equal(giftTopic("gift for someone who likes salt and pepper"), "salt pepper");
  const baby = giftAsked("gift for baby")!.paths;
  assert.ok(!baby.includes("baby.gear.diaper_bags") && !baby.includes("baby.gear.baby_carriers"));
});

Deno.test("round 47: a first birthday is a baby's, a toddler's gifts are a toddler's, an artist's paints and pads", () => {
  const whom = (query: string) => giftAsked(query)?.for;
  assert.equal(whom("toddlers first birthday"), "baby");
  assert.equal(whom("1st birthday gift"), "baby");
  assert.equal(whom("first birthday gift for my nephew"), "baby");
  assert.equal(whom("toddler birthday present"), "toddler");
  assert.equal(whom("gift for toddler boy"), "toddler");
  assert.equal(whom("gift for a boy toddler"), "toddler", "which child, whatever the order");
  assert.equal(whom("birthday present for kids"), "kids");
  assert.equal(giftAsked("first birthday decorations"), undefined, "a party's things, no gift");
  assert.ok(!GIFT_GUIDE.toddler.includes("toys.science.microscopes"));
  // (An artist's gifts, a child's too, are no office markers or modelling dough.)
  assert.deepEqual(giftHobbies(agesAsAudience("present for a 12 year old girl who likes art")), [
    "art supplies",
  ]);
  assert.ok(!HOBBY_GIFTS["art supplies"].includes("office.supplies.markers"));
  assert.ok(!HOBBY_GIFTS["art supplies"].includes("toys.kids.crayons"));
});

Deno.test("round 48: a music lover's gifts are what they listen with, a musician's are instruments", () => {
  assert.deepEqual(giftHobbies("gift for a music lover"), ["music"]);
  assert.deepEqual(giftHobbies("gift for someone who loves music"), ["music"]);
  assert.deepEqual(giftHobbies("gift for my dad who loves listening to music"), ["music"]);
  assert.deepEqual(giftHobbies("gift for someone who plays music"), ["musical instrument"]);
  assert.deepEqual(giftHobbies("gift for a musician"), ["musical instrument"]);
  assert.ok(HOBBY_GIFTS.music.includes("electronics.audio.turntables"));
  assert.ok(!HOBBY_GIFTS.music.some((p) => p.startsWith("music.instruments")));
  // (A teenager said as a teen is the teens' guide; an age of 13 to 17 reaches it only
  // when `agesAsAudience` reads it so.)
  assert.equal(giftAsked("gift for a teen girl")?.label, "gifts for teen girls");
});

Deno.test("a reader's gifts are books and an e-reader, said as a verb too", () => {
  for (
    const q of ["gift for someone who loves to read", "gift for my mom who likes reading", "reading gifts"]
  ) {
    assert.deepEqual(giftHobbies(q), ["reading"], q);
  }
  assert.ok(HOBBY_GIFTS.reading.includes("electronics.tablets.e_readers"));
});

Deno.test("a hunter's gifts are a hunting day's things, not Hunter's ceiling fans", () => {
  assert.deepEqual(giftHobbies("gift for a hunter"), ["hunting"]);
  assert.deepEqual(giftHobbies("hunting gifts"), ["hunting"]);
  assert.deepEqual(giftHobbies("hunter boots"), [], "no gift: the maker's name");
  assert.equal(HOBBY_GIFTS.hunting[0], "sports.outdoor.binoculars");
});

Deno.test("blind round 51: a skater's board, a woodworker's sanders, a cook's pots, a tea drinker's tea", () => {
  const aged = (q: string) => giftHobbies(agesAsAudience(q, { toddler: true }));
  assert.deepEqual(aged("gift for a 16 year old who skates"), ["skating"]);
  assert.deepEqual(giftHobbies("gift for a teen who is into skating"), ["skating"]);
  assert.deepEqual(giftHobbies("gift for a skateboarder"), ["skateboarding"]);
  assert.deepEqual(giftHobbies("gift for a boy who skateboards"), ["skateboarding"]);
  assert.equal(HOBBY_GIFTS.skating[0], "sports.skate.skateboards");
  assert.deepEqual(giftHobbies("fathers day gift for grandpa who likes woodworking"), ["woodworking"]);
  assert.deepEqual(giftHobbies("gift for a woodworker"), ["woodworking"]);
  assert.ok(!HOBBY_GIFTS.woodworking.includes("tools.power_tools.angle_grinders"));
  assert.deepEqual(giftHobbies("wedding gift for a couple who loves cooking"), ["cookware"]);
  assert.ok(!HOBBY_GIFTS.cookware.includes("kitchen.cookware.bakeware"));
  assert.deepEqual(giftHobbies("gift for my mother in law shes 70 and drinks a lot of tea"), ["tea"]);
  assert.deepEqual(giftHobbies("gift for mom who drinks tea"), ["tea"]);
  assert.ok(HOBBY_GIFTS.tea.includes("kitchen.cookware.tea_kettles"));
});

Deno.test("blind round 51: surgery asks for get well gifts; a child's quiet gifts make no noise", () => {
  assert.equal(giftAsked("something for my wife who just had surgery")?.label, "get well gifts");
  const aged = (q: string) => giftAsked(agesAsAudience(q, { toddler: true }));
  assert.equal(aged("present for a 3 year old that doesnt make noise")?.label, "quiet gifts for toddlers");
  assert.equal(aged("quiet gift for a 5 year old")?.label, "quiet gifts for kids");
  assert.ok(!aged("present for a 3 year old that doesnt make noise")?.paths.includes("toys.kids.baby_toys"));
  assert.equal(giftAsked("quiet gifts"), undefined, "no child: searched as typed");
});

Deno.test("a hobby's gifts name leaves of the taxonomy", () => {
  const leaves = new Set(LEAVES.map((l) => l.path));
  for (const [hobby, paths] of Object.entries(HOBBY_GIFTS)) {
    for (const path of paths) assert.ok(leaves.has(path), `${hobby}: ${path}`);
  }
});

Deno.test("blind round 52: a pastime's time, an age reached, a splurge, a griller and a coffee snob", () => {
  assert.deepEqual(giftHobbies("gift for my dad who likes to fish on weekends"), ["fishing"]);
  assert.deepEqual(giftHobbies("gift for dad who likes to fish in his spare time"), ["fishing"]);
  assert.equal(
    giftAsked("gift for my dad who likes to fish"),
    undefined,
    "to fish is a pastime, no animal's",
  );
  assert.deepEqual(giftHobbies("father's day gift for a griller"), ["grilling"]);
  assert.deepEqual(giftHobbies("gift for a pitmaster"), ["grilling"]);
  assert.deepEqual(giftHobbies("grill master gift"), ["grilling"]);
  assert.deepEqual(giftHobbies("bbq lover gift"), ["grilling"]);
  assert.deepEqual(giftHobbies("mothers day gift for a gardener"), ["gardening"]);
  assert.deepEqual(giftHobbies("coffee snob gift"), ["coffee"]);
  assert.deepEqual(giftHobbies("gift for mom who loves coffee"), ["coffee"]);
  assert.ok(!HOBBY_GIFTS.coffee.includes("grocery.beverages.coffee"), "no bag of ground coffee");
  assert.equal(giftAsked("10 year anniversary present for her")?.label, "anniversary gifts for her");
  assert.equal(giftAsked("birthday gift for my dad turning 60")?.label, "gifts for men");
  assert.equal(giftAsked("gift for my wife turning 40")?.label, "gifts for her");
  assert.equal(giftAsked("splurge gift for her")?.label, "luxury gifts for women");
  assert.equal(giftAsked("luxury gift for him")?.label, "luxury gifts for men");
  assert.ok(!giftAsked("splurge gift for her")?.paths.includes("kitchen.dining.mugs"));
  assert.equal(giftAsked("gift for her")?.label, "gifts for women", "no splurge said: the whole guide");
  const leaves = new Set(LEAVES.map((l) => l.path));
  for (const q of ["splurge gift for her", "luxury gift for him", "luxury gifts"]) {
    for (const path of giftAsked(q)?.paths ?? []) assert.ok(leaves.has(path), `${q}: ${path}`);
  }
});

Deno.test("blind round 55: grandparents, a child's trucks and princesses, a baker, a wedding registry", () => {
  const aged = (q: string) => giftAsked(agesAsAudience(q, { toddler: true }));
  // (A grandparent's are comforts and quiet pastimes, no instant camera.)
  assert.equal(aged("gift for 80 year old grandma")?.label, "gifts for grandmothers");
  assert.ok(!aged("gift for 80 year old grandma")?.paths.includes("electronics.cameras.instant_cameras"));
  assert.equal(aged("gift for a 75 year old grandpa")?.label, "gifts for grandfathers");
  assert.equal(giftAsked("gift for elderly mother")?.label, "gifts for grandmothers", "old age says it");
  assert.equal(giftAsked("gift for elderly father")?.label, "gifts for grandfathers");
  assert.equal(giftAsked("gift for grandparents")?.label, "gifts for grandparents");
  assert.equal(giftAsked("mothers day gift for grandma")?.label, "mother's day gifts", "the day's own first");
  assert.equal(giftAsked("gift for mom")?.label, "gifts for women");
  for (const group of ["grandma", "grandpa", "grandparents"]) {
    assert.ok(!GIFT_GUIDE[group].some((p) => p.startsWith("electronics.")), `${group}: no gadgets`);
  }
  // (A child's trucks are toys, no trucker's GPS; a princess's dolls.)
  const hobbies = (q: string) => giftHobbies(agesAsAudience(q, { toddler: true }));
  assert.deepEqual(hobbies("gift for a 6 year old boy who likes trucks"), ["toy vehicles"]);
  assert.deepEqual(HOBBY_GIFTS["toy vehicles"], ["toys.kids.rc_cars"]);
  assert.deepEqual(hobbies("gift for a little girl who loves princesses"), ["princesses"]);
  assert.equal(giftAsked("gift for a little girl")?.for, "kids", "little says no thing");
  // (A baker's are the mixer and the pans, no baking soda; at home too.)
  assert.deepEqual(giftHobbies("gift for a home baker"), ["baking"]);
  assert.deepEqual(giftHobbies("gift for a baker"), ["baking"]);
  assert.deepEqual(giftHobbies("gift for someone who loves to bake"), ["baking"]);
  assert.deepEqual(giftHobbies("gift for someone who likes baking"), ["bakeware"]);
  assert.ok(HOBBY_GIFTS.baking.includes("kitchen.appliances.stand_mixers"));
  assert.ok(!HOBBY_GIFTS.baking.includes("grocery.pantry.baking"));
  assert.deepEqual(giftHobbies("gift for a home cook"), ["cookware"]);
  // (A wedding's registry is the wedding's gifts, under the price said.)
  assert.equal(giftAsked("wedding registry gift under $75")?.label, "wedding gifts");
  assert.equal(giftAsked("wedding registry ideas")?.label, "wedding gifts");
  assert.equal(giftAsked("baby registry"), undefined, "a baby's registry is the baby's gear, searched");
  // (Products named stay products.)
  for (const q of ["rc car", "stand mixer", "truck gps", "dress", "gloves"]) {
    assert.equal(giftAsked(q), undefined, q);
    assert.deepEqual(giftHobbies(q), [], q);
  }
});

Deno.test("blind rounds 58 and 59: a bride, a mother-to-be, an age turned, a gift from the kids", () => {
  // (The bride's own, not the couple's kitchen.)
  assert.equal(giftAsked("gift for a bride to be")?.label, "gifts for the bride");
  assert.ok(giftAsked("gift for the bride")?.paths.includes("fashion.basics.robes"));
  assert.equal(
    giftAsked("bridal shower gift")?.label,
    "wedding gifts",
    "the couple's shower stays the wedding's",
  );
  // (A mother-to-be's comforts, however she is called.)
  for (
    const q of [
      "gift for expecting mom",
      "pregnant wife gift",
      "gift for mom to be",
      "gift for pregnant friend",
    ]
  ) {
    assert.equal(giftAsked(q)?.label, "gifts for a mom-to-be", q);
  }
  // (The age someone turns asks for their gift; a party's is the party's.)
  assert.equal(giftAsked("sister turning 30")?.label, "gifts for women");
  assert.equal(giftAsked("brother turning 40")?.label, "gifts for men");
  assert.equal(giftAsked("son turning 5 party ideas"), undefined);
  // (Whom a gift is from says nothing of whom it is for.)
  assert.equal(giftAsked("mothers day gift from kids")?.label, "mother's day gifts");
  assert.equal(giftAsked("gift for dad from the kids")?.label, "gifts for men");
  assert.equal(giftAsked("gift from japan"), undefined, "no one's");
});

Deno.test("blind round 61: a child that likes trucks, an engaged couple, a care home, a knitter", () => {
  const hobbies = (q: string) => giftHobbies(agesAsAudience(q, { toddler: true }));
  // ("that" of a person says what they love, as "who" does; not of an animal, nor "that is".)
  assert.deepEqual(hobbies("toddler that likes trucks"), ["toy vehicles"]);
  assert.deepEqual(hobbies("gift for a toddler who loves trucks"), ["toy vehicles"]);
  assert.deepEqual(hobbies("dog that likes to chew"), []);
  assert.equal(giftAsked("baby that is teething"), undefined);
  // (An engaged couple's are the wedding's.)
  for (
    const q of ["gift for a newly engaged couple", "engagement gift", "gift for friends who just got engaged"]
  ) {
    assert.equal(giftAsked(q)?.label, "wedding gifts", q);
  }
  // (A room in care: comforts, no candle.)
  const care = giftAsked("gift for grandma in a nursing home");
  assert.equal(care?.label, "gifts for someone in a care home");
  assert.ok(care?.paths.includes("fashion.basics.slippers"));
  assert.ok(!care?.paths.includes("home.decor.candles"));
  assert.equal(giftAsked("gift for grandpa in assisted living")?.label, "gifts for someone in a care home");
  // (A knitter's, the shop selling no yarn, are no knitwear.)
  assert.deepEqual(hobbies("grandma who likes to knit"), ["knitting"]);
  assert.equal(hobbies("gift for a knitter")[0], "knitting");
  assert.ok(!HOBBY_GIFTS.knitting.includes("fashion.basics.sweaters"));
});

Deno.test("blind round 62: someone who works outdoors", () => {
  // (Their work told after "who" is their role, however it is said; so is the work's name.)
  for (
    const q of [
      "gift for someone who works outdoors",
      "gift for someone who works outside",
      "gift for my husband who works outside",
      "gift for a construction worker",
      "present for a landscaper",
    ]
  ) {
    assert.equal(giftAsked(q)?.label, "gifts for outdoor workers", q);
  }
  assert.ok(ROLE_GIFTS.outdoors.paths.includes("fashion.accessories.gloves"));
  assert.equal(giftAsked("works outdoors"), undefined, "no gift asked");
});

Deno.test("gifts: what the gift is not to be names no one and no topic", () => {
  assert.equal(giftTopic("i need a gift for my boss that is not too personal"), undefined);
  assert.equal(
    giftAsked("i need a gift for my boss that is not too personal")?.label,
    giftAsked("gift for my boss")?.label,
  );
  assert.equal(giftTopic("gift for someone who likes gardening"), "gardening");
});

Deno.test("blind round 67: an engineer's and a programmer's gifts; a graduation is the role's", () => {
  for (const q of ["gift for engineer", "gifts for engineers", "gift for an engineering student"]) {
    assert.equal(giftAsked(q)?.label, "gifts for engineers", q);
  }
  for (
    const q of [
      "gifts for software engineer",
      "gift for my boyfriend who is a programmer",
      "christmas gift for a developer",
    ]
  ) {
    assert.equal(giftAsked(q)?.label, "gifts for programmers", q);
  }
  assert.ok(ROLE_GIFTS.engineer.paths.includes("toys.building.model_kits"));
  // (A graduation starts the role: the new engineer's gifts, as a graduating nurse's are a nurse's
  // since blind round 71, which had found the graduates' luggage sets "half right, nurse ignored".)
  assert.equal(giftAsked("graduation gift for engineer")?.label, "gifts for engineers");
  assert.equal(giftAsked("gift for a nurse graduating")?.label, "gifts for nurses");
  assert.equal(giftAsked("retirement gift for a teacher")?.label, "retirement gifts", "a retirement ends it");
  assert.equal(giftAsked("software engineer"), undefined, "no gift asked");
  assert.equal(giftAsked("engineer boots"), undefined, "no gift asked");
});

Deno.test("blind round 68: a house bought is a housewarming; a hard time's gift cheers up", () => {
  for (
    const q of [
      "i need a gift for a friend who just bought a house",
      "gift for someone who moved into a new house",
      "gift for new homeowners",
    ]
  ) {
    assert.equal(giftAsked(q)?.label, "housewarming gifts", q);
  }
  for (
    const q of [
      "gift for a friend going through a breakup",
      "gift for someone going through a hard time",
      "gift to cheer up a friend",
    ]
  ) {
    assert.equal(giftAsked(q)?.label, "gifts to cheer someone up", q);
  }
  assert.ok(OCCASION_GIFTS["cheer up"].paths.includes("home.decor.candles"));
  assert.equal(giftAsked("sympathy gift")?.label, "sympathy gifts", "a loss stays the sympathy's");
  assert.equal(giftAsked("just bought a house"), undefined, "no gift asked");
  assert.equal(giftAsked("break up"), undefined, "no gift asked");
});

Deno.test("blind round 70: a pilot is someone, a leave a baby's, a favour a neighbour's work", () => {
  for (const q of ["gift for a pilot", "gifts for pilots", "gift for an airline pilot"]) {
    assert.equal(giftAsked(q)?.label, "gifts for pilots", q);
  }
  assert.ok(ROLE_GIFTS.pilot.paths.includes("fashion.accessories.sunglasses"));
  assert.equal(giftAsked("pilot pens"), undefined, "Pilot's own, no gift asked");
  assert.equal(giftAsked("gift for a coworker going on maternity leave")?.label, "gifts for a mom-to-be");
  assert.equal(giftAsked("gift for a neighbour who watered our plants")?.label, "gifts for neighbors");
  assert.equal(giftAsked("thank you gift for a neighbor who fed our cat")?.label, "gifts for neighbors");
});

Deno.test("giftHobbies: what was done with a pastime is the pastime's", () => {
  assert.deepEqual(giftHobbies("gift for someone who just ran a marathon"), ["running"]);
  assert.deepEqual(giftHobbies("gift for someone who runs marathons"), ["running"]);
});
