/**
 * Query understanding over the catalog's own words, shared by both search backends:
 * price phrases and filler words ("cheap", "under 500"), spelling corrections that only
 * ever propose words the catalog uses (edit distance, frequency, and compounds such as
 * "head phones" ↔ "headphones"), and completion ranking for autocomplete.
 *
 * @example
 * ```ts
 * import { parseQuery, Vocabulary } from "./vocabulary.ts";
 * const v = new Vocabulary([["headphones", 120], ["laptop", 80]]);
 * console.log(v.correct(["head", "phones"])); // ["headphones"]
 * console.log(parseQuery("4k tv under 500")); // { text: "4k tv", max_price: 500 }
 * ```
 * @module
 */
import { analyze, editDistance, fold, leafName, stem, terms, typoBudget, typoDistances } from "./text.ts";
import { beginsEnglishWord, isEnglishWord } from "./english.ts";
import { isAttribute, saysLookOnly } from "./attributes.ts";
import { gerund } from "./activities.ts";
import { expand, loadSynonyms } from "./synonyms.ts";
import { once } from "../shared/memo.ts";
import { LEAVES } from "./taxonomy.ts";
import { levelAlias, namesDepartment, namesLeaf, placeThings, WHATEVER } from "./browse.ts";
import { isParticular, whoFor } from "./audience.ts";
import { isMakerName } from "./makers.ts";
import {
  BANG_FOR_BUCK,
  CHEAP,
  DEAREST,
  ENTRY_LEVEL,
  HIGH_END_WORDS,
  LITTLE_MONEY,
  MID_RANGE,
  NOT_TOO_DEAR,
  OFFERS,
  SALE_DAYS,
  TOP_OF_THE_LINE,
} from "./budget.ts";

/** A query with its price phrases and filler words taken out. */
export interface ParsedQuery {
  /** The words that must match, space-separated (the original text when all were filler). */
  text: string;
  min_price?: number;
  max_price?: number;
}

/** Words that say how to shop, not what: dropped from the match (never the whole query). */
const FILLER = new Set([
  // Every word asking for the cheap end ("discounted kitchenaid" had searched "discounted").
  ...CHEAP,
  "best",
  "buy",
  "good",
  "sale",
  "decent",
  "quality",
  "online",
  // (When, not what: "kitchen deals today" had found nothing. Not "now", a maker's name.)
  "today",
  "tonight",
  // "cheap but good knife", "pricey but worth it chef knife", "splurge worthy handbag" (the
  // first two had found nothing: no title says "but").
  "but",
  "worth",
  "worthy",
  // How much: "most comfortable office chair", "very warm blanket", "most popular".
  "most",
  "very",
  "really",
  "popular",
  "recommended",
  // "best selling books", "bestsellers": the most popular, as the answer's order already is.
  "selling",
  "bestselling",
  "seller",
  "sellers",
  "bestseller",
  "bestsellers",
  "a",
  "an",
  "the",
  "for",
  "with",
  "of",
  "my",
  // "melissa and doug" for the maker written "Melissa & Doug" ("&" is no word), "salt and
  // pepper grinder".
  "and",
  // A question or a wish around the thing: "what is the best laptop" asks for a laptop
  // (kept, "what" and "is" matched shop copy: "…with what is already in your wardrobe").
  "what",
  // (Said without its apostrophe: "whats the best tv for gaming" had found nothing.)
  "whats",
  "hows",
  "wheres",
  // "what laptop should i get" (found nothing: no title says "should" or "get")
  "should",
  "get",
  "which",
  "where",
  "how",
  "is",
  "are",
  "i",
  "need",
  "want",
  "looking",
  // "king size bed": the size is the word before ("king bed" finds king-size beds).
  "size",
  "sized",
]);

/**
 * Occasions for gifts (in `GIFT` too): alone, a query for the shop's things named for the
 * occasion ("christmas": Christmas lights; it had matched every product), else for gifts
 * (`occasionGift`: "valentines", "hanukkah"). (Not a feast's: "thanksgiving" asks for no gift.)
 */
export const OCCASIONS: ReadonlySet<string> = new Set(
  ("birthday christmas xmas holiday holidays anniversary valentine valentines graduation housewarming wedding " +
    "hanukkah kwanzaa diwali eid bridal engagement").split(" "),
);
/**
 * A gift is whatever it is for: "gift for dad" asks for something for men ("gifts for
 * kids" matched shop copy saying "makes a great gift" first), "gifts under 20" for the
 * popular things under $20. Before a thing the word names a kind of its own ("gift card",
 * "gift box", "gift spice set") and stays. So does the occasion: "christmas gifts" and
 * "stocking stuffers" found nothing, while "christmas tree" is a thing. (So shop copy
 * never says them: "gift card" found card games whose copy said "a favourite gift".)
 */
export const GIFT: ReadonlySet<string> = new Set([
  ..."gift gifts present presents idea ideas stuffer stuffers".split(" "),
  ..."stocking day".split(" "),
  ...OCCASIONS,
]);
/** The words of `GIFT` for a gift itself, not its occasion: before a thing, a kind of its own ("gift card"). */
export const GIFT_ITSELF: ReadonlySet<string> = new Set("gift gifts present presents".split(" "));

/**
 * Words for products in general: "apple products" asks for what Apple makes, "beauty
 * products" for the beauty department, "things for dogs" for a dog's things ("apple
 * products" found nothing, as no title says "products"). Filler, like a gift, unless a
 * thing follows.
 */
const ANY_PRODUCT: ReadonlySet<string> = new Set(
  "product products item items stuff thing things something anything".split(" "),
);

/**
 * Clothes in general, after a grown-up's group: "mens clothing" is the men's department
 * (no title says "clothing": it found nothing), while "kids clothing" and "baby clothes"
 * name kinds of their own.
 */
const CLOTHING: ReadonlySet<string> = new Set("clothing clothes apparel wear outfits".split(" "));

/**
 * Whether `words[i]` is filler: always for `FILLER`, for `GIFT` and `ANY_PRODUCT` unless a thing follows,
 * `CLOTHING` after a grown-up's group, and
 * the "top" or "highly" of "top rated" (no "top", a garment, is asked for: "rated" is, and
 * the copy of the highest rated products says so).
 */
/**
 * Whether `words[i]` is the "size" said before a size's number ("size 8"): it stays with the
 * number, never filler and never the thing.
 */
export function sizeBeforeNumber(words: readonly string[], i: number): boolean {
  return words[i] === "size" && /^\p{N}/u.test(words[i + 1] ?? "");
}

function isFiller(words: string[], i: number): boolean {
  // (A size's number is said after "size", which stays with it: "womens size 8 boots" had
  // searched "8" and found 8-inch work boots; "size 5 soccer ball" is what titles say.)
  if (sizeBeforeNumber(words, i)) return false;
  if (FILLER.has(words[i])) return true;
  if ((words[i] === "top" || words[i] === "highly") && words[i + 1] === "rated") return true;
  // ("budget friendly desk chair" found nothing: the "friendly" of a price word is no product's.)
  if (words[i] === "friendly" && words[i - 1] === "budget") return true;
  // (Nor the price of "lowest price", "least expensive": "lowest price air fryer" found nothing.)
  if (LOWEST.has(words[i]) && PRICED.has(words[i + 1] ?? "")) return true;
  if (PRICED.has(words[i]) && LOWEST.has(words[i - 1] ?? "")) return true;
  // (Nor a question's "do" before whoever asks: "what charger do i need for samsung galaxy s23"
  // found nothing, "do" kept as a word to match.)
  if (ASKED_DO.has(words[i]) && ASKER.has(words[i + 1] ?? "")) return true;
  // (Nor the "on" of a deal on a thing, or of a thing on sale: "deals on laptops" had searched
  // "on laptops", "vacuums on sale" "vacuums on".)
  if (words[i] === "on" && (DEAL.has(words[i - 1] ?? "") || DEAL.has(words[i + 1] ?? ""))) return true;
  // (Nor the money of "value for money": "value for money blender" found nothing.)
  if (words[i] === "money" && words[i - 1] === "for" && words[i - 2] === "value") return true;
  if (saysLookOnly(words, i)) return true;
  // A thing to replace one is the thing: "replacement remote" found nothing (only laptop
  // batteries and vacuum bags say "Replacement"). (Not "spare": a spare bed is a guest's.)
  if (REPLACING.has(words[i]) && i + 1 < words.length && !FILLER.has(words[i + 1])) return true;
  if (CLOTHING.has(words[i])) {
    const whose = words[i - 1] === "s" ? words[i - 2] : words[i - 1]; // ("women's": "women", "s")
    if (whose !== undefined && ["men", "women"].includes(whoFor(whose) ?? "")) return true;
  }
  if (!GIFT.has(words[i]) && !ANY_PRODUCT.has(words[i])) return false;
  const next = words[i + 1];
  return next === undefined || FILLER.has(next) || GIFT.has(next) || ANY_PRODUCT.has(next);
}

/** Words for a lower price, before the "on" of what it is on ("sale on sofas"). */
const DEAL: ReadonlySet<string> = new Set([
  "deal",
  "deals",
  "sale",
  "sales",
  "discount",
  "discounts",
  "offers",
]);

/** A question's "do", and who asks it after it. */
const ASKED_DO: ReadonlySet<string> = new Set(["do", "does", "did", "should", "can", "could", "would"]);
/** The first halves of "n't" contractions, as `terms` splits them ("aren" of "aren't"). */
const CONTRACTED = new Set(
  "aren isn wasn weren don doesn didn won wouldn couldn shouldn can haven hasn hadn ain mustn needn".split(
    " ",
  ),
);
/** Words a question is asked with, never another word's slip. */
const QUESTION_WORDS: ReadonlySet<string> = new Set([
  "what",
  "whats",
  "which",
  "who",
  "whom",
  "whose",
  "how",
  "where",
  "why",
  "when",
]);
const ASKER: ReadonlySet<string> = new Set(["i", "we", "you", "u", "they", "he", "she", "my", "our", "your"]);

/** Words that say a thing is to replace one, before the thing. */
const REPLACING: ReadonlySet<string> = new Set(["replacement", "replacements"]);

/** "lowest", "least" and "low" before a word for the price ("low cost"), and those words after them. */
const LOWEST: ReadonlySet<string> = new Set(["lowest", "least", "low", "lower"]);
const PRICED: ReadonlySet<string> = new Set(["price", "priced", "expensive", "cost", "costing"]);

/** How shoppers open a request in words, before the thing (with "any", "a", … after it). */
const ASKING = new RegExp(
  String.raw`^\s*(?:please\s+)?(?:(?:hi|hello|hey)\s+)?(?:` + [
    String
      .raw`(?:do|does)\s+(?:you|u|ya|the\s+shop|the\s+store|this\s+shop|this\s+store|your\s+shop|your\s+store|anyone|it)\s+(?:sell|have|stock|carry|do|make)`,
    String.raw`(?:have|has)\s+(?:you|u)\s+got`,
    String.raw`(?:you|u)\s+got`,
    String.raw`(?:is|are)\s+there`,
    // (A question about the shop's things asks for them: "are your towels 100% cotton".)
    String.raw`(?:is|are|do|does)\s+(?:your|ur)`,
    // (And one about the thing in view: "is this vacuum good for stairs" found nothing.)
    String.raw`(?:is|are|does|do|will|would|can)\s+(?:this|these|that|those)`,
    String
      .raw`(?:(?:i\s*'?\s*m|i\s+am|we\s*'?\s*re|we\s+are)\s+)?(?:looking|searching|shopping|hunting)\s+(?:around\s+)?for`,
    String.raw`(?:i\s*'?\s*m|i\s+am)\s+after`,
    String
      .raw`(?:i|we)\s+(?:want|need|would\s+like|\s*'?\s*d\s+like|wanna)\s+to\s+(?:buy|get|find|order|purchase)`,
    String
      .raw`(?:i|we)\s+(?:want|need|would\s+like|\s*'?\s*d\s+like|wanna)(?=\s+(?:a|an|some|the|any|new)\s)`,
    String.raw`(?:can|could|may)\s+(?:i|we|you)\s+(?:get|buy|find|order|purchase|see|have)(?:\s+me)?`,
    String.raw`(?:where|how)\s+(?:can|do|could|should)\s+(?:i|we)\s+(?:buy|get|find|order|purchase)`,
    // (Asking how to choose one asks for it: "how to choose a running shoe" found nothing.)
    String
      .raw`how\s+(?:(?:do|can|should)\s+(?:i|we|you)\s+|to\s+)(?:choose|pick|select|buy|shop\s+for)`,
    String.raw`(?:show|find|get)\s+me`,
    // (Asking for advice asks for the thing: "can you recommend a good book for a 10 year old"
    // found nothing.)
    String.raw`(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:recommend|suggest)(?:\s+me)?`,
    String.raw`(?:any\s+)?(?:recommendations?|suggestions?)\s+(?:for|on)`,
    // (Asking what is good asks for it: "whats a good toy for a toddler" found nothing.)
    String
      .raw`(?:what|which)\s*(?:'?\s*s|\s+is|\s+are|\s+would\s+be)\s+(?:(?:a|an|the|some)\s+)?(?:good|great|nice|decent|fun|cool)`,
    "please",
  ].join("|") + String.raw`)\s+(?:(?:any|some|a|an|the)\s+)?`,
  "u",
);

const NUM = String
  .raw`[$£€]?\s*(\d+(?:\.\d+)?)\s*(?:[$£€]|dollars?|usd|bucks|pounds?(?![\p{L}])|quid|gbp|euros?|eur)?`;
const PRICE_PHRASES: {
  re: RegExp;
  set: (m: RegExpMatchArray, q: ParsedQuery) => void;
  /** Whether the match is a price at all (a size's unit after it is checked apart). */
  accept?: (m: RegExpMatchArray) => boolean;
}[] = [
  {
    // "$300-$500", "$300 to 500": a range with a dollar sign ("2-3 person tent" is none).
    re: /\$\s*(\d+(?:\.\d+)?)\s*(?:-|–|to)\s*\$?\s*(\d+(?:\.\d+)?)/u,
    set: (m, q) => {
      q.min_price = Number(m[1]);
      q.max_price = Number(m[2]);
    },
  },
  {
    // "monitor 100-200", "headphones 50-100 dollars": a range of two plain numbers, rising,
    // with money's sizes (it had left out both numbers and shown $900 monitors). Not a
    // size's ("2-4 person tent", "24-70mm lens", checked after) nor a small one's ("18-55 lens").
    re: new RegExp(
      String
        .raw`(?<![\p{L}\p{N}.$£€-])(\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)\s*(?:dollars?|usd|bucks|quid|euros?)?(?![\p{L}\p{N}.-])`,
      "u",
    ),
    accept: (m) =>
      Number(m[2]) > Number(m[1]) && (/[^\d\s.–-]/u.test(m[0]) || Number(m[1]) >= 20 || Number(m[2]) >= 100),
    set: (m, q) => {
      q.min_price = Number(m[1]);
      q.max_price = Number(m[2]);
    },
  },
  {
    // "monitor around 200", "about $50": a quarter either side (it had found nothing).
    re: new RegExp(String.raw`(?:\b(?:around|about|roughly|approximately|approx)|~)\s*${NUM}`, "u"),
    accept: (m) => /[$£€]|dollar|usd|bucks|quid|euro/u.test(m[0]) || Number(m[1]) >= 20,
    set: (m, q) => {
      q.min_price = Math.floor(Number(m[1]) * 0.75);
      q.max_price = Math.ceil(Number(m[1]) * 1.25);
    },
  },
  {
    re: new RegExp(String.raw`\bbetween\s+${NUM}\s+(?:and|to)\s+${NUM}`, "u"),
    set: (m, q) => {
      q.min_price = Number(m[1]);
      q.max_price = Number(m[2]);
    },
  },
  {
    re: new RegExp(String.raw`(?:\b(?:under|below|less than|cheaper than|up to|max)|<)\s*${NUM}`, "u"),
    set: (m, q) => void (q.max_price = Number(m[1])),
  },
  {
    re: new RegExp(String.raw`(?:\b(?:over|above|more than|at least|min)|>)\s*${NUM}`, "u"),
    set: (m, q) => void (q.min_price = Number(m[1])),
  },
  {
    // An amount of money alone is what it may cost: "$30 gift", "50 dollar headphones" ("30
    // dollar gift ideas" had shown a Dollar Shave Club razor). Only said as money: a bare
    // number is a size's or a model's ("55 tv", "ryzen 7").
    re:
      /(?:[$£€]\s*(\d+(?:\.\d+)?)|(?<![\p{L}\p{N}.])(\d+(?:\.\d+)?)\s*(?:dollars?|usd|bucks|quid|euros?)(?![\p{L}\p{N}]))/u,
    set: (m, q) => void (q.max_price = Number(m[1] ?? m[2])),
  },
];

/**
 * The words of a bound whose number is followed by a unit that is no money's, a size, a
 * weight or a count ("tent under 4 lbs", "tv over 55 inches" had asked for things under $4
 * and over $55), or `undefined`. ("Pounds" is money from 10 up: "laptop under 3 pounds" is
 * a weight, "headphones under 50 pounds" a price.)
 */
function sizeBound(text: string, m: RegExpMatchArray): { bound: string; kept: string } | undefined {
  if (/pound/u.test(m[0])) return Number(m.at(-1)) < 10 ? { bound: m[0], kept: "" } : undefined;
  if (/[$£€]|dollar|usd|bucks|quid|gbp|eur/u.test(m[0])) return undefined;
  const unit = text.slice((m.index ?? 0) + m[0].length).match(SIZE_AFTER);
  if (!unit) return undefined;
  // (A weight's bound goes whole: nothing of 4 lb is "under 4 lbs". A size near the bound
  // is a fair answer: "tv over 55 inches" shows 55-inch TVs.)
  const weight = /^(?:lbs?|pounds?|kgs?|kilo|g$|grams?)/u.test(unit[1]);
  // (Written as typed, a unit glued to its number kept glued: "laptop with at least 32gb ram"
  // had searched "32 gb", which no title's "32GB" matches.)
  const glued = /^[^\s-]/u.test(unit[0]) && !/\s$/u.test(m[0]);
  return { bound: m[0] + unit[0], kept: weight ? "" : `${m.at(-1)}${glued ? "" : " "}${unit[1]}` };
}
const SIZE_AFTER = new RegExp(
  String
    .raw`^(?![\d.])\s*-?\s*(inch(?:es)?|in|"|ft|feet|foot|qt|quarts?|oz|ounces?|lbs?|pounds?|kgs?|kilo(?:gram)?s?|g|grams?|mm|cm|m|meters?|metres?|liters?|litres?|l|ml|gallons?|gal|watts?|w|mah|volts?|v|gb|tb|hz|mph|person|people|players?|seats?|seaters?|cups?|pcs|pieces?|pack|ct|count|years?|yrs?|months?|mos?|minutes?|mins?|hours?|hrs?|days?|degrees?|percent|%|lumens?|db|psi|ply|pounders?)(?![\p{L}\p{N}])`,
  "u",
);

/**
 * An age after who it is for ("vitamins for women over 50", "men over 40"): no price, and
 * no word of a product (it had asked for vitamins over $50: protein powder).
 */
const AGE_OVER =
  /\b((?:wo)?m[ae]n|(?:wo)?mens|adults?|people|seniors?|him|her)\s+(?:over|above|aged)\s+\d{2}(?![\d.$]|\s*(?:\$|dollars?|usd|bucks))\+?/gu;
/** A number written as a word before a size's unit, as the catalog writes it: "one person" → "1 person". */
const NUMBER_WORDS: Record<string, string> = {
  zero: "0",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  twelve: "12",
};
/** Numbers said in words, for money: "fifty bucks", "a hundred dollars", "two hundred and fifty quid". */
const SAID_NUMBERS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(
    ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " +
      "seventeen eighteen nineteen").split(" ").map((w, i) => [w, i + 1]),
  ),
  ...Object.fromEntries(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(" ").map((w, i) => [w, (i + 2) * 10]),
  ),
};
/**
 * Money said in words ("blender under fifty bucks" had left the price out and shown $250
 * blenders): the words before a money's unit, as digits. (Not "pounds": said in words it
 * is as often a weight.)
 */
const MONEY_IN_WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:(?:a|and|hundred|thousand|${
    Object.keys(SAID_NUMBERS).join("|")
  })[\s-]+)+)(bucks|dollars?|quid|euros?)(?![\p{L}\p{N}])`,
  "gu",
);

/** The number words say ("two hundred and fifty" → 250), or `undefined` when they say none. */
function saidNumber(words: string): number | undefined {
  let total = 0;
  let current = 0;
  let said = false;
  for (const w of words.split(/[\s-]+/u).filter(Boolean)) {
    if (w === "hundred") current = (current || 1) * 100;
    else if (w === "thousand") [total, current] = [total + (current || 1) * 1000, 0];
    else if (Object.hasOwn(SAID_NUMBERS, w)) current += SAID_NUMBERS[w];
    else continue; // ("a", "and")
    said = true;
  }
  return said ? total + current : undefined;
}

/**
 * A bound said in words without money's unit, from twenty up ("kids bike under a hundred"
 * had left the price out); a smaller one is as often an age or a count ("toys for over
 * threes").
 */
const BOUND_IN_WORDS = new RegExp(
  String
    .raw`(?<![\p{L}\p{N}])(under|below|over|above|around|about|less than|more than|up to)\s+((?:(?:a|and|hundred|thousand|${
    Object.keys(SAID_NUMBERS).join("|")
  })[\s-]+)*(?:hundred|thousand|${Object.keys(SAID_NUMBERS).join("|")}))(?![\p{L}\p{N}])`,
  "gu",
);

/** `text` with money said in words written in digits (`MONEY_IN_WORDS`, `BOUND_IN_WORDS`). */
function moneyInDigits(text: string): string {
  return text.replace(MONEY_IN_WORDS, (all, words: string, unit: string) => {
    const n = saidNumber(words);
    return n === undefined ? all : `${n} ${unit}`;
  }).replace(BOUND_IN_WORDS, (all, bound: string, words: string) => {
    const n = saidNumber(words);
    return n === undefined || n < 20 ? all : `${bound} ${n}`;
  });
}

const WORD_BEFORE_UNIT =
  /\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|twelve)(?=[\s-]+(?:person|people|cups?|burners?|slices?|seats?|seater|bays?|ports?|quarts?|gallons?|drawers?|doors?|shelf|shelves|tiers?|pack|degrees?|tb|gb|inch|inches|foot|feet|ft|liters?|litres?)\b)/gu;
/** So is a count of pieces, from two: "three piece luggage set" ("one piece" is a kind's name: "One-Piece"). */
const WORD_BEFORE_PIECES = /\b(two|three|four|five|six|seven|eight|nine|ten|twelve)(?=[\s-]+pieces?\b)/gu;
/**
 * How many a thing is for, said of people: "tent for a family of four", "tent for four
 * people" are a 4-person tent, as the titles write it (both had left the number out).
 */
const FAMILY_OF = /\bfamily\s+of\s+(\d{1,2})\b/gu;
const FAMILY_OF_WORDS = new RegExp(
  String.raw`\bfamily\s+of\s+(${Object.keys(NUMBER_WORDS).join("|")})\b`,
  "gu",
);
const PEOPLE = /\b(\d{1,2})[\s-]*(?:people|persons)\b/gu;
/** A store's words for where things are sold ("toy aisle", "electronics department"). */
const STORE_WORDS = new Set([
  "aisle",
  "aisles",
  "isle",
  "department",
  "dept",
  "section",
  "shop",
  "store",
  "area",
]);
/** "easy to clean", "easy-to-use": a phrase that names no product. */
const EASY_TO = /(?<![\p{L}\p{N}])easy[\s-]+to[\s-]+\p{L}+/gu;
/**
 * "can" after whoever can is the verb, no tin or bin: "is there a stroller you can fold with
 * one hand" found nothing, "can" taken for the thing.
 */
const MODAL_CAN = /(?<![\p{L}\p{N}])(?:you|u|i|we|they|it|that|which)\s+can(?![\p{L}\p{N}])/gu;
/**
 * What a thing costs to keep using is its price's word alone: "which printer is cheapest to
 * run", "cheap to run tumble dryer" found nothing (no title says "run").
 */
const CHEAP_TO =
  /(?<![\p{L}\p{N}])(cheap(?:er|est)?|inexpensive|affordable)\s+to\s+(?:run|operate|use|maintain|own|power|keep)(?![\p{L}\p{N}])/gu;
/** Learning to play or use a thing is learning the thing: "learning to play guitar" (it had shown Learning Resources microscopes). */
const LEARN_TO =
  /(?<![\p{L}\p{N}])(learn(?:ing|t|ed)?)\s+(?:how\s+)?to\s+(?:play|use|ride)(?![\p{L}\p{N}])/gu;
/**
 * Phrases that say how to shop or live with a thing, not what it is, taken out of the match in
 * turn (with what stays of each): how easy it is ("easy to clean air fryer"), a modal "can",
 * how high or low its price ("top of the line", "high end", "entry level", "most expensive",
 * "bang for the buck"), learning it, its cost to run, its offers and a duvet's tog.
 */
/**
 * A duvet's tog, Britain's and Australia's measure of its warmth, which no title says: "duvet
 * tog 13.5" had found nothing.
 */
const TOG =
  /(?<![\p{L}\p{N}])(?:\d+(?:[.,]\d+)?[\s-]*togs?|togs?(?:[\s-]+rating)?(?:[\s-]+\d+(?:[.,]\d+)?)?)(?![\p{L}\p{N}])/gu;
const TAKEN_OUT: readonly (readonly [RegExp, string])[] = [
  [EASY_TO, " "],
  [MODAL_CAN, " "],
  [TOP_OF_THE_LINE, " "],
  [HIGH_END_WORDS, " "],
  [ENTRY_LEVEL, " "],
  [MID_RANGE, " "],
  [LITTLE_MONEY, " "],
  [SALE_DAYS, " sale "],
  [OFFERS, " sale "],
  [TOG, " "],
  [NOT_TOO_DEAR, " "],
  [DEAREST, " "],
  [BANG_FOR_BUCK, " "],
  [LEARN_TO, "$1"],
  [CHEAP_TO, "$1"],
];
/**
 * A size's unit as the catalog writes it, apart from its number ("65-Inch", "6-Quart",
 * "16 oz"): "65in tv" was one word no product has, and found every TV once it was left out.
 * ("in" only when no number follows: "2 in 1 laptop". Units the catalog writes joined to
 * their number stay joined: "41mm", "20v", "1tb".)
 */
const GLUED_UNIT =
  /(\d+(?:\.\d+)?)\s*(inches|inch|in(?!\s*\d)|"|ft|feet|foot|qt|quarts?|oz|lbs?|kgs?|cups?|pcs?|pieces?|pk|ct)(?![\p{L}\p{N}])/gu;
/**
 * A unit the catalog writes joined to its number ("2TB", "128GB", "26800mAh", "144Hz",
 * "1500W"), typed apart: "2 tb external hard drive" had left out "2" and "tb".
 */
const JOINED_UNIT = /(?<![\p{L}\p{N}.])(\d+(?:\.\d+)?)\s+(tb|gb|mah|mm|hz|w|v)(?![\p{L}\p{N}])/gu;
const UNIT_AS_WRITTEN: Record<string, string> = {
  inches: "inch",
  in: "inch",
  '"': "inch",
  ft: "foot",
  feet: "foot",
  qt: "quart",
  quarts: "quart",
  lbs: "lb",
  kgs: "kg",
  cups: "cup",
  pc: "piece",
  pcs: "piece",
  pieces: "piece",
  pk: "pack",
  ct: "count",
};

/** A word's consonants, each run written once: "sandals" and "sandels" → "sndls". */
function skeleton(word: string): string {
  return word.replace(/[aeiouy]/g, "").replace(/(.)\1+/g, "$1");
}

/**
 * The consonants as they sound: a soft "c" is an "s", a hard one a "k", "ph" an "f", "wh" a
 * "w", "z" an "s", a "gh" before a "t" nothing, a soft "c" after an "x" too ("vaces" sounds
 * as vases, not as vacs; "scizzors" as scissors, "stratener" as straightener, "excersize"
 * as exercise), and an "x" before a "p" as the "s" it is often typed for ("expreso" as
 * espresso).
 */
function sounded(word: string): string {
  return skeleton(spoken(word));
}

/** The word's letters as they sound (`sounded`'s rules), vowels kept, a letter said twice said once. */
function spoken(word: string): string {
  return (
    word.replace(/ph/g, "f").replace(/wh/g, "w").replace(/gh(?=t)/g, "").replace(/ck/g, "k").replace(
      /xc(?=[eiy])/g,
      "x",
    ).replace(
      /c(?=[eiy])/g,
      "s",
    ).replace(/x(?=p)/g, "s").replace(
      /[cq]/g,
      "k",
    )
      .replace(/z/g, "s")
  ).replace(/(.)\1+/g, "$1");
}

/**
 * Takes price phrases ("under 500", "between 50 and 100") and filler words out of a query,
 * and writes sizes' units as the catalog does ("65in" → "65 inch").
 */
export function parseQuery(text: string): ParsedQuery {
  const out: ParsedQuery = { text: "" };
  let rest = moneyInDigits(fold(text)).replace(AGE_OVER, "$1 ")
    .replace(FAMILY_OF_WORDS, (_, w: string) => `family of ${NUMBER_WORDS[w]}`)
    .replace(WORD_BEFORE_UNIT, (w: string) => NUMBER_WORDS[w])
    .replace(WORD_BEFORE_PIECES, (w: string) => NUMBER_WORDS[w])
    .replace(FAMILY_OF, "$1 person").replace(PEOPLE, "$1 person");
  for (const p of PRICE_PHRASES) {
    const m = rest.match(p.re);
    if (!m || (p.accept && !p.accept(m))) continue;
    // (A bound on a size is no price, and no word of a product: "laptop under 3 pounds".)
    const size = sizeBound(rest, m);
    if (size !== undefined) {
      rest = rest.replace(size.bound, ` ${size.kept} `);
      continue;
    }
    p.set(m, out);
    rest = rest.replace(m[0], " ");
  }
  rest = rest.replace(GLUED_UNIT, (_, n: string, unit: string) => ` ${n} ${UNIT_AS_WRITTEN[unit] ?? unit} `);
  rest = rest.replace(JOINED_UNIT, "$1$2");
  // A request's opening asks for what follows it: "do you sell washing machines", "im
  // looking for running shoes", "have you got any hdmi cables" (each found nothing).
  rest = questionAbout(withoutAsking(rest));
  // How to shop or live with it, not what it is (`TAKEN_OUT`): "easy to clean air fryer".
  for (const [phrase, by] of TAKEN_OUT) rest = rest.replace(phrase, by);
  const words = terms(rest);
  const kept = words.filter((_, i) => !isFiller(words, i));
  // A department's name and a word for whatever it sells asks for the department: "pet
  // supplies" found office supplies once "pet" was left out, "kitchen essentials" nothing.
  // ("office supplies" is a subcategory's own name, "power supply" a kind of thing: they stay.)
  if (
    kept.length >= 2 && WHATEVER.has(stem(kept.at(-1)!)) && namesDepartment(kept.slice(0, -1)) &&
    !namesDepartment(kept) && !namesLeaf(kept)
  ) kept.pop();
  // So does a store's word for where it is sold, after a department, a level's other name,
  // a place or an occasion: "toy aisle", "electronics department", "christmas shop" (they
  // found nothing; no title says "aisle"). ("Shop vac", "bike shop" stay.)
  const before = kept.slice(0, -1);
  if (
    kept.length >= 2 && STORE_WORDS.has(kept.at(-1)!) && !namesLeaf(kept) &&
    levelAlias(kept.join(" ")) === undefined &&
    (namesDepartment(before) || levelAlias(before.join(" ")) !== undefined ||
      placeThings(before.join(" ")) !== undefined ||
      before.every((w) => OCCASIONS.has(w)))
  ) kept.pop();
  out.text = kept.join(" ");
  // An occasion and filler only ("christmas", "valentines day ideas"), no gift: the
  // occasion's words are matched, as the shop's things named for it.
  if (
    kept.length === 0 && words.some((w) => OCCASIONS.has(w)) &&
    !words.some((w) => GIFT_ITSELF.has(w) || w.startsWith("stuffer"))
  ) {
    out.text = words.filter((w) => OCCASIONS.has(w)).join(" ");
    return out;
  }
  // Only filler ("sale", "best deals"): nothing names a product, so nothing is matched
  // (the most popular products answer) and nothing is "corrected" ("sale" → "scale").
  if (kept.length === 0 && words.length > 0) return out;
  if (out.text === "" && out.min_price === undefined && out.max_price === undefined) out.text = text.trim();
  return out;
}

/** A yes-or-no question's opening, before the thing it asks about ("is a", "do", "are"). */
const YES_NO_OPENING = new RegExp(
  String.raw`^\s*(?:` + [
    String
      .raw`(?:is|are|does|do|should|will|would)\s+(?!(?:i|we|you|u|they|it|this|that|these|those|there|your|ur|not|n\s*t)(?![\p{L}\p{N}]))`,
    // (Whether one needs it: "do i need a 4k tv if i sit far away".)
    String.raw`(?:do|does|should|would)\s+(?:i|we|you|u)\s+(?:need|get|buy|want)\s+`,
    // (Whether doing a thing with it is safe: "is it safe to put nonstick pans in the dishwasher".)
    String.raw`is\s+it\s+(?:safe|ok|okay|bad|good|worth\s+it)\s+to\s+\p{L}+\s+`,
  ].join("|") + String.raw`)(?:(?:a|an|the|my|our)\s+)?`,
  "u",
);
/** A how-question's opening: "how many watts is a", "how long do", "what size". */
const HOW_OPENING =
  /^\s*(?:how\s+(?:many\s+\p{L}+|much|long|often)|what\s+size)\s+(?:(?:is|are|does|do|should|will|would)\s+)?(?!(?:i|we|you|u|they|it)(?![\p{L}\p{N}]))(?:(?:a|an|the|my|our)\s+)?/u;
/** What a question asks of the thing, said after it: "safe", "worth it", "any good". */
const VERDICTS = new Set(
  "safe healthy good bad better necessary dangerous effective reliable harmful toxic okay ok work works last lasts"
    .split(" "),
);

/** A verb a question about a thing may end with: "how big should a rug be", "how much does a tv use". */
const ENDING_VERBS = new Set(["be", "use", "cost", "weigh", "hold", "need", "take"]);
/** Verbs of getting a thing, after "to" at a question's end ("what size ring to order"). */
const GETTING = new Set(["order", "buy", "get", "choose", "pick", "purchase"]);

/** What a thing may be safe with or for, as a feature of it: "dishwasher safe", "pet safe". */
const SAFE_WITH = new Set(
  "dishwasher microwave oven freezer food pet pets septic color colour skin reef induction child".split(" "),
);

/**
 * A question about a thing asks for the thing: its opening and what it asks of it go, the
 * rest stays ("is a weighted blanket safe for kids" → "weighted blanket for kids", "do air
 * purifiers really work" → "air purifiers", "how many watts is a good blender" → "good
 * blender"). Only the last verdict goes, so a thing named like one stays: "is a fireproof
 * safe worth it" keeps its safe. `text` as it was when it is no such question.
 */
export function questionAbout(text: string): string {
  const opened = text.match(YES_NO_OPENING) ?? text.match(HOW_OPENING);
  if (!opened) return text;
  // (A condition after it says when, not what: "… if i sit far away".)
  const rest = text.slice(opened[0].length).replace(/\bhelps?\s+with\b/u, "for").replace(/\s+if\s.*$/u, "");
  const words = terms(rest).filter((w) => w !== "really");
  // (Nor the verb the question ends with: "how many watts should a microwave be".)
  if (words.length > 1 && ENDING_VERBS.has(words.at(-1)!)) words.pop();
  // (Nor getting it, said after it: "what size ring to order" had shown Ring's doorbells,
  // "to" matching their "Head-to-Toe".)
  else if (words.length > 2 && words.at(-2) === "to" && GETTING.has(words.at(-1)!)) words.splice(-2);
  const worth = words.findLastIndex((w, i) => w === "worth" && i > 0);
  // (Not what a thing is safe with, its feature: "is the mixer bowl dishwasher safe".)
  const verdict = words.findLastIndex((w, i) =>
    VERDICTS.has(w) && i > 0 && !(w === "safe" && SAFE_WITH.has(words[i - 1]))
  );
  const cut = Math.max(worth, verdict);
  if (cut < 0) return words.length > 0 ? words.join(" ") : text;
  // ("worth it", "worth the money", "worth buying": the words after "worth" up to a clause.)
  let end = cut + 1;
  if (cut === worth) {
    while (end < words.length && !["for", "with", "on", "in", "to"].includes(words[end])) end++;
  }
  const kept = [...words.slice(0, cut), ...words.slice(end)];
  return kept.length > 0 ? kept.join(" ") : text;
}

/** `text` without a request's opening ("i need an outfit for …" → "outfit for …"), when words are left. */
export function withoutAsking(text: string): string {
  const asked = fold(text).replace(ASKING, " ").trim();
  return terms(asked).length > 0 ? asked : fold(text).trim();
}

/** The price range a search applies: the tighter of the query's parameters and its price phrases. */
export function priceBounds(
  q: { min_price?: number; max_price?: number },
  parsed: ParsedQuery,
): { min?: number; max?: number } {
  const min = Math.max(q.min_price ?? 0, parsed.min_price ?? 0) || undefined;
  const max = Math.min(q.max_price ?? Infinity, parsed.max_price ?? Infinity);
  return { min, max: Number.isFinite(max) ? max : undefined };
}

/**
 * The other forms of the word a word that reads as one made with "-er" comes from: a
 * "juicer" is no typo of "juice" (it found cutting boards with a juice groove), a
 * "slicer" none of "slice" (4-slice toasters), a "roaster" none of "roasted" (almonds).
 * A typo that drops a letter is not such a word: "blendr" is still "blender".
 */
function derivedFrom(word: string): Set<string> | undefined {
  const m = /^(.{3,})er$/.exec(word) ?? /^(.{3,}e)r$/.exec(word);
  if (!m) return undefined;
  const root = m[1].replace(/e$/, "");
  if (root.length < 3) return undefined;
  return new Set(["", "e", "ed", "d", "ing", "es"].map((suffix) => root + suffix).filter((w) => w !== word));
}

/** Memo entries per vocabulary (it is rebuilt when the catalog changes), bounded. */
const MEMO_LIMIT = 10_000;
function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!);
  memo.set(key, value);
}

interface StemEntry {
  surface: string;
  surfaceFreq: number;
  freq: number;
}

/**
 * The shop's spelling vocabulary: the catalog's folded words (no digits) with how many
 * products use them, and the synonyms' one-word terms. Lookups go by plural stem,
 * suggestions answer with the most used spelling.
 */
export class Vocabulary {
  readonly #stems = new Map<string, StemEntry>();
  /** `sounded` of each surface, worked out once: every typo lookup compares all of them. */
  readonly #sounds = new Map<string, string>();
  readonly #words: [string, number][];
  /** Per-word typo candidates: the scan over every stem is the slow part of a typo query. */
  readonly #variants = new Map<string, { stem: string; surface: string; distance: number }[]>();
  readonly #corrections = new Map<string, string[] | undefined>();
  readonly #prefixes = new Map<string, string | undefined>();
  readonly #nouns: Set<string>;
  /** Head nouns (stems) some product is called by alone: its noun has no space ("jacket", "t-shirt"). */
  readonly #bare = new Set<string>();
  /** Stem → products whose noun has it before its last word ("trash" of "Trash Can"). */
  readonly #inNouns = new Map<string, number>();
  /** "stem head" of each word before a noun's last word and that last word ("trash can"). */
  readonly #nounPairs = new Set<string>();
  /** A hyphenated catalog word run together (stem) → the word as written: "ereader" → "e-reader". */
  readonly #joined = new Map<string, string>();
  /** Words of the synonyms' multi-word terms (stems): known (`knows`), never a typo candidate. */
  readonly #phraseWords = new Set<string>();
  /** `#joined`'s words as written, listed once (`hyphenated`). */
  #hyphenatedWords: string[] | undefined;

  /**
   * `nouns`: the products' head nouns and leaf-category nouns (stems), for `isNoun`;
   * `nounPhrases`: the products' nouns → products, for `isBareNoun` and `namesAnotherKind`.
   */
  constructor(
    words: Iterable<[string, number]>,
    nouns: Iterable<string> = [],
    nounPhrases: Iterable<[string, number]> = [],
  ) {
    this.#nouns = new Set(nouns);
    for (const [noun, n] of nounPhrases) {
      const ws = analyze(noun);
      const head = ws.at(-1);
      if (head !== undefined && !noun.includes(" ")) this.#bare.add(head);
      for (const s of new Set(ws.slice(0, -1))) {
        this.#inNouns.set(s, (this.#inNouns.get(s) ?? 0) + n);
        this.#nounPairs.add(`${s} ${head}`);
      }
    }
    this.#words = [];
    for (const [w, f] of words) {
      if (f <= 0 || w.length < 2) continue;
      // A hyphenated word is known by its parts; run together it is their spelling.
      if (w.includes("-")) this.#joined.set(stem(w.replaceAll("-", "")), w);
      else this.#words.push([w, f]);
    }
    for (const [w, f] of this.#words) {
      const s = stem(w);
      const e = this.#stems.get(s);
      if (!e) this.#stems.set(s, { surface: w, surfaceFreq: f, freq: f });
      else {
        e.freq += f;
        // The singular (the stem itself) is the spelling to suggest when the catalog has it.
        const better = e.surface !== s &&
          (w === s || f > e.surfaceFreq || (f === e.surfaceFreq && w < e.surface));
        if (better) {
          e.surface = w;
          e.surfaceFreq = f;
        }
      }
    }
    // The synonyms' one-word terms are the shop's words too ("earphones" finds earbuds):
    // known, so "ear phones" joins into one and "earphons" is a typo of it.
    for (const rule of loadSynonyms()) {
      for (const term of [...rule.from, ...rule.to]) {
        // (A multi-word term's words are known, but no spelling to suggest: "sd" of "sd card".)
        if (/\s/u.test(term)) { for (const w of terms(term)) this.#phraseWords.add(stem(w)); }
        if (/\s|\p{N}/u.test(term) || term.length < 2) continue;
        const s = stem(term);
        if (!this.#stems.has(s)) this.#stems.set(s, { surface: term, surfaceFreq: 0, freq: 0 });
      }
    }
  }

  get size(): number {
    return this.#stems.size;
  }

  /** Whether the word names a kind of product in the catalog (a head noun: "blender", "set"). */
  isNoun(word: string): boolean {
    return this.#nouns.has(stem(word));
  }

  /** Whether some product's noun is the word alone: "Jacket" (bare), not only "Camera Bag". */
  isBareNoun(word: string): boolean {
    return this.#bare.has(stem(word));
  }

  /**
   * Whether the catalog uses the word mostly inside the names of kinds of product other
   * than `head`'s ("trash" of "Trash Can", never alone; "steam" of "Steam Mop", in more
   * products than as a feature): before `head`, it names a kind the shop does not sell
   * ("trash bags" are no camera bags, a "steam iron" no curling iron), while "media" of
   * "Media Player" is one before "player".
   */
  namesAnotherKind(word: string, head: string): boolean {
    const s = stem(word);
    const inNouns = this.#inNouns.get(s) ?? 0;
    return inNouns > 0 && inNouns * 2 > (this.#stems.get(s)?.freq ?? 0) &&
      !this.#nounPairs.has(`${s} ${stem(head)}`);
  }

  /** Whether some product's noun is the word followed by `head`'s last word: "water" of "Water Bottle". */
  namesKindWith(word: string, head: string): boolean {
    return this.#nounPairs.has(`${stem(word)} ${stem(head)}`);
  }

  /** Whether the catalog writes the two words as one hyphenated word ("non" and "slip" of "Non-Slip"). */
  writtenJoined(word: string, next: string): boolean {
    return this.#joined.has(stem(word + next));
  }

  /** Whether the shop uses the word: the catalog or a synonym (numbers and models always count). */
  knows(word: string): boolean {
    return /\p{N}/u.test(word) || this.#stems.has(stem(word)) || this.#phraseWords.has(stem(word));
  }

  /** Whether the catalog or a one-word synonym spells the word: not only a word of a synonym's phrase ("spirit" of "spirit level"). */
  spells(word: string): boolean {
    return /\p{N}/u.test(word) || this.#stems.has(stem(word));
  }

  /**
   * For each word of a query, its stem and the stems of its typo variants but the query's
   * other words ("flip flps" may not read "flps" as "flip" again: one title word would
   * answer both, and "Flip" waffle makers were flip-flops). What both backends match a
   * typo query with.
   */
  typoAlternatives(text: string): string[][] {
    const words = terms(text);
    const own = new Set(words.map(stem));
    return words.map((w) => [stem(w), ...this.typoVariants(w).map((v) => v.stem).filter((v) => !own.has(v))]);
  }

  /**
   * Catalog stems within the word's typo budget, same first letter (like ES
   * `prefix_length: 1`), closest first, then most used. None for a common English word
   * (`english.ts`): a real word the catalog lacks is not a typo of one it has.
   */
  typoVariants(word: string): { stem: string; surface: string; distance: number }[] {
    const known = this.#variants.get(word);
    if (known) return known;
    const found = this.#typoVariants(word);
    remember(this.#variants, word, found);
    return found;
  }

  #typoVariants(word: string): { stem: string; surface: string; distance: number }[] {
    const s = stem(word);
    // (Nor for a colour, material, pattern or style: "camo" is no "cam"; nor for a maker's
    // name of one word the catalog's titles say as typed: "lego" is no Leg Avenue costume,
    // which it had shown after LEGO's four sets. "levis" is still Levi's, its titles saying "levi".)
    const maker = isMakerName(word) && this.#stems.has(s);
    const english = isEnglishWord(word);
    const distance = english || isAttribute(word) || maker ? undefined : typoDistances(word);
    // (A real word that is the shop's word with its silent "e" left off is that word typed
    // short: "envelops" is envelopes, "envelop" being no word of the shop's; it found
    // nothing. Not another ending: "organize" is no organizer, "cruise" no cruiser.)
    const silentE = english && !isAttribute(word) && !maker && s.length >= 5
      ? this.#stems.get(`${s}e`)
      : undefined;
    if (!distance && silentE) return [{ stem: `${s}e`, surface: silentE.surface, distance: 1 }];
    if (!distance) return [];
    const kin = derivedFrom(word);
    const out: { stem: string; surface: string; distance: number; freq: number; sound: number }[] = [];
    // Among equally close words, one with the same consonants (a vowel mistyped, left out or
    // doubled) before one with another consonant: "sandels" is sandals before sanders,
    // "drll" a drill before a doll, whatever their frequency.
    // A word that sounds the same one edit further still reads as the word meant when
    // nothing is nearer: "vacume" is vacuum, "bycicle" bicycle, "pencle" pencil (they found
    // nothing). (Not past a nearer word: "perfurme" is perfume, one edit, not "perform",
    // two with the typed word's consonants.)
    const consonants = skeleton(word);
    const sounds = sounded(word);
    // (The stems' sounds too: "grafics" sounds as the catalog's "graphic" once both lose the
    // plural; of four consonants or more, as fewer sound like too many words: "tairas" is no tire.)
    const stemSounds = sounded(s);
    const budget = typoBudget(s) || typoBudget(word);
    const further: typeof out = [];
    // (Two edits further, a longer word that sounds as typed within the budget: "sizzors" is
    // scissors, three slips away, "sisors" as both are said; asked last, when nothing nearer
    // reads it. Not "rapala" as "repel".)
    const farther: typeof out = [];
    const said = spoken(s);
    for (const [candidate, e] of this.#stems) {
      if (candidate === s || candidate === word || kin?.has(candidate)) continue;
      // (Or the same sounds: "vaces" is vases, a soft "c" mistyped for an "s".)
      const sound = skeleton(candidate) === consonants || skeleton(e.surface) === consonants ||
          this.#sounded(e.surface) === sounds ||
          (stemSounds.length >= 4 && this.#sounded(candidate) === stemSounds)
        ? 0
        : 1;
      const d = distance(candidate);
      if (d !== undefined) {
        out.push({ stem: candidate, surface: e.surface, distance: d, freq: e.freq, sound });
      } else if (sound === 0 && candidate[0] === s[0]) {
        const far = editDistance(s, candidate, budget + 2);
        if (far === budget + 1) {
          further.push({ stem: candidate, surface: e.surface, distance: far, freq: e.freq, sound });
        } else if (
          far === budget + 2 && s.length >= 6 && editDistance(said, spoken(candidate), budget) <= budget
        ) {
          farther.push({ stem: candidate, surface: e.surface, distance: far, freq: e.freq, sound });
        }
      }
    }
    // A word spelt as it sounds, one edit further, before a nearer one only a consonant
    // typed for another reaches: "sandles" is sandals, not saddles (it showed 101 bike
    // saddles), while "perfurme" stays perfume, its extra letter no swapped consonant.
    const swapped = (c: string) => {
      if (c.length !== s.length) return false;
      const at = [...c].flatMap((ch, i) => ch === s[i] ? [] : [i]);
      return at.length === 1 && !/[aeiouy]/.test(c[at[0]]) && !/[aeiouy]/.test(s[at[0]]);
    };
    // (Not in a short word, where two edits reach anything: "doms" is no DYMO.)
    if (
      s.length >= 5 && further.length > 0 && out.length > 0 &&
      out.every((o) => o.sound === 1 && swapped(o.stem))
    ) {
      for (const o of further) o.distance = Math.min(...out.map((x) => x.distance));
      out.push(...further);
    }
    if (out.length === 0) out.push(...further);
    // Nothing nearer, the budget of the word as typed, as Algolia counts it: "sciccors", eight
    // letters, is two slips from scissors, though its stem "sciccor" allows one (it found
    // nothing).
    const typed = typoBudget(word);
    if (out.length === 0 && typed > typoBudget(s)) {
      const wider = typoDistances(word, typed)!;
      for (const [candidate, e] of this.#stems) {
        if (candidate === s || candidate === word || kin?.has(candidate)) continue;
        const d = wider(candidate);
        if (d !== undefined) {
          out.push({ stem: candidate, surface: e.surface, distance: d, freq: e.freq, sound: 1 });
        }
      }
    }
    if (out.length === 0) out.push(...farther);
    // Then a word the typed letters begin, left unfinished ("hoodi" is a hoodie, not a
    // hood with a stray key; "glovs" read as "glov" a glove, not a glow), before the more used.
    const unfinished = (c: string) => c.startsWith(word) || c.startsWith(s) ? 0 : 1;
    return out.sort((a, b) =>
      a.distance - b.distance || a.sound - b.sound || unfinished(a.surface) - unfinished(b.surface) ||
      b.freq - a.freq || a.stem.localeCompare(b.stem)
    );
  }

  #sounded(surface: string): string {
    let sounds = this.#sounds.get(surface);
    if (sounds === undefined) this.#sounds.set(surface, sounds = sounded(surface));
    return sounds;
  }

  #surface(word: string): string {
    return this.#stems.get(stem(word))?.surface ?? word;
  }

  /** The best way to cut an unknown word into two catalog words ("wirelessmouse"). */
  #split(word: string): [string, string] | undefined {
    let best: { parts: [string, string]; score: number } | undefined;
    for (let k = 3; k <= word.length - 3; k++) {
      const a = word.slice(0, k);
      const b = word.slice(k);
      if (/\p{N}/u.test(word)) continue;
      // Each half a word the shop spells: a word known only inside a synonym's phrase
      // ("wet" of "wet wipes") has no spelling to offer.
      const ea = this.#stems.get(stem(a));
      const eb = this.#stems.get(stem(b));
      if (!ea || !eb) continue;
      const score = Math.min(ea.freq, eb.freq);
      if (!best || score > best.score) best = { parts: [this.#surface(a), this.#surface(b)], score };
    }
    return best?.parts ?? this.#splitWithSlip(word);
  }

  /**
   * Two of the shop's words run together, one of them with a slip, that name a product
   * together: "airfrier" is an air fryer (it found nothing). The slipped half needs 4
   * letters or more and is one edit from the word meant; the other is as the shop spells it.
   */
  #splitWithSlip(word: string): [string, string] | undefined {
    if (/\p{N}/u.test(word)) return undefined;
    let best: { parts: [string, string]; freq: number } | undefined;
    for (let k = 3; k <= word.length - 3; k++) {
      const halves = [word.slice(0, k), word.slice(k)];
      for (const slipped of [0, 1]) {
        const kept = halves[1 - slipped];
        const typed = halves[slipped];
        if (typed.length < 4 || !this.#stems.has(stem(kept))) continue;
        const meant = this.typoVariants(typed).find((v) =>
          v.distance === 1 &&
          this.#nounPairs.has(slipped === 0 ? `${v.stem} ${stem(kept)}` : `${stem(kept)} ${v.stem}`)
        );
        if (!meant) continue;
        const parts: [string, string] = slipped === 0
          ? [meant.surface, this.#surface(kept)]
          : [this.#surface(kept), meant.surface];
        const freq = this.#stems.get(meant.stem)?.freq ?? 0;
        if (!best || freq > best.freq) best = { parts, freq };
      }
    }
    return best?.parts;
  }

  /**
   * A correction of the query's words using only the shop's words, or `undefined` when
   * nothing needs (or can get) one. Adjacent words join when the joined word is known,
   * even when both are ("head phones" → "headphones", "smart phone" → "smartphone": a
   * correction is only asked for when the words as typed find too few); an unknown
   * word that is a hyphenated catalog word run together gets its hyphens back
   * ("ereader" → "e-reader"); any other is replaced by its closest known word (one edit
   * beats a split, a split beats two edits) or cut in two; words it does not know and
   * cannot fix stay as typed.
   */
  correct(words: string[]): string[] | undefined {
    const key = words.join(" ");
    if (this.#corrections.has(key)) return this.#corrections.get(key);
    const found = this.#correct(words);
    remember(this.#corrections, key, found);
    return found;
  }

  #correct(words: string[]): string[] | undefined {
    const out: string[] = [];
    let changed = false;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const next = words[i + 1];
      // A contraction's halves are no slips: "aren't" had been read as "arena", "t".
      if (next === "t" && CONTRACTED.has(w)) {
        out.push(w, next);
        i++;
        continue;
      }
      if (
        next !== undefined && !/\p{N}/u.test(w + next) && this.knows(w + next)
      ) {
        out.push(this.#surface(w + next));
        changed = true;
        i++;
        continue;
      }
      // A word the shop does not know, typed apart from the next with a slip in the two, is their
      // compound: "blu tooth speaker" is a Bluetooth speaker (it had found nothing).
      const apart = next !== undefined && w.length >= 3 && !this.knows(w) && !isEnglishWord(w) &&
          !/\p{N}/u.test(w + next)
        ? this.#joinedSlip(w, next)
        : undefined;
      if (apart) {
        out.push(apart);
        changed = true;
        i++;
        continue;
      }
      // A catalog word typed joined to a number the catalog writes apart: "cat6" of "Cat 6".
      // (Not a size or model the catalog writes joined: "32gb", "ddr5" begin with no word of its own.)
      const glued = /^(\p{L}{2,})(\p{N}+)$/u.exec(w);
      if (glued && this.#stems.has(stem(glued[1]))) {
        out.push(glued[1], glued[2]);
        changed = true;
        continue;
      }
      if (this.knows(w)) {
        // (One of the shop's words is another's slip when it names no product with the word
        // beside it and the other does: "angel grinder" is an angle grinder, "angel" being only
        // Angel Soft's.) (Not a word that names a kind itself: "card holder" is no car holder.)
        // (The last word, by the word before it: "fishing real" is a fishing reel.)
        const before = next === undefined ? out.at(-1) : undefined;
        // (Nor a question's word: "what food is best for an older dog" had been read as "wet
        // food", showing wet cat food.)
        const slip = (next !== undefined || before !== undefined) && !isAttribute(w) && !this.isNoun(w) &&
            !QUESTION_WORDS.has(w) &&
            !this.#namesWithNeighbour(stem(w), out.at(-1), next)
          ? this.#realWordSlip(w, before, next)
          : undefined;
        out.push(slip ?? w);
        if (slip) changed = true;
        continue;
      }
      if (QUESTION_WORDS.has(w)) {
        out.push(w);
        continue;
      }
      if (isEnglishWord(w) || isAttribute(w)) {
        // A real word the catalog lacks is neither a typo nor two words run together, unless
        // one slip away is the shop's word that names a product with the word beside it:
        // "dog leach" is a dog leash ("leach" found nothing, and alone is no typo).
        // (A three-letter one by the short words' budget: "pepper mil" is a pepper mill.)
        // (Or, typed apart from the word before, a slip of their compound: "tooth past" is
        // toothpaste; it found nothing.)
        const together = this.#together(out.at(-1), w);
        if (together) {
          out[out.length - 1] = together;
          changed = true;
          continue;
        }
        const meant = this.#realWordSlip(w, out.at(-1), next) ??
          (w.length === 3 ? this.#realWordSlip(w, out.at(-1), next, shortDistance(w)) : undefined);
        // …or two of the shop's words run together that name a product: "stockpot" is a
        // Stock Pot (a real word, it had found nothing).
        const parts = meant ? undefined : this.#split(w);
        const named = parts && this.#nounPairs.has(`${stem(parts[0])} ${stem(parts[1])}`);
        if (meant) out.push(meant);
        else if (named) out.push(...parts);
        else out.push(w);
        if (meant || named) changed = true;
        continue;
      }
      // A hyphenated word typed run together ("ereader", "inear"): its parts may be too short to split.
      const joined = this.#joined.get(stem(w));
      if (joined) {
        out.push(joined);
        changed = true;
        continue;
      }
      // A word typed apart from the one before it, with a slip, is their compound when no
      // nearer reading is: "tooth pasete" is toothpaste (it had read "pasta").
      // (Or a nearer reading that names nothing with the word before: "head fones" is
      // headphones, not "head fine"; it found nothing.)
      const together = this.#together(out.at(-1), w);
      const alone = this.typoVariants(w)[0];
      if (
        together &&
        (!alone || alone.distance > 1 || !this.#namesWithNeighbour(alone.stem, out.at(-1), next))
      ) {
        out[out.length - 1] = together;
        changed = true;
        continue;
      }
      // (Never the word beside it again: "flip flps" is no "flip flip".)
      const typo = this.#inPhrase(
        this.typoVariants(w).filter((v) => v.surface !== out.at(-1) && v.surface !== next),
        out.at(-1),
        next,
      );
      // A word that sounds as typed, one edit further, and names a product with the word beside
      // it, before a nearer one that names none: "hair stratener" is a hair straightener, not
      // a hair strainer.
      const heard = typo && !this.#namesWithNeighbour(typo.stem, out.at(-1), next)
        ? this.#soundAlike(w, typo.distance + 1, out.at(-1), next)
        : undefined;
      if (heard) {
        out.push(heard);
        changed = true;
        continue;
      }
      // (A split that names no product with its halves loses to two edits that reach a word of
      // the shop's: "silverwear" is silverware, not "silver wear".)
      const cut = typo?.distance === 1 ? undefined : this.#split(w);
      const split = cut && typo && !this.#nounPairs.has(`${stem(cut[0])} ${stem(cut[1])}`) ? undefined : cut;
      // A word too short for a typo budget is one when the shop's word one slip away names a
      // product with the word beside it: "dog fod" is dog food (it found nothing).
      const short = typo || split || w.length !== 3 || /\p{N}/u.test(w)
        ? undefined
        : this.#realWordSlip(w, out.at(-1), next, shortDistance(w));
      if (typo && typo.distance === 1) out.push(typo.surface);
      else if (split) out.push(...split);
      else if (typo) out.push(typo.surface);
      else if (short) out.push(short);
      else {
        out.push(w);
        continue;
      }
      changed = true;
    }
    if (this.#doing(out)) changed = true;
    // A word fixed may make a compound with its neighbour: "pilow case" is a pillowcase.
    return changed ? this.#joinCompounds(out, new Set(words)) : undefined;
  }

  /**
   * A verb said bare before a thing the shop names with its "-ing" form, rewritten in
   * place: "iron board" is an ironing board, "fish rod" a fishing rod, "sleep bag" a
   * sleeping bag (each found nothing). Only where the words as typed name no product
   * together. Whether any word changed.
   */
  #doing(words: string[]): boolean {
    let changed = false;
    for (let i = 0; i + 1 < words.length; i++) {
      const w = words[i];
      const head = stem(words[i + 1]);
      if (/\p{N}|ing$/u.test(w) || w.length < 3 || this.#nounPairs.has(`${stem(w)} ${head}`)) continue;
      const form = gerund(w);
      if (this.#stems.has(stem(form)) && this.#nounPairs.has(`${stem(form)} ${head}`)) {
        words[i] = this.#surface(form);
        changed = true;
      }
    }
    return changed;
  }

  /**
   * The shop's word one edit from `prev` and `word` typed together, beginning with `prev`
   * and longer by more than a letter ("tooth pasete" → "toothpaste"), or `undefined`.
   */
  /** The shop's word one slip from two words run together that begins with the first ("blu tooth" → "bluetooth"). */
  #joinedSlip(first: string, second: string): string | undefined {
    const start = stem(first);
    return this.typoVariants(first + second).find((v) =>
      v.distance === 1 && v.stem.startsWith(start) && v.stem.length > start.length + 1
    )?.surface;
  }

  #together(prev: string | undefined, word: string): string | undefined {
    if (prev === undefined || !this.knows(prev) || /\p{N}/u.test(prev)) return undefined;
    const first = stem(prev);
    const near = this.#joinedSlip(prev, word);
    if (near) return near;
    // (Or two edits away when it sounds as typed: "head fones" is headphones, "smart fone" a
    // smartphone; both found nothing.)
    const s = stem(prev + word);
    const sounds = sounded(prev + word);
    let best: { surface: string; freq: number } | undefined;
    for (const [candidate, e] of this.#stems) {
      if (!candidate.startsWith(first) || candidate.length <= first.length + 1) continue;
      if (this.#sounded(e.surface) !== sounds || editDistance(s, candidate, 2) > 2) continue;
      if (!best || e.freq > best.freq) best = { surface: e.surface, freq: e.freq };
    }
    return best?.surface;
  }

  /** Adjacent words, one of them fixed (not `typed`), joined where the shop knows them as one ("pillow case" → "pillowcase"). */
  #joinCompounds(words: string[], typed: ReadonlySet<string>): string[] {
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const next = words[i + 1];
      const fixed = !typed.has(words[i]) || (next !== undefined && !typed.has(next));
      // (A word the titles use: "hair dryar" stays "hair dryer", not the synonym "hairdryer".)
      const inTitles = next !== undefined && (this.#stems.get(stem(words[i] + next))?.freq ?? 0) > 0;
      if (fixed && inTitles && !/\p{N}/u.test(words[i] + next!)) {
        out.push(this.#surface(words[i] + next!));
        i++;
      } else out.push(words[i]);
    }
    return out;
  }

  /** Whether a stem makes a product's noun with the word before it or after it ("floor" of "Floor Lamp"). */
  #namesWithNeighbour(stemmed: string, before: string | undefined, after: string | undefined): boolean {
    return (before !== undefined && this.#nounPairs.has(`${stem(before)} ${stemmed}`)) ||
      (after !== undefined && this.#nounPairs.has(`${stemmed} ${stem(after)}`));
  }

  /** The shop's word one edit from a real word, named in a product's noun with a neighbour ("leash" of "Dog Leash"). */
  #realWordSlip(
    word: string,
    before: string | undefined,
    after: string | undefined,
    distance = typoDistances(word),
  ): string | undefined {
    if (!distance || (before === undefined && after === undefined)) return undefined;
    const pairs = (c: string) => this.#namesWithNeighbour(c, before, after);
    let best: { stem: string; surface: string; freq: number } | undefined;
    // (Or two edits away, sounding the same: "air friar" is an air fryer.)
    const sounds = sounded(word);
    const near = (candidate: string, surface: string) =>
      distance(candidate) === 1 ||
      (this.#sounded(surface) === sounds && editDistance(stem(word), candidate, 2) <= 2);
    for (const [candidate, e] of this.#stems) {
      if (!near(candidate, e.surface) || !pairs(candidate)) continue;
      if (!best || e.freq > best.freq) best = { stem: candidate, surface: e.surface, freq: e.freq };
    }
    return best?.surface;
  }

  /**
   * The most used of the shop's words that sounds as `word` does, with its first letter, at
   * most `distance` edits from it, and names a product with a neighbour, or `undefined`.
   */
  #soundAlike(
    word: string,
    distance: number,
    before: string | undefined,
    after: string | undefined,
  ): string | undefined {
    if (before === undefined && after === undefined) return undefined;
    const s = stem(word);
    const sounds = sounded(word);
    let best: { surface: string; freq: number } | undefined;
    for (const [candidate, e] of this.#stems) {
      if (candidate[0] !== s[0] || this.#sounded(e.surface) !== sounds) continue;
      if (!this.#namesWithNeighbour(candidate, before, after)) continue;
      if (editDistance(s, candidate, distance) > distance) continue;
      if (!best || e.freq > best.freq) best = { surface: e.surface, freq: e.freq };
    }
    return best?.surface;
  }

  /**
   * The closest typo candidate; among equally close ones, the first that makes a product's
   * name with the word before or after it ("flor lamp": "floor", of "Floor Lamp", not the
   * more used "flow").
   */
  #inPhrase(
    variants: { stem: string; surface: string; distance: number }[],
    before: string | undefined,
    after: string | undefined,
  ): { stem: string; surface: string; distance: number } | undefined {
    const [best] = variants;
    if (!best || (before === undefined && after === undefined)) return best;
    const pairs = (c: string) => this.#namesWithNeighbour(c, before, after);
    return variants.find((v) => v.distance === best.distance && pairs(v.stem)) ?? best;
  }

  /**
   * The prefix with words the catalog writes hyphenated joined as it writes them ("usb c"
   * → "usb-c", "t sh" → "t-sh" of "t-shirt"), or undefined when none is.
   */
  hyphenated(key: string): string | undefined {
    const words = key.split(" ");
    let changed = false;
    const out: string[] = [];
    const hyphenatedWords = this.#hyphenatedWords ??= [...this.#joined.values()];
    for (let i = 0; i < words.length; i++) {
      const next = words[i + 1];
      const pair = next === undefined ? undefined : `${words[i]}-${next}`;
      const last = i + 2 === words.length;
      const known = pair !== undefined &&
        hyphenatedWords.some((w) => last ? w.startsWith(pair) : w === pair);
      if (known) {
        out.push(pair!);
        changed = true;
        i++;
      } else out.push(words[i]);
    }
    return changed ? out.join(" ") : undefined;
  }

  /**
   * For a mistyped last word of an autocomplete prefix: the beginning of the most used
   * catalog word that is one edit away (`hedph` → `headph`), from 4 characters on; none
   * for the beginning of a common English word (`english.ts`: "skir" is no typo of "shir").
   */
  prefixVariant(typed: string): string | undefined {
    if (this.#prefixes.has(typed)) return this.#prefixes.get(typed);
    const found = this.#prefixVariant(typed);
    remember(this.#prefixes, typed, found);
    return found;
  }

  #prefixVariant(typed: string): string | undefined {
    // A common English word on its way ("skir", "robe") is no typo of a catalog one.
    if (typed.length < 4 || /\p{N}/u.test(typed) || beginsEnglishWord(typed)) return undefined;
    // The last letter typed left out is the weakest guess: "smartf" is a phone on its way
    // ("smartp"), not "smart" with a stray key, however much more the shop says "smart".
    const cut = typed.slice(0, -1);
    let best: { prefix: string; d: number; freq: number } | undefined;
    for (const [word, freq] of this.#words) {
      if (word[0] !== typed[0]) continue;
      for (const len of [typed.length - 1, typed.length, typed.length + 1]) {
        if (len > word.length) continue;
        const prefix = word.slice(0, len);
        const d = editDistance(typed, prefix, 1) + (prefix === cut ? 0.5 : 0);
        if (d > 1.5 || prefix === typed) continue;
        if (!best || d < best.d || (d === best.d && freq > best.freq)) best = { prefix, d, freq };
      }
    }
    return best?.prefix;
  }
}

/** A completion with the summed popularity of the products it names (phrases weighted down). */
export interface RankedCompletion {
  text: string;
  /** Popularity as a name (noun, brand) plus `PHRASE_WEIGHT` × popularity as a phrase. */
  score: number;
  /** The name part alone: what a shorter completion it extends is credited with. */
  nameScore: number;
}

/** A phrase completion ("wireless memory card") counts for this share of a name ("wireless mouse"). */
export const PHRASE_WEIGHT = 0.25;

/** How many completions (by own popularity) both backends re-rank for one prefix. */
export const COMPLETION_CANDIDATES = 50;

const byScore = (a: RankedCompletion, b: RankedCompletion) =>
  b.score - a.score || a.text.length - b.text.length || a.text.localeCompare(b.text);

/** The analysed words a completion searches, remembered per text (completions recur across prefixes). */
const searchKey = (text: string) => once(SEARCH_KEYS, text, () => analyze(text).join(" "));
const SEARCH_KEYS = new Map<string, string>();

/**
 * Orders completions: spellings of one search merged ("mat", "mats"), the top
 * {@link COMPLETION_CANDIDATES} by their own popularity,
 * then each also credited with the phrases it begins ("laptop" with "laptop bag"), so
 * a word a shopper would type outranks its longer variants; ties go to the shorter.
 */
export function rankCompletions(found: RankedCompletion[]): RankedCompletion[] {
  // One completion per search: "mat" and "mats" find the same products (plural folding),
  // so the more popular spelling stands for both, with both's popularity. (Among the most
  // popular: a spelling far down the list changes nothing at the top.)
  const bySearch = new Map<string, RankedCompletion>();
  for (const c of [...found].sort(byScore).slice(0, 2 * COMPLETION_CANDIDATES)) {
    const key = searchKey(c.text);
    const other = bySearch.get(key);
    if (!other) bySearch.set(key, c);
    else {
      const [first, second] = byScore(c, other) < 0 ? [c, other] : [other, c];
      bySearch.set(key, {
        text: first.text,
        score: first.score + second.score,
        nameScore: first.nameScore + second.nameScore,
      });
    }
  }
  const top = [...bySearch.values()].sort(byScore).slice(0, COMPLETION_CANDIDATES);
  return top.map((c) => ({
    ...c,
    score: c.score + top.reduce((sum, d) => sum + (d.text.startsWith(c.text + " ") ? d.nameScore : 0), 0),
  })).sort(byScore);
}

/**
 * Merges popular real searches (the search-analytics hook: they come first, in the
 * given order, when they start with the typed prefix) with catalog completions.
 */
export function mergeCompletions(
  prefix: string,
  catalog: string[],
  popular: string[] = [],
  limit = 10,
): string[] {
  const key = fold(prefix).replace(/\s+/g, " ").trim();
  const out: string[] = [];
  for (
    const text of [
      ...popular.map((p) => fold(p).replace(/\s+/g, " ").trim()).filter((p) => p.startsWith(key)),
      ...catalog,
    ]
  ) {
    if (text && !out.includes(text)) out.push(text);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * Ranking constants both backends apply. Exact (+synonym) matches form a tier above
 * typo matches; inside a tier, a product whose head noun (or leaf category) is a query
 * word outranks one that only mentions it ("laptop" → laptops before laptop bags).
 */
export const RANKING = {
  /** Typo tolerance runs only when the exact query finds fewer products than this. */
  enoughExact: 10,
  /** Added to every exact match when typo matches are merged in. */
  exactTier: 1000,
  /**
   * Added to a match of the corrected phrase (not of the words as typed) among typo
   * matches: it is ranked as that phrase's own search ranks it, above the other typo
   * matches, below the exact tier.
   */
  correctedTier: 500,
  /** Head noun is one of the query's own words… */
  headOwn: 20,
  /** …or one of them or a single-word synonym (so own words get both: 60, synonyms 40). */
  headAny: 40,
  leafOwn: 10,
  leafAny: 10,
  /**
   * The query ends with the whole name of the product's leaf category ("bed" →
   * `…furniture.beds`, "memory foam pillow" → `…bedding.pillows`, "dog bed" →
   * `…dogs.dog_beds`): the shop's own word for that kind of thing. Large enough that a
   * bed frame (head noun "frame", leaf "beds") ranks above a dog bed (head noun "bed",
   * leaf "dog beds") for "bed": a leaf named with a modifier is a narrower kind.
   */
  leafName: 70,
  /**
   * A query that is the name of a department or subcategory ("kitchen", "cameras",
   * `namedCategories`): the score of every product under it in place of its text score
   * (added to it for a query of who it is for alone: "girls" is not "boys"), so the department
   * comes before products that only carry the word elsewhere (America's Test Kitchen
   * cookbooks, GoPro "Sports" cameras, whose brand and title matches outscore a
   * category-only match by 30–50). Flat, because under the department the words say
   * nothing more: "furniture" showed only Bush Furniture bookcases and "tools" only Klein
   * Tools screwdrivers, their brands carrying the word. The noun boost still ranks the
   * thing itself first ("cameras": cameras, then tripods), popularity the rest. Above any
   * text score, below the exact tier.
   */
  browse: 200,
  /**
   * Added to a product for anyone (not under a child's or an animal's category:
   * `PARTICULAR_PATHS`) when the query names nobody: "chair" shows office chairs before
   * high chairs, "bottle" water bottles before baby bottles. Above a leaf's noun boost
   * (high chairs sit in a leaf named for chairs, outdoor chairs in patio furniture) plus
   * the points title lengths move a text score; below the head noun boost, so a query for
   * what only children or pets use ("toys", "dog food") still finds it first.
   */
  anyone: 35,
  /**
   * A product whose maker the query names whole (`namedMakers`): "apple" shows Apple's
   * things before car radios with Apple CarPlay, "sony headphones" Sony's headphones before
   * other headphones. A word that is only part of a maker's name earns nothing: both
   * backends index a title without the maker's name it begins with (`titleTerms`), so
   * Cable Matters no longer took every "hdmi cable". Below the noun boost: the thing asked
   * for comes first, of the maker named first among it.
   */
  maker: 40,
  /**
   * Per query word a one-way rule keeps and adds to (`keptWords`: "white => white, ivory"),
   * to a product whose title holds it as typed: "2 slice toaster white" shows white toasters
   * before ivory ones. Larger than what title lengths move a text score (on the embedded
   * index times the words matched, as its text score is); below the noun boost, so a white
   * throw pillow for a sofa stays below an ivory sofa.
   */
  asTyped: 20,
  /**
   * `boost=trending`: added × the product's trending weight (0–1). Below the noun boost
   * and far below the exact tier, so a trending product moves up among equally relevant
   * matches but never above a better kind of match.
   */
  trending: 15,
  /** `sort=trending`: large enough that trending weight decides, relevance breaks ties. */
  trendingSort: 100_000,
} as const;

/** The score added for a product's trending weight under `boost=trending` / `sort=trending`. */
export function trendingBonus(weight: number | undefined, sort: string): number {
  if (!weight) return 0;
  return weight * (sort === "trending" ? RANKING.trendingSort : RANKING.trending);
}

/**
 * The noun boost a product earns for query words `own` and their synonyms `syn` (analysed):
 * `headBonus` of its head noun plus `leafBonus` of its leaf category's last word (each 0
 * unless the query names that word).
 */
export function headBonus(head: string, own: ReadonlySet<string>, syn: ReadonlySet<string>): number {
  return (own.has(head) ? RANKING.headOwn : 0) + (own.has(head) || syn.has(head) ? RANKING.headAny : 0);
}

/**
 * The leaf names a query can mean: its analysed words' tails, longest first ("memory foam
 * pillow" → `memory foam pillow`, `foam pillow`, `pillow`), and those of each synonym
 * variant with as many words ("bicycle" → `bike`, "boys shoes" → `kid shoe`; not "earbuds"
 * → `in ear headphone`, whose tail `headphone` names another kind), and each other variant
 * that is a leaf's whole name ("tumble dryer" → `dryer`). A product whose
 * `leafName` is one of them earns `RANKING.leafName`.
 */
export function queryLeafNames(text: string): string[] {
  const own = analyze(text).length;
  const out = new Set<string>();
  for (const words of expand(text)) {
    if (words.length !== own) {
      // (A variant of another length counts whole, when it is a leaf's whole name: "tumble
      // dryer", replaced by `dryer`, had ranked hair dryers first.)
      const whole = words.join(" ");
      if (allLeafNames().has(whole)) out.add(whole);
      continue;
    }
    for (let i = 0; i < own; i++) out.add(words.slice(i).join(" "));
    // (And those before words said after the thing, which end no leaf's name: "speaker
    // bluetooth" names the speakers as "bluetooth speaker" does; it had ranked shower
    // speakers first, no tail of it being a leaf's name.)
    let end = words.length;
    while (end > 1 && !leafLastWords().has(words[end - 1])) end--;
    if (end < words.length) { for (let i = 0; i < end; i++) out.add(words.slice(i, end).join(" ")); }
  }
  return [...out];
}

let leafNameSet: Set<string> | undefined;
/** Every name a leaf answers to (`leafNamesOf`). */
function allLeafNames(): Set<string> {
  return leafNameSet ??= new Set(LEAVES.flatMap((l) => leafNamesOf(l.path)));
}

let leafLast: Set<string> | undefined;
/** The last word of every name a leaf answers to (`leafNamesOf`): "speaker" of `shower speaker`. */
function leafLastWords(): Set<string> {
  return leafLast ??= new Set(LEAVES.flatMap((l) => leafNamesOf(l.path).map((n) => n.split(" ").at(-1)!)));
}

/**
 * The names a product's leaf answers to for `RANKING.leafName`: its own (`leafName`), and
 * without the grown-ups its name begins with, a leaf for men's or women's things being
 * that kind for them ("mens shoes" → `men shoe`, `shoe`): "shoes" showed water shoes as
 * often as sneakers and running shoes, no leaf being called "shoes" alone. (Not a child's:
 * "bike" is a grown-up's bike before a kids' bike.)
 */
export function leafNamesOf(category: string): string[] {
  // Worked out once per category (a few hundred; every indexed product asks), handed out as
  // a copy so that no caller can change another's.
  return once(LEAF_NAMES, category, () => {
    const name = leafName(category);
    const words = name.split(" ");
    const group = words.length > 1 ? whoFor(words[0]) : undefined;
    return group && !isParticular(group) ? [name, words.slice(1).join(" ")] : [name];
  }).slice();
}
const LEAF_NAMES = new Map<string, string[]>();

/** See {@link headBonus}: the leaf category's share of the noun boost. */
export function leafBonus(leafHead: string, own: ReadonlySet<string>, syn: ReadonlySet<string>): number {
  return (own.has(leafHead) ? RANKING.leafOwn : 0) +
    (own.has(leafHead) || syn.has(leafHead) ? RANKING.leafAny : 0);
}

/** One edit from a short word, its first letter kept (`typoDistances` allows none below 4 letters). */
function shortDistance(word: string): (candidate: string) => number | undefined {
  return (candidate) => candidate[0] === word[0] ? editDistance(word, candidate, 1) : undefined;
}
