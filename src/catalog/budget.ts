/**
 * "cheap", "budget", "affordable": the low end of what the thing costs, not a word to
 * match; "high end", "luxury", "expensive" the high end. They were left out only, so
 * "budget blender" showed $250–$613 blenders. The low end is the price under which the
 * cheapest third of the leaf's products sell, from the catalog's own price model (each
 * product line equally likely, its prices log-uniform in its range: `generate.ts`),
 * rounded as shops round a price filter; the high end is the dearest third.
 *
 * @example
 * ```ts
 * import { asksCheap, budgetCap } from "./budget.ts";
 * console.log(asksCheap("budget blender"), asksCheap("blender")); // true false
 * console.log(budgetCap("kitchen.appliances.blenders")); // 90
 * ```
 * @module
 */
import { fold, stem, terms } from "./text.ts";
import { synonymWords } from "./synonyms.ts";
import { LEAVES, type ProductLine } from "./taxonomy.ts";

/** Words asking for the low end of a kind's prices (all filler to the match: `parseQuery`). */
export const CHEAP: ReadonlySet<string> = new Set([
  "cheap",
  "cheapest",
  // (A deal is the cheap end too, the shop keeping no sale prices: "deals on laptops" had
  // listed $868 and $2,755 ones first.)
  "deal",
  "deals",
  "clearance",
  "inexpensive",
  "affordable",
  "budget",
  "discount",
  "discounted",
  "bargain",
  // (Blind round 56: "economical dog food" found nothing.)
  "economical",
]);
/**
 * A learner's thing is the cheap end of its kind, as shops sell a first one ("beginner drone"
 * had listed $1,470 and $1,981 drones first; "good first guitar for a beginner adult" a
 * $1,955 one). Unlike `CHEAP`, a word titles say too ("Beginner Telescope"): it is matched.
 */
const LEARNER = new Set(["beginner", "beginners", "novice", "novices"]);
/** Words asking for the high end (no title says them: relaxation leaves them out of the match). */
const PRICEY = new Set([
  "expensive",
  "luxury",
  "luxurious",
  "upscale",
  "premium",
  "designer",
  // ("fancy cookware" and "splurge worthy handbag" had shown the popular ones, $40 pans first.)
  "fancy",
  "splurge",
  "pricey",
  "posh",
]);
/** The cheapest of all, not the cheap end: "cheapest printer" lists them by price. */
const CHEAPEST = /(?<![\p{L}\p{N}])(?:cheapest|lowest[\s-]+priced?|least[\s-]+expensive)(?![\p{L}\p{N}])/u;
/**
 * "top of the line", "top-of-the-range": the high end, a phrase that names no product
 * (`parseQuery` takes it out of the match).
 */
export const TOP_OF_THE_LINE = /(?<![\p{L}\p{N}])top[\s-]+of[\s-]+the[\s-]+(?:line|range)(?![\p{L}\p{N}])/gu;
/**
 * "high end", "top end", "the best money can buy": the high end, a phrase no title says
 * (`parseQuery` takes it out of the match). ("best stand mixer money can buy" found nothing.)
 */
export const HIGH_END_WORDS =
  /(?<![\p{L}\p{N}])(?:(?:high|top)[\s-]+end|(?:that\s+)?money\s+can\s+buy)(?![\p{L}\p{N}])/gu;
const HIGH_END = new RegExp(`${HIGH_END_WORDS.source}|${TOP_OF_THE_LINE.source}`, "u");

/**
 * The dearest of all, not only the high end: "most expensive watch" lists them by price,
 * dearest first (it had listed a $1,070 watch before an $1,896 one). A phrase that names no
 * product (`parseQuery` takes it out of the match: "most" had been searched).
 */
export const DEAREST =
  /(?<![\p{L}\p{N}])(?:most[\s-]+(?:expensive|costly|pricey)|priciest|highest[\s-]+priced?|dearest)(?![\p{L}\p{N}])/gu;

/** `DEAREST` tested once, without the global flag's position carried between tests. */
const DEAREST_ONCE = new RegExp(DEAREST.source, "u");

/** Whether the query asks for the dearest ones first ("most expensive watch"). */
export function asksDearest(text: string): boolean {
  return DEAREST_ONCE.test(fold(text));
}

/** Whether the query asks for the cheap end of what it names. */
export function asksCheap(text: string): boolean {
  const folded = fold(text);
  return terms(folded).some((w) => CHEAP.has(w)) || TOO_DEAR.test(folded) || LOW_COST.test(folded) ||
    ON_SALE.test(folded) || SALE_DAYS_ONCE.test(folded) || OFFERS_ONCE.test(folded) ||
    LITTLE_MONEY_ONCE.test(folded) || asksCheapest(text);
}

/** Whether the query asks for a learner's thing ("beginner drone"), the cheap end of one kind. */
export function asksLearner(text: string): boolean {
  return terms(fold(text)).some((w) => LEARNER.has(w));
}

/** A low price said in words: "low cost air purifier" had found nothing. */
const LOW_COST =
  /(?<![\p{L}\p{N}])(?:(?:low|lower)[\s-]+(?:cost|price|priced|costing)|entry[\s-]+level)(?![\p{L}\p{N}])/u;
/**
 * A sale, as the cheap end, the shop keeping no sale prices ("vacuums on sale" had shown $600
 * ones first, "sale" alone the whole shop, the dearest among the first); not a thing "for
 * sale", which says nothing of its price ("puppies for sale").
 */
const ON_SALE = /(?<![\p{L}\p{N}])(?<!\bfor\s+)sales?(?![\p{L}\p{N}])/u;
/**
 * A sale's day or season is a sale, the cheap end, and a phrase no title says (`parseQuery` reads
 * it as "sale"): "black friday laptop" had shown black laptops, "cyber monday" and "end of season
 * sale" nothing; "labor day appliance sale" and "deal of the day" nothing (blind round 66). (Not
 * Boxing Day alone, an occasion of its own: leftovers and games; its sale is a sale.)
 */
export const SALE_DAYS =
  /(?<![\p{L}\p{N}])(?:black[\s-]+friday|cyber[\s-]+monday|prime[\s-]+day|end[\s-]+of[\s-]+(?:the[\s-]+)?season|labou?r[\s-]+day|memorial[\s-]+day|presidents?[\s-]+day|deals?[\s-]+of[\s-]+the[\s-]+(?:day|week)|boxing[\s-]+day(?=[\s-]+(?:sales?|deals?)(?![\p{L}\p{N}])))(?![\p{L}\p{N}])/gu;
/** `SALE_DAYS` tested once, without the global flag's position carried between tests. */
const SALE_DAYS_ONCE = new RegExp(SALE_DAYS.source, "u");
/**
 * An offer on a thing, or a thing's condition, is the cheap end of the thing, the shop selling
 * each new at one price and keeping no offers (`parseQuery` reads it as "sale"): "half price
 * toys", "bogo vitamins", "student discount laptop" and "open box tv" had found nothing, and
 * "refurbished ipad" shown a $1,061 tablet first (blind round 67); "warehouse deals monitors" blood
 * pressure monitors, "bundle deal ps5" and "factory seconds cookware" nothing (round 68); "final sale
 * handbags" and "dollar store party supplies" nothing (round 69). Said alone, the shop's terms
 * are its pages (`asksTheShop`). (Not "used", which says too much else: "used cars" would be
 * toy cars, "most used" no offer.)
 */
export const OFFERS =
  /(?<![\p{L}\p{N}])(?:half[\s-]+(?:price|priced|off)|\d+\s*(?:%|percent)?[\s-]+off|bogof?|buy[\s-]+(?:one|1)[\s-]+get[\s-]+(?:one|1)(?:[\s-]+free)?|(?:student|military|teacher)[\s-]+discounts?|price[\s-]+drops?|open[\s-]+box|second[\s-]+hand|secondhand|pre[\s-]*owned|ex[\s-]+display|refurb(?:ished)?|renewed|(?:warehouse|bundle)[\s-]+deals?|factory[\s-]+seconds|final[\s-]+sale|floor[\s-]+models?|dollar[\s-]+store|wholesale)(?![\p{L}\p{N}])/gu;
/** `OFFERS` tested once, without the global flag's position carried between tests. */
const OFFERS_ONCE = new RegExp(OFFERS.source, "u");

/** Whether the query says an offer or a condition (`OFFERS`). */
export function saysOffer(text: string): boolean {
  return OFFERS_ONCE.test(fold(text));
}
/**
 * "not much money", "without breaking the bank": the cheap end, a phrase no title says
 * (`parseQuery` takes it out of the match). ("decent espresso grinder for not much money" found nothing.)
 */
export const LITTLE_MONEY =
  /(?<![\p{L}\p{N}])(?:for[\s-]+)?(?:not[\s-]+(?:much|a[\s-]+lot[\s-]+of)[\s-]+money|without[\s-]+breaking[\s-]+the[\s-]+bank)(?![\p{L}\p{N}])/gu;
/** `LITTLE_MONEY` tested once, without the global flag's position carried between tests. */
const LITTLE_MONEY_ONCE = new RegExp(LITTLE_MONEY.source, "u");
/** "not" before saying a thing costs too much ("not too pricey"): `parseQuery` takes it out of the match. */
export const NOT_TOO_DEAR =
  /(?<![\p{L}\p{N}])not\s+(?=(?:too|so|very|really|overly)\s+(?:expensive|pricey|dear|costly)(?![\p{L}\p{N}]))/gu;
/** "entry level": the cheap end, a phrase no title says (`parseQuery` takes it out of the match). */
export const ENTRY_LEVEL = /(?<![\p{L}\p{N}])entry[\s-]+level(?![\p{L}\p{N}])/gu;
/**
 * "mid range", "mid priced", "moderately priced": neither end, a phrase no title says
 * (`parseQuery` takes it out of the match; "mid range electric toothbrush" had kept "range"
 * and found one toothbrush).
 */
export const MID_RANGE =
  /(?<![\p{L}\p{N}])(?:mid(?:dle)?[\s-]*(?:range|priced?|tier)|moderately[\s-]+priced|middle[\s-]+of[\s-]+the[\s-]+(?:range|road))(?![\p{L}\p{N}])/gu;

/** Dollar signs for a price level, as reviews write it: "$$$ headphones" is the high end. */
const DOLLAR_SIGNS = /\$\s*\$\s*\$/u;

/** Whether the query asks for the cheapest ones first ("cheapest printer"), not only cheap ones. */
export function asksCheapest(text: string): boolean {
  return CHEAPEST.test(fold(text));
}

/** Saying a thing costs too much asks for a cheaper one: "printer ink too expensive" (it had asked for ink over $70). */
const TOO_DEAR =
  /(?<![\p{L}\p{N}])(?:too|so|very|really)\s+(?:expensive|pricey|dear|costly)(?![\p{L}\p{N}])/u;

/**
 * "bang for the buck", good value said as shoppers say it (`parseQuery` takes it out of the
 * match: "best bang for buck earbuds" found nothing).
 */
export const BANG_FOR_BUCK =
  /(?<![\p{L}\p{N}])(?:(?:best|most|good|great|biggest)[\s-]+)?bang[\s-]+for[\s-]+(?:the[\s-]+|your[\s-]+|my[\s-]+|ur[\s-]+)?bucks?(?![\p{L}\p{N}])/gu;

const BANG_FOR_BUCK_ONCE = new RegExp(BANG_FOR_BUCK.source, "u");

/**
 * Good value for the money: "best value tv", "good value headphones", "value vacuum" (not a
 * value pack, which is how many: "value pack batteries").
 */
const VALUE =
  /(?<![\p{L}\p{N}])(?:(?:best|good|great|better|top)[\s-]+value|value(?:[\s-]+for[\s-]+(?:the[\s-]+)?money)?)(?![\p{L}\p{N}])(?![\s-]+(?:packs?|size|sized|bundles?|box|boxes|count|sets?)(?![\p{L}\p{N}]))/u;

/**
 * Whether the query asks for good value: the cheap end of what it names, the best rated of it
 * first (a "best value tv" is no cheapest 32-inch set, nor a $3,000 OLED one).
 */
export function asksValue(text: string): boolean {
  const folded = fold(text);
  return VALUE.test(folded) || BANG_FOR_BUCK_ONCE.test(folded);
}

/** Whether the words include one of the high end's that a title may say too ("premium"). */
export function saysPricey(text: string): boolean {
  return terms(fold(text)).some((w) => PRICEY.has(w));
}

/** Whether the query asks for the high end of what it names ("high end headphones", "luxury bedding"). */
export function asksPricey(text: string): boolean {
  const folded = fold(text);
  return !TOO_DEAR.test(folded) && !CHEAPEST.test(folded) &&
    (HIGH_END.test(folded) || terms(folded).some((w) => PRICEY.has(w)) || asksDearest(folded) ||
      DOLLAR_SIGNS.test(folded));
}

const LINES = new Map(LEAVES.map((l) => [l.path, l.lines]));

/** The share of a leaf's products priced under `p`: its lines alike, each log-uniform in its range. */
function shareUnder(ranges: readonly (readonly [number, number])[], p: number): number {
  const under = ([lo, hi]: readonly [number, number]) =>
    p <= lo ? 0 : p >= hi ? 1 : (Math.log(p) - Math.log(lo)) / (Math.log(hi) - Math.log(lo));
  return ranges.reduce((sum, r) => sum + under(r), 0) / ranges.length;
}

/**
 * The price under which `share` of the leaf's products sell, rounded; undefined for no such
 * leaf. With `head`, of its lines whose products are called by that word ("mat": a yoga mat,
 * not the yoga blocks the leaf sells too), where some are.
 */
function priceAt(path: string, share: number, head?: string): number | undefined {
  const lines = LINES.get(path);
  if (!lines || lines.length === 0) return undefined;
  const called = head === undefined ? [] : linesCalled(lines, head);
  const ranges = (called.length > 0 ? called : lines).map((l) => l.price);
  let lo = Math.min(...ranges.map((r) => r[0]));
  let hi = Math.max(...ranges.map((r) => r[1]));
  for (let k = 0; k < 40; k++) {
    const mid = Math.sqrt(lo * hi);
    if (shareUnder(ranges, mid) < share) lo = mid;
    else hi = mid;
  }
  return roundPrice(hi);
}

/**
 * Whether a product of the leaf is of a line its head word does not call, where some line is
 * called by it: a "Yoga Block" for "yoga mat", the leaf selling both. (Its price is no reason
 * to list it first among cheap mats.)
 */
export function ofAnotherLine(path: string, head: string, title: string): boolean {
  const lines = LINES.get(path) ?? [];
  const called = new Set(linesCalled(lines, head));
  const calls = (l: ProductLine) => called.has(l);
  if (called.size === 0) return false;
  const words = ` ${terms(fold(title)).map(stem).join(" ")} `;
  const says = (l: ProductLine) =>
    l.nouns.some((n) => words.includes(` ${terms(fold(n)).map(stem).join(" ")} `));
  return lines.some((l) => !calls(l) && says(l)) && !lines.some((l) => calls(l) && says(l));
}

/** Whether a line's products are called by the words: their nouns end with them ("mat" of "Yoga Mat"). */
function calledBy(line: ProductLine, words: string): boolean {
  const ws = terms(fold(words)).map(stem);
  return line.nouns.some((n) => terms(fold(n)).map(stem).slice(-ws.length).join(" ") === ws.join(" "));
}

/**
 * The lines called by the words, or, where none is, by their last word: "stand mixer" is the
 * stand mixers' lines, not the hand mixers the leaf sells too (their $20 prices had made
 * "affordable stand mixer" a search under $75, which no stand mixer meets).
 */
function linesCalled(lines: readonly ProductLine[], words: string): ProductLine[] {
  const whole = lines.filter((l) => calledBy(l, words));
  const last = terms(words).at(-1);
  if (whole.length > 0 || last === undefined) return whole;
  const byLast = lines.filter((l) => calledBy(l, last));
  if (byLast.length > 0) return byLast;
  // (Or by a synonym of it: "cheap kids coat" is of the kids' jackets, not of the leaf's cheaper
  // tees and socks, whose cap of $25 no jacket met.)
  for (const other of synonymWords(last)) {
    const called = lines.filter((l) => calledBy(l, other));
    if (called.length > 0) return called;
  }
  return [];
}

/**
 * The most a cheap one of the leaf's things costs (under it, its cheapest third), or undefined
 * for no such leaf; with `head`, of the things called by that word (see `priceAt`).
 */
export function budgetCap(path: string, head?: string): number | undefined {
  return priceAt(path, 1 / 3, head);
}

/** The least a high-end one of the leaf's things costs (over it, its dearest third), or undefined for no such leaf. */
export function highEndFloor(path: string, head?: string): number | undefined {
  return priceAt(path, 2 / 3, head);
}

/** A price as a shop's filter says it: $8, $35, $80, $250, $1,200. */
function roundPrice(p: number): number {
  const step = p < 10 ? 1 : p < 100 ? 5 : p < 1_000 ? 10 : 50;
  return Math.max(step, Math.round(p / step) * step);
}
