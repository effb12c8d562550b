/**
 * When no product matches every word of a query, search again with fewer words instead
 * of answering nothing: "sony blender" shows blenders, "gaming chair" chairs, "android
 * phone" phones. The anchors: Typesense's `drop_tokens_threshold` (on by default) and
 * Algolia's `removeWordsIfNoResults`.
 *
 * Which words go: the thing asked for is the head noun, which in English comes last
 * ("stainless steel knife set"), or last before a "for"/"with" clause ("phone holder
 * for car"), leaving out words with digits (models and sizes: "iphone 15"), variant words
 * ("pro" in "ipad pro"), function words ("on" in "carry on") and who it is for
 * ("hiking boots womens"; an animal too: "cat bed" is no bed for a person). It is never
 * dropped: a query whose product is not in the catalog ("red dress" without dresses)
 * still finds nothing, rather than every red product.
 *
 * A set of a thing is the thing: "dumbbell set" is searched as "dumbbell" before any
 * other word goes, when some product is called by the word before the set alone (or by
 * the two before it: "wine glasses set").
 * First, who the thing is for goes on its own ("womens yoga mat" as "yoga mat"), unless
 * that answers with things for someone else (men's running shoes for "womens running
 * shoes"). Then the other words go one at a time (never down to a word like "set" or
 * "box" alone, which could be anything), except those that name a kind of product
 * themselves, by their name or a synonym's ("knife" in "knife set", "laptop" in "laptop
 * stand", "screen", a monitor, in "screen protector"): a word the shop never uses first
 * (no answer could keep it: "amazon paperwhite e-reader" keeps "amazon"), then
 * those after the head (right to left, the clause), then those before it (left to right,
 * the outermost modifier first), and who the thing is for last, each step a new search,
 * until one finds something. Only then do words naming a kind go, one at a time, while another
 * word stays with the head to say which kind ("car seat covers" as "seat covers"; never
 * "laptop stand" as "stand", nor anything from a container's words); last of all the
 * thing alone, when some product is called by it alone and the answer's department sells
 * the words left out ("soundbar for tv" as "soundbar", "laptop charger" as "charger"; not
 * "laptop cooler" as ice chests). The word before a
 * head that every product names in a compound, with which the catalog names a kind, stays
 * ("water" of "kids water bottle": "kids bottle" found baby bottles). The answer says
 * what it searched (`corrected_query`) and which words it left out (`dropped_words`).
 * It is the last resort: a did-you-mean rewrite that finds products comes first.
 *
 * Both backends call `searchRelaxed` around their own search: one behaviour, one place.
 *
 * @example
 * ```ts
 * import { relaxations } from "./relax.ts";
 * console.log(relaxations("stainless steel knife block").map((r) => r.text));
 * // ["steel knife block", "knife block", "block"]
 * const nouns = new Set(["knife", "block"]);
 * console.log(relaxations("stainless steel knife block", (w) => nouns.has(w)).map((r) => r.text));
 * // ["steel knife block", "knife block"]
 * console.log(relaxations("screwdriver set").map((r) => r.text)); // [] ("set" alone is anything)
 * console.log(relaxations("phone holder for car under $20").map((r) => r.text));
 * // ["phone holder", "holder"]
 * ```
 *
 * @module
 */
import { isUnder, type SearchQuery, type SearchResult } from "../domain/search.ts";
import { analyze, fold, leafName, stem, terms } from "./text.ts";
import { isKindHead, leafAt, LEAVES } from "./taxonomy.ts";
import { GIFT, GIFT_ITSELF, parseQuery, priceBounds, sizeBeforeNumber } from "./vocabulary.ts";
import { expand, expandParts, replacedPhrases, synonymWords } from "./synonyms.ts";
import { isEnglishWord } from "./english.ts";
import { ACTIVITIES, pastimeOf } from "./activities.ts";
import { AUDIENCE, audiencePaths, categoryAudience, PETS, serves, whoFor } from "./audience.ts";
import { isMakerName, isMakersWord } from "./makers.ts";
import { asksCheap, asksPricey } from "./budget.ts";
import { NEEDS } from "./needs.ts";
import { ROLE_GIFTS } from "./gifts.ts";
import { attributeAt, attributePositions, isAttribute, isColour } from "./attributes.ts";
import {
  accessoryPaths,
  groupAlias,
  levelAlias,
  namedCategories,
  namedLevels,
  namesDepartment,
  PLACES,
} from "./browse.ts";

/** Diets a thing must keep to, never left out to find something ("vegan protein powder"). */
const DIETS = new Set(["vegan", "vegetarian", "keto", "paleo", "kosher", "halal"]);
/** Words that start a clause after the head noun ("… for car", "… with handle"). */
const CLAUSE = new Set(["for", "with", "without"]);
/**
 * Whether "of" after `before` starts a clause saying what the thing shows or holds ("puzzle
 * of world map"), not the thing itself after a quantity ("box of chocolates", "set of 3").
 */
function ofAThing(word: string, before: string | undefined): boolean {
  return word === "of" && before !== undefined && !/\p{N}/u.test(before) && !QUANTITIES.has(stem(before));
}
/** Whether `words[i]` is inside a maker's name of several words ("of" of "garden of life protein"). */
function inMakersName(words: readonly string[], i: number): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++) {
    for (let k = i + 1; k <= Math.min(words.length - 1, i + 3); k++) {
      if (isMakerName(words.slice(j, k + 1).join(" "))) return true;
    }
  }
  return false;
}
/** Words for an amount of a thing, which "of" follows: "bag of chips", "bottle of wine". */
const QUANTITIES = new Set(
  "set kit pack bundle collection pair box piece bag bottle jar can case roll cup bunch dozen bucket tub carton lot sack"
    .split(" "),
);
/** Words after the thing that say where it goes ("ski goggles over glasses", "shelf over toilet"). */
const OVER = new Set(["over"]);
/** Whether `words[i]` starts a clause of where the thing goes: not "over ear", "over the knee", … */
function over(words: readonly string[], i: number): boolean {
  return OVER.has(words[i]) && !OVER_FEATURES.has(words[i + 1] === "the" ? words[i + 2] : words[i + 1]);
}
/** What a thing is over when that is a feature of it ("over-ear headphones", "over the knee boots"). */
const OVER_FEATURES = new Set(["ear", "ears", "knee", "range", "counter"]);
/** Words that start a clause saying what the thing before them does ("high chair that folds"). */
const RELATIVE = new Set(["that", "which"]);
/** Words a question opens with, before the thing it asks about ("which blender crushes ice best"). */
const QUESTION_OPENINGS = new Set(["which", "what", "whats"]);
/**
 * Verbs a question says of the thing after it, which start what the thing is to do: "which
 * blender crushes ice best for frozen drinks" asks for a blender (it found nothing, "drinks"
 * taken for the thing).
 */
const ASKED_VERBS = new Set(
  ("crushes fits works handles stays lasts holds makes cleans keeps gets takes goes runs helps kills " +
    "removes blocks cuts charges plays does has needs uses")
    .split(" "),
);
/**
 * English function words (prepositions, articles, conjunctions, pronouns): never the thing
 * asked for. "carry on" searched as "on" found every slip-on sneaker.
 */
const FUNCTION_WORDS = new Set([
  ...CLAUSE,
  ..."a an the and or of on in at by to from into onto off up out over under".split(" "),
  ..."i me my you your he him his she her it its we us our they them their".split(" "),
  ..."this that these those".split(" "),
]);
/**
 * Nouns that only hold or group the thing a query names ("knife set", "tool box", "battery
 * pack"), or that name it only with the words before them ("waffle maker" is no coffee
 * maker, "sewing machine" no espresso machine).
 */
const CONTAINERS = new Set("set kit pack bundle collection pair box piece maker machine".split(" "));
/** Words for whatever is sold for something (stems): "gear" of "camping gear". */
const WHATEVER_HEAD = new Set(
  "gear supply equipment essential accessory supplement stuff tool starter".split(" "),
);
/** An adjective that says how good a thing is, not what it is ("comfortable", "reliable"). */
const QUALITY = /^[a-z]{3,}[ai]ble$/;
/**
 * Praise the shop's titles do not use: how fine a thing is, not what it is ("luxury
 * bedding", "premium dog food", "fancy candles", "top headphones"), so it may go like a quality;
 * so may "rated" of "top rated", which only the highest rated products' copy says ("top rated
 * robot vacuum" found nothing: no robot vacuum's copy says it).
 */
const PRAISE = new Set(
  // (And how dear: "expensive chef knife" found nothing.)
  "luxury luxurious premium deluxe fancy nice great superior elegant classy top rated expensive pricey upscale"
    .split(" "),
);
/** The kind that does `word`'s work (an "-ing" word) named with `before` by the shop: "washing" after "pressure" → "washer". */
function doerOf(word: string, before: string, shop: ShopWords): string | undefined {
  const base = /^(\p{L}{2,})ing$/u.exec(word)?.[1];
  if (!base || !shop.namesKindWith) return undefined;
  const forms = [`${base}er`, `${base.replace(/(\p{L})\1$/u, "$1")}er`, `${base}r`];
  return forms.find((f) => shop.namesKindWith!(before, f));
}

/**
 * A bed's sizes, which say most exactly which sheet or frame, as a rug's "8x10" does: "queen
 * fitted sheet" as "fitted sheet" had shown crib sheets, the shop's queen sheets being sheet
 * sets.
 */
const BED_SIZES = new Set(["queen", "king", "twin", "california"]);
/** Sizes said as words, which say which of a thing, never what it is. */
const SIZE_WORDS = new Set("large small medium big huge tiny little extra".split(" "));
/** Whether `word` is a size said as a word ("small"), which says which of a thing, never what it is. */
export function isSizeWord(word: string): boolean {
  return SIZE_WORDS.has(word);
}
/**
 * Plain words for how a thing is built or feels, which say which of it and name no kind the
 * shop lacks, known to the titles or not: "tall sturdy cat tree for large cats" found nothing.
 */
/**
 * How many, how dear or how new, which names no kind either: "bulk toilet paper", "value pack
 * batteries aa" found nothing, no title saying "bulk" or "value"; nor did "new laptop" or "brand
 * new kettle", as every product is new (and "new" is no New Balance's).
 */
const AMOUNT = new Set(
  "bulk value economy jumbo bumper wholesale multipack bargain discount discounted affordable new brand"
    .split(" "),
);
const DESCRIBING = new Set([
  ..."tall short sturdy strong heavy light thick thin soft firm quiet loud cheap durable tough solid slim"
    .split(" "),
  // (What it is like to live with: "comfy chair" found nothing, no chair's title saying so.)
  ..."comfy cozy cosy cute nice cool neat fun chic sleek posh fine pretty great awesome trendy classy"
    .split(" "),
  ...AMOUNT,
]);
/** Words between "with" and whom: "with a dog", "with my kids". */
const WHOSE = new Set("a an the my our your his her their two 2 small young little".split(" "));
/** Words for any machine or device, which name no kind after one: "juicer machine". */
const GENERIC_THINGS = new Set(
  "machine machines device devices appliance appliances gadget gadgets".split(" "),
);
/** Words for learning a thing, which ask for the thing: "learning guitar". */
const LEARNING = new Set("learning learn practicing practice".split(" "));
/** Words that say a look before them is one, not what the thing is: "industrial style", "boho inspired". */
const STYLE_WORDS = new Set("style styled inspired themed".split(" "));
/** The containers that group several of the thing: a set of dumbbells is dumbbells. */
const GROUPS = new Set("set kit pack bundle collection combo".split(" "));
/**
 * Words before a group that say how complete it is, not what it holds: "fish tank starter
 * kit" is a fish tank ("starter" is also a jump starter's word).
 */
const GROUP_SIZES = new Set(
  "starter beginner beginners complete full whole basic essential essentials combo".split(" "),
);
/** Words naming a variant of a product line, like a model number ("ipad pro", "macbook air", "watch series 9"). */
const VARIANT_WORDS = new Set("pro max mini plus ultra air lite se xl series gen generation".split(" "));
/** Units of a size or amount: after a number they belong to it ("monitor 27 inch", "tent 4 person"). */
const UNITS = new Set(
  ("inch inches in ft feet foot cm mm m tb gb mb oz lb lbs kg g l ml qt quart quarts gallon gal cup cups " +
    "piece pieces person people pack count ct w watt watts v volt hz mp mah speed bay port slice burner wick blade " +
    "compartment compartments tier tiers drawer drawers outlet outlets shelf shelves door doors " +
    "liter liters litre litres")
    .split(" "),
);
/** Words that join two things said together ("outdoor furniture and decor"). */
const JOINING = new Set(["and", "or", "&", "plus", "n"]);
/** Numbers written as words, no thing ("one" of "ryobi one plus" had shown ONE's protein bars). */
const NUMBER_NAMES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
/** Words of a compatibility phrase ("works with alexa", "compatible with iphone"): never the thing. */
const COMPATIBLE = new Set(["works", "compatible"]);
/**
 * A measure asked of a thing, which says which of it ("what wattage microwave do i need" and
 * "microwave wattage" had found nothing, "wattage" read as another kind's word or the thing).
 */
const MEASURES = new Set(
  "wattage voltage amperage capacity dimensions dimension height width length thickness".split(" "),
);
/** How a thing does, said after it: "which protein powder tastes best with water" was read as a "tastes". */
const PERFORMS = new Set("tastes smells feels fits lasts mixes blends performs".split(" "));
const NOT_THE_THING = new Set([
  ...FUNCTION_WORDS,
  ...VARIANT_WORDS,
  ...COMPATIBLE,
  ...NUMBER_NAMES,
  ...MEASURES,
  ...PERFORMS,
]);
/**
 * Colours, units of weight, sides and connections, which after the thing say which of it,
 * never what it is: "mens leather wallet brown" showed brown leather jackets (by "brown"
 * alone), "digital kitchen scale grams" and "dash cam front and rear" nothing, "power bank
 * 20000mah fast charging usb c" was relaxed to "bank usb c".
 */
const TRAILING_FEATURES = new Set(
  ("black white gray grey beige navy ivory blue red green pink purple orange teal brown tan burgundy silver " +
    "graphite blush sage slate yellow maroon gold chrome nickel matte clear multicolor gram grams ounce ounces " +
    "front rear left right usb lightning bluetooth wireless wifi")
    .split(" "),
);
/**
 * Words that say where, when or how a thing is used, said after it at the end of a query:
 * "hanging planters indoor", "wireless security camera outdoor solar", "womens hiking boots
 * waterproof wide fit" ask for planters, cameras and boots. (Only at the end: "outdoor
 * cushions" are cushions.)
 */
const AFTERWORDS = new Set(
  // (And a flavour's or a scent's word: "protein bars chocolate flavour", "candle vanilla scent".)
  "indoor outdoor solar summer winter waterproof wide narrow fit cordless corded flavour flavor flavoured flavored scent scented"
    .split(" "),
);
/**
 * Flavours, which name a kind of their own too ("Chocolate", "Mint"): after a kind that
 * comes in them they say which of it ("protein powder chocolate").
 */
const FLAVOURS = new Set(
  ("chocolate vanilla strawberry caramel mint cinnamon coconut mocha unflavored unflavoured berry banana " +
    "mango lemon lime cherry raspberry blueberry")
    .split(" "),
);
/** Whether `words[i]` is the unit of the number before it ("cup" of "3 cup", "foot" of "50-foot"). */
function isSizeUnit(words: readonly string[], i: number): boolean {
  return i > 0 && UNITS.has(words[i]) && /\p{N}/u.test(words[i - 1]);
}
/**
 * Words that make a feature of the word before them: "dishwasher safe", "bpa free", "pet
 * friendly", "water resistant". Neither word is the thing: "ceramic cookware set
 * dishwasher safe" asks for cookware, "microwave safe bowls" for bowls.
 */
const FEATURE_SUFFIXES = new Set("safe free proof resistant friendly changing".split(" "));
/**
 * Words that say only that a thing is powered, the word before saying how: they go first
 * ("solar powered lights" as "powered lights" had shown USB-powered ring lights; "battery
 * powered leaf blower" is a battery leaf blower).
 */
const POWERED = new Set(["powered", "operated"]);
/**
 * Whether `words[i]` says that a thing switches itself off, after it: "electric kettle auto
 * shut off" (read as a "shut" had found nothing), "iron automatic shutoff".
 */
function switchesOff(words: readonly string[], i: number): boolean {
  const w = words[i];
  return (words[i + 1] === "off" && /^(?:shut|switch|turn|auto)$/.test(w)) || w === "shutoff" ||
    (/^auto(?:matic)?$/.test(w) && /^(?:shut|switch|turn|off|shutoff)$/.test(words[i + 1] ?? ""));
}
/** Whether `words[i]` makes a feature with the word before it (`FEATURE_SUFFIXES`). */
function featureSuffix(words: readonly string[], i: number): boolean {
  return i > 0 && i < words.length && FEATURE_SUFFIXES.has(words[i]) && canBeTheThing(words[i - 1]);
}
/** The positions of the look of two or more words `words[i]` is in ("stainless steel"), or `undefined`. */
function lookAround(words: readonly string[], i: number): number[] | undefined {
  for (let at = Math.max(0, i - 2); at <= i; at++) {
    const n = attributeAt(words, at);
    if (n >= 2 && at + n > i) return Array.from({ length: n }, (_, k) => at + k);
  }
  return undefined;
}
/** Whether `words[i]` is a word of a look said in two or more ("print" of "tropical print"). */
function inLook(words: readonly string[], i: number): boolean {
  return lookAround(words, i) !== undefined;
}
/** Parts of a body: a thing for them is for whoever's they are ("shampoo for baby hair"). */
const BODY = new Set("hair skin teeth tooth feet foot face hand nail lip eye scalp body".split(" "));
/** Words that count the thing after them: after another thing, a feature of it ("dual monitor"). */
const COUNTED = new Set("dual double triple twin multi".split(" "));
/** Prefixes typed as a word of their own ("non stick", "anti slip"). */
const PREFIXES = new Set("non anti multi semi pre ultra".split(" "));
/** Clothing sizes said after "size" ("size m", "size large"). */
const SIZE_NAMES = new Set("xxs xs s m l xl xxl xxxl 2xl 3xl small medium large xlarge".split(" "));
/** Function words that make a phrase with the word before them ("pull up", "carry on", "plug in"). */
const PHRASE_WORDS = new Set([...FUNCTION_WORDS].filter((w) => !CLAUSE.has(w)));

/**
 * Whether a folded query word can name the thing asked for: not a model number or size, a
 * variant word ("pro"), a function word ("on") or who it is for ("hiking boots womens").
 */
function canBeTheThing(word: string): boolean {
  return !/\p{N}/u.test(word) && !NOT_THE_THING.has(word) && !AUDIENCE.has(stem(word));
}

/** A query's words and the thing it asks for. */
export interface TheThing {
  /** The words that name products: price phrases and filler left out. */
  kept: string[];
  /** Where each kept word is among all the query's folded words (`terms(fold(query))`). */
  at: number[];
  /** Index in `kept` of the head noun, the thing asked for; -1 when no word can be it. */
  head: number;
}

/**
 * The head noun: the last kept word before the first clause word that follows one ("phone
 * holder for car"), or the last kept word; never a word with digits, a model or a size
 * ("iphone 15", "tent 4 person"), a variant word ("ipad pro", "macbook air") or a
 * function word ("carry on"): the head is the last word before it that can be the thing.
 */
export function theThing(query: string): TheThing {
  const words = terms(fold(query));
  const kept = terms(parseQuery(query).text);
  const at: number[] = [];
  let head = -1;
  for (let i = 0; i < words.length; i++) {
    if (
      head < 0 && at.length > 0 && !valueForMoney(words, i) &&
      (CLAUSE.has(words[i]) || RELATIVE.has(words[i]) || over(words, i) ||
        (QUESTION_OPENINGS.has(words[0]) && ASKED_VERBS.has(words[i])) ||
        (ofAThing(words[i], kept[at.length - 1]) && !inMakersName(words, i)))
    ) {
      head = at.length - 1;
    }
    // (A word the reading put in place of the query's own stands where they stood: "4 person"
    // of "tent for a family of four with a dog", whose dog is with them, not the tent's.)
    while (at.length < kept.length && words[i] !== kept[at.length] && !words.includes(kept[at.length], i)) {
      at.push(i);
    }
    if (words[i] === kept[at.length]) at.push(i);
  }
  if (head < 0) head = kept.length - 1;
  // (A size said as a size is none either: "full" of "full size", "m" of "leggings size m";
  // not "dresses" of "plus size dresses", nor "sneakers" of "sneakers size 8".)
  const sizeAfter = (k: number) => k < words.length && (/\p{N}/u.test(words[k]) || SIZE_NAMES.has(words[k]));
  const sized = (j: number) =>
    (words[at[j] + 1] === "size" && !sizeAfter(at[j] + 2)) ||
    (words[at[j] - 1] === "size" && SIZE_NAMES.has(kept[j])) ||
    // ("size" kept before its number: "boys sneakers size 2".)
    sizeBeforeNumber(kept, j) ||
    // (Nor an age said as a size: "boys winter coat waterproof age 8 navy" was read as an "age".)
    (/^age[ds]?$/.test(kept[j]) && /^\d/.test(words[at[j] + 1] ?? ""));
  // (A connection said in two words: "usb c", "type c".)
  const connection = (j: number) =>
    j > 1 && kept[j] === "c" && (kept[j - 1] === "usb" || kept[j - 1] === "type");
  while (
    head >= 0 &&
    (!canBeTheThing(kept[head]) || isSizeUnit(kept, head) || sized(head) || connection(head) ||
      (head > 0 && TRAILING_FEATURES.has(kept[head])) || (head > 1 && featureSuffix(kept, head)) ||
      (head > 0 && AFTERWORDS.has(kept[head])) || placeAt(kept, head) > 0 || pastimeAfter(kept, head) ||
      // (Nor a quality's "-able" after the thing, unless a kind's: "1080p projector portable
      // for outdoor movies" was read as a "portable"; a turntable is one.)
      (head > 0 && QUALITY.test(kept[head]) && !isKindHead(stem(kept[head]))) ||
      (head > 0 && switchesOff(kept, head)) ||
      // (Nor cream after a kind, its colour: "2 slice toaster cream" found nothing; a hand cream
      // is a cream, "hand" naming no kind.)
      (head > 0 && kept[head] === "cream" && isKindHead(stem(kept[head - 1]))) ||
      // (Nor how many, after the thing: "trash bags bulk", "paper towels value pack" found nothing.)
      (head > 0 && AMOUNT.has(kept[head])) || amountPack(kept, head))
  ) {
    head -= placeAt(kept, head) ||
      ((head > 1 && featureSuffix(kept, head)) || amountPack(kept, head) ? 2 : 1);
  }
  // (Nor a thing counted after another: "usb c docking station dual monitor" asks for a
  // docking station for two monitors.)
  if (head > 1 && COUNTED.has(kept[head - 1]) && canBeTheThing(kept[head - 2])) head -= 2;
  return { kept, at, head };
}

/** Whether `words[i]` is the "for" of "value for money", no clause: "value for money blender" is a blender. */
function valueForMoney(words: readonly string[], i: number): boolean {
  return words[i] === "for" && words[i - 1] === "value" && words[i + 1] === "money";
}

/** Whether `kept[head]` is the pack of an amount after the thing: "value pack", "bulk pack", "economy size". */
function amountPack(kept: readonly string[], head: number): boolean {
  return head > 1 && ["pack", "packs", "size"].includes(kept[head]) && AMOUNT.has(kept[head - 1]);
}

/**
 * Whether `kept[head]` is a pastime said by its "-ing" after things named in the plural:
 * what they are for ("gloves cycling" had shown bike lights, "cycling" taken for the thing).
 * (A word in the singular before it says which pastime: "car camping", "fly fishing", "trail
 * running".)
 */
function pastimeAfter(kept: readonly string[], head: number): boolean {
  const before = kept[head - 1] ?? "";
  return head > 0 && kept[head].endsWith("ing") && pastimeOf(kept[head]) !== undefined &&
    canBeTheThing(before) && stem(before) !== before && pastimeOf(`${before} ${kept[head]}`) === undefined;
}

/** Whether `words[at]` and the word after it name a place ("living room"). */
function placeOfTwo(words: readonly string[], at: number): boolean {
  return at >= 0 && at + 1 < words.length && Object.hasOwn(PLACES, `${words[at]} ${words[at + 1]}`);
}

/**
 * How many words, ending at `head`, name a place after something else ("living room" of
 * "washable rug 8x10 living room", which asks for a rug), or 0.
 */
function placeAt(kept: readonly string[], head: number): number {
  const n = head >= 2 && placeOfTwo(kept, head - 1)
    ? 2
    : head >= 1 && Object.hasOwn(PLACES, kept[head])
    ? 1
    : 0;
  // (Only after a word that can be the thing: "kids bedroom" is a place. Not after a clause's
  // word, "mice in the garage", nor another place: "pool and patio".)
  const before = kept[head - n];
  return n > 0 && kept.slice(0, head + 1 - n).some(canBeTheThing) && !FUNCTION_WORDS.has(before) &&
      !Object.hasOwn(PLACES, before)
    ? n
    : 0;
}

/**
 * "speaker for tv" written as the compound English also uses, "tv speaker": the words after
 * a single "for" moved before the thing. Only for a short thing (up to three words) and
 * target (one or two), with no number in either (a price or a model stays as typed, for
 * the relaxations); `undefined` otherwise.
 */
export function compoundOf(query: string): string | undefined {
  const words = terms(fold(query));
  const at = words.indexOf("for");
  if (at < 1 || words.lastIndexOf("for") !== at) return undefined;
  const thing = words.slice(0, at);
  const target = words.slice(at + 1);
  if (thing.length > 3 || target.length < 1 || target.length > 2) return undefined;
  if ([...thing, ...target].some((w) => /\p{N}/u.test(w) || CLAUSE.has(w))) return undefined;
  return [...target, ...thing].join(" ");
}

/**
 * Longest query relaxed, in words kept (each step is one more search: a query of 12 words
 * that nothing answers tries ~15). Six left "best wireless noise cancelling over ear
 * headphones for travel" with nothing.
 */
const MAX_WORDS = 12;

/** One fewer-words query to try, with the words it leaves out so far. */
export interface Relaxation {
  text: string;
  dropped: string[];
  /** The word every relaxation keeps: the thing asked for. */
  head: string;
  /** Who the query was for, when this relaxation leaves that out ("women" for "womens hiking boots"). */
  forWhom?: string;
  /** The words naming another kind that this relaxation leaves out to keep the thing alone ("tea" of "tea kettle"). */
  usedWith?: string[];
  /**
   * The words before the last alone, which must find things of one department: a maker's
   * name for a line's name the shop never uses ("lego" of "lego city"), or what "gear" or
   * "supplies" is for ("camping" of "camping gear").
   */
  maker?: boolean;
  /** One word left out of several, keeping the rest: it must find the thing itself (`ofTheKind`). */
  single?: boolean;
}

/** The runs of `kept`'s words that are a maker's whole name, as [first, last] positions. */
function makerSpans(kept: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (let j = 0; j < kept.length; j++) {
    for (let k = j; k < kept.length; k++) if (isMakerName(kept.slice(j, k + 1).join(" "))) out.push([j, k]);
  }
  return out;
}

/**
 * The positions of `kept`'s words that make up a maker's name ("black", "decker" of "black
 * decker drill"), but for a name that is one English word too ("slip" of "non slip shoes").
 */
function makerWords(kept: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const [j, k] of makerSpans(kept)) {
    if (j === k && isEnglishWord(kept[j])) continue;
    for (let i = j; i <= k; i++) out.add(i);
  }
  return out;
}

/** The queries to try in turn when nothing matches all the words of `query` (see the module doc). */
export function relaxations(
  query: string,
  isNoun: (word: string) => boolean = () => false,
  thing: TheThing = theThing(query),
  knows: (word: string) => boolean = () => true,
  namesKindWith: (word: string, head: string) => boolean = () => false,
  alone: (head: string) => boolean = () => false,
  namesKindWithHead: (word: string) => boolean = () => false,
  writtenJoined: (word: string, next: string) => boolean = () => false,
  oneAtATime = false,
): Relaxation[] {
  const { kept, head } = thing;
  if (kept.length < 2 || kept.length > MAX_WORDS) return [];
  // A query of only words that cannot be the thing is not relaxed ("iphone 15" searched
  // as "15" found espresso machines).
  if (head < 0) return [];
  // The word before the head with which the catalog names a kind is part of the thing:
  // "water" of "kids water bottle" ("kids bottle" found baby bottles).
  // (So is the first half of a word the catalog writes hyphenated with it: "k" of "K-Cup".)
  const partner =
    head > 0 && (namesKindWith(kept[head - 1], kept[head]) || writtenJoined(kept[head - 1], kept[head]))
      ? head - 1
      : -1;
  // A word that names a kind of product stays for now: dropping "knife" from "knife set"
  // or "laptop" from "laptop stand" would answer with spice sets and TV stands (it may go
  // last, below). Who it is for goes last ("womens running shoes": women's shoes before
  // men's running shoes).
  const modifiers = [
    ...kept.map((_, i) => i).filter((i) => i > head).reverse(),
    ...kept.map((_, i) => i).filter((i) => i < head && i !== partner),
  ];
  // A word the shop never uses goes first: no product could keep it, and the words that
  // follow it in the order stay ("kindle paperwhite" as Amazon e-readers, not any e-reader).
  // A size in two dimensions goes after the other words it knows: it says most exactly
  // which ("large area rug 8x10" as 8x10 area rugs, not any area rug). (A model's number
  // does not: "iphone 15" is an Apple phone of any number.)
  // A size right after the thing goes before the other words it knows after the thing:
  // titles seldom carry it ("laptop backpack 17 inch water resistant" as water-resistant
  // laptop backpacks, not any laptop backpack). (After a "with" clause's words: "insulated
  // water bottle 40 oz with straw" keeps the 40 oz.)
  // A maker's name goes after the other words it knows: the shopper chose it ("dewalt
  // impact driver" as DEWALT's drivers before any maker's). A word the catalog names a kind
  // with before the thing goes after the maker's: "vornado air conditioner" is an air
  // conditioner before it is Vornado's (hair conditioner is a conditioner too).
  const maker = makerWords(kept);
  const rank = (i: number) =>
    POWERED.has(kept[i])
      ? -1
      : whoFor(kept[i]) !== undefined
      ? 3
      : maker.size > 0 && i < head && namesKindWithHead(kept[i])
      ? 2.5
      : /^\d+x\d+$/.test(kept[i]) || BED_SIZES.has(kept[i]) || maker.has(i)
      ? 2
      : !knows(kept[i])
      ? 0
      : i > head && extra(i) && inClause(i)
      ? 0.25
      : i > head && (unit(i) || unit(i + 1)) && !inClause(i)
      ? 0.5
      : 1;
  // A noun in a "with" clause is an extra the thing comes with, not what it is for: it may
  // go like any other word ("tv with soundbar" as "tv"). One after "for" says what the
  // thing is for, as a noun before it does ("stand for monitor" is a monitor stand).
  const words = terms(fold(query));
  // (So is one right after the thing, past a size or a colour, with no clause between: a
  // feature, "head" of "stand mixer 5 quart tilt head".)
  const extra = (i: number) => {
    if (i <= head) return false;
    const between = words.slice(thing.at[head] + 1, thing.at[i]);
    return between.some((w) => w === "with" || w === "without") || !between.some((w) => CLAUSE.has(w));
  };
  // A size's unit is no kind of product: "cup" of "3-cup rice cooker" goes with its number.
  const unit = (i: number) => isSizeUnit(kept, i);
  /** Whether a clause word stands between the thing and `kept[i]`. */
  const inClause = (i: number) => words.slice(thing.at[head] + 1, thing.at[i]).some((w) => CLAUSE.has(w));
  // (A kind's word that makes a feature with the word after it is none: "microwave" of
  // "microwave safe bowls".)
  // (Nor a word of a maker's name: "bean" of "ll bean tote", which had found nothing.)
  const noun = (i: number) =>
    isNoun(kept[i]) && !featureSuffix(kept, i + 1) && !inLook(kept, i) && !maker.has(i);
  const order = modifiers.filter((i) => !noun(i) || extra(i) || unit(i)).sort((a, b) => rank(a) - rank(b));
  // An animal before a noun after the thing says whose that noun is, not whom the thing is
  // for: "vacuum for pet hair" is any vacuum (it found none for a pet). (A person's is
  // theirs: "shampoo for baby hair" is a baby's shampoo.)
  const possessor = (j: number) =>
    j > head && j + 1 < kept.length && PETS.has(whoFor(kept[j]) ?? "") && whoFor(kept[j + 1]) === undefined &&
    canBeTheThing(kept[j + 1]);
  const out: Relaxation[] = [];
  const add = (dropped: Set<number>) => {
    // (Nor is "powered" left without the word that said how: "solar powered lights".)
    for (const j of [...dropped]) if (POWERED.has(kept[j + 1] ?? "")) dropped = new Set([...dropped, j + 1]);
    // (Nor "over" after the thing, without its words: "storage over toilet" is no "storage over".)
    for (const j of kept.keys()) if (j > head && over(kept, j)) dropped = new Set([...dropped, j]);
    const left = kept.filter((_, j) => !dropped.has(j));
    // Words for whatever is sold, or for a group, with nothing to say what of, name nothing:
    // "kids art supplies" as "kids supplies" showed kids' sneakers, "musical instruments and
    // gear" as "gear" baby gear.
    if (!left.some((w) => canBeTheThing(w) && !WHATEVER_HEAD.has(stem(w)) && !CONTAINERS.has(stem(w)))) {
      return undefined;
    }
    const text = left.join(" ");
    const known = out.find((r) => r.text === text);
    if (known) {
      delete known.single; // (asked again in the usual order: its answer needs no more)
      return undefined;
    }
    // (Nor whoever the thing is with: "rug for living room with dogs" is no dog's rug, nor "a
    // rug that is easy to clean with a dog", which had found nothing.)
    const withWhom = (j: number) => {
      let k = thing.at[j] - 1;
      while (k > 0 && WHOSE.has(words[k])) k--;
      return k >= 0 && words[k] === "with";
    };
    const whom = [...dropped].filter((j) => !possessor(j) && !withWhom(j)).map((j) => whoFor(kept[j]))
      .find((g) => g);
    const r: Relaxation = {
      text,
      dropped: [...dropped].sort((a, b) => a - b).map((j) => kept[j]),
      head: kept[head],
      ...(whom ? { forWhom: whom } : {}),
    };
    out.push(r);
    return r;
  };
  // First, only who it is for: "womens hiking boots" as "hiking boots", when those are
  // nobody's in particular (`searchRelaxed` passes over an answer for someone else:
  // "womens running shoes" as "running shoes" would be men's).
  const audience = modifiers.filter((i) => AUDIENCE.has(stem(kept[i])));
  // (With a size typed after the thing, which no title carries: "mens waterproof hiking
  // boots size 10" as "waterproof hiking boots"; it had found nothing.)
  const sizes = modifiers.filter((i) =>
    i > head && /^\d+(?:\.\d+)?$/.test(kept[i]) && !isSizeUnit(kept, i + 1)
  ).flatMap((i) => kept[i - 1] === "size" ? [i - 1, i] : [i]);
  if (audience.length > 0 && audience.length + sizes.length < kept.length - 1) {
    add(new Set(audience));
    if (sizes.length > 0) add(new Set([...audience, ...sizes]));
    // (And, when it was said before the thing, with whatever was said after the thing, which
    // says least of what it is: "womens waterproof hiking boots wide width" as "waterproof
    // hiking boots"; the words that still find it go back after.)
    const after = modifiers.filter((i) => i > head);
    if (audience.every((i) => i < head) && after.length > sizes.length) add(new Set([...audience, ...after]));
  }
  // A clause after the thing that says what it is for goes whole early, the words before the
  // thing kept: "waterproof hiking boots for wide feet women lightweight" as waterproof hiking
  // boots (the words that still find it go back after).
  const clauseAfter = modifiers.filter((i) => i > head && inClause(i));
  if (clauseAfter.length >= 2 && head > 0) add(new Set(clauseAfter));
  // A function word before the head is part of a phrase with the word before it ("pull
  // up bar", "carry on bag"): the two go together ("up bar" found 15-bar espresso machines).
  // So do a size's number and its unit ("3 cup pressure cooker" as "cup pressure cooker"
  // found nothing, and "cup" is no modifier of a cooker).
  const mate = new Map<number, number>();
  for (const i of modifiers) {
    const phrase = i < head && PHRASE_WORDS.has(kept[i]) && !FUNCTION_WORDS.has(kept[i - 1]);
    if (i > 0 && (phrase || unit(i))) mate.set(i, i - 1).set(i - 1, i);
  }
  // So do "size" and its number: "womens size 8 boots" is no "womens 8 boots".
  for (const i of modifiers) {
    if (sizeBeforeNumber(kept, i) && !mate.has(i)) {
      mate.set(i, i + 1).set(i + 1, i);
    }
  }
  // So do a word the shop never uses and a number after it: a line's model ("ryzen 7
  // processor" as "7 processor" found 7-cup food processors).
  for (const i of modifiers) {
    const j = i + 1;
    if (j >= kept.length || mate.has(i) || mate.has(j) || !/^\p{N}+$/u.test(kept[j])) continue;
    if (!/\p{N}/u.test(kept[i]) && !knows(kept[i]) && !unit(j + 1)) mate.set(i, j).set(j, i);
  }
  // So do the two halves of a word the catalog writes hyphenated: "non slip" of "Non-Slip",
  // "heavy duty" ("non slip work shoes" is work shoes before non-slip water shoes).
  for (const i of modifiers) {
    const j = i + 1;
    if (j >= kept.length || j === head || mate.has(i) || mate.has(j)) continue;
    // (Not a kind's word: "battery powered leaf blower" may keep "battery".) (Nor one the
    // shop writes as one word: "non stick" of "Nonstick".)
    const asOne = PREFIXES.has(kept[i]) && knows(kept[i] + kept[j]);
    if (asOne || (!isNoun(kept[i]) && !isNoun(kept[j]) && writtenJoined(kept[i], kept[j]))) {
      mate.set(i, j).set(j, i);
    }
  }
  // So do a feature's two words: "microwave safe", "bpa free".
  for (let i = 0; i + 1 < kept.length; i++) {
    if (featureSuffix(kept, i + 1) && i + 1 !== head && !mate.has(i) && !mate.has(i + 1)) {
      mate.set(i, i + 1).set(i + 1, i);
    }
  }
  // So do a place's two words before the thing: "living room chair" is no "living chair".
  for (let i = 0; i + 1 < head; i++) {
    if (placeOfTwo(kept, i) && !mate.has(i) && !mate.has(i + 1)) mate.set(i, i + 1).set(i + 1, i);
  }
  // So do the words of an attribute said in two: "leopard print", "mid century".
  for (let i = 0; i < kept.length; i++) {
    if (i !== head && i + 1 !== head && attributeAt(kept, i) >= 2 && !mate.has(i) && !mate.has(i + 1)) {
      mate.set(i, i + 1).set(i + 1, i);
    }
  }
  // With `oneAtATime`, each plain word alone before two go, in that order: a word that
  // stays may be the one the shop names the thing with ("presta valve pump" as "presta
  // pump", before "pump", a breast pump too). (Not a maker's name, a size or who it is for,
  // which stay longer; nor a word of a phrase: "non slip work shoes" is work shoes before
  // non-slip water shoes.)
  const plain = (i: number) => rank(i) <= 1 && !mate.has(i) && !FUNCTION_WORDS.has(kept[i]);
  const singles = oneAtATime && !kept.some((w) => FUNCTION_WORDS.has(w)) ? order.filter(plain) : [];
  let singled = false;
  const steps = out.length; // (singles go in after the first step)
  const dropped = new Set<number>();
  for (const i of order) {
    if (dropped.has(i)) continue;
    dropped.add(i);
    const other = mate.get(i);
    if (other !== undefined) dropped.add(other);
    // Function words name nothing on their own: they go together ("lamp that is on").
    if (FUNCTION_WORDS.has(kept[i]) && other === undefined) {
      for (const j of order) if (FUNCTION_WORDS.has(kept[j]) && !mate.has(j)) dropped.add(j);
    }
    const left = kept.filter((_, j) => !dropped.has(j));
    // What a "set" or a "box" is lies in the words before it: alone, it is anything
    // ("screwdriver set" as "set" found LEGO sets, "tool box" food containers).
    if (left.every((w) => CONTAINERS.has(stem(w)) || !canBeTheThing(w))) break;
    if (!singled && out.length > steps) {
      singled = true;
      for (const j of singles) {
        const single = add(new Set([j]));
        if (single) single.single = true;
      }
    }
    add(dropped);
  }
  // Last, the words that name a kind of product themselves, one at a time from the query
  // as typed, while another word stays with the head to say which kind: "car seat covers"
  // as "seat covers" (no car is a seat cover), never "laptop stand" as "stand", and never
  // from a container ("knife set" is a set of knives: not a stainless steel set).
  // (A with-clause's words are gone already; a feature after the thing stays, as typed:
  // "mens slim fit dress shirt blue" as "mens slim fit shirt blue".)
  const nouns = new Set<number>(modifiers.filter((i) => extra(i) && inClause(i)));
  const container = CONTAINERS.has(stem(kept[head]));
  const kinds = container ? [] : modifiers.filter((i) => noun(i) && !extra(i) && !unit(i));
  for (const i of kinds) {
    nouns.add(i);
    const left = kept.filter((_, j) => !nouns.has(j));
    if (!left.some((w) => w !== kept[head] && (canBeTheThing(w) || AUDIENCE.has(stem(w))))) break;
    add(nouns);
    // (Then with the clause gone whole, the words before the thing kept: "128gb micro sd
    // card for nintendo switch" as "128gb micro sd card".)
    const clause = new Set([...nouns, ...[...dropped].filter((j) => j > head && inClause(j))]);
    if (clause.size > nouns.size && kept.some((w, j) => !clause.has(j) && j !== head && canBeTheThing(w))) {
      add(clause);
    }
    // (Then with the other words gone too: "screen protector for apple smartphone" as
    // "screen protector", after "screen protector apple" found nothing.)
    const both = new Set([...nouns, ...dropped]);
    const fewer = kept.filter((_, j) => !both.has(j));
    if (both.size > nouns.size && fewer.some((w) => w !== kept[head] && canBeTheThing(w))) add(both);
    // (Or keeping who it is for: "insulated dog water bowl for outdoors" as "dog bowl".)
    const whom = new Set([...both].filter((j) => whoFor(kept[j]) === undefined));
    const forThem = kept.filter((_, j) => !whom.has(j));
    if (
      whom.size < both.size && whom.size > nouns.size &&
      forThem.some((w) => whoFor(w) !== undefined)
    ) {
      add(whom);
    }
  }
  // Last of all, the thing alone, when some product is called by it alone: a kettle is a
  // kettle whatever it boils ("tea kettle"), a soundbar whatever it sits under ("soundbar
  // for tv"). Never a stand alone: every stand is a kind's own ("TV Stand", "Plant Stand"),
  // and "laptop stand" is none of those. (`searchRelaxed` passes over an answer from a
  // department that has none of the words left out: "laptop screen" as "screen" found
  // split-screen baby monitors.)
  if (kinds.length > 0 && alone(kept[head]) && !out.some((r) => r.text === kept[head])) {
    add(new Set(kept.map((_, j) => j).filter((j) => j !== head)));
    // (A kind after "for" says what the thing is for, not what it is used with: "blender for
    // protein shakes" is a blender; it had found nothing, protein sold in another department.
    // Not someone's: "shampoo for baby hair" is used with the baby's hair.)
    const before = kinds.filter((j) => j < head || whoFor(kept[j - 1]) !== undefined);
    if (before.length > 0) out.at(-1)!.usedWith = before.toSorted((a, b) => a - b).map((j) => kept[j]);
  }
  return out;
}

/** What relaxation asks of the shop's vocabulary (`Vocabulary` answers it). */
export interface ShopWords {
  /** Whether the word names a kind of product (a head noun: "bag" of "Camera Bag"). */
  isNoun(word: string): boolean;
  /** Whether some product is called by the word alone ("Jacket", not only "Camera Bag"). */
  isBareNoun(word: string): boolean;
  /** Whether the catalog uses the word only inside names of kinds other than `head`'s ("trash" of "Trash Can"). */
  namesAnotherKind(word: string, head: string): boolean;
  /** Whether the catalog or a synonym uses the word. */
  knows(word: string): boolean;
  /** Whether the catalog or a one-word synonym spells the word (`knows`, but not a word of a synonym's phrase alone). */
  spells?(word: string): boolean;
  /** Whether the catalog names a kind of product with the word before `head` ("water" of "Water Bottle"). */
  namesKindWith?(word: string, head: string): boolean;
  /** Whether the catalog writes the two words as one hyphenated word ("non" and "slip" of "Non-Slip"). */
  writtenJoined?(word: string, next: string): boolean;
  /** The words with typos corrected to the shop's own, if any changed ("runing" → "running"). */
  correct?(words: string[]): string[] | undefined;
}

/** Creatures that are pests in a house or a garden, and share no product's name but in passing ("mice"). */
const PESTS = new Set(
  "mouse mice rat rats ant ants roach roaches cockroach cockroaches termite termites moth moths wasp wasps spider spiders"
    .split(" "),
);

/**
 * Whether the query says a pest in a place ("mice in the garage", "ants in my kitchen"), which
 * no product is: the place left out, "mice" had shown computer mice.
 */
export function pestInPlace(query: string): boolean {
  const words = terms(fold(query));
  // (Right before "in" and a place: not "mouse in black", nor "mouse in pink for home office".)
  const place = (j: number) => {
    while (WHOSE.has(words[j] ?? "")) j++;
    return Object.hasOwn(PLACES, words[j] ?? "") || Object.hasOwn(PLACES, `${words[j]} ${words[j + 1]}`) ||
      HOUSE.has(words[j] ?? "");
  };
  return words.some((w, i) => PESTS.has(w) && words[i + 1] === "in" && place(i + 2));
}
/** Words for a home as a whole, where pests are: "mice in the house". */
const HOUSE = new Set("house home walls roof shed car apartment flat".split(" "));

/** Words for how a thing fits or where it reaches ("wide calf", "high waist", "long sleeve"). */
const FITS = new Set("wide narrow high low long short deep mid full half".split(" "));

/** A service asked of a thing, which the shop does not sell: "bicycle repair service", "mobile phone plan". */
const SERVICES = new Set(
  ("service services servicing plan plans subscription subscriptions installation installations rental " +
    "rentals hire membership memberships insurance repair repairs")
    .split(" "),
);
/**
 * How a word that says what a thing is like or does ends, not what it is for, besides
 * `ADJECTIVAL`'s endings ("colourful", "noise limiting"): "comfy", "sturdy", "broken".
 */
const DESCRIBING_ENDING = /(?:[^t]y|en|est|ly)$/u;

/**
 * Whether the words ask for a kind the shop does not sell, so that the thing alone would be
 * the wrong thing: a service asked of it, or a word no product says, a real word for what the
 * thing is for, right before it. "insulin pen" had shown ballpoint pens, "motorcycle helmet"
 * bike helmets, "mobility scooter" kids' scooters, "bicycle repair service" new bikes.
 * (Not a word that says what it is like or does, "comfy chair", "noise limiting headphones",
 * nor a price's, "designer handbag", nor a maker's name the shop lacks, "yamaha keyboard",
 * nor who it is for, by their group or their work, "teacher mug", nor a word of a need's,
 * "lose earbuds": those go as before.)
 */
function asksAnotherKind(
  words: readonly string[],
  head: number,
  shop: ShopWords,
  kind: (w: string) => boolean,
): boolean {
  if (words.some((w) => SERVICES.has(w) && !spells(shop, w))) return true;
  const before = words[head - 1];
  // (After a word that says how, it says where or which part: "wide calf boots", "high
  // waist jeans" are boots and jeans of a fit; round 50 had found no boots for the first.)
  const prior = words[head - 2];
  if (prior !== undefined && (FITS.has(prior) || DESCRIBING.has(prior) || SIZE_WORDS.has(prior))) {
    return false;
  }
  // (Nor is a size: "plus size swimsuit" had found nothing, no title saying "plus" or "size".)
  if (before === "size" || before === "sized" || before === "plus" || MEASURES.has(before)) return false;
  return head > 0 && before !== undefined && kind(words[head]) && !spells(shop, before) &&
    !(shop.namesKindWith?.(before, words[head]) ?? false) &&
    isEnglishWord(before) && !isAttribute(before) && !isMakerName(before) && whoFor(before) === undefined &&
    !ADJECTIVAL.test(before) && !DESCRIBING_ENDING.test(before) && !DESCRIBING.has(before) &&
    !/\p{N}/u.test(before) &&
    !FUNCTION_WORDS.has(before) && !asksPricey(before) && !asksCheap(before) && !saidByNeeds().has(before) &&
    !(before in ROLE_GIFTS || before.replace(/s$/u, "") in ROLE_GIFTS);
}

let needsWords: Set<string> | undefined;
/** The words of the needs guide's phrases: a need's ("lose earbuds"), not another kind's. */
function saidByNeeds(): Set<string> {
  return needsWords ??= new Set(NEEDS.flatMap((n) => n.says.flatMap((phrase) => terms(fold(phrase)))));
}

/**
 * `text` with "with" and the part after it said as the shop's adjective of that part, before
 * the thing ("laundry hamper with lid" → "lidded laundry hamper", "jacket with a hood" →
 * "hooded jacket"), when the shop spells such an adjective; `undefined` otherwise.
 */
export function withPart(text: string, shop: ShopWords): string | undefined {
  const words = terms(fold(text));
  const at = words.indexOf("with");
  if (at < 1) return undefined;
  const after = words.slice(at + 1).filter((w) => !["a", "an", "the"].includes(w));
  if (after.length !== 1) return undefined;
  const part = stem(after[0]);
  const forms = [`${part}ed`, `${part}${part.at(-1)}ed`, ...part.endsWith("e") ? [`${part}d`] : []];
  const form = forms.find((f) => part.length >= 3 && spells(shop, f));
  return form ? [form, ...words.slice(0, at)].join(" ") : undefined;
}

/** Whether the shop spells the word, `ShopWords.spells` or, where a shop lacks it, `knows`. */
export function spells(shop: ShopWords, word: string): boolean {
  return shop.spells?.(word) ?? shop.knows(word);
}

/**
 * `first` (the search of `q` as typed) if it found anything or offers a did-you-mean;
 * otherwise the first relaxation that finds something, searched with `search` (price
 * phrases of the query kept as filters), saying what it searched and what it left out.
 * `took_ms` covers every step.
 */
export async function searchRelaxed(
  q: SearchQuery,
  first: SearchResult,
  search: (q: SearchQuery) => Promise<SearchResult>,
  shopWords: () => Promise<ShopWords>,
  /** Whether a last kind that found nothing may give way to one before it (once per query). */
  headBack = true,
): Promise<SearchResult> {
  // The last resort: a did-you-mean rewrite that finds products ("head phones" →
  // "headphones") is a better answer than fewer words.
  const parsed = parseQuery(q.q);
  if (first.total > 0 || first.did_you_mean || terms(parsed.text).length < 2) return first;
  const shop = await shopWords();
  const noun = (w: string) => shop.isNoun(w);
  /** Whether `is` holds for the word or one of its synonyms' words. */
  const either = (w: string, is: (w: string) => boolean) => is(w) || [...synonymWords(w)].some(is);
  // (A letter is none: "c" of "usb c hdmi adapter", though Vitamin C is sold.)
  const kind = (w: string) => w.length > 1 && either(w, noun);
  // Fewer words of what was meant, not of what was typed: "womens runing shoes" relaxed
  // as "womens running shoes", not left as typed because "runing" is no word of the shop's.
  // (Typos only: an unknown word cut in two, "paperwhite" as "paper white", is no word of
  // the shop's either.)
  // A possessive's "s" is no word of its own: "women's vitamin d" was relaxed as "s vitamin
  // d", "lay's tortilla chips" kept "s" to the end and found nothing.
  const written = q.q.replace(/(\p{L})['’]s(?![\p{L}\p{N}])/gu, "$1");
  const typed = terms(fold(written));
  const fixed = shop.correct?.(typed);
  let text = fixed && fixed.length === typed.length ? fixed.join(" ") : written;
  // Doing a thing's work after the word the shop names that thing with is the thing: "pressure
  // washing the driveway" asks for a pressure washer, "leaf blowing" for a leaf blower (it
  // had found blood pressure monitors).
  const said = terms(fold(text));
  // (Not a feature of a thing named after it, "laptop cooling pad", nor after a function word;
  // nor of a thing named before it: "power bank 20000mah fast charging usb c" had shown fast
  // chargers.)
  const doing = said.findIndex((w, i) =>
    i > 0 && !FUNCTION_WORDS.has(said[i - 1]) && !(i + 1 < said.length && shop.isNoun(said[i + 1])) &&
    !said.slice(0, i - 1).some(kind) && doerOf(w, said[i - 1], shop) !== undefined
  );
  const worker = doing > 0 ? doerOf(said[doing], said[doing - 1], shop) : undefined;
  const working = worker
    ? { text: `${said[doing - 1]} ${worker}`, dropped: said.filter((_, i) => i !== doing && i !== doing - 1) }
    : undefined;
  // A set of a thing is the thing, when some product is called by the word before the set
  // alone, or by the two words before it: "dumbbell set" and "comforter set queen" found
  // nothing (the shop sells dumbbells in pairs, comforters alone) and are searched as
  // "dumbbell" and "comforter queen" before any other word goes; "wine glasses set" as
  // "wine glasses", not as glass mixing-bowl sets. Never "tool box" (a box is no group),
  // nor "science kit".
  let grouped: string[] | undefined;
  const { kept: asTyped, at: typedAt } = theThing(text);
  /** How many words of the group's own come before it: "starter" of "starter kit". */
  const sized = (i: number) => i > 1 && GROUP_SIZES.has(asTyped[i - 1]) ? 1 : 0;
  const group = asTyped.findIndex((w, i) => {
    const before = i - 1 - sized(i);
    // (Not a set the shop names as a kind of its own: "3 piece luggage set" had shown single
    // suitcases, 61 luggage sets sold.)
    return i > 0 && GROUPS.has(stem(w)) && canBeTheThing(asTyped[before]) &&
      !(shop.namesKindWith?.(asTyped[before], w) ?? false) &&
      (either(asTyped[before], (x) => shop.isBareNoun(x)) ||
        (before > 0 && (shop.namesKindWith?.(asTyped[before - 1], asTyped[before]) ?? false)));
  });
  if (group > 0) {
    const gone = new Set([typedAt[group], ...(sized(group) ? [typedAt[group - 1]] : [])]);
    grouped = [...gone].sort((a, b) => a - b).map((i) => terms(fold(text))[i]);
    // (Its clause stays one: "kids desk and chair set with storage" is a desk and chair with
    // storage, no "kids storage".)
    text = terms(fold(text)).filter((_, i) => !gone.has(i)).join(" ");
  }
  // Praise before the thing says how fine it is, not which: "top headphones" asks for
  // headphones (it found nothing: a top is also a garment, and a kind's word stays long).
  // So does "style" after a look: "industrial style shelves" are industrial shelves; and
  // learning the thing: "learning guitar" asks for guitars.
  const words = terms(fold(text));
  const says = (w: string, i: number) =>
    i < words.length - 1 &&
    (PRAISE.has(w) || ((LEARNING.has(w) || (i > 0 && STYLE_WORDS.has(w))) && canBeTheThing(words[i + 1])));
  const praise = words.filter(says);
  if (praise.length > 0) {
    const plain = words.filter((w, i) => !says(w, i)).join(" ");
    const asked = { ...q, q: plain };
    const r = await searchRelaxed(asked, await search(asked), search, shopWords);
    if (r.total > 0) {
      return {
        ...r,
        took_ms: Math.round((first.took_ms + r.took_ms) * 100) / 100,
        corrected_query: r.corrected_query ?? plain,
        dropped_words: [...praise, ...r.dropped_words ?? []],
      };
    }
  }
  const thing = theThing(text);
  if (asksAnotherKind(thing.kept, thing.head, shop, kind)) return first;
  // A size or a colour right after a kind of thing ends its name: what follows says which of
  // it ("stand mixer 5 quart tilt head", "mechanical keyboard brown switches" found nothing,
  // "head" and "switches" taken for the thing).
  for (let e = 1; e < thing.head; e++) {
    let cut = isSizeUnit(thing.kept, e) ? e - 2 : TRAILING_FEATURES.has(thing.kept[e]) ? e - 1 : -1;
    // (A number written in parts is one: "1.7 liter" is "1", "7", "liter".)
    while (cut >= 0 && isSizeUnit(thing.kept, e) && /^\p{N}+$/u.test(thing.kept[cut])) cut--;
    if (cut >= 0 && !TRAILING_FEATURES.has(thing.kept[cut]) && kind(thing.kept[cut])) {
      thing.head = cut;
      break;
    }
  }
  // A feature after the thing ("mechanical keyboard rgb", "bluetooth speaker waterproof")
  // is no kind of product: the last word before it that is one is the thing asked for,
  // when some product of that kind has the feature ("keyboard rgb"); otherwise the last
  // word names a kind the shop does not sell ("shoe rack" is no shoe, though dishwashers
  // have a "Third Rack").
  // So is a word no product has, in a phrase after the thing ("yoga pants high waist": the
  // titles say "High-Waisted"): the kind before it is the thing, and the word goes first.
  // Right after a kind, such a word names a thing the shop does not sell ("coffee grinder"
  // is no coffee).
  // (Nor is a word the kind's own subcategory uses: "blanket king size" asks for a blanket,
  // as king comforters and king sheets sit beside blankets, while no rack is anywhere near
  // shoes, and "jeans high waisted" still finds nothing rather than men's jeans.)
  const last = thing.kept[thing.head];
  let took = first.took_ms;
  // "mat for car" as shoppers also write it, "car mat": the compound a phrase synonym or a
  // title names ("car mat" is a floor mat, "tv speaker" a soundbar), before any word goes.
  const compound = compoundOf(text);
  // (An activity after "for" also names whoever does it: "bike for commuting" is a commuter
  // bike, as the shop says; "for commuting" found no title.)
  const doer = compound?.replace(/^(\p{L}{3,})ing\b/u, "$1er");
  // (A part it comes with, as the titles say it of the thing: "laundry hamper with lid" is a
  // lidded hamper, "jacket with hood" a hooded one; each had left the part out.)
  const fitted = withPart(text, shop);
  for (const c of new Set([compound, doer, fitted])) {
    if (!c) continue;
    const r = await search({ ...q, q: c });
    took += r.took_ms;
    if (r.total > 0) {
      return { ...r, took_ms: Math.round(took * 100) / 100, corrected_query: r.corrected_query ?? c };
    }
  }
  if (working) {
    const { min, max } = priceBounds(q, parsed);
    const r = await search({ ...q, q: working.text, min_price: min, max_price: max });
    took += r.took_ms;
    if (r.total > 0) {
      return {
        ...r,
        took_ms: Math.round(took * 100) / 100,
        corrected_query: r.corrected_query ?? working.text,
        dropped_words: working.dropped,
      };
    }
  }
  /**
   * Whether each of `words` finds products in the department of the answer's first hit (in
   * its subcategory, `levels` 2).
   */
  const sameDepartment = async (r: SearchResult, words: readonly string[], levels = 1) => {
    const category = (q.category ?? r.hits[0]?.category)?.split(".").slice(0, levels).join(".");
    if (category === undefined) return true; // (a page past the hits: nothing to tell by)
    for (const w of words) {
      const found = await search({
        ...q,
        q: w,
        category,
        fuzzy: false,
        min_price: undefined,
        max_price: undefined,
      });
      took += found.took_ms;
      if (found.total === 0) return false;
    }
    return true;
  };
  const joined = (w: string, next: string) => shop.writtenJoined?.(w, next) ?? false;
  // (A size said after the thing says which of it: "expandable checked luggage large".)
  if (thing.head > 0 && SIZE_WORDS.has(last) && kind(thing.kept[thing.head - 1])) thing.head--;
  else if (thing.head >= 0 && (!kind(last) || FLAVOURS.has(last))) {
    for (let i = thing.head - 1; i >= 0; i--) {
      // (Not a noun a word before makes a feature: "long sleeve rash guard" is no long sleeve.)
      if (kind(thing.kept[i]) && !(i > 0 && MAKES_A_FEATURE.has(thing.kept[i - 1]))) {
        // (The second half of a word the catalog writes hyphenated is a feature: "zip ties
        // heavy duty" asks for zip ties.)
        if (thing.head >= 2 && i < thing.head - 1 && joined(thing.kept[thing.head - 1], last)) {
          thing.head = i;
          break;
        }
        if (!shop.knows(last)) {
          if (i < thing.head - 1) thing.head = i;
          break;
        }
        const featured = await search({ ...q, q: `${thing.kept[i]} ${last}` });
        took += featured.took_ms;
        // (Of that kind: "milk frother" finds espresso machines with one, no milk. Then a kind
        // further back may be: "swimsuit" of "womens swimsuit one piece", not "one".)
        if (featured.total > 0 && ofTheKind(featured, thing.kept[i])) thing.head = i;
        // (A look said in two, first, is the thing, what follows it gone: "memory foam for back
        // pain" had kept "memory" and shown computer memory.)
        else if (featured.total > 0 && i === 0 && (lookAround(thing.kept, i) ?? []).includes(thing.head)) {
          return {
            ...featured,
            took_ms: Math.round(took * 100) / 100,
            corrected_query: featured.corrected_query ?? `${thing.kept[i]} ${last}`,
            dropped_words: thing.kept.filter((_, j) => j !== i && j !== thing.head),
          };
        } else if (featured.total > 0) continue;
        else {
          const kindOf = await search({ ...q, q: thing.kept[i], fuzzy: false });
          took += kindOf.took_ms;
          if (kindOf.hits.length > 0 && await sameDepartment(kindOf, [last], 2)) thing.head = i;
          // (After a kind said with a word before it that finds things of that kind, a word
          // naming no kind says which of it, wherever else the shop uses it: "ergonomic mouse
          // vertical" and "nonstick frying pan induction" found nothing, no mouse being called
          // vertical. Not after a kind alone: a "soap dispenser" is no soap.)
          else if (kindOf.hits.length > 0 && !kind(last) && i >= 1 && i === thing.head - 1) {
            const said = thing.kept.slice(0, thing.head).join(" ");
            const phrase = await search({ ...q, q: said });
            took += phrase.took_ms;
            if (phrase.total > 0 && ofTheKind(phrase, thing.kept[i])) thing.head = i;
          }
        }
        break;
      }
    }
  }
  // (Only for a head every product names in a compound: "bottle" is a baby bottle or a
  // water bottle. Where some product is the bare kind, the word may go: "winter jacket".)
  /** Whether some product is called by the word (or a synonym's) alone: "Jacket", "Soundbar". */
  const alone = (h: string) => either(h, (x) => shop.isBareNoun(x));
  const partOf = (w: string, h: string) => !alone(h) && (shop.namesKindWith?.(w, h) ?? false);
  // A model's variant ranks with the words the shop never uses, as it says least of what is
  // asked: "macbook pro charger" (searched as "apple pro charger") is an Apple charger before
  // it is a "pro" charger of any maker. Not where it names a kind with the thing: "air
  // conditioner", "mini fridge".
  // (No word can be the thing, "kid up at for kids": nothing to keep while others go.)
  if (thing.head < 0) return first;
  const head = thing.kept[thing.head];
  /** Whether `w` is a place said before the place that is the thing ("backyard" of "backyard patio"). */
  const placeBeforePlace = (w: string) => Object.hasOwn(PLACES, head) && Object.hasOwn(PLACES, w);
  const keeps = (w: string) =>
    shop.knows(w) && (!VARIANT_WORDS.has(w) || (shop.namesKindWith?.(w, head) ?? false));
  // A word for whatever is sold for something ("camping gear", "puppy supplies", "vitamins
  // and supplements"): the things of that something, before any other reading, when almost
  // all of them (19 in 20) sit in one department ("car accessories" would find RC cars and
  // car seats too; "gym equipment" baby activity gyms: nothing).
  const forWhat = thing.kept.slice(0, thing.head);
  // A thing's accessories are the things named with it, never the thing: "camera
  // accessories" shows lenses, tripods and camera bags (it had shown cameras), "laptop
  // accessories" laptop stands, bags and cooling pads. (Of an activity, what it uses:
  // "camping accessories", below.)
  const accessories = thing.head > 0 && stem(head) === "accessory" && forWhat.some(kind);
  if (accessories) {
    const paths = accessoryPaths(forWhat.join(" "));
    const { min, max } = priceBounds(q, parsed);
    const r = paths.length === 0 || q.category ? undefined : await search({
      ...q,
      q: forWhat.join(" "),
      category: paths.join(","),
      min_price: min,
      max_price: max,
    });
    took += r?.took_ms ?? 0;
    if (r && r.total > 0) return { ...r, took_ms: Math.round(took * 100) / 100 };
  }
  if (thing.head > 0 && WHATEVER_HEAD.has(stem(head)) && !accessories) {
    const { min, max } = priceBounds(q, parsed);
    let r = await search({ ...q, q: forWhat.join(" "), min_price: min, max_price: max });
    took += r.took_ms;
    let most = Math.max(0, ...r.facets.category.map((f) => f.count));
    // (Else, when the words name a level of the shop's, that level's things: "baseball
    // equipment" is bats and gloves, though baseball caps are half of what "baseball" finds.)
    // (Not a leaf whose things the words name themselves: "iron supplement" is no steam iron.)
    // (Nor for whom, theirs: "kitten supplies" are cats' things, though "kitten" finds plush
    // kittens too.)
    const whom = forWhat.length === 1 ? whoFor(forWhat[0]) : undefined;
    const level = most * 20 >= r.total * 19 || q.category
      ? []
      : whom
      ? audiencePaths(whom)
      : namedLevels(forWhat.join(" ")).filter((p) =>
        !leafAt(p)?.nouns.some((n) => analyze(n).at(-1) === stem(forWhat.at(-1)!))
      );
    if (level.length > 0) {
      const within = await search({
        ...q,
        q: forWhat.join(" "),
        category: level.join(","),
        min_price: min,
        max_price: max,
      });
      took += within.took_ms;
      if (within.total > 0) [r, most] = [within, within.total];
    }
    // (Not a maker's: "beach gear" as "beach" had shown Hamilton Beach's ice cream makers.)
    if (r.total > 0 && most * 20 >= r.total * 19 && !foundByPartOfMaker(r, forWhat.join(" "))) {
      return {
        ...r,
        took_ms: Math.round(took * 100) / 100,
        corrected_query: r.corrected_query ?? forWhat.join(" "),
        dropped_words: [head, ...thing.kept.slice(thing.head + 1)],
      };
    }
  }
  const ownWord = (w: string) => shop.namesKindWith?.(w, head) ?? false;
  let candidates = relaxations(text, kind, thing, keeps, partOf, alone, ownWord, joined, true);
  // A wish's verb after "to" is no thing: "i want to watch films" is no watch.
  const verb = thing.kept[0] === "to" ? thing.kept[1] : undefined;
  if (verb !== undefined) {
    candidates = candidates.filter((c) => {
      const ws = terms(c.text);
      return ws[0] !== "to" && ws.at(-1) !== verb;
    });
  }
  if (grouped) candidates = [{ text, dropped: [], head }, ...candidates];
  // (A child's things are asked as the titles may say them, before any word goes.)
  else if (youthForms(text).length > 0) candidates = [{ text, dropped: [], head }, ...candidates];
  // A phrase a synonym replaces names one thing, and none of its words alone is it: "cross
  // trainer" (an elliptical, which the shop does not sell) is no trainer, a sneaker.
  // (So does a number with a decimal point, written in parts: "hdmi 2.1 cable" had been
  // relaxed to "hdmi 2 cable", showing 2-port splitters.)
  const units = [
    ...replacedPhrases(text),
    ...[...text.matchAll(/\d+[.,]\d+\p{L}*/gu)].map((m) => terms(m[0])),
  ];
  candidates = candidates.filter((c) =>
    units.every((u) => {
      const gone = u.filter((w) => c.dropped.some((d) => stem(d) === w)).length;
      return gone === 0 || gone === u.length;
    })
  );
  // A diet is kept whatever goes: "vegan protein powder" had shown whey (a diet's words the
  // titles say, "Vegan", "Keto"; "gluten free" is read as a refusal before this).
  candidates = candidates.filter((c) => !c.dropped.some((w) => DIETS.has(w)));
  // A word for any machine after a thing some product is called by alone is that thing:
  // "juicer machine" is a juicer (it had found nothing, no title saying both).
  const beforeHead = thing.head > 0 ? thing.kept[thing.head - 1] : undefined;
  if (candidates.length === 0 && GENERIC_THINGS.has(head) && beforeHead !== undefined && alone(beforeHead)) {
    candidates.push({
      text: thing.kept.filter((_, i) => i !== thing.head).join(" "),
      dropped: [head],
      head: beforeHead,
    });
  }
  if (candidates.length === 0) return first; // (also when no word can be the thing: "' or 1=1 --")
  // A line's name after its maker's, the maker's name written whole, names no kind the shop
  // lacks and says nothing of where the thing is sold: "dr bronners peppermint soap" and
  // "osprey atmos backpack" ask for the maker's soaps and backpacks (Atmos is no soundbar).
  // (A maker's one word that is an English word too only as the query's first: not "slip" of
  // "non slip".)
  const spans = makerSpans(thing.kept).filter(([j, k]) =>
    k < thing.head && (j === 0 || j < k || !isEnglishWord(thing.kept[j]))
  );
  const ofLine = (i: number) =>
    spans.some(([, k]) => k < i && thing.kept.slice(k + 1, i + 1).every((w) => !kind(w)));
  /** Whether `w` is a word of a line's name after its maker's ("atmos" of "osprey atmos backpack"). */
  const lineOf = (w: string) => thing.kept.some((x, i) => x === w && i < thing.head && ofLine(i));
  // The maker's name the query begins with and the thing, the words between left out, before
  // any reading that leaves out a word of the maker's: "outward hound puzzle toy" asks for
  // Outward Hound's toys (as "puzzle toy" it had shown jigsaw puzzles).
  const [opening] = spans.filter(([j]) => j === 0).toSorted((a, b) => b[1] - a[1]);
  // (Not past whom it is for: "orijen cat food" is no Orijen dog food. Nor past a kind's
  // name before a set's word, which says what the set is of: "rachael ray cookware set" had
  // shown the maker's mixing bowl sets; "lego star wars set" is still LEGO's sets.)
  const lineWords = opening ? thing.kept.slice(opening[1] + 1, thing.head) : [];
  // (Nor past a word a synonym's phrase says with the thing: "speedo running shoes" asks for
  // running shoes, Speedo's shoes being water shoes.)
  const kindPhrase = lineWords.length > 0 &&
    (expandParts(text)[0] ?? []).some((p) =>
      p.length > 1 && p.at(-1) === stem(head) && lineWords.some((w) => p.includes(stem(w)))
    );
  const setOf = kindPhrase ||
    (CONTAINERS.has(stem(head)) &&
      lineWords.some((w) => kind(w) || (shop.namesKindWith?.(w, head) ?? false)));
  if (
    opening && lineWords.length > 0 && kind(head) && !setOf && lineWords.every((w) => whoFor(w) === undefined)
  ) {
    const words = [...thing.kept.slice(0, opening[1] + 1), ...thing.kept.slice(thing.head)];
    const maker = new Set(thing.kept.slice(0, opening[1] + 1));
    const own = candidates.find((c) => c.text === words.join(" ")) ??
      { text: words.join(" "), dropped: lineWords, head };
    candidates = candidates.filter((c) => c !== own);
    const at = candidates.findIndex((c) => c.dropped.some((w) => maker.has(w)));
    candidates.splice(at < 0 ? candidates.length : at, 0, own);
  }
  // No product is that kind of thing (by its name or a synonym's): fewer words would only
  // find the word in passing ("laundry basket" as "basket" found dual-basket air fryers).
  // Leaving out only a model's number, or a line's name the shop never uses, keeps every
  // word that names something: "new balance 574", "nike 270" or "lego city" asks for the
  // maker's things (when they make one kind of thing: `oneKind` below).
  // (A phrase a rule replaces with a kind names it: "womens dressing gown" is a robe.)
  let modelOnly = !kind(head) && !replacedPhrases(text).some((p) => p.at(-1) === stem(head));
  // A word no product is called by that still finds one kind of thing by itself names that
  // kind as shoppers say it ("sectional" for sectional sofas: "gray sectional" had found
  // nothing); the other words may go as for any kind. (Not "basket": laundry baskets and
  // dual-basket air fryers; nor after a maker's name, where it names a line or a model:
  // "beats studio buds", "nikon z6", "new balance 574".) So does a department's or a
  // subcategory's name: "mens grooming" asks for grooming things.
  const namesMaker = makerSpans(thing.kept).length > 0;
  // (Then only who it is for may go: "play kitchen" and "outdoor gear" are no kitchen
  // and no baby gear.)
  const department = modelOnly && !namesMaker && namesDepartment([head]);
  if (department) modelOnly = false;
  // (So does a place's, whose things its titles name: "back patio" asks for patio things.
  // Not a look's words nor whom it is for, which say which of its things: "boho bedroom".)
  const place = modelOnly && !namesMaker && Object.hasOwn(PLACES, head);
  if (place) {
    modelOnly = false;
    candidates = candidates.filter((c) => c.dropped.every((w) => !isAttribute(w) && whoFor(w) === undefined));
  }
  if (modelOnly && shop.knows(head) && !/\p{N}/u.test(head) && !namesMaker) {
    const byItself = await search({
      ...q,
      q: head,
      fuzzy: false,
      min_price: undefined,
      max_price: undefined,
    });
    took += byItself.took_ms;
    // (By the titles' own words, not a maker's name: "tech" finds only Lib Tech's
    // snowboards, and "wearable tech" is none.)
    if (byItself.total > 0 && oneKind(byItself) && !byMakerOnly(byItself, head)) modelOnly = false;
  }
  if (department) candidates = candidates.filter((c) => c.dropped.every((w) => whoFor(w) !== undefined));
  // (A number alone: "z6" or "s24" names a model of whatever the maker makes, and "nikon
  // z6" showed Nikon's binoculars.)
  if (modelOnly) {
    // (So may a line's name the shop never uses, after its maker's: "babyliss pro nano
    // titanium" shows BaBylissPRO's titanium flat irons.)
    candidates = candidates.filter((c) => c.dropped.every((w) => /^\p{N}+$/u.test(w) || lineOf(w)));
    // The last word itself is then the line's name, after the maker's ("city" of "lego
    // city", "pegasus" of "nike pegasus"): the maker's things (not "contact" of "contact
    // solution", a multimeter's "Non-Contact").
    const line = thing.kept.slice(0, thing.head);
    // (A word known only in a synonym's phrase is no word of the shop's for it: "spirit" of
    // "spirit level" in "weber spirit".)
    const spelt = spells(shop, head);
    if (line.length > 0 && !spelt && isMakerName(line.join(" "))) {
      candidates.push({
        text: line.join(" "),
        dropped: [head, ...thing.kept.slice(thing.head + 1)],
        head,
        maker: true,
      });
    } else if (!spelt) {
      // So are the line's words after a maker's name the query begins with, the maker's
      // things, with the sizes typed ("hydro flask 32 oz wide mouth" as Hydro Flask's 32 oz
      // bottles): when they are of one department ("canon eos r6" stays nothing: Canon's
      // cameras, lenses and printers).
      const [span] = makerSpans(thing.kept).filter(([from]) => from === 0).toSorted((a, b) => b[1] - a[1]);
      if (span && span[1] < thing.head) {
        const maker = thing.kept.slice(0, span[1] + 1);
        const sized = thing.kept.filter((w, i) =>
          i > span[1] && (/\p{N}/u.test(w) || isSizeUnit(thing.kept, i))
        );
        for (const words of sized.length > 0 ? [[...maker, ...sized], maker] : [maker]) {
          candidates.push({
            text: words.join(" "),
            dropped: thing.kept.filter((w) => !words.includes(w)),
            head,
            maker: true,
          });
        }
      }
    }
  }
  // Words after the thing that name no kind sold say what it is for: "stick vacuum pet hair"
  // asks for stick vacuums (it had found nothing, "hair" taken for the thing). The kind named
  // last before them is the thing, and they may go. (Not after a maker's name, where they
  // name a line: "lego city", "nikon z6"; nor when one of them names a kind: "desk is a mess
  // of cables" asks for cable organisers, not desks.)
  if (modelOnly && !namesMaker && candidates.length === 0) {
    const j = thing.kept.findLastIndex((w, i) => i < thing.head && kind(w) && !isSizeUnit(thing.kept, i));
    const after = thing.kept.slice(j + 1);
    if (j >= 0 && after.every((w) => !/\p{N}/u.test(w) && !kind(w) && (isEnglishWord(w) || shop.knows(w)))) {
      candidates.push({ text: thing.kept.slice(0, j + 1).join(" "), dropped: after, head: thing.kept[j] });
    }
  }
  if (candidates.length === 0) return first;
  // Every product of that kind is a compound ("Camera Bag", "Tote Bag", "Rowing Machine")
  // and the query's own modifier is a word the shop does not use: it names a kind the shop
  // does not sell ("gym bag", "sewing machine"), not one of these; nor one the shop uses
  // only to name other kinds ("trash bags": "trash" is only ever in "Trash Can"), nor a
  // phrase with a function word ("pull up bar", "carry on bag"). (A feature may go:
  // "wooden chair" shows office chairs; so may any word when some product is the bare
  // kind: "winter jacket" shows jackets.)
  const modifiers = thing.kept.slice(0, thing.head); // a clause after the head adds, not names: "… with grinder"
  // (Who it is for names no kind: "toddler shoes" may still find kids' shoes; nor does a
  // model's variant the shop does not use: "pro max" of "iphone pro max case".)
  // (And a word that names another kind with the word after it names this query's own:
  // "robot" of "robot vacuum cleaner".)
  // (The word after it, past a model's number, size or variant: "laptop" of "laptop pro sleeve".)
  // (Nor does a size, "3-cup", nor a word some product of the kind is named with: "led" of
  // "LED Light Bulb", "and" of "Pots and Pans Set", though "led light" names no kind.)
  const kept = thing.kept;
  const next = (i: number) => kept.find((w, j) => j > i && canBeTheThing(w) && !isSizeUnit(kept, j)) ?? head;
  // (Nor does a quality, an adjective made with "-able" or "-ible": "most comfortable office
  // chair", "durable luggage" ask for any such thing; nor praise: "luxury bedding".)
  // (Nor does a colour, a material, a pattern or a style, known to the shop or not: "mustard
  // yellow throw", "leopard print scarf" found nothing.)
  const attributes = attributePositions(kept);
  // (A word of a look said in two is one whatever else it names: "print" of "tropical print".)
  const attribute = (i: number) => attributes.has(i) && (inLook(kept, i) || !kind(kept[i]));
  const saidWhich = new Set(kept.filter((_, i) => attribute(i)));
  /** Whether `kept[i]`, before the thing, names which kind of it as a noun does ("leg" of "leg warmers"). */
  const namesWhichKind = (i: number) => {
    const w = kept[i];
    return !attribute(i) && !saysWhich(w) && !ADJECTIVAL.test(w) && !PURPOSES.has(w) &&
      !/\p{N}/u.test(w) && !(i > 0 && MAKES_A_FEATURE.has(kept[i - 1])) && canBeTheThing(w);
  };
  const names = (w: string, i: number) =>
    !attribute(i) && whoFor(w) === undefined && !(VARIANT_WORDS.has(w) && !shop.knows(w)) &&
    !/\p{N}/u.test(w) && !isSizeUnit(kept, i) && !(shop.namesKindWith?.(w, head) ?? false) &&
    !QUALITY.test(w) && !DESCRIBING.has(w) &&
    // (Nor half a hyphenated word: "k" of "K-Cup", "based" of "Plant-Based".)
    !PRAISE.has(w) && !joined(w, kept[i + 1] ?? "") && !(i > 0 && joined(kept[i - 1], w)) &&
    // (Nor a room, which says where: "bedroom trash can" had found nothing, no title saying "bedroom".)
    !ROOMS.has(w);
  // (Nor does a word of a synonym's phrase typed whole: "up" of "stand up paddle board".)
  const typedPhrases = new Set((expandParts(kept.join(" "))[0] ?? []).filter((p) => p.length > 1).flat());
  // (Nor does a participle the shop never uses, which says how the thing is made: "plant
  // based protein powder", "galvanized planter".)
  const participle = (w: string) => w.length > 4 && w.endsWith("ed") && !shop.knows(w) && isEnglishWord(w);
  // (Nor what a thing does by itself: "self inflating sleeping pad".)
  const bySelf = (i: number) => i > 0 && kept[i - 1] === "self" && /(?:ing|ed)$/.test(kept[i]);
  // (Nor "to" between two ends before the thing: "usb c to lightning cable".)
  const between = (i: number) => kept[i] === "to" && i + 1 < thing.head;
  // (A word the shop does not know names another kind only as a real word, not how a thing
  // looks: "colourful lunch box" and a slip, "seperate containers", had found nothing.)
  const unknown = (w: string, i: number) =>
    names(w, i) && !participle(w) && !bySelf(i) && !ofLine(i) &&
    ((!shop.knows(w) && isEnglishWord(w) && !LOOKS_LIKE.test(w)) ||
      (i > 0 && PHRASE_WORDS.has(w) && !typedPhrases.has(stem(w)) && !between(i)));
  if (!alone(head)) {
    if (modifiers.some(unknown)) return first;
    // A word mostly used for another kind may still be a feature of this one: "mesh" names
    // Mesh Wi-Fi systems and is a feature of chairs ("mesh gaming chair" shows gaming
    // chairs), while no curling iron has "steam". (Only near the thing, where it would name
    // a kind with it: "washable cover orthopedic memory foam dog bed xl" asks for dog beds.)
    // (Nor a word that describes, before a word that names the kind with the thing: "heated"
    // of "heated ice scraper" is a feature the shop's ice scrapers lack, while "car trash
    // can" is no kitchen bin.)
    const partnered = thing.head > 0 && (shop.namesKindWith?.(kept[thing.head - 1], head) ?? false);
    /** The thing searched alone, once, when a word before it needs it. */
    let headAlone: SearchResult | undefined;
    for (const [i, w] of modifiers.entries()) {
      if (thing.head - i > 2 || (partnered && i < thing.head - 1 && ADJECTIVAL.test(w))) continue;
      if (!names(w, i) || PURPOSES.has(w) || !shop.namesAnotherKind(w, next(i))) continue;
      // (A place says where the thing goes: "bathroom shelf".)
      if (placeBeforePlace(w) || Object.hasOwn(PLACES, w)) continue;
      let featured = await search({ ...q, q: `${w} ${head}`, fuzzy: false });
      took += featured.took_ms;
      // (Or with the words between, a kind named in two: "car jump starter".)
      if (featured.total === 0 && thing.head - i > 1) {
        featured = await search({ ...q, q: kept.slice(i, thing.head + 1).join(" "), fuzzy: false });
        took += featured.took_ms;
      }
      // (Nor a word that finds things in the thing's own aisle, which says where it is used:
      // "car jump starter", though no title says "car" with it.)
      if (featured.total === 0) {
        if (!headAlone) {
          headAlone = await search({ ...q, q: head, fuzzy: false });
          took += headAlone.took_ms;
        }
        if (headAlone.hits.length === 0 || !(await sameDepartment(headAlone, [w], 2))) return first;
      }
    }
  }
  // An activity the shop never names says what the thing is made for ("boxing gloves",
  // "wedding dress", "wedding ring"): winter gloves, summer dresses and smart rings are not
  // those. (Other words it does not use may go: "used laptop", "school backpack".)
  // (A thing's effect on what it acts on is no activity: "noise limiting headphones",
  // "moisture wicking socks", found nothing. The word before is a noun the shop knows, not a
  // look, a person, a place or a pastime of its own.)
  const actsOn = (i: number) => {
    const before = kept[i - 1];
    return i > 0 && shop.knows(before) && !attribute(i - 1) && whoFor(before) === undefined &&
      !/\p{N}|ing$/u.test(before) && !Object.hasOwn(PLACES, before) && pastimeOf(kept[i]) === undefined &&
      !Object.hasOwn(ACTIVITIES, kept[i]);
  };
  if (
    modifiers.some((w, i) =>
      !shop.knows(w) && w.endsWith("ing") && isEnglishWord(w) && !bySelf(i) && !actsOn(i)
    )
  ) {
    return first;
  }
  // A gift before the thing names a kind of its own: a gift card is no memory card
  // (`parseQuery` has left the word out when no thing followed it: "gifts for dad"). (An
  // occasion may go like any other word.)
  if (modifiers.some((w) => GIFT_ITSELF.has(w))) return first;
  const { min, max } = priceBounds(q, parsed);
  const typedWords = new Set(terms(fold(text)).map(stem));
  /** Whether one of `words` finds its products mostly (`OWN_DEPARTMENT`) in one department, and none in the answer's. */
  /**
   * The level a word of a maker's name names, when the maker's whole name is among `dropped`
   * and its things are all there ("sports.fitness" of "rep fitness"), or `undefined`.
   */
  const makersLevel = async (dropped: readonly string[]) => {
    const span = spans.find(([j, k]) => thing.kept.slice(j, k + 1).every((w) => dropped.includes(w)));
    const name = span ? thing.kept.slice(span[0], span[1] + 1) : [];
    const levels = name.flatMap((w) => namedCategories(w));
    if (levels.length === 0) return name.length > 0 ? makersDepartment(name.join(" ")) : undefined;
    const theirs = await search({ ...q, q: name.join(" "), fuzzy: false });
    took += theirs.took_ms;
    const top = theirs.corrected_query ? [] : theirs.hits.slice(0, FIRST_HITS);
    return levels.find((level) => top.length > 0 && top.every((h) => isUnder(h.category, [level])));
  };
  /**
   * The department most of a maker's things are in, when it is the maker's own (two thirds
   * of them): "uniqlo boots" asks for boots among clothes (Uniqlo makes no boots; hiking
   * boots had kept them at nothing), "nike laptop" for none.
   */
  const makersDepartment = async (maker: string) => {
    if (!isMakerName(maker)) return undefined;
    const theirs = await search({ ...q, q: maker, fuzzy: false, size: 1, page: 1 });
    took += theirs.took_ms;
    if (theirs.corrected_query || theirs.total === 0) return undefined;
    const departments = new Map<string, number>();
    for (const f of theirs.facets.category) {
      const d = f.value.split(".")[0];
      departments.set(d, (departments.get(d) ?? 0) + f.count);
    }
    const [top] = [...departments].toSorted((a, b) => b[1] - a[1]);
    return top && top[1] >= theirs.total * OWN_DEPARTMENT ? top[0] : undefined;
  };
  /** The words of a maker's name of two words or more in the query ("ll", "bean" of "ll bean"). */
  const inMakersSpan = new Set(
    makerSpans(thing.kept).filter(([j, k]) => k > j).flatMap(([j, k]) => thing.kept.slice(j, k + 1)),
  );
  /** Whether the word is of a maker's name, which says whose the thing is ("kirkland" of "kirkland batteries"). */
  const whose = (w: string) => inMakersSpan.has(w) || (isMakersWord(w) && !isEnglishWord(w));
  const elsewhere = async (r: SearchResult, words: readonly string[]) => {
    const answer = r.hits[0]?.category.split(".")[0];
    // (Words left that name things of one department only say where: "gold hoop earrings"
    // are gold earrings, whatever a hoop is elsewhere; not when a word left out names a kind
    // with the thing: "kids life jacket" is no kids' jacket.)
    if (answer === undefined || q.category) return false;
    if (r.facets.category.length < 2 && !words.some((w) => shop.namesKindWith?.(w, head))) return false;
    for (const w of words) {
      if (
        !canBeTheThing(w) || whoFor(w) !== undefined || !shop.knows(w) || PRAISE.has(w) || QUALITY.test(w) ||
        AMOUNT.has(w) ||
        // (Nor a colour's name, "mustard" of "mustard yellow throw", nor a word of a look said
        // in two: "print" of "leopard print" is no printer's. A material says where: "teak
        // outdoor bench" is no weight bench.)
        isColour(w) || kept.some((k, i) => k === w && inLook(kept, i)) ||
        GIFT.has(w) ||
        // (Nor a size said as a word: "small" of "small vacuum" says which vacuum, wherever
        // else the shop's compact and mini things are.)
        SIZE_WORDS.has(w) ||
        // (Nor one place before another: "backyard patio" is a patio.)
        placeBeforePlace(w) ||
        // (Nor a maker's name, which says whose the thing is, not where: "kirkland batteries"
        // had found nothing, Kirkland's things being food and vitamins, the shop's batteries
        // another maker's. A name that is an English word alone may say where: "ring".)
        whose(w)
      ) {
        continue;
      }
      if (await soldElsewhere(w, answer)) return true;
    }
    return false;
  };
  /** Whether `words` find their products mostly (`OWN_DEPARTMENT`) in one department, and none in `answer`. */
  const soldElsewhere = async (words: string, answer: string) => {
    const found = await search({
      ...q,
      q: words,
      fuzzy: false,
      page: 1,
      min_price: undefined,
      max_price: undefined,
    });
    took += found.took_ms;
    const [top] = found.facets.category.toSorted((a, b) => b.count - a.count);
    if (!top || top.value === answer || top.count < found.total * OWN_DEPARTMENT) return false;
    return !found.facets.category.some((f) => f.value === answer);
  };
  // A look said in two words that the shop sells in one department says where the thing is
  // sold, whatever the thing's own words find: "sterling silver hoops" are no basketball
  // hoops. (A single word is asked by `elsewhere` above. Only a phrase of looks' words:
  // "loose leaf" is tea's and paper's.)
  const phrases = [...attributes].filter((i) => attributeAt(kept, i) >= 2).map((i) =>
    kept.slice(i, i + attributeAt(kept, i)).join(" ")
  ).filter((p) => terms(p).every(isAttribute));
  const lookElsewhere = async (r: SearchResult, dropped: readonly string[]) => {
    const answer = r.hits[0]?.category.split(".")[0];
    if (answer === undefined || q.category) return false;
    for (const phrase of phrases) {
      if (terms(phrase).every((w) => dropped.includes(w)) && await soldElsewhere(phrase, answer)) return true;
    }
    return false;
  };
  const namesSomeone = terms(fold(text)).some((w) => whoFor(w) !== undefined);
  /**
   * Whether a word for `whom`, after the thing, comes right before a noun it owns ("baby" of
   * "for baby clothes"); not a part of their body: "shampoo for baby hair" is the baby's.
   */
  const ownsANoun = (whom: string) =>
    kept.some((w, i) =>
      i > thing.head && whoFor(w) === whom && i + 1 < kept.length && whoFor(kept[i + 1]) === undefined &&
      canBeTheThing(kept[i + 1]) && !BODY.has(stem(kept[i + 1]))
    );
  /** Whether a question opens with the thing: "which blender …", "what laptop …". */
  const named = thing.head === 0 && QUESTION_OPENINGS.has(terms(fold(text))[0] ?? "");
  /** The relaxations asked already (that found nothing), not asked again. */
  const askedAlready = new Set<string>();
  for (const candidate of candidates) {
    // Fewer words that are a level's other name browse the level, as the whole query would:
    // "work clothes for women" as "clothes" is women's fashion (it showed clothes hangers).
    const searched = levelAlias(candidate.text) ?? candidate.text;
    let r = await search({ ...q, q: searched, min_price: min, max_price: max });
    took += r.took_ms;
    // (So do fewer words that name a group of kinds, where their words found some: "art
    // supplies for adults" as "art supplies" had found two packs of markers by their words,
    // the group being paints, paper and pencils too. Where they found none, a need may still
    // read the whole query: "build a home gym in the garage".)
    const group = q.category || searched !== candidate.text || r.total === 0
      ? undefined
      : groupAlias(candidate.text);
    if (group) {
      const g = await search({ ...q, q: "", category: group.join(","), min_price: min, max_price: max });
      took += g.took_ms;
      if (g.total > 0) r = g;
    }
    if (r.total === 0) askedAlready.add(candidate.text);
    // A maker's name left out that names where its things are sold says where the thing is:
    // "rep fitness bench" asks for weight benches (Rep Fitness makes dumbbells and
    // kettlebells), not storage benches.
    const where = r.total > 0 && !q.category ? await makersLevel(candidate.dropped) : undefined;
    let scoped = false;
    if (where) {
      const w = await search({ ...q, q: searched, category: where, min_price: min, max_price: max });
      took += w.took_ms;
      // (Not where the words find another maker there by its name: "ll bean tote" as "tote" in
      // fashion had shown Totes' umbrellas.)
      if (w.total > 0 && !terms(searched).some((word) => byMakerOnly(w, word))) [r, scoped] = [w, true];
    }
    // A room's name left out says where the thing is, when the room's things hold it: "bathroom
    // shelf" is a wall shelf, "living room chair" a recliner (they had found nothing, and
    // outdoor chairs by "Outdoor Living").
    const room = r.total > 0 && !q.category && !scoped ? roomLeftOut(candidate.dropped) : undefined;
    if (room) {
      const w = await search({
        ...q,
        q: searched,
        category: PLACES[room].join(","),
        min_price: min,
        max_price: max,
      });
      took += w.took_ms;
      if (w.total > 0 && ofTheKind(w, candidate.head)) [r, scoped] = [w, true];
      // (Elsewhere, not the things another room names: "dining chairs" had shown office chairs.)
      else if (anotherRoom(r, typedWords)) continue;
    }
    // A child's sports things are a youth's or a junior's by their titles: "kids life jacket"
    // shows youth life jackets, "girls tennis racket" junior rackets. (Not once a word that
    // says which went: "kids winter gloves" are no youth baseball gloves.)
    if (r.total === 0 && candidate.dropped.every((w) => /\p{N}/u.test(w) || UNITS.has(w))) {
      for (const young of youthForms(searched)) {
        const y = await search({ ...q, q: young, min_price: min, max_price: max });
        took += y.took_ms;
        // (The kind by the phrase it is named with too: a "life vest" is a life jacket.)
        const named = thing.head > 0 ? `${kept[thing.head - 1]} ${candidate.head}` : candidate.head;
        if (y.total > 0 && (ofTheKind(y, candidate.head) || ofTheKind(y, named))) {
          r = { ...y, corrected_query: young };
          break;
        }
      }
    }
    // Leaving out who it is for must not answer with things for someone else: not men's
    // running shoes for "womens running shoes", nor men's jeans for "womens jeans". Their own
    // departments come first when they hold the thing: "baby shoes" finds kids' sneakers
    // there, "toddler toys" kids' toys before swing sets and board games.
    // A model's number says which of the maker's things: when they make several kinds
    // ("samsung s24": SSDs, earbuds, chargers), none of them is the one asked for.
    // (Unless a line's name in plain words went, which no title says: "otterbox defender" and
    // "rubbermaid brilliance" show the maker's things, saying the word went; they had found
    // nothing. A model's number still names one thing: "samsung s24".)
    const lineInWords = isMakerName(candidate.text) &&
      candidate.dropped.every((w) => isEnglishWord(w) && !/\p{N}/u.test(w));
    if (modelOnly && !oneKind(r) && !lineInWords) continue;
    // (The maker's things in one department at that: Amazon's first ten may all be smart
    // plugs, and "kindle scribe" is none.)
    if (candidate.maker && r.facets.category.length > 1) continue;
    // A query that names no one is no animal's: "waterproof picnic blanket" as "waterproof
    // blanket" had shown only dog blankets.
    // (Unless it keeps a maker's name, whose things are whoever's they are: "outward hound toy".)
    const keepsMaker = spans.some(([j, k]) =>
      thing.kept.slice(j, k + 1).every((w) => !candidate.dropped.includes(w))
    );
    // (Nor when only a size went, which says which of the thing, not whose: "large litter box"
    // had found nothing, the shop's litter boxes being a cat's.)
    const sizeOnly = candidate.dropped.length > 0 &&
      candidate.dropped.every((w) => SIZE_WORDS.has(w) || /\p{N}/u.test(w) || SIZE_NAMES.has(w));
    if (!candidate.forWhom && r.total > 0 && !namesSomeone && forAnAnimal(r) && !keepsMaker && !sizeOnly) {
      continue;
    }
    if (candidate.forWhom && r.total > 0) {
      let within: SearchResult | undefined;
      for (const category of q.category ? [] : audiencePaths(candidate.forWhom)) {
        const w = await search({ ...q, q: searched, category, min_price: min, max_price: max });
        took += w.took_ms;
        if (w.total > 0) {
          within = w;
          break;
        }
      }
      if (within) r = within;
      // (Unless whoever it is only owns a noun after the thing: "laundry detergent for baby
      // clothes" is any detergent, the clothes are the baby's.)
      else if (forSomeoneElse(r, candidate.forWhom) && !ownsANoun(candidate.forWhom)) continue;
    }
    // The thing alone answers with what the words left out are used with, in their own
    // department: "laptop charger" shows chargers (electronics, as laptops are), but
    // "laptop cooler" no ice chests, "piano keyboard" no computer keyboards.
    // (Not the thing a question opens with, "which blender crushes ice best for frozen drinks":
    // it is asked for by name, whatever it is used with.)
    if (r.total > 0 && candidate.usedWith && !named && !(await sameDepartment(r, candidate.usedWith))) {
      continue;
    }
    // A word before the thing, left out, that names another department's things says where
    // the thing is sold: "garden gloves" are no winter gloves, "lint roller" no foam roller,
    // "propane tank" no fish tank, "allergy relief tablets" no computer tablets. (A word
    // found all over, "floor" of "floor lamp", or in the answer's own department, "rain" of
    // "rain boots", says nothing of it; nor does a clause after the thing, which says what
    // it is for: "laptop for college", "shoes for standing all day".)
    if (
      r.total > 0 &&
      await elsewhere(
        r,
        candidate.dropped.filter((w) => modifiers.includes(w) && !lineOf(w) && !PURPOSES.has(w)),
      )
    ) continue;
    if (r.total > 0 && await lookElsewhere(r, candidate.dropped)) continue;
    // One word left out, the rest kept, must find the thing itself, not the words kept in
    // another's title: "low sodium chips" as "low chips" found "Chocolate Chip Low Sugar"
    // protein bars.
    const priced = min !== undefined || max !== undefined;
    if (r.total > 0 && candidate.single && !ofTheKind(r, candidate.head, priced)) {
      // (Unless some of them are the thing, whose leaves then hold the answer: "burgundy midi
      // dress" as "burgundy dress" is the burgundy dress, not the dress belts after it; it had
      // shown any dress.)
      const own = kindLeaves(r, candidate.head);
      if (own.length === 0 || q.category) continue;
      const w = await search({ ...q, q: searched, category: own.join(","), min_price: min, max_price: max });
      took += w.took_ms;
      if (w.total === 0 || !ofTheKind(w, candidate.head, priced)) continue;
      r = w;
    }
    // (So must a kind's word left alone, unless only words that say which of it went: "foot
    // file" as "file" had shown file organizers, "room divider" tackle boxes with dividers,
    // while "gray sectional" shows sectional sofas. Not a maker's name, a department's or a
    // place's: what they find is of many kinds.)
    // (And where the word right before the thing named which kind of it, as a noun does,
    // some first hit must be the thing by its word alone: "leg warmers" had shown bottle
    // warmers, "letter opener" can openers, "flea comb" hair combs, "soy sauce" hot sauce.
    // Not a look, an -ed or -ing word, a purpose, nor a noun after a word that makes it a
    // feature: "wide calf boots", "low sodium chips" show boots and chips.)
    // (Not a word of a maker's name that said where: "fitness" of "rep fitness bench". Nor one
    // that says whose: "kirkland batteries" are batteries, Kirkland making none.)
    const which = thing.head > 0 && candidate.dropped.includes(kept[thing.head - 1]) &&
      namesWhichKind(thing.head - 1) && !scoped;
    if (
      r.total > 0 && alonePlainWord(candidate) && !candidate.dropped.every((w) =>
        saysWhich(w) || saidWhich.has(w) || whose(w)
      ) &&
      (!ofTheKind(r, candidate.head, priced) || (which && !bareIn(r, candidate.head)))
    ) continue;
    // A handful of another kind's things, named with a word not typed ("Karaoke Speaker"),
    // when some kind's name says the thing with only words typed ("Portable Speaker"):
    // "portable bluetooth speaker waterproof for beach loud bass" had shown two karaoke
    // machines. (Many are a kind of the thing: "kids waterproof watch" shows kids' smart
    // watches.)
    const stray = (found: SearchResult) =>
      found.total <= STRAY && namedOtherwise(found, candidate.head, typedWords) &&
      saysWithTyped(candidate.head, typedWords);
    if (r.total > 0 && candidate.dropped.length > 0 && stray(r)) continue;
    // A word before the thing that names other kinds with their own words, left out, where
    // every first hit's kind names the thing with a word not typed, found another kind:
    // "clothes drying rack" as dish drying racks, "infant bath seat" as infant car seats. (Not
    // a room's or a place's name, which says where: "kitchen drying rack" is a dish rack.)
    const kindWord = (w: string) => {
      const i = kept.indexOf(w);
      return i >= 0 && i < thing.head && namesWhichKind(i) && shop.namesAnotherKind(w, candidate.head) &&
        !Object.hasOwn(PLACES, w) && whoFor(w) === undefined;
    };
    if (
      r.total > 0 && !scoped && candidate.dropped.some(kindWord) &&
      namedOtherwise(r, candidate.head, typedWords)
    ) continue;
    // A word left that the first hits carry only as part of their maker's name, which the
    // query does not name whole, found that maker, not the thing: "harry potter book" as
    // "potter book" showed Clarkson Potter's cookbooks.
    if (r.total > 0 && byPartOfMaker(r, candidate, typedWords)) continue;
    // One word left that names things of several departments is no answer: "outdoor lights"
    // as "lights" showed fairy lights, ring lights and bike lights, "dart board" cutting and
    // ironing boards, "setting spray" bug spray and room spray.
    // (Unless only sizes said as words went, which say nothing of which kind: "small vacuum"
    // answers as "vacuum" does.)
    if (
      r.total > 0 && terms(candidate.text).length === 1 && mixed(r) && !candidate.dropped.every(isSizeWord)
    ) continue;
    if (r.total > 0) {
      // Words left out that still find the thing go back, one at a time in the order typed:
      // "round jute area rug 6 ft" as "rug" shows jute rugs, "heavy duty extension cord 50 ft"
      // 50-foot cords. (Not who it is for, asked above; nor a number without its unit, a
      // model's: "ryzen 7 processor" is no 7-cup food processor.) What they find must be for
      // whoever the answer's first hits were for: "waterproof picnic blanket" is no dog's.
      const out = new Set<number>();
      const left = [...candidate.dropped];
      for (const [j, k] of kept.entries()) {
        const at = left.indexOf(k);
        if (at >= 0) [out.add(j), left.splice(at, 1)];
      }
      const sizeAt = (j: number) => /^\p{N}+(?:\.\p{N}+)?$/u.test(kept[j]) && isSizeUnit(kept, j + 1);
      const back = r.corrected_query || candidate.maker
        ? []
        : [...out].filter((j) =>
          whoFor(kept[j]) === undefined && !FUNCTION_WORDS.has(kept[j]) && !POWERED.has(kept[j]) &&
          !OVER.has(kept[j]) && (!/\p{N}/u.test(kept[j]) || sizeAt(j)) && !isSizeUnit(kept, j) &&
          !(kept[j] === "size" && out.has(j + 1)) && // (nor "size" without its number)
          !kept.some((k, i) => k === kept[j] && !out.has(i)) // (a word kept already)
        )
          // (A look the titles say first, then in the order typed: "a couch my cat won't destroy
          // that is also comfortable and grey" had lost its grey past four other words.)
          .toSorted((a, b) => Number(isAttribute(kept[b])) - Number(isAttribute(kept[a])))
          .slice(0, MAX_ADDED_BACK);
      const shown = new Set(r.hits.slice(0, FIRST_HITS).map((h) => categoryAudience(h.category)));
      // (Within the leaf the answer leads with, a word put back that the first titles say only
      // narrows it: "white ceramic dinner plates" as white plate sets, the leaf's titles calling them no
      // plates, had lost "white". Not a word of shop copy alone: "small" of a chest of drawers.)
      // (The leaf it leads with: "portable outdoor" of a projector finds only screens.)
      const leading = r.hits[0]?.category;
      const within = (y: SearchResult, put: readonly number[]) =>
        y.hits.slice(0, FIRST_HITS).every((h) => {
          const title = analyze(h.title);
          return h.category === leading && put.every((i) => title.includes(stem(kept[i])));
        });
      let narrowed = candidate.text;
      for (const j of back) {
        // (A look of several words goes back whole, else its word alone: "carbon fiber road
        // bike" as carbon road bikes, whose titles say "Carbon".)
        const look = lookAround(kept, j);
        // (A feature said in two goes back whole: "gluten free baking" as "free baking" had
        // shown aluminum-free baking powder.)
        // (So does a place said in two: "living" of "mid century living room furniture" had
        // found "Outdoor Living" patio sets.)
        const pair = (FEATURE_SUFFIXES.has(kept[j]) && j > 0) || placeOfTwo(kept, j - 1)
          ? [[j - 1, j]]
          : placeOfTwo(kept, j)
          ? [[j, j + 1]]
          : FEATURE_SUFFIXES.has(kept[j + 1] ?? "")
          ? [[j, j + 1], [j]]
          : undefined;
        for (const put of sizeAt(j) ? [[j, j + 1]] : pair ?? (look ? [look, [j]] : [[j]])) {
          if (put.some((i) => !out.has(i))) break; // (put back already, with its phrase)
          const words = kept.filter((_, i) => !out.has(i) || put.includes(i));
          // (Not the query itself, nor a relaxation that found nothing.)
          if (words.length === kept.length || askedAlready.has(words.join(" "))) continue;
          askedAlready.add(words.join(" "));
          const y = await search({ ...q, q: words.join(" "), min_price: min, max_price: max });
          took += y.took_ms;
          const tried: Relaxation = { ...candidate, text: words.join(" ") };
          if (
            y.total > 0 && !y.corrected_query && !y.did_you_mean &&
            (ofTheLevelOrKind(y, candidate.head) || within(y, put)) &&
            y.hits.slice(0, FIRST_HITS).every((h) => shown.has(categoryAudience(h.category))) &&
            !byPartOfMaker(y, tried, typedWords) &&
            !stray(y)
          ) {
            r = y;
            narrowed = tried.text;
            for (const i of put) out.delete(i);
            break;
          }
        }
      }
      // A word left out that the leading leaf's titles say instead of the noun before the
      // thing goes back in its place: "wide brim sun hat" as "sun hat" had shown bucket
      // hats, the shop's Wide-Brim hats saying no "sun"; "dog food for a puppy" as "dog food"
      // adult food, its puppy food saying "Puppy … Dog Food" apart. (Only within that leaf,
      // its first titles saying the word: "queen bed frame wood" is no wooden picture frame.)
      const partner = thing.head - 1;
      const swaps = partner >= 0 && !out.has(partner) && !out.has(thing.head) && !candidate.maker &&
          !r.corrected_query && narrowed === candidate.text && !FUNCTION_WORDS.has(kept[partner]) &&
          (namesWhichKind(partner) || whoFor(kept[partner]) !== undefined)
        ? [...out].filter((j) =>
          // (A word said before it, or whose it is after the thing: not "bar" of "dark
          // chocolate bar", a dark chocolate's form.)
          (j < partner || (j > thing.head && whoFor(kept[j]) !== undefined)) &&
          !FUNCTION_WORDS.has(kept[j]) && !/\p{N}/u.test(kept[j]) && isEnglishWord(kept[j]) &&
          kept.filter((k) => k === kept[j]).length === 1
        ).slice(0, MAX_ADDED_BACK)
        : [];
      // (The words left out beside it go back with it, when the titles say them all: "wide
      // brim".)
      const run = (j: number) => {
        let [a, b] = [j, j];
        while (a > 0 && out.has(a - 1) && a - 1 !== partner) a--;
        while (b + 1 < kept.length && out.has(b + 1) && b + 1 !== partner) b++;
        return Array.from({ length: b - a + 1 }, (_, i) => a + i);
      };
      swapping: for (const j of swaps) {
        for (const put of run(j).length > 1 ? [run(j), [j]] : [[j]]) {
          if (put.some((i) => !out.has(i))) continue swapping;
          const words = kept.filter((_, i) => i !== partner && (!out.has(i) || put.includes(i)));
          if (askedAlready.has(words.join(" "))) continue;
          askedAlready.add(words.join(" "));
          const y = await search({ ...q, q: words.join(" "), min_price: min, max_price: max });
          took += y.took_ms;
          if (y.total > 0 && !y.corrected_query && !y.did_you_mean && within(y, put)) {
            r = y;
            narrowed = words.join(" ");
            for (const i of put) out.delete(i);
            out.add(partner);
            break swapping;
          }
        }
      }
      const dropped = kept.filter((_, i) => out.has(i));
      return {
        ...r,
        took_ms: Math.round(took * 100) / 100,
        corrected_query: r.corrected_query ?? narrowed,
        dropped_words: grouped ? [...grouped, ...dropped] : dropped,
      };
    }
  }
  // A last kind that found nothing with any of the other words may be a part or a feature of
  // a kind said before it: "large dog bed washable cover for labrador" is a dog bed (it found
  // nothing). Searched once more without it, when a kind comes before it with a word between,
  // none joining two things. (Right before it, a kind names its use: a "soap dispenser" is no
  // soap, a "car jack" no car.)
  // (So may the second of two kinds joined, a set of both that the shop does not sell: "kids
  // wooden desk and chair set white" had found nothing, though white wooden kids' desks are
  // for sale.)
  // (Nor a verb after "to": "i want to watch films in the garden" is no watch.)
  // (Nor a last kind the word right before it names, as the shop's things are named: a
  // "clothes drying rack" is a drying rack, no clothes dryer.)
  const before = kept.slice(0, thing.head).findLastIndex((w, i) =>
    kind(w) && whoFor(w) === undefined && kept[i - 1] !== "to"
  );
  const betweenKinds = kept.slice(before + 1, thing.head);
  const folded = terms(fold(text));
  const joinedKinds = before === thing.head - 1 &&
    folded.slice(thing.at[before] + 1, thing.at[thing.head]).some((w) => JOINING.has(w));
  if (
    headBack && before >= 0 &&
    (joinedKinds ||
      (betweenKinds.length > 0 && !betweenKinds.some((w) => JOINING.has(w)) &&
        !(shop.namesKindWith?.(kept[before], head) ?? false) &&
        !(shop.namesKindWith?.(kept[thing.head - 1], head) ?? false)))
  ) {
    const without = kept.filter((_, i) => i !== thing.head).join(" ");
    const asked = { ...q, q: without, min_price: min, max_price: max };
    const r = await searchRelaxed(asked, await search(asked), search, shopWords, false);
    took += r.took_ms;
    // (The first of two kinds joined stays: "kids desk and chair set with storage" is no
    // "kids storage".)
    const keepsKind = !joinedKinds || r.corrected_query === undefined ||
      terms(r.corrected_query).includes(kept[before]);
    if (r.total > 0 && keepsKind) {
      return {
        ...r,
        took_ms: Math.round(took * 100) / 100,
        corrected_query: r.corrected_query ?? without,
        dropped_words: [...grouped ?? [], head, ...r.dropped_words ?? []],
      };
    }
  }
  return { ...first, took_ms: Math.round(took * 100) / 100 };
}

/**
 * How many of an answer's first hits tell what it found, on page 1 whatever page or size
 * was asked (`searchAsMeant` searches that page to decide): with the page's own hits, "snow
 * boots" found boots at 5 a page and nothing at 20 (hiking boots made the first ten
 * "mixed"), and a page past the first decided on whatever it held.
 */
export const FIRST_HITS = 5;

/** Rooms' and outdoor places' words, as the shop's categories name them too ("office chairs", "outdoor" lighting). */
const ROOMS = new Set(
  "kitchen bathroom bath bedroom office dining living nursery garage patio outdoor garden laundry".split(" "),
);
/** A room's own word that says it alone, as the shop's places list it by their two ("dining" of "dining room"). */
const ROOM_SAID: Readonly<Record<string, string>> = { "dining": "dining room", "living": "living room" };

/** The place (a key of `PLACES`) whose every word went with `dropped` ("bathroom", "living room"), if any. */
function roomLeftOut(dropped: readonly string[]): string | undefined {
  const places = [...Object.keys(PLACES), ...Object.keys(ROOM_SAID)].filter((p) =>
    ROOMS.has(terms(p)[0]) && terms(p).every((w) => dropped.includes(w))
  ).toSorted((a, b) => b.length - a.length);
  return places[0] === undefined ? undefined : ROOM_SAID[places[0]] ?? places[0];
}

/** Whether every first hit's department or leaf names a room not typed (office chairs for "dining chairs"). */
function anotherRoom(r: SearchResult, typed: ReadonlySet<string>): boolean {
  const top = r.hits.slice(0, FIRST_HITS);
  return top.length > 0 && top.every((h) => {
    const path = h.category.split(".");
    const words = [path[0], ...leafName(h.category).split(" ")];
    return words.some((w) => ROOMS.has(w) && !typed.has(w));
  });
}

/** At most this many things found are a few in passing, no kind of their own (`namedOtherwise`). */
const STRAY = 3;

/** A category path's department and subcategory: its aisle ("sports.fishing" of "sports.fishing.fishing_rods"). */
export function aisleOf(category: string): string {
  return category.split(".").slice(0, 2).join(".");
}

/** How many words left out a relaxed answer tries to put back (one search each). */
const MAX_ADDED_BACK = 4;

/** The share of a word's products in one department that makes it that department's word. */
const OWN_DEPARTMENT = 2 / 3;

/**
 * Whether a word of the relaxed query other than the thing is, in every one of the first
 * hits, a word of a maker's name of several words the query does not hold whole, and no
 * word of the rest of its title ("pen" of XP-Pen's "Pen Tablet" names the thing too).
 */
function byPartOfMaker(r: SearchResult, candidate: Relaxation, typed: ReadonlySet<string>): boolean {
  const top = r.hits.slice(0, FIRST_HITS).map((h) => {
    const { maker, named } = makerAndTitle(h);
    // (A possessive's "s" is no word of the name: "dr bronners soap" names Dr. Bronner's.)
    return { maker: maker.filter((w) => !FUNCTION_WORDS.has(w) && w !== "s"), named };
  });
  return top.length > 0 && terms(candidate.text).some((w) =>
    w !== candidate.head &&
    top.every(({ maker, named }) =>
      maker.length > 1 && maker.includes(stem(w)) && !named.includes(stem(w)) &&
      !maker.every((x) => typed.has(x))
    )
  );
}

/**
 * Whether each of an answer's first hits carries every word of the query, English words,
 * only inside its maker's name of several words, which the query does not name whole:
 * "bananas" found Banana Boat's sunscreen, "eggs" a Big Green Egg grill, where the shop
 * sells neither. (`typed`: the query is the shopper's own words, not a typo's reading.)
 */
export function foundByPartOfMaker(r: SearchResult, query: string, typed = true): boolean {
  // (A word that is no English word names the maker: "purina" is Purina Pro Plan's. Not one
  // a typo's reading put there: "vinager" as "vinader" is no Monica Vinader.)
  // (A possessive's "s" is no word of either: "hills science diet" names Hill's Science Diet.)
  const said = terms(fold(query)).filter((w) => w !== "s");
  if (typed && !said.every((w) => w.length < 4 || isEnglishWord(w))) return false;
  const words = said.map(stem);
  const top = r.hits.slice(0, FIRST_HITS);
  return words.length > 0 && top.length > 0 && top.every((h) => {
    const { maker, named } = makerAndTitle(h);
    const own = maker.filter((w) => !FUNCTION_WORDS.has(w) && w !== "s");
    // (Nor a plural English word whose singular is a maker's one word: "wellies" are no Welly
    // bandages. "Crocs" names its maker as written.)
    const plural = own.length === 1 && said.length === 1 && said[0] !== own[0] && isEnglishWord(said[0]) &&
      fold(h.brand).toLowerCase() !== said[0];
    return (own.length > 1 ? !own.every((w) => words.includes(w)) : plural) &&
      words.every((w) => own.includes(w) && !named.includes(w));
  });
}

/**
 * Whether the word is, in each of an answer's first hits, only a word of its maker's name
 * (in either number: "bears" of "gummy bears" is Bear Naked's).
 */
export function byMakerOnly(r: SearchResult, word: string): boolean {
  return r.hits.slice(0, FIRST_HITS).every((h) => {
    const { maker, named } = makerAndTitle(h);
    return maker.includes(stem(word)) && !named.includes(stem(word));
  });
}

/** A hit's maker's words and its title's words without the maker's name it begins with, stemmed. */
function makerAndTitle(h: { brand: string; title: string }): { maker: string[]; named: string[] } {
  const maker = terms(fold(h.brand)).map(stem);
  const title = terms(fold(h.title)).map(stem);
  return { maker, named: maker.every((w, i) => title[i] === w) ? title.slice(maker.length) : title };
}

/**
 * Whether a word only says which of a thing: a colour, a size, a quality, praise, how it is
 * built or how many and how dear ("value vacuum" had found nothing), for whom.
 */
function saysWhich(w: string): boolean {
  return TRAILING_FEATURES.has(w) || /\p{N}/u.test(w) || QUALITY.test(w) || PRAISE.has(w) ||
    DESCRIBING.has(w) || SIZE_WORDS.has(w) || whoFor(w) !== undefined;
}

/** Whether a relaxation keeps only the thing's word, and it is no maker's, department's or place's name. */
function alonePlainWord(c: Relaxation): boolean {
  return !c.maker && terms(c.text).length === 1 && c.text === c.head && !isMakerName(c.text) &&
    levelAlias(c.text) === undefined && !namesDepartment([c.text]) && !(c.text in PLACES);
}

/** Whether each of an answer's first hits is of a leaf whose products' nouns end with the word ("pump" of "Floor Pump"). */
export function ofTheKind(r: SearchResult, head: string, priced = false): boolean {
  const own = kindStems(head);
  const kinds = r.hits.slice(0, FIRST_HITS).map((h) => [...leafNouns(h.category)].some((n) => own.has(n)));
  // (Under a price the kind may run out first: "projector under 200" shows the three
  // projectors the shop has at that price, then their screens. Then the kind's things all
  // come first, two at least.)
  const other = kinds.indexOf(false);
  if (priced && other >= 2) return !kinds.slice(other).some(Boolean);
  return other < 0;
}

/** The stems a leaf's nouns end with when they name `head`'s kind. */
function kindStems(head: string): Set<string> {
  // (A synonym's phrase counts by its last word: "serveware" is a serving tray.)
  return new Set([
    stem(head),
    ...[...synonymWords(head)].map(stem),
    ...expand(head).map((a) => a.at(-1) ?? ""),
  ]);
}

/** The leaves of an answer's first hits that are of the kind `head` names (`ofTheKind`). */
function kindLeaves(r: SearchResult, head: string): string[] {
  const own = kindStems(head);
  return [
    ...new Set(
      r.hits.slice(0, FIRST_HITS).filter((h) => [...leafNouns(h.category)].some((n) => own.has(n))).map((h) =>
        h.category
      ),
    ),
  ];
}

/** What holds, carries or fits a thing, said after it: a "Sunglasses Case" is no sunglasses. */
const HOLDER_WORDS =
  "case cover bag pouch sleeve stand mount holder strap band charger cable skin protector refill";
const HOLDERS = new Set(HOLDER_WORDS.split(" ").map(stem));

/**
 * Whether some of an answer's first hits is sold beside the thing rather than being it: the
 * longest of its leaf's product nouns its title says ends with a word for what holds or fits
 * a thing, other than the word asked ("Sunglasses Case" in the sunglasses' own leaf).
 */
export function besideTheThing(r: SearchResult, head: string): boolean {
  const own = new Set([stem(head), ...[...synonymWords(head)].map(stem)]);
  return r.hits.slice(0, FIRST_HITS).some((h) => {
    const title = ` ${analyze(h.title).join(" ")} `;
    const [noun] = (leafAt(h.category)?.nouns ?? []).map((n) => analyze(n).join(" "))
      .filter((n) => title.includes(` ${n} `)).toSorted((a, b) => b.length - a.length);
    const last = noun?.split(" ").at(-1);
    return last !== undefined && HOLDERS.has(last) && !own.has(last);
  });
}

let nounsByLeaf: Map<string, Set<string>> | undefined;

/** The last words (stems) of a leaf's product nouns and of its name. */
function leafNouns(path: string): Set<string> {
  nounsByLeaf ??= new Map(LEAVES.map((l) => [
    l.path,
    new Set([...l.nouns.map((n) => analyze(n).at(-1) ?? ""), leafName(l.path).split(" ").at(-1) ?? ""]),
  ]));
  // (A leaf the taxonomy lacks, as in a test's canned answers: its name's.)
  return nounsByLeaf.get(path) ?? new Set([analyze(leafName(path)).at(-1) ?? ""]);
}

/** Endings of words that describe rather than name: "unscented", "hiking", "washable", "magnetic". */
/**
 * How an adjective of how a thing looks or feels ends, or of what it is without: "colourful",
 * "glamorous", "stylish", "stemless" ("stemless wine glasses" had found nothing).
 */
const LOOKS_LIKE = /(?:ful|ous|ish|less)$/;
const ADJECTIVAL = /(?:ed|ing|able|ible|ful|less|ous|ive|ic|ish|proof|free|safe|like)$/;
/** Words for whom or what a thing is made, which a noun may say too: "beginner guitar". */
const PURPOSES = new Set(
  "beginner beginners professional pro student starter travel everyday daily".split(" "),
);
/** Words that make a feature of the noun after them: "wide calf", "low sodium", "long sleeve". */
const MAKES_A_FEATURE = new Set(
  "low high wide long short full extra big small large deep thick thin slim tall light heavy soft hard narrow"
    .split(" "),
);

/** Whether some first hit's leaf sells the thing by its word alone ("Socks"), or by a synonym's. */
function bareIn(r: SearchResult, head: string): boolean {
  // (A synonym's phrase counts whole: "serveware" is a serving tray.)
  const own = new Set([
    ...[head, ...synonymWords(head)].map((w) => analyze(w).join(" ")),
    ...expand(head).map((a) => a.join(" ")),
  ]);
  const top = r.hits.slice(0, FIRST_HITS);
  return top.length === 0 || top.some((h) => {
    const leaf = leafAt(h.category);
    // (A noun that says only whom it is for is bare: "Kids Jacket" is a jacket.)
    return !leaf ||
      [...leaf.nouns, leaf.kind ?? ""].some((n) =>
        own.has(analyze(n).filter((w) => whoFor(w) === undefined).join(" "))
      );
  });
}

/**
 * `ofTheKind`, or for a level's name ("furniture"), whether each first hit is under that
 * level: "mid century living room furniture" shows mid-century dressers and sofas.
 */
function ofTheLevelOrKind(r: SearchResult, head: string): boolean {
  if (ofTheKind(r, head)) return true;
  const levels = namedCategories(head);
  const top = r.hits.slice(0, FIRST_HITS);
  return levels.length > 0 && top.length > 0 && top.every((h) => isUnder(h.category, levels));
}

/** A noun's words but the thing's and whom it is for ("karaoke" of "Karaoke Speaker"), when it ends with the thing. */
function otherWords(noun: string, head: string): string[] | undefined {
  const words = analyze(noun);
  return words.at(-1) === stem(head) ? words.slice(0, -1).filter((w) => whoFor(w) === undefined) : undefined;
}

/** Whether each of an answer's first hits is of a leaf whose every noun for the thing has a word not typed. */
function namedOtherwise(r: SearchResult, head: string, typed: ReadonlySet<string>): boolean {
  const top = r.hits.slice(0, FIRST_HITS);
  return top.length > 0 && top.every((h) => {
    const leaf = leafAt(h.category);
    const named = leaf?.nouns.map((n) => otherWords(n, head)).filter((o) => o !== undefined) ?? [];
    return named.length > 0 && named.every((o) => o.some((w) => !typed.has(w)));
  });
}

/** Whether some leaf names the thing bare or with words typed only ("Portable Speaker" for "portable bluetooth speaker"). */
function saysWithTyped(head: string, typed: ReadonlySet<string>): boolean {
  return LEAVES.some((l) => l.nouns.some((n) => otherWords(n, head)?.every((w) => typed.has(w))));
}

/** Words for a child that sports titles say as "youth" or "junior". */
const YOUNG = new Set("kid kids child children childrens boy boys girl girls toddler toddlers".split(" "));

/** `text` with its words for a child as "youth", then as "junior"; none when it has no such word. */
export function youthForms(text: string): string[] {
  const words = terms(fold(text));
  if (!words.some((w) => YOUNG.has(w))) return [];
  return ["youth", "junior"].map((y) => words.map((w) => YOUNG.has(w) ? y : w).join(" "));
}

/** Whether an answer's first hits come from more than one department. */
export function mixed(r: SearchResult): boolean {
  return new Set(r.hits.slice(0, FIRST_HITS).map((h) => h.category.split(".")[0])).size > 1;
}

/** Whether an answer's first hits are all one kind of thing, whoever it is for ("mens_shoes", "kids_shoes"). */
function oneKind(r: SearchResult): boolean {
  const kinds = new Set(
    r.hits.slice(0, FIRST_HITS).map((h) =>
      h.category.split(".").at(-1)!.replace(/^(?:mens|womens|kids)_/, "")
    ),
  );
  return kinds.size === 1;
}

/**
 * Whether most of an answer's first hits are in categories that do not serve `whom`
 * (`serves`): things for nobody in particular serve any grown-up ("womens hiking boots"),
 * but for "kids bike" a grown-up's bike is something else, for "cat bed" a person's bed.
 */
/** Whether most of an answer's first hits are for an animal. */
function forAnAnimal(r: SearchResult): boolean {
  const top = r.hits.slice(0, FIRST_HITS);
  return top.filter((h) => PETS.has(categoryAudience(h.category) ?? "")).length * 2 > top.length;
}

function forSomeoneElse(r: SearchResult, whom: string): boolean {
  const top = r.hits.slice(0, FIRST_HITS);
  return top.filter((h) => !serves(h.category, whom)).length * 2 > top.length;
}
