/**
 * A gift and nothing else: "gift for dad", "mothers day gift", "graduation gift",
 * "secret santa gift under 20". The words name who it is for and the occasion, never a
 * kind of product, so matching them found the wrong things: every product ("graduation
 * gift": all 50,000), the recipient's clothes by popularity ("gifts for grandma": women's
 * jeans), or nothing ("retirement gift").
 *
 * A shop answers such a query from its gift guide: the kinds of things people give, for
 * that recipient. `GIFT_GUIDE` is that guide (an editorial list, like a shop's, of leaf
 * paths checked against the taxonomy by a test); `giftAsked` reads the query. The search
 * (`intent.ts`) browses the guide's kinds for the recipient, most popular first, within the
 * query's price phrase. A gift before a thing stays what it was: "gift card" and "gift
 * wrap" are kinds of their own, "gardening gift" is searched as "gardening".
 *
 * @example
 * ```ts
 * import { giftAsked } from "./gifts.ts";
 * giftAsked("gift for dad"); // { for: "men", paths: [...the men's guide], label: "gifts for men" }
 * giftAsked("gift card"); // undefined: a card is asked for
 * ```
 *
 * @module
 */
import { fold, terms } from "./text.ts";
import { PETS, whoFor } from "./audience.ts";
import { pastimeOf } from "./activities.ts";
import { GIFT, OCCASIONS, parseQuery } from "./vocabulary.ts";

/**
 * Whether the words ask for a gift: a gift's word, or a question of what to get someone
 * ("what should i get my sister", "what to buy for dad").
 */
function asksForAGift(words: readonly string[]): boolean {
  if (words.some((w) => GIFT_WORDS.has(w))) return true;
  // (So does praise of someone hard to buy for: "something for a runner who has everything".)
  if (words.some((w, i) => w === "who" && HAS.has(words[i + 1]) && EVERYTHING.has(words[i + 2]))) return true;
  // A gift exchange's name: "secret santa under 25", "white elephant ideas".
  if (words.some((w, i) => GIFT_EXCHANGES.has(`${w} ${words[i + 1]}`))) return true;
  // (So does an occasion of someone's: "something for my wife's birthday" had shown jeans.
  // Not a party's: "birthday party for 5 year old" asks for the party's things.)
  const someone = words.some((w) => whoFor(w) !== undefined || KIN[w] !== undefined);
  if (someone && words.some((w) => OCCASIONS.has(w)) && !words.includes("party")) return true;
  // (So does someone who loves a thing: "10 year old who loves dinosaurs".)
  if (
    (someone || words.some((w) => TEEN.has(w))) && words.some((w, i) => w === "who" && FOND.has(words[i + 1]))
  ) {
    return true;
  }
  return words[0] === "what" && words.some((w) => w === "get" || w === "buy") &&
    (someone || words.includes("someone"));
}

const HAS = new Set(["has", "have", "owns", "own"]);
const EVERYTHING = new Set(["everything"]);

/**
 * A query with a stocking filler, as the British say, said as a stocking stuffer: "stocking
 * fillers" found nothing ("filler" alone is wood filler's, no gift's word).
 */
function asStuffers(query: string): string {
  return query.replace(/\bstocking([\s-]+)filler(s?)\b/giu, "stocking$1stuffer$2");
}

/** Whether a word says who a gift is for: "dad", "brother", "teenage", "niece". */
function forSomeone(w: string): boolean {
  return whoFor(w) !== undefined || KIN[w] !== undefined || TEEN.has(w);
}

/** Words that only join the others ("gift for my dad"). */
const FUNCTION_WORDS = new Set("a an the for to my our your and or of with".split(" "));

/** Who, after "new", is a new parent ("new mom", "new dad", "new parents"). */
const NEW_PARENT = new Set("mom moms mum mother dad dads father parent parents".split(" "));

/** Words after "who" for what someone is fond of ("who loves dinosaurs"). */
const FOND = new Set("likes like loves love enjoys enjoy is".split(" "));

/** Gift exchanges, by name. */
const GIFT_EXCHANGES = new Set(["secret santa", "white elephant"]);

/** The words that ask for a gift itself (an occasion alone does not: "birthday candles"). */
const GIFT_WORDS = new Set("gift gifts present presents stuffer stuffers".split(" "));

/**
 * Words around a gift that name neither a product nor its recipient's group: anyone to give
 * to ("teacher", "coworker"), the occasion ("retirement", "secret santa"), and how a gift
 * is praised or asked for ("who has everything", "unique", "last minute").
 */
const AROUND_A_GIFT = new Set([
  ...`someone somebody anyone everyone friend friends teacher teachers coworker coworkers colleague boss
    host hostess neighbor neighbour family couple couples them grandparents parents in laws
    retirement graduation grad promotion farewell shower thank thanks secret santa white elephant exchange
    new year old
    who has have everything nothing likes like loves love unique cool fun special perfect good great nice
    last minute ideas idea something anything personalized help me find need want looking funny cheap small
    inexpensive budget affordable thoughtful practical useful office party
    what should could shall do i get buy
    nurse nurses doctor doctors well soon moving away going end is always
    law you first babysitter babysitters nanny sitter
    keen avid passionate dedicated obsessed huge massive serious`.split(/\s+/),
  ...FUNCTION_WORDS,
]);

/** Words that make a gift a small one, as a stocking stuffer is. */
const CHEAP_GIFT = new Set(["cheap", "inexpensive", "small", "budget", "affordable"]);

/**
 * Family a gift is for that `whoFor` does not know, as it names a maker too ("brother
 * printer" is no man's): only here, where a gift is asked for.
 */
const KIN: Record<string, string> = {
  bridesmaid: "women",
  bridesmaids: "women",
  groomsman: "men",
  groomsmen: "men",
  brother: "men",
  brothers: "men",
  uncle: "men",
  // (As shoppers say it: "secret santa for a guy" had shown Secret deodorant.)
  guy: "men",
  guys: "men",
  dude: "men",
  gal: "women",
  lady: "women",
  ladies: "women",
  grandson: "kids",
  nephew: "kids",
  sister: "women",
  sisters: "women",
  aunt: "women",
  granddaughter: "kids",
  niece: "kids",
  // Anyone grown: the guide for anyone ("stocking stuffers for adults" found adult life jackets).
  adult: "",
  adults: "",
  grownup: "",
  grownups: "",
  everyone: "",
  anyone: "",
  coworker: "",
  coworkers: "",
  colleague: "",
  colleagues: "",
  friend: "",
  friends: "",
  neighbor: "",
  neighbors: "",
  teacher: "",
  teachers: "",
  boss: "",
};

const TEEN = new Set("teen teens teenage teenager teenagers".split(" "));
/** Words that, with a teenager's, say which teenagers' guide ("gift for teenage boy"). */
const TEEN_BOYS = new Set("boy boys son sons nephew grandson".split(" "));
const TEEN_GIRLS = new Set("girl girls daughter daughters niece granddaughter".split(" "));
const BABY = new Set("baby babies newborn newborns infant infants".split(" "));

/** Leaf paths of things people give, by recipient's group ("" for anyone). */
export const GIFT_GUIDE: Readonly<Record<string, readonly string[]>> = {
  "": [
    "electronics.audio.headphones",
    "electronics.audio.earbuds",
    "electronics.audio.speakers",
    "electronics.audio.turntables",
    "electronics.wearables.smartwatches",
    "electronics.wearables.fitness_trackers",
    "electronics.tablets.e_readers",
    "electronics.cameras.instant_cameras",
    "home.decor.candles",
    "home.decor.diffusers",
    "home.decor.picture_frames",
    "home.bedding.blankets",
    "kitchen.dining.mugs",
    "kitchen.storage.water_bottles",
    "kitchen.barware.cocktail_shakers",
    "kitchen.barware.whiskey_glasses",
    "books.fiction.novels",
    "books.nonfiction.cookbooks",
    "toys.games.board_games",
    "toys.games.puzzles",
    "health.personal_care.massagers",
    "grocery.snacks.chocolate",
    "fashion.accessories.wallets",
    "fashion.accessories.watches",
  ],
  women: [
    "beauty.fragrance.perfume",
    "fashion.accessories.jewelry",
    "fashion.accessories.scarves",
    "fashion.accessories.watches",
    "fashion.women.handbags",
    "fashion.basics.robes",
    "fashion.basics.slippers",
    "fashion.basics.pajamas",
    "home.decor.candles",
    "home.decor.diffusers",
    "home.decor.picture_frames",
    "home.bedding.blankets",
    "home.storage.jewelry_boxes",
    "kitchen.dining.mugs",
    "electronics.tablets.e_readers",
    "electronics.cameras.instant_cameras",
    "health.personal_care.massagers",
    "grocery.snacks.chocolate",
    "books.fiction.novels",
  ],
  men: [
    "beauty.fragrance.cologne",
    "beauty.grooming.trimmers",
    "fashion.accessories.watches",
    "fashion.accessories.wallets",
    "fashion.accessories.belts",
    "fashion.basics.slippers",
    "kitchen.barware.whiskey_glasses",
    "kitchen.barware.decanters",
    "garden.outdoor_living.grills",
    "tools.power_tools.tool_sets",
    "electronics.audio.headphones",
    "electronics.audio.earbuds",
    "electronics.audio.speakers",
    "electronics.wearables.smartwatches",
    "sports.outdoor.coolers",
    "books.nonfiction.biographies",
    "books.nonfiction.history",
  ],
  kids: [
    "toys.building.building_sets",
    "toys.building.model_kits",
    "toys.games.board_games",
    "toys.games.puzzles",
    "toys.kids.dolls",
    "toys.kids.dollhouses",
    "toys.kids.plush",
    "toys.kids.rc_cars",
    "toys.kids.action_figures",
    "toys.kids.blasters",
    "toys.outdoor_play.kites",
    "toys.science.science_kits",
    "toys.science.microscopes",
    "electronics.tablets.kids_tablets",
    "electronics.audio.kids_headphones",
    "electronics.wearables.kids_smartwatches",
    "books.children.picture_books",
    "books.children.activity_books",
    "sports.skate.kids_scooters",
  ],
  baby: [
    "baby.gear.baby_carriers",
    "baby.gear.play_mats",
    "baby.gear.baby_swings",
    "baby.gear.diaper_bags",
    "baby.care.baby_monitors",
    "fashion.kids.baby_clothing",
    "toys.kids.baby_toys",
    "books.children.picture_books",
  ],
  dog: ["pets.dogs.dog_toys", "pets.dogs.dog_beds", "pets.dogs.dog_treats"],
  cat: ["pets.cats.cat_toys", "pets.cats.cat_trees"],
  // A teenager's: what they play, listen to and wear; by gender when the query says.
  teen: [
    "electronics.audio.earbuds",
    "electronics.audio.headphones",
    "electronics.audio.speakers",
    "electronics.cameras.instant_cameras",
    "toys.video_games.games",
    "toys.games.card_games",
    "sports.skate.skateboards",
    "fashion.basics.hoodies",
    "fashion.accessories.backpacks",
  ],
  // (A new mother's or father's gifts are the baby's days and nights: "gift for new mom" had
  // shown the guide for any woman.)
  "new parents": [
    "baby.care.baby_monitors",
    "home.appliances.sound_machines",
    "baby.gear.baby_carriers",
    "baby.gear.diaper_bags",
    "kitchen.appliances.coffee_makers",
    "home.bedding.blankets",
  ],
  "teen boys": [
    "electronics.audio.gaming_headsets",
    "toys.video_games.games",
    "toys.video_games.controllers",
    "electronics.audio.earbuds",
    "electronics.audio.speakers",
    "sports.skate.skateboards",
    "fashion.basics.hoodies",
    "fashion.accessories.backpacks",
  ],
  "teen girls": [
    "electronics.cameras.instant_cameras",
    "electronics.audio.earbuds",
    "beauty.skincare.lip_balm",
    "beauty.makeup.nail_polish",
    "beauty.haircare.hair_accessories",
    "fashion.accessories.jewelry",
    "sports.skate.roller_skates",
    "fashion.basics.hoodies",
  ],
  pet: [
    "pets.dogs.dog_toys",
    "pets.dogs.dog_beds",
    "pets.dogs.dog_treats",
    "pets.cats.cat_toys",
    "pets.cats.cat_trees",
  ],
};

/** Little things for anyone's stocking. */
const STOCKING = [
  "fashion.basics.socks",
  "beauty.skincare.lip_balm",
  "toys.games.card_games",
  "grocery.snacks.chocolate",
  "toys.games.puzzles",
  "kitchen.dining.mugs",
] as const;

/**
 * What a gift for a hobbyist is, where the hobby's own word finds more than its gifts
 * (`giftHobbies`' hobby → kinds): a runner's are no shoes of a size to guess, an angler's no
 * fishing line first.
 */
export const HOBBY_GIFTS: Readonly<Record<string, readonly string[]>> = {
  running: [
    "electronics.wearables.fitness_trackers",
    "electronics.audio.earbuds",
    "sports.fitness.foam_rollers",
  ],
  fishing: ["sports.fishing.fishing_rods", "sports.fishing.fishing_reels", "sports.fishing.tackle_boxes"],
};

/** What a query asking for a gift asks: for whom, and the guide's kinds for them. */
export interface GiftAsk {
  /** The recipient's group ("women", "kids", "baby", "dog"), or "" for anyone. */
  for: string;
  /** The leaf paths to browse. */
  paths: readonly string[];
  /** What the answer searched, as a query that asks the same: "gifts for men". */
  label: string;
  /** The price a small gift stays under when the query sets none ("stocking stuffers"). */
  under?: number;
}

/** Stocking stuffers are small gifts: the guide under this price, unless the query sets one. */
export const STOCKING_STUFFER_MAX = 25;

const LABELS: Record<string, string> = {
  "": "gifts",
  women: "gifts for women",
  men: "gifts for men",
  kids: "gifts for kids",
  baby: "gifts for babies",
  dog: "gifts for dogs",
  cat: "gifts for cats",
  pet: "gifts for pets",
  teen: "gifts for teens",
  "teen boys": "gifts for teen boys",
  "teen girls": "gifts for teen girls",
  "new parents": "gifts for new parents",
};

/** The words of a query for a gift that can name a thing, when talk around the gift came with them. */
export function giftTopic(query: string): string | undefined {
  query = asStuffers(query);
  const all = terms(fold(query));
  if (!asksForAGift(all)) return undefined;
  const words = terms(fold(parseQuery(query).text));
  // (Nor a possessive's "s": "mother's day gift for a mom who loves gardening" had asked for "s
  // gardening", Garden of Life's vitamins.)
  // (A pastime said as what someone does is the pastime: "gift for a coworker who fishes"
  // had shown fish oil.)
  const does = new Map(
    all.flatMap((w, i) => i > 0 && all[i - 1] === "who" && !FOND.has(w) ? [[w, doneAsPastime(w)]] : [])
      .filter((e): e is [string, string] => e[1] !== undefined),
  );
  // (Nor an age's number: "a 40 year old man who likes gadgets".)
  const topic = words.filter((w) =>
    !GIFT.has(w) && !AROUND_A_GIFT.has(w) && !forSomeone(w) && w !== "s" && !/^\p{N}+$/u.test(w)
  )
    .map((w) => does.get(w) ?? w);
  const talk = words.some((w) => AROUND_A_GIFT.has(w) && !FUNCTION_WORDS.has(w));
  return talk && topic.length > 0 && topic.length < words.length ? topic.join(" ") : undefined;
}

/** The pastime a verb says someone does ("fishes" → fishing, "golfs" → golf, "bakes" → baking), or `undefined`. */
function doneAsPastime(verb: string): string | undefined {
  if (!verb.endsWith("s")) return undefined;
  return pastimeOf(verb.slice(0, -2)) ?? pastimeOf(verb.slice(0, -1));
}

/**
 * Hobbyists whose hobby is not their word less its "-er", or not what the shop calls its
 * things: a reader's are books (not reading glasses), a photographer's cameras.
 */
const HOBBYISTS: Record<string, string> = {
  cyclist: "cycling",
  cyclists: "cycling",
  biker: "cycling",
  reader: "books",
  bookworm: "books",
  photographer: "camera",
  musician: "musical instrument",
  chef: "cookware",
  cook: "cookware",
  traveler: "travel",
  traveller: "travel",
  artist: "art paint",
  fisherman: "fishing",
  fishermen: "fishing",
  angler: "fishing",
  gardener: "gardening",
  camper: "camping",
  handyman: "tool set",
  diyer: "tool set",
};

/** Words for someone fond of a thing: the word before says what ("coffee lover", "dog owner"). */
const FANS = new Set(
  `lover lovers owner owners fan fans enthusiast enthusiasts addict addicts drinker drinkers buff buffs snob snobs
    nerd nerds geek geeks junkie junkies lady ladies mom moms dad dads`.split(/\s+/),
);

/**
 * What someone fond of a thing is fond of, for a query of the thing and a word for its
 * fans and nothing else ("cat owners", "book lovers", "history buffs"): the thing, or
 * `undefined`. Searched when the words found nothing, gift or not.
 */
export function fondOf(query: string): string | undefined {
  const words = terms(fold(parseQuery(query).text));
  return words.length >= 2 && FANS.has(words.at(-1)!) ? words.slice(0, -1).join(" ") : undefined;
}

/**
 * What a gift for a hobbyist may be about, best first, to search in turn: "gift for
 * golfer" → golfing, golf; "gift for hiker" → hiking; "gift for gamer" → gaming; "gift
 * for coffee lover" → coffee; "gift for dog owner" → dog. (They found nothing: no title
 * names the hobbyist.) Empty for any other query.
 */
export function giftHobbies(query: string): string[] {
  query = asStuffers(query);
  const all = terms(fold(query));
  if (!asksForAGift(all)) return [];
  // (Who it is for says no hobby: "gift for a teenage gamer", "my brother who likes fishing".
  // An animal may: "cat lovers".)
  const words = terms(fold(parseQuery(query).text)).filter((w) =>
    !GIFT.has(w) && !AROUND_A_GIFT.has(w) && !(forSomeone(w) && !PETS.has(whoFor(w) ?? ""))
  );
  const fan = words.findIndex((w) => FANS.has(w));
  if (fan > 0 && words.length === fan + 1) return [words.slice(0, fan).join(" ")];
  const one = words.length === 1 ? words[0].replace(/(er|ian|ist|or)s$/, "$1") : ""; // ("runners")
  if (HOBBYISTS[one]) return [HOBBYISTS[one]];
  if (!/^[a-z]{3,}er$/.test(one) || whoFor(one) !== undefined) return [];
  const root = one.slice(0, -2); // golf(er), hik(er), runn(er)
  return [...new Set([`${root}ing`, root, one.slice(0, -1)])];
}

/**
 * The gift a query asks for when it names a gift (`GIFT_WORDS`) and otherwise only who it
 * is for, the occasion and a price (`undefined` when any word could name a product: "gift
 * card", "gardening gift").
 */
export function giftAsked(query: string): GiftAsk | undefined {
  query = asStuffers(query);
  // Price phrases go first ("under 20"); then every word must be a gift's, an occasion's
  // or a recipient's.
  const all = terms(fold(query));
  if (!asksForAGift(all)) return undefined;
  const { text } = parseQuery(query);
  let group: string | undefined;
  const words = terms(fold(text));
  // A teenager's gifts are neither a child's nor a grown-up's: their own guide, by gender
  // when the query says ("gift for teenage boy" had shown the guide for anyone).
  // (A sweet sixteen is a teenage girl's: "sweet 16 gift" had found nothing.)
  const sixteen = words.includes("sweet") && (words.includes("16") || words.includes("sixteen"));
  const teen = sixteen
    ? "teen girls"
    : words.some((w) => TEEN.has(w))
    ? words.some((w) => TEEN_BOYS.has(w))
      ? "teen boys"
      : words.some((w) => TEEN_GIRLS.has(w))
      ? "teen girls"
      : "teen"
    : undefined;
  for (const w of words) {
    if (GIFT.has(w) || AROUND_A_GIFT.has(w) || w === "s") continue; // ("mother's": "mother", "s")
    if (teen && (TEEN.has(w) || TEEN_BOYS.has(w) || TEEN_GIRLS.has(w))) continue;
    if (sixteen && (w === "sweet" || w === "16" || w === "sixteen")) continue;
    // A baby's gifts are the baby's own.
    const whom = BABY.has(w) ? "baby" : KIN[w] ?? whoFor(w);
    if (whom === undefined) return undefined;
    if (whom === "") group = "";
    else group ??= whom;
  }
  group = teen ?? group;
  const parents = words.includes("new") && words.some((w) => NEW_PARENT.has(w));
  if (parents) group = "new parents";
  // (An occasion names its recipient too: "mothers day gift" is for women. An animal
  // without a guide of its own is no gift's: "gift for fish" is searched as typed.)
  const guide = GIFT_GUIDE[group ?? ""];
  if (!guide) return undefined;
  // (A stocking's gifts for anyone are the little things that fit in one: "stocking fillers"
  // had shown insulated bottles and candle holders first.)
  const stocking = (group ?? "") === "" && all.includes("stocking");
  const paths = stocking ? STOCKING : guide;
  // (A stocking stuffer is a small gift: "stocking stuffers" had shown instant cameras.)
  // (So is a cheap one: "cheap gifts for coworkers" had shown instant cameras first.)
  const small = terms(fold(query)).some((w) => w.startsWith("stuffer") || CHEAP_GIFT.has(w));
  const label = LABELS[group ?? ""];
  return small
    ? {
      for: group ?? "",
      paths,
      label: `${label} under $${STOCKING_STUFFER_MAX}`,
      under: STOCKING_STUFFER_MAX,
    }
    : { for: group ?? "", paths, label };
}

/**
 * The gift guide for a query of an occasion and nothing that names a thing ("valentines",
 * "valentines day ideas", "happy birthday"): asked when the shop has nothing named for the
 * occasion ("christmas" finds Christmas lights first). `undefined` for any other query.
 */
export function occasionGift(query: string): GiftAsk | undefined {
  query = asStuffers(query);
  const words = terms(fold(query));
  const occasion = words.some((w) => OCCASIONS.has(w));
  const only = words.every((w) => GIFT.has(w) || AROUND_A_GIFT.has(w) || w === "happy" || w === "s");
  return occasion && only ? { for: "", paths: GIFT_GUIDE[""], label: LABELS[""] } : undefined;
}
