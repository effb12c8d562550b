/**
 * What a query means before any word is matched, for both backends: the outermost step of
 * a search, around `searchProductLines` (and, inside it, relaxation).
 *
 * - An age is who the thing is for, not a size: "toys for 3 year old" is searched as "toys
 *   for kids" (`agesAsAudience`).
 * - A gift and nothing else is answered from the shop's gift guide for its recipient:
 *   "gift for dad", "graduation gift" (`giftAsked`); talk around a gift leaves the thing it
 *   is about: "gift for someone who likes gardening" as "gardening" (`giftTopic`); a gift
 *   for a hobbyist the hobby's things: "gift for golfer" as "golf" (`giftHobbies`).
 * - A department or subcategory by another name browses it: "computer parts" the
 *   components, "tableware" the dining things (`levelAlias`); several joined with "and"
 *   browse them all: "health and beauty" (`joinedLevels`); a store's department name
 *   joining a level with words naming none browses the level when the words find nothing
 *   whole: "tv and video" the TVs (`partlyJoinedLevels`).
 * - A maker's name of several words with one word mistyped is put right when the words as
 *   typed find nothing of that maker's: "hamilton beech" (`correctMakerTypos`).
 * - "cheap", "budget", "affordable" ask for the cheap end of the kind found (`budgetCap`),
 *   "high end", "luxury", "expensive" for its high end (`highEndFloor`).
 *
 * Each answer says what was searched (`corrected_query`) when it differs from what was typed.
 * Ranked by relevance, a page shows each title once before it repeats one (`repeatsLast`).
 *
 * What a query means is decided on the first hits of page 1 (`FIRST_HITS`), whatever page
 * and size are asked: page 2 is then the next page of what page 1 showed, and a page of 5
 * and a page of 20 begin alike.
 *
 * @module
 */
import {
  categoryPaths,
  isUnder,
  MAX_PAGE_SIZE,
  type SearchQuery,
  type SearchResult,
} from "../domain/search.ts";
import { agesAsAudience, whoFor } from "./audience.ts";
import { fondOf, giftAsked, giftHobbies, giftTopic, HOBBY_GIFTS, occasionGift } from "./gifts.ts";
import {
  accessoriesOf,
  attributedLevel,
  browsedCategories,
  groupAlias,
  joinedLevels,
  levelAlias,
  levelAliasPath,
  levelFor,
  levelThings,
  namedCategories,
  partlyJoinedLevels,
  placeLevel,
  placeThings,
  styledPlace,
  WHATEVER,
  withoutPlace,
} from "./browse.ts";
import { analyze, fold, leafName, stem, terms, titleTerms } from "./text.ts";
import { loadSynonyms, phrasedReading, synonymWords } from "./synonyms.ts";
import { isEnglishWord } from "./english.ts";
import { correctMakerTypos, isMakerName, namedMakers } from "./makers.ts";
import { knownMakerKind } from "./brand_kinds.ts";
import { attributeAt, attributePositions, isAttribute } from "./attributes.ts";
import { rewriteProductLines, searchProductLines } from "./product_lines.ts";
import { type Need, needAsked, needCause, needWords } from "./needs.ts";
import { ACTIVITIES, activityOf, learntThing, madeIn, pastimeOf, settingOf, TAUGHT } from "./activities.ts";
import {
  aisleOf,
  besideTheThing,
  byMakerOnly,
  FIRST_HITS,
  foundByPartOfMaker,
  isSizeWord,
  mixed,
  ofTheKind,
  pestInPlace,
  searchRelaxed,
  type ShopWords,
  spells,
  theThing,
} from "./relax.ts";
import { GIFT, parseQuery, priceBounds, withoutAsking } from "./vocabulary.ts";
import { repeatsLast } from "./repeats.ts";
import { mayRefuse, readRefusal } from "./negation.ts";
import { leafAt } from "./taxonomy.ts";
import {
  asksCheap,
  asksDearest,
  asksLearner,
  asksPricey,
  asksValue,
  budgetCap,
  highEndFloor,
  ofAnotherLine,
  OFFERS,
  saysOffer,
  saysPricey,
} from "./budget.ts";

type Search = (q: SearchQuery) => Promise<SearchResult>;

/**
 * `q` as it is meant (see the module doc), given the backend's plain search of the words
 * as they are (`raw`): relaxation (`searchRelaxed`) and every reading above search with it.
 */
export async function searchAsMeant(
  q: SearchQuery,
  raw: Search,
  shopWords: () => Promise<ShopWords>,
): Promise<SearchResult> {
  // (The guide is asked only of the few words about the shop's service: not on every search.)
  if (asksTheShop(q.q, await shopWords()) && needAsked(q.q) === undefined) return nothing(await raw(q));
  // (A pest in a place is no product: what the shop sells against one is the needs guide's,
  // "mosquitoes in the backyard" bug spray.)
  if (pestInPlace(q.q) && needAsked(q.q) === undefined) return nothing(await raw(q));
  const copied = dupeOf(q.q);
  if (copied !== undefined && !q.category) {
    const dupes = await othersLike(q, copied, raw, shopWords);
    if (dupes) return dupes;
  }
  let r = await refusing(q, (q) => onPage(q, raw, shopWords), shopWords);
  // A thing and what it is to do is the thing for that: "bag to carry my laptop" had shown
  // sleeping bags, "generator to run a fridge" fridges, "stand to hold my tablet" tablets.
  // (Said "for", as the shop's compounds go, else the thing alone, of one kind.)
  // (Only a query with a "to" is read so: every search passes here.)
  const purpose = /(?<![\p{L}\p{N}])to\s/u.test(fold(q.q)) ? purposeOf(q.q, await shopWords()) : undefined;
  if (
    purpose &&
    (r.total === 0 || !ofTheKind(r, purpose.head) ||
      r.dropped_words?.some((w) => purpose.dropped.includes(w)))
  ) {
    const asked = { ...q, q: purpose.text };
    const used = await refusing(asked, (q) => onPage(q, raw, shopWords), shopWords);
    if (used.total > 0 && ofTheKind(used, purpose.head)) {
      r = { ...used, corrected_query: used.corrected_query ?? purpose.text };
    } else {
      const alone = await onPage({ ...q, q: purpose.thing }, raw, shopWords);
      if (alone.total > 0 && ofTheKind(alone, purpose.head) && !mixed(alone)) {
        r = {
          ...alone,
          corrected_query: alone.corrected_query ?? purpose.thing,
          dropped_words: [...purpose.dropped, ...alone.dropped_words ?? []],
        };
      }
    }
  }
  // The thing's word, typed last after another, found only as the first hits' maker is no
  // answer: a "bike bell" is no Bell bike saddle. (As typed: a reading may put a maker last.)
  if (r.total > 0 && !r.corrected_query && thingIsTheMaker(r, parseQuery(q.q).text)) r = nothing(r);
  return q.sort === "relevance" ? { ...r, hits: repeatsLast(r.hits) } : r;
}

/** English words makers name their lines with ("theragun prime", "fitbit charge"): no kind's. */
const LINE_WORDS = new Set(
  ("prime elite classic original essential essentials signature select studio core edge flex active sport " +
    "premier deluxe charge sense versa inspire luxe pure rest")
    .split(" "),
);

/** Verbs of what a thing is to do, after "to": "bag to carry my laptop". */
const USE_VERBS = new Set(
  ("carry hold store keep run power charge clean dry cover protect organize organise mount hang play watch " +
    "read cut open wash fix heat cool warm light fill feed pump inflate measure attach connect fit stand sit")
    .split(" "),
);
/** Words that own or count what follows the verb ("my laptop", "a fridge"). */
const DETERMINERS = new Set("my a an the your our his her their some".split(" "));

/**
 * The thing said before "to" and a verb of its use, and the query said with "for" instead
 * ("bag to carry my laptop" → "bag for laptop"), when the word before "to" names a kind.
 */
export function toPurpose(
  text: string,
  shop: ShopWords,
): { thing: string; head: string; text: string; dropped: string[] } | undefined {
  const words = terms(parseQuery(text).text);
  const at = words.findIndex((w, i) => w === "to" && i > 0 && USE_VERBS.has(words[i + 1] ?? ""));
  if (at < 0 || !shop.isNoun(words[at - 1])) return undefined;
  const after = words.slice(at + 2).filter((w, i) => !(i === 0 && DETERMINERS.has(w)));
  if (after.length === 0) return undefined;
  const thing = words.slice(0, at).join(" ");
  return {
    thing,
    head: words[at - 1],
    text: `${thing} for ${after.join(" ")}`,
    dropped: words.slice(at),
  };
}

/** `toPurpose`, when the words are no need's said with no thing beside them: "something to keep drinks cold". */
function purposeOf(text: string, shop: ShopWords): ReturnType<typeof toPurpose> {
  const purpose = toPurpose(text, shop);
  return purpose && needAsked(text, (w) => shop.isNoun(w), false) === undefined ? purpose : undefined;
}

/** Words for the shop's service, not its things (its pages' copy says them of every product). */
const SHOP_MATTERS = new Set(
  ("warranty warranties guarantee refund refunds return returns returning receipt receipts shipping " +
    "delivery coupon coupons promo voucher vouchers")
    .split(" "),
);

/**
 * Phrases for the shop's own pages and terms, never a product's. (Its offers said alone too,
 * `OFFERS` in `asksTheShop`: "buy one get one free" had shown ONE's protein bars, "price drop"
 * Fisher-Price's tablets, "bogo" boho rugs.)
 */
const SHOP_PAGES =
  /(?<![\p{L}\p{N}])(?:siz(?:e|ing) (?:guide|chart)s?|(?:shipping|delivery) (?:times?|costs?)|how long (?:does|do|will) (?:shipping|delivery)|discount codes?|promo codes?|gift card balance|order status|track(?:ing)? (?:my )?(?:order|package|parcel)|cancel (?:my )?order|price match(?:ing|es)?)(?![\p{L}\p{N}])/u;

/** The words of a question about an offer, which name no thing: "do you have a student discount". */
const ABOUT_AN_OFFER = new Set(
  ("do does you have has a an is there any are what whats the your offer offers give how get can i we " +
    "for on of with this that today week now available free s")
    .split(" "),
);

/**
 * Whether the words ask about the shop's service and name no kind of thing: "can i return an
 * item without receipt" had shown 8,421 products whose copy says "Free returns", "is there a
 * warranty on electronics" kids' headphones. (With a thing named, the thing: "shipping tape".)
 */
function asksTheShop(text: string, shop: ShopWords): boolean {
  // (A question about the shop's own pages or terms, whatever thing it names: "size guide for
  // mens shoes" had shown running shoes, "do you have a student discount" a student's desk
  // lamps.)
  if (SHOP_PAGES.test(fold(text))) return true;
  const words = terms(fold(text));
  // (An offer is one of its pages said alone, "do you have a student discount", "bogo"; said
  // with a thing, a sale of the thing: "bogo vitamins".)
  if (saysOffer(text)) return terms(fold(text).replace(OFFERS, " ")).every((w) => ABOUT_AN_OFFER.has(w));
  // (A question's "can" is no tin: "can i return …".)
  const asking = (i: number) => words[i] === "can" && i === 0;
  // (Nor a gift: "return gifts for a birthday party" are party favours.)
  return words.some((w) => SHOP_MATTERS.has(w)) && !words.some((w) => GIFT.has(w)) &&
    !words.some((w, i) => !SHOP_MATTERS.has(w) && w.length > 1 && !asking(i) && shop.isNoun(w));
}

/**
 * `q` searched with what its words refuse read (`readRefusal`): "baby monitor without wifi"
 * leaves out Wi-Fi monitors; "vacuum without bag" is a bagless vacuum, where that word finds
 * the thing (the shop's "springless" things are trampolines: "mattress without springs"
 * leaves out what says springs). Not a need's own words: "tv without cable" and "no closet
 * space" are needs the guide answers.
 */
async function refusing(
  q: SearchQuery,
  search: Search,
  shopWords: () => Promise<ShopWords>,
): Promise<SearchResult> {
  if (!mayRefuse(q.q) || needAsked(q.q) !== undefined) return search(q);
  const refusal = readRefusal(q.q, await shopWords());
  if (refusal === undefined) return search(q);
  const asked = ({ text, exclude }: { text: string; exclude: string[] }): SearchQuery => {
    const all = [...q.exclude ? [q.exclude] : [], ...exclude];
    return { ...q, q: text, ...all.length > 0 ? { exclude: all.join(",") } : {} };
  };
  if (refusal.named) {
    const r = await search(asked(refusal.named));
    const own = refusal.named.words.flatMap(analyze);
    const lost = new Set([...(r.dropped_words ?? []).flatMap(analyze)]);
    const searched = new Set(analyze(r.corrected_query ?? refusal.named.text));
    // (Nor by leaving out the thing: "toys without batteries" as "battery free" had shown
    // car batteries.)
    const rest = theThing(refusal.excluded.text);
    const thing = rest.head >= 0 ? analyze(rest.kept[rest.head]) : [];
    if (r.total > 0 && own.every((w) => searched.has(w) && !lost.has(w)) && !thing.some((w) => lost.has(w))) {
      return r;
    }
  }
  return search(asked(refusal.excluded));
}

/** The search an answer came from (a result's copies carry it along: spreads copy symbols). */
const ASKED = Symbol("asked");
type Tagged = SearchResult & { [ASKED]?: SearchQuery };

/**
 * `q`'s page of what `q` means, decided on page 1's first hits by relevance: page 1 itself
 * (or its first hits, for a smaller page); otherwise those hits decide, and the search
 * they chose is asked for `q`'s page in `q`'s order. (Decided on a page sorted by price,
 * "football gloves" found gloves that, ranked by relevance, it found none of.)
 */
async function onPage(
  q: SearchQuery,
  raw: Search,
  shopWords: () => Promise<ShopWords>,
): Promise<SearchResult> {
  const relaxed = (plain: Search): Search => async (q) => {
    const r = await searchRelaxed(q, await plain(q), plain, shopWords);
    if (r.total > 0 || r.did_you_mean) return r;
    // A word a rule names with a phrase, relaxed as the phrase: "kids raincoat" as kids'
    // rain jackets, so kids' jackets (it had found nothing: adults' raincoats are no answer).
    const phrased = phrasedReading(q.q);
    if (phrased === undefined) return r;
    const asked = { ...q, q: phrased };
    const p = await searchRelaxed(asked, await plain(asked), plain, shopWords);
    // (Only the phrase's words go, and a size: "furniture sliders" are no slide sandals.)
    const typed = new Set(terms(fold(q.q)));
    const own = new Set(terms(fold(phrased)).filter((w) => !typed.has(w)));
    // (Nor a colour or a material, which says which of them: "yellow raincoat kids" had found
    // nothing.)
    const kept = (p.dropped_words ?? []).every((w) =>
      own.has(w) || /\p{N}/u.test(w) || w === "age" || isAttribute(w)
    );
    return p.total > 0 && kept
      ? { ...p, corrected_query: p.corrected_query ?? phrased, took_ms: round(r.took_ms + p.took_ms) }
      : r;
  };
  if (q.page === 1 && q.sort === "relevance") {
    // (Fewer a page than decide: the first of those that do, with no second request.)
    if (q.size >= FIRST_HITS) return meant(q, relaxed(raw), shopWords);
    const r = await meant({ ...q, size: FIRST_HITS }, relaxed(raw), shopWords);
    return { ...r, size: q.size, hits: r.hits.slice(0, q.size) };
  }
  // (Every answer is a copy of the plain search it shows, with what was searched said.)
  const tagged: Search = async (asked) => ({ ...await raw(asked), [ASKED]: asked });
  const decided: Tagged = await meant(
    { ...q, sort: "relevance", page: 1, size: FIRST_HITS },
    relaxed(tagged),
    shopWords,
  );
  const { [ASKED]: asked, ...answer } = decided;
  if (asked === undefined) return meant(q, relaxed(raw), shopWords); // (no search answered: nothing to page)
  // (In the order chosen, or the one the meaning decided: the cheapest first for "cheap tv".)
  const page = await raw({
    ...asked,
    sort: q.sort === "relevance" ? asked.sort : q.sort,
    page: q.page,
    size: q.size,
  });
  return {
    ...answer,
    page: page.page,
    size: page.size,
    hits: page.hits,
    took_ms: round(answer.took_ms + page.took_ms),
  };
}

/**
 * `r`, or where only what holds or fits the thing matched every word ("bamboo toothbrush":
 * nine bamboo toothbrush holders, the shop selling no bamboo toothbrush), the thing itself
 * with fewer words, saying which went, where the shop sells it.
 */
async function onlyBeside(
  q: SearchQuery,
  r: SearchResult,
  search: Search,
  shopWords: () => Promise<ShopWords>,
): Promise<SearchResult> {
  if (r.total === 0 || r.corrected_query || r.dropped_words?.length || r.did_you_mean) return r;
  const thing = theThing(parseQuery(q.q).text);
  const head = thing.head > 0 ? thing.kept[thing.head] : undefined;
  const first = r.hits.slice(0, FIRST_HITS);
  // (Each named with the thing's own word, as "Toothbrush Holder" is: not a synonym's thing,
  // "INIU Portable Charger" for "iniu power bank".)
  if (head === undefined) return r;
  const named = (h: SearchResult["hits"][number]) => analyze(h.title).includes(stem(head));
  // (So where only sizes said as words go with the thing and its first hits are another kind
  // named with its word: "small tv" had shown compact TV antennas, "small suitcase" compact
  // luggage scales. A size says which of a thing, never what it is.)
  const sized = thing.kept.every((w, i) => i === thing.head || isSizeWord(w)) &&
    (await shopWords()).isNoun(head);
  const beside = sized
    ? !ofTheKind(r, head)
    : first.every((h) => named(h) && besideTheThing({ ...r, hits: [h] }, head));
  if (!beside) return r;
  const relaxed = await searchRelaxed(q, nothing(r), search, shopWords);
  if (
    relaxed.total === 0 || relaxed.hits.length === 0 ||
    besideTheThing({ ...relaxed, hits: relaxed.hits.slice(0, 1) }, head)
  ) {
    return r;
  }
  return { ...relaxed, took_ms: round(r.took_ms + relaxed.took_ms) };
}

/**
 * `read` of `q`, and for a cheap one ("budget blender") the same under the cheap end of
 * what its first hits are (`budgetCap`; a high-end one over its high end, `highEndFloor`),
 * when most of them are one kind and the query sets no such price itself: the answer then
 * says the price it searched under or over.
 */
async function meant(
  q: SearchQuery,
  search: Search,
  shopWords: () => Promise<ShopWords>,
): Promise<SearchResult> {
  const r = await either(
    q,
    await onlyBeside(q, await read(q, search, shopWords), search, shopWords),
    search,
    shopWords,
  );
  // (Only a query that says a price parses it again here.)
  if (!r.did_you_mean && /\d/.test(q.q)) {
    const nearest = await nearestPrice(q, r, search, shopWords);
    if (nearest !== r) return nearest;
  }
  // (Good value is the cheap end too, its best rated first: "best value vacuum" had found nothing.)
  const value = asksValue(q.q);
  // (A learner's is the cheap end of one kind, where none of the first hits is named for
  // learners itself ("Beginner Telescope") and they are all that kind: "beginner drone", not
  // a beginner gardener's seeds and tools.)
  const first5 = r.hits.slice(0, FIRST_HITS);
  // (Not a group of kinds by its name, whatever its first five: "art supplies for beginners"
  // had listed one $6 pack of markers, under the cap of the first five's leaf.)
  const saidAs = r.corrected_query ?? parseQuery(q.q).text;
  const group = levelAlias(saidAs) !== undefined || groupAlias(saidAs) !== undefined;
  const learner = asksLearner(q.q) && !q.category && new Set(first5.map((h) => h.category)).size === 1 &&
    !group && !first5.some((h) => /\bbeginners?\b|\bnovices?\b/i.test(h.title));
  const asked = asksCheap(q.q) || value || learner ? "cheap" : asksPricey(q.q) ? "pricey" : undefined;
  if (!asked) return r; // (most queries: no price phrase parsed again)
  const parsed = parseQuery(q.q);
  // (Praise the titles say is the products' own word: "incharacter premium" asks for its
  // Premium costumes, whatever they cost. Only a word the titles may say: "top of the line
  // blender" says no word of theirs.)
  if (
    asked === "pricey" && r.total > 0 && !r.dropped_words?.length && !r.corrected_query &&
    saysPricey(parsed.text)
  ) return r;
  const { min, max } = priceBounds(q, parsed);
  if ((asked === "cheap" ? max : min) !== undefined) return r; // (the query sets that price itself)
  const first = r.hits.slice(0, FIRST_HITS).map((h) => h.category);
  const leaf = mostOf(first);
  // (Of the things called as the query calls them, where the leaf sells others too: "cheap
  // yoga mat" had shown the yoga blocks under a cap the blocks brought down to $20.)
  const thing = theThing(parsed.text);
  const called = thing.head >= 0 ? thing.kept[thing.head] : undefined;
  // (With the word before it, where the leaf's lines are called by both: "stand mixer".)
  const calledAs = called && thing.kept.slice(Math.max(0, thing.head - 1), thing.head + 1).join(" ");
  const price = leaf && (asked === "cheap" ? budgetCap(leaf, calledAs) : highEndFloor(leaf, calledAs));
  const sort = (by: SearchQuery["sort"]) => q.sort === "relevance" ? by : q.sort;
  // (A maker's name alone, its things of many kinds: the maker's cheapest first. "cheap
  // kitchenaid" had led with a $947 dishwasher, "discounted kitchenaid" found nothing.)
  if (!leaf && asked === "cheap" && !value && !q.category && r.total > 0 && isMakerName(parsed.text)) {
    const cheapest = await read({ ...q, sort: sort("price_asc") }, search, shopWords);
    if (cheapest.total > 0) {
      return {
        ...cheapest,
        took_ms: round(r.took_ms + cheapest.took_ms),
        corrected_query: `${cheapest.corrected_query ?? parsed.text}, the cheapest first`,
      };
    }
  }
  // (Of many kinds, under the price a third of what it finds costs less than, as the answer's
  // price facet counts them: "bargain toys" had listed $527 trampolines first, "deals" the
  // whole shop in no order of price. A high-end one over the price a third costs more than:
  // "luxury gift for him" had led with $60 headphones.)
  if (!leaf && !value && !q.category && r.total > 0) {
    const bound = priceThird(r, asked);
    const found = bound === undefined ? undefined : await read(
      { ...q, ...asked === "cheap" ? { max_price: bound } : { min_price: bound } },
      search,
      shopWords,
    );
    if (found && found.total > 0) {
      const searched = found.corrected_query ?? parsed.text;
      return {
        ...found,
        took_ms: round(r.took_ms + found.took_ms),
        corrected_query: `${searched} ${asked === "cheap" ? "under" : "over"} $${bound}`.trim(),
      };
    }
  }
  if (!price) return r;
  // (The cheapest of the leaf's things first, when no aisle or order was chosen and the first
  // hits are all that kind: "cheapest printer" had shown a $102 printer before $72 ones, "cheap
  // tv" a $714 one first. Not of a group of kinds: "cheap kids toys" are no action figures
  // only. Within the leaf whatever the order chosen, so that the query means the same in every
  // order.)
  const cheapest = asked === "cheap" && !q.category && first.every((c) => c === leaf);
  // (So the dearest first for "most expensive watch".)
  const dearest = asked === "pricey" && asksDearest(q.q) && !q.category && first.every((c) => c === leaf);
  const bounded = asked === "cheap"
    ? {
      ...q,
      max_price: price,
      ...cheapest ? { category: leaf, sort: sort(value ? "rating" : "price_asc") } : {},
    }
    : { ...q, min_price: price, ...dearest ? { category: leaf, sort: sort("price_desc") } : {} };
  let found = await read(bounded, search, shopWords);
  // (Cheapest first only while the cheapest are the thing itself, not what is sold beside it:
  // "cheap sunglasses" had listed four sunglasses cases first, cheaper than any pair.)
  // (Nor another line of the thing's aisle: "cheap yoga mat" had listed yoga blocks first.)
  const otherLine = called !== undefined &&
    found.hits.slice(0, FIRST_HITS).some((h) => ofAnotherLine(h.category, calledAs!, h.title));
  if (cheapest && found.total > 0 && called !== undefined && (besideTheThing(found, called) || otherLine)) {
    found = await read({ ...q, max_price: price }, search, shopWords);
  }
  if (found.total === 0) {
    // (None of what it names sells at the leaf's high end, as no chef knife costs what knife
    // blocks do: its dearest first. "premium chef knife" had shown a $36 one second.)
    if (asked !== "pricey" || q.category || r.total === 0) return r;
    const dearest = await read({ ...q, category: leaf, sort: sort("price_desc") }, search, shopWords);
    return dearest.total === 0
      ? r
      : { ...dearest, took_ms: round(r.took_ms + found.took_ms + dearest.took_ms) };
  }
  const searched = found.corrected_query ?? parsed.text;
  return {
    ...found,
    took_ms: round(r.took_ms + found.took_ms),
    corrected_query: `${searched} ${asked === "cheap" ? "under" : "over"} $${price}`.trim(),
  };
}

/**
 * The least bound of the answer's price facet under which a third of what it found sells
 * ("cheap"), or the greatest over which a third does ("pricey"), when that leaves some out
 * (`undefined` without price facets).
 */
function priceThird(r: SearchResult, asked: "cheap" | "pricey"): number | undefined {
  const ranges = asked === "cheap" ? r.facets.price : r.facets.price.toReversed();
  let within = 0;
  for (const range of ranges) {
    within += range.count;
    const bound = asked === "cheap" ? range.to : range.from;
    if (bound === undefined) return undefined;
    if (within * 3 >= r.total) return within < r.total ? bound : undefined;
  }
  return undefined;
}

/** Words joining two things a shopper weighs against each other ("air fryer or toaster oven"). */
const OR_WORDS = new Set(["or", "vs", "versus"]);
/** Words that make an "and" weigh two things too ("difference between a french press and a pour over"). */
const WEIGHING = new Set([
  "compare",
  "comparing",
  "comparison",
  "difference",
  "between",
  "better",
  "vs",
  "versus",
]);
/** A comparison's word before "than": "better", "worse", "cheaper", "quieter". */
const COMPARATIVE = /^(?:better|worse|more|less|\p{L}{3,}er)$/u;
/** Words that end either side of the choice ("which is better for a small kitchen air fryer or …"). */
const CHOICE_BOUNDARY = new Set([
  ..."a an the for of to in on at with between or and vs versus is are which what whats better best compare"
    .split(" "),
  ..."difference should get buy i we my".split(" "),
  // (Nor how much: "are electric toothbrushes really better than manual".)
  ..."really actually much way even still any".split(" "),
]);

/** The two things a query weighs against each other, at most three words each, or `undefined`. */
export function alternativesOf(text: string): [string, string] | undefined {
  const words = terms(fold(text));
  const weighing = words.some((w) => WEIGHING.has(w));
  // ("than" after a comparison weighs too: "is an air fryer better than a convection oven"
  // found nothing.)
  const than = (i: number) => words[i] === "than" && i > 1 && COMPARATIVE.test(words[i - 1]);
  const at = words.findIndex((w, i) => OR_WORDS.has(w) || (w === "and" && weighing) || than(i));
  if (at <= 0) return undefined;
  const side = (from: number, step: 1 | -1) => {
    const out: string[] = [];
    for (let i = from; i >= 0 && i < words.length && out.length < 3; i += step) {
      if (CHOICE_BOUNDARY.has(words[i])) {
        if (out.length > 0) break;
        continue; // ("or a toaster oven")
      }
      out.push(words[i]);
    }
    return step === 1 ? out : out.reverse();
  };
  const left = side(than(at) ? at - 2 : at - 1, -1);
  const right = side(at + 1, 1);
  return left.length > 0 && right.length > 0 ? [left.join(" "), right.join(" ")] : undefined;
}

/**
 * Two things weighed against each other ("which is better for a small kitchen air fryer or
 * toaster oven", "french press vs pour over"), when the words as a whole found nothing or
 * only one of them: both kinds, most popular first, when the shop sells both (air fryers and
 * toasters); the one it sells, when it sells one (french presses, no pour-over); `r` when
 * it sells neither. (Each had found nothing, or a need's things: dish racks.)
 */
async function either(
  q: SearchQuery,
  r: SearchResult,
  search: Search,
  shopWords: () => Promise<ShopWords>,
): Promise<SearchResult> {
  if (q.category) return r;
  // (From the words as typed: "and" is filler to the match.)
  const sides = alternativesOf(q.q);
  if (sides === undefined) return r;
  // (A side that names no thing shares the other's: "gas or charcoal grill" weighs a gas grill,
  // "adidas or nike running shoes" Adidas running shoes.)
  const shop = await shopWords();
  const [left, right] = sides.map((side) => terms(side));
  // (Nor does a product line, which names its maker's thing: "nintendo switch or playstation 5"
  // had weighed a "playstation 5 switch", a network switch's word.)
  const line = sides.map((side) => rewriteProductLines(side) !== undefined);
  if (
    right.length > left.length && !left.some((w) => shop.isNoun(w)) && shop.isNoun(right.at(-1)!) && !line[0]
  ) {
    sides[0] = [...left, ...right.slice(left.length)].join(" ");
  } else if (
    !right.some((w) => shop.isNoun(w)) && shop.isNoun(left.at(-1)!) && !isMakerName(sides[1]) &&
    !isMakerName(sides[0]) && attributeAt(left, 0) < left.length && !line[1]
  ) {
    // (And the other way round: "electric toothbrushes better than manual" weighs manual ones.)
    sides[1] = [...right, left.at(-1)!].join(" ");
  }
  // (Not a need whose own phrase joins them: "trick or treat" is Halloween's.)
  const need = needAsked(q.q);
  if (need && terms(fold(q.q)).some((w) => (OR_WORDS.has(w) || w === "and") && needWords(need).has(w))) {
    return r;
  }
  const said = new Set(analyze(r.corrected_query ?? ""));
  // (By the words each says that the other does not: "grill" of both says neither.)
  const own = sides.map((s, i) => analyze(s).filter((w) => !analyze(sides[1 - i]).includes(w)));
  // (Not when a side's own word went: "french press vs pour over" as "french press pour" had
  // shown pour-over drippers alone.)
  const gone = new Set((r.dropped_words ?? []).flatMap((w) => analyze(w)));
  // (Not when "vs" weighs them: "memory foam vs hybrid mattress" had shown the two mattresses
  // that are both, "vs" left out, as if asked for both at once.)
  const versus = terms(fold(q.q)).some((w) => w === "vs" || w === "versus");
  const bothKept = r.total > 0 && own.every((words) => words.some((w) => said.has(w))) &&
    !own.flat().some((w) => gone.has(w)) && !versus;
  if (bothKept || (r.total > 0 && r.corrected_query === undefined)) return r;
  const found = await Promise.all(
    sides.map((side) =>
      read({ ...q, q: side, page: 1, size: FIRST_HITS, sort: "relevance" }, search, shopWords)
    ),
  );
  let took = round(r.took_ms + found[0].took_ms + found[1].took_ms);
  const leaves = found.map((f) =>
    f.total > 0 ? mostOf(f.hits.slice(0, FIRST_HITS).map((h) => h.category)) : undefined
  );
  // (A model's words a maker's things were found without are no other thing: "xbox series x"
  // as Microsoft's consoles.)
  // (A side found as its kind, only a word saying which of it gone, is that kind: "drip
  // coffee maker or french press" weighs coffee makers; it had shown french presses alone.)
  const whole = (f: SearchResult, side: string) => {
    const kind = terms(side).at(-1)!;
    return !f.dropped_words?.length || isMakerName(terms(f.corrected_query ?? "")[0] ?? "") ||
      (shop.isNoun(kind) && !f.dropped_words.includes(kind) && ofTheKind(f, kind));
  };
  // A side said by what the other's kind is made of or how it works is that kind: "cast iron
  // vs nonstick pan" weighs cast iron pans (it had shown cast iron kettlebells first).
  const kind = terms(sides[1]).at(-1)!;
  // (Not a side of a kind of its own: "air fryer or toaster oven" is no air fryer oven; nor a
  // product line, its maker's kind: "ipad or chromebook" had weighed an "ipad chromebook".)
  const ownKind = terms(sides[0]).at(-1)!;
  if (
    leaves[1] !== undefined && shop.isNoun(kind) && !terms(sides[0]).includes(kind) && found[0].total > 0 &&
    !ofTheKind(found[0], ownKind) && !line[0]
  ) {
    const extended = `${sides[0]} ${kind}`;
    const e = await read(
      { ...q, q: extended, page: 1, size: FIRST_HITS, sort: "relevance" },
      search,
      shopWords,
    );
    took = round(took + e.took_ms);
    if (e.total > 0 && whole(e, extended) && mostOf(e.hits.map((h) => h.category)) === leaves[1]) {
      [sides[0], found[0], leaves[0]] = [extended, e, leaves[1]];
    }
  }
  // A maker's name alone weighs the maker's things of the other side's kind: "iphone or
  // samsung" is Apple's phones against Samsung's (it had shown Apple's alone).
  const scopes: (string | undefined)[] = [undefined, undefined];
  // (A maker's name as the shop spells it is one too: "delonghi" read as De'Longhi.)
  const maker = sides.map((side, i) =>
    isMakerName(side) || (isMakerName(found[i].corrected_query ?? "") && found[i].total > 0)
  );
  for (const i of [0, 1]) {
    const other = leaves[1 - i];
    if (!maker[i] || maker[1 - i] || other === undefined || leaves[i] === other) continue;
    const within = await read(
      { ...q, q: sides[i], category: other, page: 1, size: FIRST_HITS, sort: "relevance" },
      search,
      shopWords,
    );
    took = round(took + within.took_ms);
    if (within.total > 0 && !within.dropped_words?.length) {
      [found[i], leaves[i], scopes[i]] = [within, other, other];
    }
  }
  const sold = [0, 1].filter((i) => leaves[i] !== undefined && whole(found[i], sides[i]));
  // Two makers' things weighed: those of the kind both make most of ("breville vs delonghi"
  // is their espresso machines, not De'Longhi's heaters), or of whatever kind (makers of
  // nothing alike).
  const makers = maker.every(Boolean) && found.every((f) => f.total > 0 && !f.dropped_words?.length);
  // (So do two sides of which one names no kind, said by what things are made of or how they
  // work: "is cast iron better than nonstick" weighs pans, not kettlebells and foil.)
  const unnamed = sides.some((side) => !terms(side).some((w) => shop.isNoun(w)));
  if ((makers || (unnamed && leaves[0] !== leaves[1])) && !q.category) {
    const shared = await sharedKind(sides, q, search, shopWords);
    took = round(took + shared.took_ms);
    if (shared.leaf) [scopes[0], scopes[1]] = [shared.leaf, shared.leaf];
  }
  if (sold.length === 0 && !makers) return r;
  const named = found.map((f, i) =>
    (f.corrected_query ?? sides[i]) +
    (scopes[i] ? ` ${scopes[i]!.split(".").at(-1)!.replaceAll("_", " ")}` : "")
  );
  // Both sold: each side's own things, taken in turns: "gas or charcoal grill" had shown
  // charcoal grills only; "ring doorbell vs nest doorbell", "airpods vs galaxy buds" and
  // "adidas or nike running shoes" only the first maker's; "kindle vs ipad" every maker's
  // tablets before one e-reader.
  const window = q.page * q.size;
  if ((sold.length === 2 || makers) && window <= MAX_PAGE_SIZE) {
    const full = await Promise.all(
      sides.map((side, i) =>
        read({ ...q, q: side, category: scopes[i] ?? q.category, page: 1, size: window }, search, shopWords)
      ),
    );
    took = round(took + full[0].took_ms + full[1].took_ms);
    if (full.every((f, i) => f.total > 0 && whole(f, sides[i]))) {
      return {
        ...inTurns(full[0], full[1], q),
        took_ms: took,
        corrected_query: `${named[0]} or ${named[1]}`,
      };
    }
  }
  if (sold.length === 0) return r;
  if (sold.length === 1 || leaves[0] === leaves[1]) {
    const i = sold[0];
    // (A side that names no kind, found among several, is the kind most of it is: "oled vs
    // qled" weighs OLED TVs; it had shown an OLED pulse oximeter and a console among them.)
    const feature = scopes[i] === undefined && !terms(sides[i]).some((w) => shop.isNoun(w)) &&
        mixed(found[i])
      ? leaves[i]
      : undefined;
    const one = await read(
      { ...q, q: sides[i], category: scopes[i] ?? feature ?? q.category },
      search,
      shopWords,
    );
    return {
      ...one,
      took_ms: round(took + one.took_ms),
      corrected_query: one.corrected_query ??
        (feature ? `${sides[i]} ${feature.split(".").at(-1)!.replaceAll("_", " ")}` : named[i]),
      dropped_words: [...terms(sides[1 - i]), ...one.dropped_words ?? []],
    };
  }
  const both = await search({ ...q, q: "", category: `${leaves[0]},${leaves[1]}` });
  if (both.total === 0) return r;
  return { ...both, took_ms: round(took + both.took_ms), corrected_query: `${named[0]} or ${named[1]}` };
}

/**
 * The text with the first two neighbouring words that name a kind of product as one word
 * written as that word ("hand bag" → "handbag"), and the two words as typed; `undefined` for none.
 */
function joinedNoun(text: string, shop: ShopWords): { text: string; apart: string; one: string } | undefined {
  const words = terms(fold(text));
  for (let i = 0; i + 1 < words.length; i++) {
    const one = words[i] + words[i + 1];
    if (words[i].length < 2 || words[i + 1].length < 2 || !shop.isNoun(one)) continue;
    return {
      text: [...words.slice(0, i), one, ...words.slice(i + 2)].join(" "),
      apart: `${words[i]} ${words[i + 1]}`,
      one,
    };
  }
  return undefined;
}

/** Whether a title says the words (analysed alike) one after the other. */
function titleSays(title: string, words: string): boolean {
  return saysInOrder(analyze(title), words);
}

/** Whether `terms` (a title's, analysed) hold the words' analysed terms together, in their order. */
function saysInOrder(terms: readonly string[], words: string): boolean {
  return ` ${terms.join(" ")} `.includes(` ${analyze(words).join(" ")} `);
}

/**
 * Words asking for another maker's thing like a named one: "airpods dupe", "yeti knockoff",
 * "alternative to roomba". ("Alternative" and "clone" only before "to"/"of" or last:
 * "alternative rock vinyl" is a genre; nor "down alternative", a filling.)
 */
const DUPE =
  /(?<![\p{L}\p{N}])(?:dupes?|knock[\s-]*offs?|look[\s-]*alikes?|(?<!down\s+)(?:alternatives?|clones?)(?=[\s-]+(?:to|of|for)(?![\p{L}\p{N}])|\s*$)|(?:cheaper|cheap|budget)[\s-]+(?:version|alternative)s?)(?![\p{L}\p{N}])/gu;
/** `DUPE` tested once, without the global flag's position carried between tests. */
const DUPE_ONCE = new RegExp(DUPE.source, "u");
/** Words around a dupe's that name nothing: "a cheaper alternative to the yeti". */
const AROUND_A_DUPE = new Set("a an the to of for like similar my good best cheap cheaper budget".split(" "));

/** What the query asks a dupe of ("airpods" of "airpods knockoff"), or `undefined`. */
export function dupeOf(text: string): string | undefined {
  const folded = fold(text);
  if (!DUPE_ONCE.test(folded)) return undefined;
  const rest = terms(folded.replace(DUPE, " ")).filter((w) => !AROUND_A_DUPE.has(w));
  return rest.length > 0 ? rest.join(" ") : undefined;
}

/**
 * Other makers' things of the kind `named` finds, under its maker's median price among its first
 * hits: "airpods knockoff" had shown Apple's own earbuds, "roomba clone" one iRobot vacuum.
 * `undefined` when the named thing is not mostly one maker's of one kind.
 */
async function othersLike(
  q: SearchQuery,
  named: string,
  raw: Search,
  shopWords: () => Promise<ShopWords>,
): Promise<SearchResult | undefined> {
  const found = await refusing(
    { ...q, q: named, page: 1, size: FIRST_HITS },
    (q) => onPage(q, raw, shopWords),
    shopWords,
  );
  const top = found.hits.slice(0, FIRST_HITS);
  const leaf = mostOf(top.map((h) => h.category));
  const maker = mostOf(top.map((h) => h.brand));
  if (leaf === undefined || maker === undefined) return undefined;
  const prices = top.filter((h) => h.brand === maker).map((h) => h.price).toSorted((a, b) => a - b);
  const under = q.max_price ?? prices[Math.floor(prices.length / 2)];
  // The kind as the answer names it, without the maker's words ("robot vacuum" of iRobot's).
  const own = new Set(terms(fold(maker)));
  // (A maker named alone: the kind most of its first things are called, not their leaf's name:
  // "birkenstock dupe" is sandals, which women's shoes had also shown as heels and sneakers.)
  const kind = terms(found.corrected_query ?? named).filter((w) => !own.has(w)).join(" ") ||
    (mostOf(top.filter((h) => h.brand === maker).map((h) => titleNoun(h) ?? "")) ?? "");
  // (The maker's own are left out of a first window of hits: no filter leaves a maker out.)
  const window = await raw({
    ...q,
    q: kind,
    category: leaf,
    max_price: under,
    page: 1,
    size: MAX_PAGE_SIZE,
  });
  const theirs = window.facets.brand.find((b) => b.value === maker)?.count ?? 0;
  const hits = window.hits.filter((h) => h.brand !== maker);
  const from = (q.page - 1) * q.size;
  if (hits.length === 0) return undefined;
  const label = kind || leaf.split(".").at(-1)!.replaceAll("_", " ");
  return {
    ...window,
    hits: hits.slice(from, from + q.size),
    total: window.total - theirs,
    took_ms: round(found.took_ms + window.took_ms),
    corrected_query: `${label} like ${named}, not ${maker}'s, under $${Math.ceil(under)}`,
  };
}

/**
 * The shortest of its leaf's product nouns a hit's title says ("sandals" of "Birkenstock Flat
 * Slide Sandals"), lower-cased, when the leaf sells several kinds.
 */
function titleNoun(h: { category: string; title: string }): string | undefined {
  const title = ` ${analyze(h.title).join(" ")} `;
  const leaf = leafAt(h.category);
  // (Only where its nouns name several kinds: a blender leaf's are all blenders.)
  if (new Set(leaf?.nouns.map((n) => analyze(n).at(-1))).size < 2) return undefined;
  return leaf?.nouns.filter((n) => title.includes(` ${analyze(n).join(" ")} `))
    .toSorted((a, b) => a.length - b.length).map((n) => fold(n))[0];
}

/** The category most of `categories` are in (more than half), or `undefined`. */
function mostOf(categories: readonly string[]): string | undefined {
  return categories.find((c) => categories.filter((x) => x === c).length * 2 > categories.length);
}

/**
 * A price the query says that none of what it names meets ("air fryer under 50": the cheapest
 * costs $54; "laptop under 100" had shown laptop stands and sleeves) answers with the nearest:
 * that kind's cheapest first (its dearest for "over"), and says so. `r` is the answer within
 * the price, returned as it is when some of its first hits are that kind. (Not a price filter
 * set apart from the words, which holds: `min_price`, `max_price`; nor within a category filter.)
 */
async function nearestPrice(
  q: SearchQuery,
  r: SearchResult,
  search: Search,
  shopWords: () => Promise<ShopWords>,
): Promise<SearchResult> {
  const parsed = parseQuery(q.q);
  const under = parsed.max_price !== undefined && q.max_price === undefined;
  const over = parsed.min_price !== undefined && q.min_price === undefined;
  if (under === over || q.category || !parsed.text) return r;
  const words = await read({ ...q, q: parsed.text }, search, shopWords);
  const kinds = words.hits.slice(0, FIRST_HITS).map((h) => h.category);
  const leaf = mostOf(kinds);
  if (!leaf) return r;
  // (Found within the price, only the plain match's things named after the kind, its
  // accessories: "laptop under 100" showed laptop stands. Not a guide's or a relaxed answer.)
  const named = terms(leafName(leaf));
  const accessories = r.corrected_query === undefined &&
    r.hits.slice(0, FIRST_HITS).every((h) =>
      h.category !== leaf && terms(leafName(h.category)).some((w) => named.includes(w))
    );
  // (Nor any other kind, when the words alone find only that one and the price none of it:
  // "gaming pc under 800" had shown gaming mice, the cheapest gaming PC costing $808.)
  // (A kind the thing's own name or a synonym's names stays: "laptop under 300" shows
  // Chromebooks.)
  const thing = theThing(parsed.text);
  const replaced = r.corrected_query === undefined && kinds.every((c) => c === leaf) &&
    !r.hits.slice(0, FIRST_HITS).some((h) => h.category === leaf) &&
    !(thing.head >= 0 && ofTheKind(r, thing.kept[thing.head]));
  // (Nor a word the price alone left out, which the words without it keep: "gaming laptop
  // under 800" had shown any laptop, the cheapest gaming laptop costing $847.)
  const kept = new Set(terms(words.corrected_query ?? parsed.text));
  // (The words' first thing of that kind: "king size mattress over 1000" is no topper's.)
  const priced = words.total > 0 && !words.dropped_words?.length && words.hits[0]?.category === leaf &&
    (r.dropped_words ?? []).some((w) => kept.has(w));
  if (r.total > 0 && !accessories && !replaced && !priced) return r;
  const by = under ? "price_asc" : "price_desc";
  const nearest = await read(
    { ...q, q: parsed.text, category: leaf, sort: q.sort === "relevance" ? by : q.sort },
    search,
    shopWords,
  );
  if (nearest.total === 0) return r;
  const searched = nearest.corrected_query ?? parsed.text;
  return {
    ...nearest,
    took_ms: round(r.took_ms + words.took_ms + nearest.took_ms),
    corrected_query: under
      ? `${searched}, the cheapest (none under $${parsed.max_price})`
      : `${searched}, the dearest (none over $${parsed.min_price})`,
  };
}

/** `q` read as the module doc says: the gift guide, a level's other names, accessories, … */
async function read(
  q: SearchQuery,
  search: Search,
  shopWords: () => Promise<ShopWords>,
): Promise<SearchResult> {
  const lines = (q: SearchQuery) => searchProductLines(q, search, shopWords);
  const parsed = parseQuery(q.q);
  // (The query's price phrase holds whatever is searched in its place.)
  const { min, max } = priceBounds(q, parsed);
  /** The paths' products, most popular first, within the query's price phrase: no word is matched. */
  const browse = (paths: readonly string[], under = max) =>
    search({ ...q, q: "", category: paths.join(","), min_price: min, max_price: under });
  const gift = giftAsked(agesAsAudience(q.q, { toddler: true }));
  // (Within the category filtered on, as a click on the answer's department facet asks.)
  const within = categoryPaths(q.category);
  const guided = gift?.paths.filter((p) => within.length === 0 || isUnder(p, within));
  if (gift && guided && guided.length > 0) {
    // The guide's kinds for the recipient, within the query's price phrase ("secret santa
    // gift under 20"): its words name no product, so none is matched.
    const guide = await browse(guided, max ?? gift.under);
    // (A price the query set says itself: "stocking stuffers under 10" stays under $10.)
    const label = max !== undefined && gift.under ? gift.label.replace(/ under \$\d+$/, "") : gift.label;
    if (guide.total > 0) return { ...guide, corrected_query: label };
  }
  // A group of kinds by the name shoppers give it ("kitchen linens", "cardio equipment").
  // (Said whole, with a word the query's reading leaves out: "leg day", whose "day" is read
  // as no product's, had found nothing.) (Before a department's other name said within it:
  // "an outfit for a summer wedding" is a wedding guest's clothes, not all of fashion.)
  const group = within.length === 0 ? groupAlias(parsed.text) ?? groupAlias(withoutAsking(q.q)) : undefined;
  if (group) {
    const r = await browse(group);
    if (r.total > 0) return r;
  }
  // A department or subcategory by another name: "computer parts" browses the components.
  const alias = levelAlias(parsed.text);
  // (A kind by another name is its aisle, most popular first, named as the shop names it:
  // "jumper" is the sweaters, not "fashion basics sweaters".)
  const aliasPath = alias ? levelAliasPath(parsed.text)! : undefined;
  if (aliasPath && aliasPath.split(".").length > 2 && (within.length === 0 || isUnder(aliasPath, within))) {
    const r = await browse([aliasPath]);
    if (r.total > 0) return { ...r, corrected_query: aliasPath.split(".").at(-1)!.replaceAll("_", " ") };
  }
  if (alias) {
    const r = await lines({ ...q, q: alias, min_price: min, max_price: max });
    if (r.total > 0) return { ...r, corrected_query: r.corrected_query ?? alias };
  }
  // Departments joined ("health and beauty", "bed & bath"): all of them, most popular
  // first, within the category filtered on.
  const joined = joinedLevels(q.q).flatMap((p) =>
    within.length === 0 || isUnder(p, within) ? [p] : within.filter((w) => isUnder(w, [p]))
  );
  if (joined.length > 0) {
    const r = await browse(joined);
    if (r.total > 0) return r;
  }
  // Who it is for and a level's name: the level's things for them ("kids furniture": kids'
  // desks, not dollhouses "With Furniture").
  // (A child of two or three is a toddler here: "toys for 2 year old" are a toddler's.)
  const young = agesAsAudience(parsed.text, { toddler: true });
  const forWhom = within.length === 0 ? levelFor(/\btoddler\b/.test(young) ? young : parsed.text) : [];
  if (forWhom.length > 0) {
    // (Their own first when titles say so and the words narrow them: "vitamins for women",
    // women's multivitamins; not "toys for boys", all kids' toys as matched, teething toys
    // first.)
    const own = await lines({ ...q, category: forWhom.join(","), min_price: min, max_price: max });
    const r = await browse(forWhom);
    const narrower = own.total > 0 && own.total < r.total && !own.dropped_words?.length &&
      !own.corrected_query;
    if (narrower) return { ...own, took_ms: round(own.took_ms + r.took_ms) };
    if (r.total > 0) return r;
  }
  // A place and a level's name: the level's things named for the place ("closet
  // organization": closet organizers), or else all of them ("living room decor").
  const place = within.length === 0 ? placeLevel(parsed.text) : undefined;
  if (place) {
    const category = place.paths.join(",");
    // (Not when the level has none of its things there: a bathroom's furniture is what goes
    // there, not its scales by their titles' "Bathroom".)
    const named = await lines({
      ...q,
      q: place.all ? "" : place.place,
      category,
      min_price: min,
      max_price: max,
    });
    if (!place.all && named.total > 0 && !named.dropped_words?.length && !named.corrected_query) return named;
    const r = await browse(place.paths);
    if (r.total > 0) {
      return {
        ...r,
        took_ms: round(named.took_ms + r.took_ms),
        corrected_query: place.all ? place.place : place.named,
        dropped_words: (place.all ? place.named : place.place).split(" "),
      };
    }
  }
  // A thing's accessories: the leaves named with it ("phone accessories": cases, chargers,
  // stands), before the words are matched (`accessoriesOf`). (Not a thing that comes with
  // them: "action camera with accessories" is a camera, it had shown camera drones.)
  const bundled = /\b(?:with|including|incl|plus)\s+(?:\p{L}+\s+)?accessor/u.test(fold(q.q));
  const accessories = within.length === 0 && !bundled ? accessoriesOf(parsed.text) : undefined;
  if (accessories) {
    const r = await lines({
      ...q,
      q: accessories.thing,
      category: accessories.paths.join(","),
      min_price: min,
      max_price: max,
    });
    if (r.total > 0) return r;
  }
  // A level's own name and its accessories: the level ("fitness accessories").
  const level = within.length === 0 ? levelThings(parsed.text) : [];
  if (level.length > 0) {
    const r = await browse(level);
    if (r.total > 0) return r;
  }
  // A gift for a hobbyist: the things of the hobby ("gift for golfer": golf clubs).
  // (An age says who it is for: "what to get a 7 year old who loves dinosaurs".)
  for (const hobby of q.category ? [] : giftHobbies(agesAsAudience(q.q, { toddler: true }))) {
    // (Its gifts, where its word finds more than them: a runner's are no running shoes.)
    const gifts = Object.hasOwn(HOBBY_GIFTS, hobby) ? await browse(HOBBY_GIFTS[hobby]) : undefined;
    if (gifts && gifts.total > 0) return { ...gifts, corrected_query: `${hobby} gifts` };
    const r = await lines({ ...q, q: hobby, min_price: min, max_price: max });
    // (Not a hobby found only inside makers' names: "gift for a tech lover" had shown Lib
    // Tech's snowboards.)
    if (r.total > 0 && !foundByPartOfMaker(r, hobby, false)) {
      return { ...r, corrected_query: r.corrected_query ?? hobby };
    }
  }
  const topic = q.category ? undefined : giftTopic(agesAsAudience(q.q, { toddler: true }));
  // (A gift for a need is the need's kinds: "gift for grandma who is always cold" are warm
  // things, not cold-pressed olive oil.)
  const needed = topic ? needAsked(q.q) : undefined;
  if (needed) {
    const b = await browse(needed.paths);
    if (b.total > 0) return { ...b, corrected_query: `for ${needed.label}` };
  }
  if (topic) {
    // (A pastime is its things: "gift for a girl who likes art" is art supplies, no wall art.)
    const pastime = Object.hasOwn(ACTIVITIES, topic) && ACTIVITIES[topic] !== topic
      ? ACTIVITIES[topic]
      : undefined;
    let r = pastime
      ? await read({ ...q, q: pastime, min_price: min, max_price: max }, search, shopWords)
      : await lines({ ...q, q: topic, min_price: min, max_price: max });
    // (Not a topic found only inside makers' names: "gift for a tech lover" had shown Lib
    // Tech's snowboards.)
    if (r.total > 0 && foundByPartOfMaker(r, topic, false)) r = nothing(r);
    // (A level's or a menu's other name is its things: "a man who likes gadgets" shows
    // electronics.)
    if (r.total === 0 && !pastime && (levelAlias(topic) || groupAlias(topic))) {
      r = await read({ ...q, q: topic, min_price: min, max_price: max }, search, shopWords);
    }
    if (r.total > 0) return { ...r, corrected_query: r.corrected_query ?? pastime ?? topic };
  }
  // (Otherwise on to the guides: "birthday party for 5 year old" is a birthday party.)
  const aged = agesAsAudience(q.q);
  if (aged !== q.q) {
    const r = await lines({ ...q, q: aged });
    if (r.total > 0) return { ...r, corrected_query: r.corrected_query ?? aged };
  }
  // Learning to do a thing asks for its things: "learning to sew" shows sewing machines (its
  // words had found "Learning" thermostats, the verb left out as no product's word).
  // (Not where the needs guide has the learning itself: "learn to cook" is cookbooks and a
  // knife, not any pan.)
  const learnt = within.length === 0 && !/^learn/.test(needAsked(q.q)?.label ?? "")
    ? learntThing(parsed.text)
    : undefined;
  if (learnt) {
    const found = await read({ ...q, q: learnt, min_price: min, max_price: max }, search, shopWords);
    if (found.total > 0 && !foundByPartOfMaker(found, learnt)) {
      return {
        ...found,
        corrected_query: found.corrected_query ?? learnt,
        dropped_words: [...terms(parsed.text).slice(0, 2), ...found.dropped_words ?? []],
      };
    }
  }
  let r = await partly(q, await lines(q), browse, within);
  // Two words typed apart that the shop names a product with as one are that product, when
  // the first title says them neither apart nor as one: "hand bag" is a handbag (it had shown
  // diaper bags whose copy says "hand"), while "dish rack" stays, no product being a
  // "dishrack", and "shower head" finds the showerheads already.
  const compound =
    r.total > 0 && (!r.corrected_query || terms(r.corrected_query).length < terms(parsed.text).length)
      ? joinedNoun(parsed.text, await shopWords())
      : undefined;
  const firstSay = (words: string) => r.hits.length > 0 && titleSays(r.hits[0].title, words);
  if (compound && !firstSay(compound.apart) && !firstSay(compound.one)) {
    const together = await lines({ ...q, q: compound.text, min_price: min, max_price: max });
    if (together.total > 0 && !together.dropped_words?.length) {
      r = { ...together, corrected_query: together.corrected_query ?? compound.text };
    }
  }
  // Words found only inside makers' names the query does not name whole are no answer:
  // "bananas" is no Banana Boat sunscreen, "eggs" no Big Green Egg grill.
  // (A look is found all over the shop, wherever its first hits came from: "green" had found
  // nothing on the embedded index, whose first five were Green Toys' and Big Green Egg's.)
  const look = terms(parsed.text).every((w) => isAttribute(w));
  if (r.total > 0 && !r.corrected_query && !look && foundByPartOfMaker(r, parsed.text)) r = nothing(r);
  // Nor are products of other kinds than a need's, none of whose titles says all of the
  // need's words that are the whole query: "first apartment" had shown First Alert's alarms
  // (by the maker's name and their copy), "stuff for dry skin" quick-dry nail polish.
  const whole = r.total > 0 && !r.corrected_query ? needSaidWhole(parsed.text) : undefined;
  if (whole && !titlesSay(r, parsed.text, whole)) r = nothing(r);
  // Nor is a typo's reading of one word found only in makers' names ("bandana" as Banana
  // Boat's sunscreen), nor one that is only a look, found all over the shop ("bluey" as
  // anything blue): what was meant is not known. (A maker's own name stays: "kitchenaide".)
  const misread = r.total > 0 && r.did_you_mean !== undefined && r.corrected_query !== undefined &&
    !r.dropped_words?.length && terms(parsed.text).length === 1 && !isMakerName(r.corrected_query);
  if (
    misread &&
    (foundByPartOfMaker(r, r.corrected_query!, false) || (isAttribute(r.corrected_query!) && mixed(r)))
  ) {
    r = { ...nothing(r), corrected_query: undefined, did_you_mean: undefined };
  }
  // Nor is a typo's reading of a line's name after its maker's, with the maker's name left
  // out, that finds none of the maker's things: "waterpik aquarius" is no aquarium (the
  // maker's things are asked below).
  // (The maker's name left out for it, and a word read as another: "hanes t shirts" as "t
  // shirts" is any maker's t-shirts, the shop selling no Hanes.)
  const lined = r.total > 0 && r.corrected_query !== undefined ? makerLine(parsed.text) : undefined;
  const typed = new Set(analyze(parsed.text));
  const misreadLine = lined !== undefined && lined.rest !== "" &&
    terms(lined.maker).every((w) => r.dropped_words?.includes(w)) &&
    analyze(r.corrected_query!).some((w) => !typed.has(w));
  if (lined && misreadLine) {
    const makers = new Set(namedMakers(lined.maker));
    if (!r.hits.slice(0, FIRST_HITS).some((h) => makers.has(h.brand))) {
      r = { ...nothing(r), corrected_query: undefined, did_you_mean: undefined, dropped_words: undefined };
    }
  }
  // Nor is a plural no product is called by, found only in the singular as another thing's
  // word: "coasters" showed kids' bikes with a "Coaster Brake".
  // (The shop's words are asked for only then: a search never waits on their first load.)
  // (So is one left by leaving out the others: "marble coasters" as "coasters" had shown the
  // bikes too, "ants in the kitchen" as "ants" hummingbird feeders with an "Ant Moat".)
  const passing = async (answer: SearchResult, text: string) => {
    const plural = onePlural(text);
    return plural !== undefined && inPassing(answer, plural, await shopWords());
  };
  const relaxedTo = r.dropped_words?.length ? r.corrected_query : undefined;
  if (r.total > 0 && (!r.corrected_query || relaxedTo) && await passing(r, relaxedTo ?? parsed.text)) {
    r = { ...nothing(r), corrected_query: undefined, dropped_words: undefined };
  }
  // A thing for a place, when the words found nothing: the thing ("humidifier for baby
  // room" found nothing; no title names a room).
  const where = r.total === 0 ? withoutPlace(q.q) : undefined;
  // (Whatever is sold for a place is what goes there: "stuff for a beach day" had browsed
  // every product, "stuff" naming none.)
  const anything = where !== undefined && analyze(where.text).every((w) => WHATEVER.has(w) || w === "thing");
  if (where && anything) {
    const b = await browse(placeThings(where.place) ?? []);
    if (b.total > 0) return { ...b, took_ms: round(r.took_ms + b.took_ms), corrected_query: where.place };
  }
  if (where && where.text && !anything) {
    const thing = await lines({ ...q, q: where.text, min_price: min, max_price: max });
    // (Not a need's words, said whole, that no first title says: "dry air in bedroom" is the
    // need's, it had shown Air-Dry modeling clay.)
    const need = needSaidWhole(where.text);
    const needs = need !== undefined && !titlesSay(thing, where.text, need);
    if (thing.total > 0 && !needs && !await passing(thing, thing.corrected_query ?? where.text)) {
      return {
        ...thing,
        took_ms: round(r.took_ms + thing.took_ms),
        corrected_query: thing.corrected_query ?? where.text,
        dropped_words: [...where.place.split(" "), ...thing.dropped_words ?? []],
      };
    }
  }
  // A place the shop names nothing for ("kids room", "dorm room"): what goes there.
  const there = r.total === 0 && within.length === 0 ? placeThings(parsed.text) : undefined;
  if (there) {
    const b = await browse(there);
    if (b.total > 0) return { ...b, took_ms: round(r.took_ms + b.took_ms) };
  }
  // A need the words found nothing for ("back pain relief", "help me sleep better"): the
  // kinds of thing that meet it, from the needs guide. So too when they found something
  // only by leaving out a word of the need: "stuff for a long flight" as "flight" had shown
  // bird flight cages, "quick breakfast" as "breakfast" English Breakfast tea.
  const relaxed = r.total > 0 ? r.dropped_words ?? [] : [];
  const shop = (r.total === 0 || relaxed.length > 0) && within.length === 0 ? await shopWords() : undefined;
  const said = shop ? needAsked(q.q, (w) => shop.isNoun(w), r.total === 0) : undefined;
  // (Not over the thing a need comes from, when that was found and is a thing the body
  // rests on: "back pain from mattress" shows mattresses, a better one being the cure. A
  // stiff neck from a phone is no reason to buy a phone.)
  const cause = needCause(q.q);
  const restsOn = (path: string) => isUnder(path, RESTED_ON) || /(?:shoes|boots)$/.test(path);
  const cured = r.total > 0 && analyze(r.corrected_query ?? "").some((w) => cause.includes(w)) &&
    restsOn(r.hits[0]?.category ?? "");
  // (Or when the words kept are the need's own, said whole, and no first title says them: "long
  // drive with kids in the back" as "long drive" had shown a torque wrench's "3/8-Inch Drive".)
  const keptNeed = relaxed.length > 0 && r.corrected_query ? needSaidWhole(r.corrected_query) : undefined;
  const keptWhole = keptNeed !== undefined && keptNeed === said &&
    !titlesSay(r, r.corrected_query!, keptNeed);
  const need = said && !cured &&
      (r.total === 0 || keptWhole || relaxed.some((w) => analyze(w).some((a) => needWords(said).has(a))))
    ? said
    : undefined;
  if (need) {
    // (Of those, the ones of a department another word names: "clothes for cold weather"
    // are jackets and sweaters, not heaters. Not a word of the need's own, nor who it is
    // for: "work from home", "activities for kids".)
    const levels = analyze(q.q).filter((w) => !needWords(need).has(w) && whoFor(w) === undefined)
      .flatMap((w) => namedCategories(levelAlias(w) ?? w));
    const named = need.paths.filter((p) => isUnder(p, levels));
    // (With a child, the child's: "road trip with kids" shows their headphones and tablets.)
    const kids = need.withKids && analyze(q.q).some((w) => whoFor(w) === "kids") ? need.withKids : undefined;
    // (Of the one kind the words kept found, when it is one of the need's: "snow shovel" shows
    // shovels, where the snow storm's guide had put ice scrapers first; "learn guitar" guitars,
    // not pianos too.)
    // (Only where the words kept name that kind: "camping essentials" as "camping" are no
    // camp chairs only.)
    const keptThing = relaxed.length > 0 && !keptWhole ? theThing(r.corrected_query ?? "") : undefined;
    const kept = keptThing && keptThing.head >= 0 && ofTheKind(r, keptThing.kept[keptThing.head])
      ? mostOf(r.hits.slice(0, FIRST_HITS).map((h) => h.category))
      : undefined;
    const kind = kept !== undefined && need.paths.some((p) => isUnder(kept, [p])) ? [kept] : undefined;
    const paths = kids ?? (named.length > 0 ? named : kind ?? need.paths);
    // (Its own kinds first, where its leaves hold others too: "dry air" is no dehumidifier's.)
    const own = need.kind
      ? await lines({ ...q, q: need.kind, category: paths.join(","), min_price: min, max_price: max })
      : undefined;
    const b = own && own.total > 0 && !own.dropped_words?.length ? own : await browse(paths);
    if (b.total > 0) {
      return { ...b, took_ms: round(r.took_ms + b.took_ms), corrected_query: `for ${need.label}` };
    }
  }
  // A word before a place, when the words found nothing and say no need, says how its things look ("boho
  // bedroom", "farmhouse kitchen decor"): those of its things the word names. One that says
  // which place ("small bathroom storage"): all of them.
  const styled = r.total === 0 && within.length === 0 ? styledPlace(parsed.text) : undefined;
  if (styled) {
    const category = styled.paths.join(",");
    // (A style the shop never names is no word to search: "cozy living room" is the living
    // room's things.)
    const style = styled.style && (await shopWords()).knows(styled.style) ? styled.style : "";
    const named = style
      ? await lines({ ...q, q: style, category, min_price: min, max_price: max })
      : undefined;
    if (named && named.total > 0 && !named.dropped_words?.length && !named.corrected_query) return named;
    // (Only for a word that says which place: "granola bars" are no barware, "play kitchen"
    // no kitchen's things.)
    // (A style's: the things that make its look, "scandi living room" no curtains first.)
    const b = style ? nothing(r) : await browse(styled.look ?? styled.paths);
    if (b.total > 0) {
      return {
        ...b,
        took_ms: round(r.took_ms + (named?.took_ms ?? 0) + b.took_ms),
        corrected_query: styled.named,
        dropped_words: style || !styled.style ? [] : [styled.style],
      };
    }
  }
  // The organization of a thing, when the words found nothing, is its organizers: "car
  // organization" shows car organizers. (A place's is what goes there: `placeLevel`.)
  const organized = r.total === 0
    ? /^(.+?)\s+(?:organization|organisation|organizing)$/u.exec(parsed.text.trim())
    : null;
  if (organized) {
    const organizer = `${organized[1]} organizer`;
    const found = await lines({ ...q, q: organizer, min_price: min, max_price: max });
    if (found.total > 0 && !found.dropped_words?.length) {
      return {
        ...found,
        took_ms: round(r.took_ms + found.took_ms),
        corrected_query: found.corrected_query ?? organizer,
      };
    }
  }
  // A colour, a material, a pattern or a style before a level's name, when the words found
  // nothing, says how its things look: those of them the attribute's words find, or else
  // all of them, the attribute left out ("copper cookware": the shop sells no copper pans;
  // "japandi decor", "wabi sabi" found nothing).
  const looks = r.total === 0 && within.length === 0 ? attributedLevel(parsed.text) : undefined;
  if (looks) {
    const category = looks.paths.join(",");
    const said = terms(looks.attribute);
    const shop = await shopWords();
    let took = r.took_ms;
    // (The whole attribute, then each of its words the shop knows, the last first: "modern
    // farmhouse kitchen" shows the kitchen's farmhouse things.)
    for (const words of new Set([looks.attribute, ...said.toReversed()])) {
      if (!terms(words).every((w) => shop.knows(w))) continue;
      const named = await lines({ ...q, q: words, category, min_price: min, max_price: max });
      took += named.took_ms;
      // (Not by a maker's name: "modern" of Simple Modern's bottles.)
      if (
        named.total > 0 && !named.dropped_words?.length && !named.corrected_query &&
        !foundByPartOfMaker(named, words)
      ) {
        return { ...named, took_ms: round(took) };
      }
    }
    const b = await browse(looks.look ?? looks.paths);
    if (b.total > 0) {
      return {
        ...b,
        took_ms: round(took + b.took_ms),
        corrected_query: looks.named,
        dropped_words: said,
      };
    }
  }
  // An occasion the shop names nothing for ("valentines"): its gifts.
  const occasion = r.total === 0 ? occasionGift(q.q) : undefined;
  const given = occasion?.paths.filter((p) => within.length === 0 || isUnder(p, within)) ?? [];
  if (occasion && given.length > 0) {
    const guide = await browse(given);
    if (guide.total > 0) {
      r = { ...guide, took_ms: round(r.took_ms + guide.took_ms), corrected_query: occasion.label };
    }
  }
  // A maker shoppers know that the shop does not carry, when the words found nothing: the
  // kind it is known for ("tide" shows laundry detergent, "pringles" chips), with the
  // query's other words when they find it ("crest whitening strips": toothpaste).
  // (Also when a typo's correction answered a maker's name alone: "crocs" is no Crock-Pot.)
  // (And when a known maker typed whole answered with another maker's typo, "stabilo" as
  // Stabila levels, or a word of its name left out: "russell hobbs" had shown cooktops by
  // "hob", "speed stick" streaming sticks.)
  // (Not the same maker's name spelt another way: "hydroflask" is Hydro Flask's.)
  const typedMaker = within.length === 0 ? knownMakerKind(parsed.text) : undefined;
  const joinedUp = (text: string) => terms(fold(text)).join("");
  /** The maker typed, searched by its name as the shop spells it: once, when asked. */
  let typedSearched: Promise<SearchResult> | undefined;
  const typedMakerSearch = () =>
    typedSearched ??= search({
      ...q,
      q: correctMakerTypos(typedMaker!.maker) ?? typedMaker!.maker,
      fuzzy: false,
    });
  /** Whether the shop carries the maker typed (some product is theirs). */
  const carriesTypedMaker = async () =>
    (await typedMakerSearch()).hits.some((h) => joinedUp(h.brand) === joinedUp(typedMaker!.maker));
  // (`known` below is the maker typed, or none.)
  const corrected = r.total > 0 && r.did_you_mean !== undefined && r.corrected_query !== undefined &&
    (!isMakerName(r.corrected_query) ||
      (typedMaker !== undefined && joinedUp(typedMaker.maker) !== joinedUp(r.corrected_query) &&
        !(await carriesTypedMaker())));
  const cut = typedMaker !== undefined && typedMaker.maker.includes(" ") && typedMaker.rest === "" &&
    (r.dropped_words ?? []).some((w) => typedMaker.maker.split(" ").includes(w));
  const known = r.total === 0 || corrected || cut ? typedMaker : undefined;
  // (A maker the shop carries keeps its name, and only a line's name it never uses goes:
  // "levis 501" shows Levi's jeans, while "revlon hair dryer brush" is no Revlon lipstick.)
  // (Carried: some product is the maker's. A maker of the taxonomy may have none indexed.)
  // (The maker alone found nothing, or only a typo's reading, when nothing else was typed.)
  // (A maker the shop carries, typed alone as its titles never spell it: its products, not
  // the kind it is known for: "levis" had shown every maker's jeans.)
  if (known && !known.rest && isMakerName(known.maker) && await carriesTypedMaker()) {
    const found = await typedMakerSearch();
    return {
      ...found,
      took_ms: round(r.took_ms + found.took_ms),
      corrected_query: correctMakerTypos(known.maker) ?? known.maker,
    };
  }
  const carried = known !== undefined && known.rest !== "" && isMakerName(known.maker) &&
    await carriesTypedMaker();
  const vocabulary = carried ? await shopWords() : undefined;
  const line = vocabulary !== undefined && terms(known!.rest).length > 0 &&
    terms(known!.rest).every((w) => /\p{N}/u.test(w) || !spells(vocabulary, w));
  if (known && (r.total === 0 || cut || !known.rest) && (!carried || line)) {
    const maker = known.maker.split(" ");
    // (Not the kind twice: "sorel snow boots" is snow boots, then any boots.)
    const rest = terms(known.rest);
    const named = rest.includes(known.kind);
    // (The kind typed after the maker, where the shop sells it, before the kind the maker is
    // known for: "bang and olufsen speaker" is speakers, not headphones.)
    const shop = vocabulary ?? await shopWords();
    const typedKind = !named && rest.some((w) => shop.isNoun(w));
    const asked: [string, string[]][] = carried ? [[`${known.maker} ${known.kind}`, rest]] : [
      ...(known.rest
        ? [[named ? known.rest : `${known.rest} ${known.kind}`, maker] as [string, string[]]]
        : []),
      ...(typedKind ? [[known.rest, maker] as [string, string[]]] : []),
      [known.kind, [...maker, ...rest.filter((w) => w !== known.kind)]],
    ];
    for (const [words, dropped] of asked) {
      const found = await lines({ ...q, q: words, min_price: min, max_price: max });
      // (Not by leaving out the kind typed: "speaker headphones" found headphones.)
      const lost = typedKind && words !== known.rest &&
        (found.dropped_words ?? []).some((w) => rest.includes(w) && shop.isNoun(w));
      if (found.total > 0 && !lost) {
        return {
          ...found,
          took_ms: round(r.took_ms + found.took_ms),
          corrected_query: found.corrected_query ?? words,
          dropped_words: [...dropped, ...found.dropped_words ?? []],
        };
      }
    }
  }
  // Someone fond of a thing, when the words found nothing: the thing ("cat owners", "book
  // lovers", "history buffs"; a gift for them is asked above).
  const fond = r.total === 0 && within.length === 0 ? fondOf(withoutWhatever(parsed.text)) : undefined;
  if (fond) {
    const found = await read({ ...q, q: fond, min_price: min, max_price: max }, search, shopWords);
    if (found.total > 0 && !foundByPartOfMaker(found, fond, false)) {
      return {
        ...found,
        took_ms: round(r.took_ms + found.took_ms),
        corrected_query: found.corrected_query ?? fond,
      };
    }
  }
  // A maker the shop carries, then words naming no kind of thing (a line's or a model's name:
  // "bowflex selecttech", "dji mini 4", "netgear nighthawk"), when the words found nothing:
  // the maker's things, when they are of one department and those on the page of one aisle
  // ("samsung s24" and "canon eos r6" stay nothing: phones, drives and earbuds; cameras and
  // printers).
  const ofMaker = r.total === 0 && within.length === 0 ? makerLine(parsed.text) : undefined;
  if (ofMaker) {
    const vocabulary = await shopWords();
    // (Nor a word the shop uses in other kinds' names, which names a kind the maker does not
    // make: "moen faucet" had shown Moen's showerheads by the "Faucet" of water filters,
    // "petsafe fountain" PetSafe's leashes by the "Fountain" of pens.)
    // (Words makers name lines with are lines' all the same: "theragun prime", though "Prime"
    // is also a lens's.)
    // (Nor a look or a material: "lodge cast iron griddle" shows Lodge's cast iron.)
    const restWords = terms(ofMaker.rest);
    const looks = attributePositions(restWords);
    const named = restWords.some((w, i) =>
      !/\p{N}/u.test(w) &&
      (vocabulary.isNoun(w) ||
        (isEnglishWord(w) && !LINE_WORDS.has(w) && !looks.has(i) && vocabulary.namesAnotherKind(w, w)))
    );
    // A model's name with its number that other makers' titles say, the maker's own saying it
    // nowhere, names a part the maker designs and others build with: "nvidia rtx 4070" asks
    // for RTX 4070 graphics cards and the PCs built with them (it had shown Nvidia's streaming
    // players). A number the shop lacks leaves the series, where every title found says it
    // with a number ("nvidia rtx 4090" as "rtx"; not "galaxy" of a galaxy projector).
    // (A word the shop never says goes first: "radeon" of "amd radeon rx 7900".)
    const known = restWords.filter((w) => /\p{N}/u.test(w) || spells(vocabulary, w));
    // (A series' name is no English word: not "group" of a car battery's "Group 35".)
    const series = known.filter((w) => /^\p{L}+$/u.test(w) && !isEnglishWord(w));
    const numbered = known.some((w) => /\p{N}/u.test(w));
    const tries = [...numbered ? [restWords, known] : [], series].filter((t, i, all) =>
      t.length > 0 && all.findIndex((o) => o.join(" ") === t.join(" ")) === i
    );
    if (series.length > 0) {
      for (const said of tries) {
        const built = await search({ ...q, q: said.join(" "), fuzzy: false, min_price: min, max_price: max });
        const says = (title: string) => {
          const words = terms(fold(title));
          return said.every((w) => words.includes(w)) &&
            (said !== series || series.some((w) => /\p{N}/u.test(words[words.indexOf(w) + 1] ?? "")));
        };
        if (built.total > 0 && !built.corrected_query && built.hits.every((h) => says(h.title))) {
          return {
            ...built,
            took_ms: round(r.took_ms + built.took_ms),
            corrected_query: said.join(" "),
            dropped_words: [...terms(ofMaker.maker), ...restWords.filter((w) => !said.includes(w))],
          };
        }
      }
    }
    // (A word known only in a synonym's phrase is unknown here: "spirit" of "spirit level".)
    const unknown = terms(ofMaker.rest).some((w) => /\p{N}/u.test(w) || !spells(vocabulary, w));
    const theirs = !named
      ? await search({ ...q, q: ofMaker.maker, min_price: min, max_price: max })
      : undefined;
    const oneAisle = theirs !== undefined && theirs.total > 0 && !theirs.corrected_query &&
      theirs.facets.category.length === 1 &&
      theirs.hits.every((h) => aisleOf(h.category) === aisleOf(theirs.hits[0].category));
    // (Words the shop knows may name a line too, when the maker makes one kind only: "theragun
    // prime" shows Theragun's massagers, "hatch rest plus" Hatch's sound machines.)
    const oneKind = oneAisle && theirs.hits.every((h) => h.category === theirs.hits[0].category);
    if (theirs && oneAisle && (unknown || oneKind)) {
      return {
        ...theirs,
        took_ms: round(r.took_ms + theirs.took_ms),
        corrected_query: ofMaker.maker,
        dropped_words: terms(ofMaker.rest),
      };
    }
  }
  // A pastime said with words before it that say which kind ("ice fishing", "car
  // camping"), or a subject with a word for its setting ("ski trip", "skincare routine",
  // "marathon training"), when the words found nothing: the pastime's or the subject's
  // things, the other words left out.
  // (A setting's subject is a pastime or a level's name: "business trip" is no business PC's,
  // "gym session" no baby's play gym. A setup's may be any thing: "minimalist desk setup".)
  // (Its gear or supplies are its things too: "fly fishing gear", "car camping essentials".)
  const pastimeText = withoutWhatever(parsed.text);
  const settingFound = r.total === 0 && within.length === 0 ? settingOf(pastimeText) : undefined;
  // (What is taught may be any kind of the shop's: "piano lessons" shows pianos.)
  const taught = settingFound !== undefined && TAUGHT.has(settingFound.setting) &&
    (await shopWords()).isNoun(terms(settingFound.subject).at(-1) ?? "");
  const subject = settingFound &&
    (pastimeOf(settingFound.subject) ?? activityOf(settingFound.subject)?.activity ??
      (levelAlias(settingFound.subject) || groupAlias(settingFound.subject) ||
          namedCategories(settingFound.subject).length > 0 ||
          placeThings(settingFound.subject) !== undefined ||
          SETUPS.has(settingFound.setting) || taught
        ? settingFound.subject
        : undefined));
  const setting = subject ? settingFound : undefined;
  const activity = r.total === 0 && within.length === 0 && !setting
    ? activityOf(pastimeText, true)
    : undefined;
  if (setting || activity) {
    const asked = setting ? subject! : activity!.activity;
    const found = await read({ ...q, q: asked, min_price: min, max_price: max }, search, shopWords);
    let took = round(r.took_ms + found.took_ms);
    if (found.total > 0 && !foundByPartOfMaker(found, asked)) {
      // (Words before the pastime that are themselves a kind sold beside its things name
      // the kind: "drone photography" shows drones, "car camping" no car's things.)
      // (A noun of the shop's: "indoor soccer" is no indoor basketball.)
      const vocabulary = activity ? await shopWords() : undefined;
      const which = activity?.which.every((w) => vocabulary?.isNoun(w))
        ? activity.which.join(" ")
        : undefined;
      // (A thing said for the pastime, which the shop does not sell, is no kind of the pastime:
      // "kneeling pad for gardening" had shown pruning shears. "car camping" is a kind of camping.)
      const forIt = activity !== undefined && vocabulary!.isNoun(activity.which.at(-1) ?? "") &&
        terms(fold(q.q)).join(" ").endsWith(`for ${terms(fold(pastimeText)).at(-1)}`);
      const kind = which ? await lines({ ...q, q: which, min_price: min, max_price: max }) : undefined;
      took = round(took + (kind?.took_ms ?? 0));
      if (
        kind && kind.total > 0 && !kind.corrected_query &&
        aisleOf(kind.hits[0]?.category ?? "") === aisleOf(found.hits[0]?.category ?? "")
      ) {
        return {
          ...kind,
          took_ms: took,
          corrected_query: which,
          dropped_words: [parsed.text.split(" ").at(-1)!],
        };
      }
      if (!forIt) {
        return {
          ...found,
          took_ms: took,
          corrected_query: found.corrected_query ?? asked,
          // (The setting's words as typed: "getting into" of "getting into birdwatching".)
          dropped_words: [
            ...(setting
              ? terms(pastimeText).filter((w) => !terms(setting.subject).includes(w))
              : activity!.which),
            ...found.dropped_words ?? [],
          ],
        };
      }
    }
  }
  // Making a thing is a pastime of what makes it: "bread making" shows bread makers,
  // "cocktail making" cocktail shakers; never the thing made ("soap making" is no soap).
  const made = r.total === 0 && within.length === 0 && !setting && !activity
    ? madeIn(parsed.text)
    : undefined;
  if (made) {
    let took = r.took_ms;
    for (const asked of [`${made} maker`, made]) {
      const found = await lines({ ...q, q: asked, min_price: min, max_price: max });
      took = round(took + found.took_ms);
      if (
        found.total > 0 && !found.corrected_query && !found.dropped_words?.length &&
        !ofTheKind(found, made.split(" ").at(-1)!) && !foundByPartOfMaker(found, asked)
      ) {
        const kept = new Set(terms(asked));
        return {
          ...found,
          took_ms: took,
          corrected_query: asked,
          dropped_words: terms(parsed.text).filter((w) => !kept.has(w)),
        };
      }
    }
  }
  // A pastime, a menu or a thing said with where, with whom, how or when, when the words
  // found nothing: what is said before that, read as a query of its own ("paddleboarding on
  // the lake", "sledding with kids", "birding in the backyard", "learning piano as an
  // adult").
  // (As typed: the parse leaves out "with" as filler. The price phrase is kept as a filter.)
  // (A menu's or a pastime's name, or words ending with a kind of the shop's that find that
  // kind: "glow in the dark stars" is no glowing costume, "hard to see at night" no
  // hard-shell case.)
  const lead = r.total === 0 && within.length === 0 ? beforeContext(q.q) : undefined;
  const menu = lead !== undefined &&
    (groupAlias(lead.text) !== undefined || levelAlias(lead.text) !== undefined ||
      namedCategories(lead.text).length > 0 || Object.hasOwn(ACTIVITIES, lead.text) ||
      activityOf(lead.text) !== undefined || pastimeOf(settingOf(lead.text)?.subject ?? "") !== undefined ||
      placeThings(lead.text) !== undefined ||
      placeThings(withoutPlace(lead.text)?.place ?? "") !== undefined);
  // (Or a lesson in a thing: "guitar lessons for beginners".)
  const lesson = lead === undefined ? undefined : settingOf(lead.text);
  const thing = lesson && TAUGHT.has(lesson.setting) ? lesson.subject : lead?.text ?? "";
  // (A thing for a child stays a child's: "scooter for toddlers" is no grown-up's scooter.)
  const forAChild = lead !== undefined && lead.context[0] === "for" && FOR_A_CHILD.has(lead.context[1]);
  const named = lead !== undefined && !menu && !forAChild &&
    (await shopWords()).isNoun(stem(terms(thing).at(-1) ?? ""));
  if (lead && (menu || named)) {
    const found = await read({ ...q, q: lead.text, min_price: min, max_price: max }, search, shopWords);
    const last = (text: string) => stem(terms(text).at(-1) ?? "");
    if (found.total > 0 && (menu || last(found.corrected_query ?? lead.text) === last(thing))) {
      return {
        ...found,
        took_ms: round(r.took_ms + found.took_ms),
        corrected_query: found.corrected_query ?? lead.text,
        dropped_words: [...terms(parseQuery(lead.context.join(" ")).text), ...found.dropped_words ?? []],
      };
    }
  }
  // A maker's name with a typo ("hamilton beech") is that maker's when the words as typed
  // find nothing of theirs: the answer offers it, as a did-you-mean does.
  const maker = correctMakerTypos(q.q);
  if (maker === undefined) return r;
  // (Not words the shop spells, each an English word as typed: "red wine" is no Red Wing,
  // whose boots it had shown, the shop selling no wine. "hamilton beech" is still read.)
  const spelt = await shopWords();
  if (terms(fold(q.q)).every((w) => spells(spelt, w) && (w.length < 4 || isEnglishWord(w)))) return r;
  const makers = new Set(namedMakers(maker));
  const theirs = (answer: SearchResult) => answer.hits.slice(0, FIRST_HITS).some((h) => makers.has(h.brand));
  if (theirs(r)) return r;
  const fixed = await lines({ ...q, q: maker });
  const took = round(r.took_ms + fixed.took_ms);
  return theirs(fixed)
    ? { ...fixed, took_ms: took, corrected_query: fixed.corrected_query ?? maker, did_you_mean: maker }
    : { ...r, took_ms: took };
}

/** `text` without a last word for whatever is sold ("fly fishing gear" → "fly fishing"), when it has more. */
function withoutWhatever(text: string): string {
  const words = terms(fold(text));
  return words.length > 1 && WHATEVER.has(analyze(words.at(-1)!)[0] ?? "")
    ? words.slice(0, -1).join(" ")
    : text;
}

/** Words that begin a clause of where, with whom, how or when ("on the lake", "as an adult"). */
const CONTEXT = new Set("on with in as at during while when after before".split(" "));
/** Who a pastime is for, after "for" ("watercolor painting for beginners"). */
const FOR_WHOM = new Set("beginner beginners adults adult family families everyone seniors".split(" "));
/** A child after "for", context only for a menu's or a pastime's name ("science experiments for kids"), not a thing's. */
const FOR_A_CHILD = new Set("kids children toddlers teens".split(" "));

/**
 * The words before the first clause of context (`CONTEXT`), and the clause's words: "sledding
 * with kids" → "sledding", ["with", "kids"]; `undefined` when no clause follows a word.
 */
export function beforeContext(text: string): { text: string; context: string[] } | undefined {
  const words = terms(fold(text));
  const at = words.findIndex((w, i) =>
    i > 0 &&
    (CONTEXT.has(w) || (w === "for" && (FOR_WHOM.has(words[i + 1]) || FOR_A_CHILD.has(words[i + 1]))))
  );
  return at > 0 && at < words.length - 1
    ? { text: words.slice(0, at).join(" "), context: words.slice(at) }
    : undefined;
}

/** Where the things the body rests on are sold: a better one cures what the old one caused. */
const RESTED_ON = ["home.furniture", "home.bedding", "office.furniture", "baby.gear"];

/**
 * For a store's department name that joins a level with words naming none ("tv and video",
 * "grocery and gourmet food"), when the words found nothing, or found something only without
 * a level's name ("grocery and gourmet food" as "food" found plant food): the named levels,
 * most popular first, saying the words left out (`partlyJoinedLevels`).
 */
async function partly(
  q: SearchQuery,
  r: SearchResult,
  browse: (paths: readonly string[]) => Promise<SearchResult>,
  within: string[],
): Promise<SearchResult> {
  if (r.total > 0 && !r.dropped_words?.length) return r;
  const joined = within.length === 0 ? partlyJoinedLevels(q.q) : undefined;
  if (!joined) return r;
  // (Fewer words that kept every level's name answer better: "movies and tv" found TVs,
  // "cell phones and accessories" phone stands, not fashion accessories.)
  const levelWords = new Set(joined.named.split(" "));
  if (r.total > 0 && !r.dropped_words!.some((w) => analyze(w).some((a) => levelWords.has(a)))) return r;
  const b = await browse(joined.paths);
  if (b.total === 0) return r;
  return {
    ...b,
    took_ms: round(r.took_ms + b.took_ms),
    corrected_query: joined.named,
    dropped_words: joined.left,
  };
}

/** The maker's name a query begins with (the longest) and the words after it, when there are some. */
function makerLine(text: string): { maker: string; rest: string } | undefined {
  const words = terms(fold(text));
  for (let n = Math.min(words.length - 1, 4); n >= 1; n--) {
    const maker = words.slice(0, n).join(" ");
    if (isMakerName(maker)) return { maker, rest: words.slice(n).join(" ") };
  }
  return undefined;
}

/** Settings of a thing's own, whatever the thing: "desk setup", "pc build", "espresso at home". */
const SETUPS = new Set(["setup", "set up", "build", "at home"]);

/** The one need the text says when every word of it is a word of that need ("first apartment"), or `undefined`. */
function needSaidWhole(text: string): Need | undefined {
  const need = needAsked(text);
  if (need === undefined) return undefined;
  const words = analyze(text);
  const own = words.filter((w) => needWords(need).has(w));
  // (With a word for a part of the shop the need's kinds are in: "first apartment kitchen"
  // had shown First Alert's kitchen fire extinguishers.)
  const part = (w: string) =>
    namedCategories(levelAlias(w) ?? w).some((c) => need.paths.some((p) => isUnder(p, [c])));
  return own.length > 1 && words.every((w) => needWords(need).has(w) || part(w)) ? need : undefined;
}

/**
 * Whether some first hit is of the need's own kinds ("baking bread" finds bread flour), or
 * its title, past its maker's name, says the text's words in their order. (Not in another:
 * "dry air in bedroom" as "dry air" had shown Air-Dry modeling clay.)
 */
function titlesSay(r: SearchResult, text: string, need: Need): boolean {
  return r.hits.slice(0, FIRST_HITS).some((h) =>
    saysInOrder(titleTerms(h), text) || isUnder(h.category, need.paths)
  );
}

/** The query's one word when it is a plural ("coasters"), or `undefined`. */
function onePlural(text: string): string | undefined {
  const words = terms(fold(text));
  const [word] = words;
  return words.length === 1 && word.endsWith("s") && stem(word) !== word ? word : undefined;
}

/**
 * Whether a plural word (`onePlural`) names no kind of product (nor does a synonym) and
 * each of the first hits' titles has it only in the singular, in passing.
 */
function inPassing(r: SearchResult, word: string, shop: ShopWords): boolean {
  if (shop.isNoun(word) || [...synonymWords(word)].some((w) => shop.isNoun(w))) return false;
  // (Not a department's name, who it is for, or a maker's: "snacks", "dogs", "legos".)
  if (browsedCategories(word).length > 0 || whoFor(word) !== undefined || levelAlias(word)) return false;
  const top = r.hits.slice(0, FIRST_HITS);
  if (top.some((h) => terms(fold(h.brand)).map(stem).includes(stem(word)))) return false;
  // (Nor is a theme, a word in passing across kinds of several subcategories: "dinosaurs"
  // are dinosaur costumes and plush toys, while "coasters" were only bikes with a Coaster
  // Brake, "sponges" only sponge aquarium filters. A word of a kind's own name is none:
  // "clamps" are no Clamp Meters, nor lamps that clamp.)
  const subcategories = new Set(top.map((h) => aisleOf(h.category)));
  const ofAKind = top.some((h) => nounWords(h.category).has(stem(word)));
  // (Nor a word the synonyms call the found kind by, ending a name for it: "throws" are the
  // Throw Blankets, "sofa throw" being one, while no synonym calls anything a "coaster".)
  if (ofAKind && calledBy(word, top.map((h) => h.category))) return false;
  if (subcategories.size > 1 && !ofAKind) return false;
  // (Found in the titles, in the singular: a word of a description is no such passing.)
  return top.every((h) => {
    const words = terms(fold(h.title));
    return !words.includes(word) && words.some((w) => stem(w) === stem(word));
  });
}

/**
 * Whether a synonym names a kind of `categories` by a term of several words ending in the
 * word ("sofa throw" → "throw blanket" of the blankets).
 */
function calledBy(word: string, categories: string[]): boolean {
  const s = stem(word);
  const heads = new Set(categories.flatMap((c) => [...nounWords(c)]));
  return loadSynonyms().some((r) =>
    r.from.some((t) => {
      const ws = terms(t);
      return ws.length > 1 && stem(ws.at(-1)!) === s;
    }) && r.to.some((t) => heads.has(stem(terms(t).at(-1) ?? "")))
  );
}

const NOUN_WORDS = new Map<string, Set<string>>();
/** The words (stems) of a leaf's product nouns ("clamp" of "Clamp Meter"). */
function nounWords(category: string): Set<string> {
  let words = NOUN_WORDS.get(category);
  if (!words) {
    const leaf = leafAt(category);
    NOUN_WORDS.set(category, words = new Set(leaf?.nouns.flatMap((n) => analyze(n)) ?? []));
  }
  return words;
}

/** How many of each maker's things one search asks to find the kind both make most of. */
const MAKERS_SAMPLE = 100;

/**
 * The leaf both makers sell most of (the larger of the two's smaller counts, among their
 * first `MAKERS_SAMPLE` things each), and what the searches took.
 */
async function sharedKind(
  makers: readonly string[],
  q: SearchQuery,
  search: Search,
  shopWords: () => Promise<ShopWords>,
): Promise<{ leaf?: string; took_ms: number }> {
  const found = await Promise.all(
    makers.map((m) =>
      read({ ...q, q: m, page: 1, size: MAKERS_SAMPLE, sort: "relevance" }, search, shopWords)
    ),
  );
  const counts = found.map((f) => {
    const n = new Map<string, number>();
    for (const h of f.hits) n.set(h.category, (n.get(h.category) ?? 0) + 1);
    return n;
  });
  let best: { leaf?: string; n: number } = { n: 0 };
  for (const [leaf, a] of counts[0]) {
    const n = Math.min(a, counts[1].get(leaf) ?? 0);
    if (n > best.n || (n === best.n && n > 0 && leaf < best.leaf!)) best = { leaf, n };
  }
  return { leaf: best.leaf, took_ms: round(found[0].took_ms + found[1].took_ms) };
}

/**
 * Two answers as one, for `q`'s page: relevance takes their hits in turns (each product
 * once), another order merges them by it; totals and facet counts add up (a product both
 * found counted once in the total only as far as the hits show it).
 */
export function inTurns(a: SearchResult, b: SearchResult, q: SearchQuery): SearchResult {
  const seen = new Set<string>();
  const hits: SearchResult["hits"] = [];
  const take = (h: SearchResult["hits"][number]) => {
    if (!seen.has(h.id)) [seen.add(h.id), hits.push(h)];
  };
  if (q.sort === "relevance" || q.sort === "trending") {
    for (let i = 0; i < Math.max(a.hits.length, b.hits.length); i++) {
      if (i < a.hits.length) take(a.hits[i]);
      if (i < b.hits.length) take(b.hits[i]);
    }
  } else {
    const key = (h: SearchResult["hits"][number]) =>
      q.sort === "price_asc" ? h.price : q.sort === "price_desc" ? -h.price : -h.rating;
    [...a.hits, ...b.hits].toSorted((x, y) => key(x) - key(y)).forEach(take);
  }
  const sum = <T extends { count: number }>(xs: readonly T[], ys: readonly T[], id: (x: T) => string) => {
    const out = new Map<string, T>();
    for (const x of [...xs, ...ys]) {
      const had = out.get(id(x));
      out.set(id(x), had ? { ...had, count: had.count + x.count } : { ...x });
    }
    return [...out.values()];
  };
  const counted = (
    xs: readonly { value: string; count: number }[],
    ys: readonly { value: string; count: number }[],
  ) => sum(xs, ys, (x) => x.value).toSorted((x, y) => y.count - x.count || x.value.localeCompare(y.value));
  const doubles = a.hits.filter((h) => b.hits.some((x) => x.id === h.id)).length;
  return {
    ...a,
    total: a.total + b.total - doubles,
    page: q.page,
    size: q.size,
    hits: hits.slice((q.page - 1) * q.size, q.page * q.size),
    facets: {
      category: counted(a.facets.category, b.facets.category),
      brand: counted(a.facets.brand, b.facets.brand),
      price: sum(a.facets.price, b.facets.price, (p) => p.key).toSorted((x, y) =>
        a.facets.price.findIndex((p) => p.key === x.key) - a.facets.price.findIndex((p) => p.key === y.key)
      ),
    },
  };
}

/**
 * Whether the query's last word, an English word after another, is in each of the answer's
 * first hits only its maker's name of one word, never a word of its title, and the word
 * before it names no kind of theirs ("bell" of "bike bell" is Bell's bike saddles).
 */
function thingIsTheMaker(r: SearchResult, text: string): boolean {
  const words = terms(fold(text));
  const last = words.at(-1);
  if (words.length < 2 || last === undefined || !isEnglishWord(last)) return false;
  // (Unless the word before it names what they are: "bike helmet bell" is Bell's helmets.)
  if (ofTheKind(r, words.at(-2)!)) return false;
  const top = r.hits.slice(0, FIRST_HITS);
  return top.length > 0 && top.every((h) => terms(fold(h.brand)).length === 1) && byMakerOnly(r, last);
}

/** `r` as an answer that found nothing. */
function nothing(r: SearchResult): SearchResult {
  // (Nor a rewrite of the question: "how long does shipping take" is no "shipping tape".)
  const { did_you_mean: _d, corrected_query: _c, dropped_words: _w, ...rest } = r;
  return {
    ...rest,
    total: 0,
    hits: [],
    facets: { category: [], brand: [], price: r.facets.price.map((p) => ({ ...p, count: 0 })) },
  };
}

const round = (ms: number) => Math.round(ms * 100) / 100;
