/**
 * Makers shoppers know by name and the kind of thing each is known for: "tide" is laundry
 * detergent, "pringles" chips, "kobalt" hand tools. A shop that does not carry the maker
 * answers with the kind, saying so (`corrected_query`, `dropped_words`), as a store's
 * search says "we don't carry Tide; showing laundry detergent". Asked only when the words
 * found nothing and the maker is none of the shop's (`isMakerName`), so a maker the catalog
 * carries is always searched as itself.
 *
 * @example
 * ```ts
 * import { knownMakerKind } from "./brand_kinds.ts";
 * knownMakerKind("tide"); // { maker: "tide", kind: "laundry detergent", rest: "" }
 * knownMakerKind("pringles sour cream"); // { maker: "pringles", kind: "chips", rest: "sour cream" }
 * knownMakerKind("blender"); // undefined
 * ```
 * @module
 */
import { fold, terms } from "./text.ts";

/** Maker (folded words) → what it is known for, as the shop names it. */
export const MAKER_KINDS: Readonly<Record<string, string>> = {
  // Household
  "tide": "laundry detergent",
  "gain": "laundry detergent",
  "all free clear": "laundry detergent",
  "downy": "laundry detergent",
  "clorox": "household cleaner",
  "lysol": "household cleaner",
  "windex": "household cleaner",
  "mr clean": "household cleaner",
  "method": "household cleaner",
  "febreze": "air freshener",
  "glade": "air freshener",
  "swiffer": "mop",
  "bounty": "paper towels",
  "charmin": "toilet paper",
  "scott": "toilet paper",
  "kleenex": "tissues",
  "ziploc": "food storage containers",
  "glad": "trash bags",
  "hefty": "trash bags",
  "tupperware": "food storage containers",
  "pyrex": "glass food storage containers",
  "command": "wall hooks",
  "duracell": "batteries",
  "energizer": "batteries",
  // Groceries
  "pringles": "chips",
  "lays": "chips",
  "doritos": "chips",
  "cheetos": "chips",
  "goldfish": "chips",
  "oreo": "chocolate",
  "oreos": "chocolate",
  "nature valley": "granola",
  "quaker": "cereal",
  "cheerios": "cereal",
  "kelloggs": "cereal",
  "hersheys": "chocolate",
  "reeses": "chocolate",
  "m ms": "chocolate",
  "snickers": "chocolate",
  "celestial seasonings": "tea",
  "lipton": "tea",
  "twinings": "tea",
  "folgers": "coffee",
  "maxwell house": "coffee",
  "starbucks": "coffee",
  "dunkin": "coffee",
  "heinz": "condiments",
  "frenchs": "condiments",
  "campbells": "soup",
  "kraft": "pasta",
  "barilla": "pasta",
  "gatorade": "energy drink",
  "red bull": "energy drink",
  "la croix": "sparkling water",
  "lacroix": "sparkling water",
  // Beauty and health
  "wet n wild": "makeup",
  "maybelline": "mascara",
  "covergirl": "makeup",
  "nyx": "makeup",
  "elf": "makeup",
  "loreal": "makeup",
  "neutrogena": "skincare",
  "olay": "moisturizer",
  "dove": "body wash",
  "old spice": "deodorant",
  "degree": "deodorant",
  "secret": "deodorant",
  "axe": "body spray",
  "gillette": "razor",
  "schick": "razor",
  "colgate": "toothpaste",
  "crest": "toothpaste",
  "sensodyne": "toothpaste",
  "listerine": "mouthwash",
  "head shoulders": "shampoo",
  "pantene": "shampoo",
  "tresemme": "shampoo",
  "suave": "shampoo",
  "herbal essences": "shampoo",
  "vaseline": "lotion",
  "jergens": "lotion",
  "aveeno": "lotion",
  "band aid": "first aid",
  "bandaid": "first aid",
  "nature made": "vitamins",
  "centrum": "multivitamin",
  // Tools, home and garden
  "kobalt": "hand tools",
  "husky": "hand tools",
  "craftsman": "hand tools",
  "ryobi": "power tools",
  "black decker": "power tools",
  "milwaukee": "power tools",
  "makita": "power tools",
  "scotts": "fertilizer",
  "miracle gro": "fertilizer",
  "miraclegro": "fertilizer",
  "roundup": "garden",
  "weber": "grill",
  "traeger": "grill",
  "yeti": "cooler",
  "igloo": "cooler",
  "crockpot": "slow cooker",
  "crock pot": "slow cooker",
  "instant pot": "pressure cooker",
  "keurig": "coffee maker",
  "nespresso": "espresso machine",
  "vitamix": "blender",
  "roomba": "robot vacuum",
  "bissell": "vacuum",
  "hoover": "vacuum",
  // Fashion, toys, pets, electronics
  "crocs": "sandals",
  "birkenstock": "sandals",
  "teva": "sandals",
  "ugg": "boots",
  "uggs": "boots",
  "timberland": "boots",
  "levis": "jeans",
  "wrangler": "jeans",
  "hanes": "t shirts",
  "fruit of the loom": "t shirts",
  "champion": "hoodie",
  "north face": "jacket",
  "the north face": "jacket",
  "carhartt": "jacket",
  "ray ban": "sunglasses",
  "rayban": "sunglasses",
  "oakley": "sunglasses",
  "fossil": "watch",
  "casio": "watch",
  "lego": "building set",
  "legos": "building set",
  "barbie": "doll",
  "hot wheels": "toy car",
  "nerf": "blaster",
  "play doh": "modeling dough",
  "playdoh": "modeling dough",
  "crayola": "crayons",
  "melissa doug": "toys",
  "fisher price": "baby toys",
  "pampers": "diapers",
  "huggies": "diapers",
  "gerber": "baby food",
  "purina": "dog food",
  "pedigree": "dog food",
  "blue buffalo": "dog food",
  "iams": "dog food",
  "friskies": "cat food",
  "meow mix": "cat food",
  "fancy feast": "cat food",
  "tidy cats": "cat litter",
  "kong": "dog toy",
  "milk bone": "dog treats",
  "greenies": "dog treats",
  "beats": "headphones",
  "bose": "headphones",
  "jbl": "speaker",
  "fitbit": "fitness tracker",
  "garmin": "gps",
  "gopro": "action camera",
  "kindle": "e-reader",
  "chromecast": "streaming",
  "roku": "streaming",
  "firestick": "streaming",
  "fire stick": "streaming",
  "xbox": "game console",
  "playstation": "game console",
  "nintendo": "game console",
  "uno": "card game",
  "magformers": "building set",
  "canada goose": "parka",
  "sorel": "boots",
  "monopoly": "board game",
  "scrabble": "board game",
  "sharpie": "markers",
  "post it": "sticky notes",
  "avery": "label maker",
  "moleskine": "notebook",
  "stanley": "tumbler",
  "hydroflask": "water bottle",
  "contigo": "water bottle",
  "thermos": "water bottle",
  "brita": "water filter",
  "pur": "water filter",
};

let byLength: [string[], string][] | undefined;

/**
 * The known maker a query begins with (folded, the longest name first), its kind, and the
 * query's other words; `undefined` when it begins with none.
 */
export function knownMakerKind(query: string): { maker: string; kind: string; rest: string } | undefined {
  byLength ??= Object.entries(MAKER_KINDS).map(([m, k]) => [m.split(" "), k] as [string[], string])
    .toSorted((a, b) => b[0].length - a[0].length);
  const words = terms(fold(query.replace(/(\p{L})['’]s(?![\p{L}\p{N}])/gu, "$1s")));
  for (const [maker, kind] of byLength) {
    if (maker.every((w, i) => words[i] === w)) {
      return { maker: maker.join(" "), kind, rest: words.slice(maker.length).join(" ") };
    }
  }
  return undefined;
}
