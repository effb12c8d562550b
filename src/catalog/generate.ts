/**
 * Deterministic synthetic products. Product i depends only on (seed, i), so ids are
 * stable whatever `count` is and re-seeding is idempotent. Titles are brand + features
 * + noun of one of the taxonomy's product lines, so the brand makes that kind of
 * product and the features fit it; descriptions are shop copy (copy.ts) picked from a stream
 * of the product's own (once faker's, seeded per product: the same draws).
 *
 * @example
 * ```ts
 * const [first] = generateCatalog({ count: 1, seed: 42 });
 * console.log(first.id, first.title); // p-000000 …
 * ```
 * @module
 */
import { once } from "../shared/memo.ts";
import type { Product } from "../domain/product.ts";
import { mix, mulberry32 } from "../shared/random.ts";
import { type Leaf, LEAVES, type ProductLine } from "./taxonomy.ts";
import { BLURBS, DEPARTMENT_LINES, reviewLine } from "./copy.ts";
import { variantFor, variantsFor } from "./variants.ts";

export interface CatalogOptions {
  count: number;
  seed: number;
}

/**
 * The first number `mulberry32(seed)` draws, without making the generator: the draws that
 * take one number from a stream of their own (`leafFor`).
 */
function firstDraw(seed: number): number {
  let t = (seed + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/**
 * One of `xs` drawn from `r` as faker's `helpers.arrayElement` draws it (faker seeded with
 * the stream's seed and drawing from mulberry32 picked the copy until faker went: the same
 * draws, so the same descriptions): `xs[floor(r() * length)]`, and no draw at all from a
 * list of one.
 */
function arrayElement<T>(r: () => number, xs: readonly T[]): T {
  if (xs.length === 0) throw new Error("Cannot get value from empty dataset.");
  return xs[xs.length > 1 ? Math.floor(r() * xs.length) : 0];
}

const BASE_TIME = Date.parse("2026-01-01T00:00:00.000Z");
const DAY = 86_400_000;

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/**
 * Lower-cased words of a phrase, for "does this feature repeat the noun?" checks; worked
 * out once per phrase (the taxonomy's brands, nouns and feature options: a few thousand).
 */
const words = (phrase: string): readonly string[] =>
  once(WORDS, phrase, () => phrase.toLowerCase().split(/\s+/).filter(Boolean));
const WORDS = new Map<string, readonly string[]>();

/**
 * A noun's or feature's tag (lower case), one string per phrase: a product's tags are then
 * the same strings from product to product, whose hash V8 keeps, so the indexer's memo
 * lookups by tag (text.ts) neither hash nor compare a fresh string each time.
 */
const tagOf = (phrase: string): string => once(TAGS, phrase, () => phrase.toLowerCase());
const TAGS = new Map<string, string>();

/**
 * Leaf weights: a few big categories and a long tail, fixed per seed. They are drawn in
 * the order leaves were added to the taxonomy (`Leaf.since`, then their place), so a
 * leaf added later never changes the weight of one added before it.
 */
function leafWeights(seed: number): number[] {
  const r = mulberry32(mix(seed, -1));
  const weights: number[] = new Array(LEAVES.length);
  const order = LEAVES.map((_, i) => i).sort((a, b) => LEAVES[a].since - LEAVES[b].since || a - b);
  for (const i of order) weights[i] = 0.2 + Math.pow(r(), 3) * 3;
  return weights;
}

/**
 * The generations of leaves drawn together by one number, as the catalog first spread its
 * products (`Leaf.since` up to this). Each later generation takes its share of products by
 * a draw of its own (`leafFor`), so the products it does not take keep their leaf, and
 * with it their title, price and everything else: adding leaves moves only the products
 * the new leaves take.
 */
const JOINT_GENERATIONS = 3;

interface Spread {
  /** The joint generations' leaves (`LEAVES` order) and their cumulative weights. */
  joint: { leaves: Leaf[]; cumulative: number[]; total: number };
  /** Each later generation, newest first: its leaves, cumulative weights, and the weight of it and every older leaf. */
  later: { generation: number; leaves: Leaf[]; cumulative: number[]; total: number; upTo: number }[];
}

function spread(seed: number): Spread {
  const w = leafWeights(seed);
  const group = (keep: (leaf: Leaf) => boolean) => {
    const leaves: Leaf[] = [];
    const cumulative: number[] = [];
    let total = 0;
    LEAVES.forEach((leaf, i) => {
      if (!keep(leaf)) return;
      leaves.push(leaf);
      cumulative.push(total += w[i]);
    });
    return { leaves, cumulative, total };
  };
  const joint = group((l) => l.since <= JOINT_GENERATIONS);
  const generations = [...new Set(LEAVES.map((l) => l.since).filter((g) => g > JOINT_GENERATIONS))]
    .sort((a, b) => b - a);
  const weightUpTo = (g: number) => LEAVES.reduce((sum, l, i) => sum + (l.since <= g ? w[i] : 0), 0);
  return {
    joint,
    later: generations.map((g) => ({ generation: g, ...group((l) => l.since === g), upTo: weightUpTo(g) })),
  };
}

/** The leaf whose cumulative weight first reaches `target`. */
function at(group: { leaves: Leaf[]; cumulative: number[] }, target: number): Leaf {
  let lo = 0;
  let hi = group.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (group.cumulative[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return group.leaves[lo];
}

const cache = new Map<number, Spread>();
/**
 * Product `i`'s leaf: each later generation, newest first, takes it with the share of the
 * weight that generation adds (by a draw of its own from `i`); otherwise `u` picks among
 * the joint generations. Every leaf is then picked in proportion to its weight. (`mixed`
 * is `mix(seed, i)`.)
 */
function leafFor(seed: number, mixed: number, u: number): Leaf {
  let s = cache.get(seed);
  if (!s) cache.set(seed, s = spread(seed));
  for (const g of s.later) {
    const v = firstDraw(mix(mixed, -g.generation)) * g.upTo;
    if (v < g.total) return at(g, v);
  }
  return at(s.joint, u * s.joint.total);
}

/** How many features a title carries: mostly one or two, sometimes three. */
const FEATURE_COUNTS = [1, 2, 2, 3] as const;

/** A feature option of a line, with its lower-cased words and its tag. */
interface Feature {
  option: string;
  words: readonly string[];
  tag: string;
}

/**
 * A line's brands', nouns' and feature options' words and tags, and its variants, worked
 * out once per line (a few thousand): every product of the line draws by index into these,
 * and weighs every option of the groups it draws from, with no lookup by string.
 */
interface LineParts {
  brandWords: readonly (readonly string[])[];
  nounWords: readonly (readonly string[])[];
  nounTags: readonly string[];
  groups: readonly (readonly Feature[])[];
  /** The variants the line's products come in (variants.ts), as for the first leaf asking. */
  variants: readonly string[];
}
function lineParts(leaf: Leaf, line: ProductLine): LineParts {
  let parts = LINE_PARTS.get(line);
  if (!parts) {
    parts = {
      brandWords: line.brands.map(words),
      nounWords: line.nouns.map(words),
      nounTags: line.nouns.map(tagOf),
      groups: line.featureGroups.map((options) =>
        options.map((option) => ({ option, words: words(option), tag: tagOf(option) }))
      ),
      variants: variantsFor(leaf.path, line),
    };
    LINE_PARTS.set(line, parts);
  }
  return parts;
}
const LINE_PARTS = new Map<ProductLine, LineParts>();

/**
 * Up to `FEATURE_COUNTS` features for a title, at most one per group, in the groups'
 * order, none sharing a word with the brand, the noun or another chosen feature (so
 * never "Wireless Wireless Mouse"). `taken` is the brand's and the noun's words, and
 * grows by the features'.
 */
function chooseFeatures(
  r: () => number,
  groups: readonly (readonly Feature[])[],
  taken: string[],
): Feature[] {
  const order: number[] = [];
  for (let g = 0; g < groups.length; g++) order.push(g);
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(r() * (k + 1));
    const o = order[k];
    order[k] = order[j];
    order[j] = o;
  }
  const want = pick(r, FEATURE_COUNTS);
  const chosen: number[] = [];
  for (const g of order) {
    if (chosen.length >= 2 * want) break;
    // The options sharing no word with those taken, drawn among as `pick` would from their list.
    const options = groups[g];
    const fits = FITS;
    fits.length = 0;
    for (let k = 0; k < options.length; k++) if (noneTaken(options[k].words, taken)) fits.push(k);
    if (fits.length === 0) continue;
    const k = pick(r, fits);
    for (const w of options[k].words) taken.push(w);
    chosen.push(g, k);
  }
  // (group, option) pairs, in the groups' order.
  const features: Feature[] = [];
  for (let n = chosen.length / 2; n > 0; n--) {
    let at = 0;
    for (let m = 2; m < chosen.length; m += 2) if (chosen[m] < chosen[at]) at = m;
    features.push(groups[chosen[at]][chosen[at + 1]]);
    chosen[at] = Infinity;
  }
  return features;
}
/** Scratch list of `chooseFeatures`: the options of a group that fit. */
const FITS: number[] = [];

function noneTaken(ws: readonly string[], taken: readonly string[]): boolean {
  for (const w of ws) if (taken.includes(w)) return false;
  return true;
}

/** A leaf's department and its own name in its path ("home", "beds"), split once per leaf. */
function pathParts(leaf: Leaf): { department: string; leaf: string } {
  let parts = PATH_PARTS.get(leaf);
  if (!parts) {
    const [department, , own] = leaf.path.split(".");
    PATH_PARTS.set(leaf, parts = { department, leaf: own });
  }
  return parts;
}
const PATH_PARTS = new Map<Leaf, { department: string; leaf: string }>();

/** The i-th product of the catalog for `seed`; independent of how many products are made. */
export function productAt(seed: number, i: number): Product {
  const mixed = mix(seed, i);
  const r = mulberry32(mixed);
  const leaf = leafFor(seed, mixed, r());
  const line = pick(r, leaf.lines);
  const lp = lineParts(leaf, line);
  const b = Math.floor(r() * line.brands.length);
  const brand = line.brands[b];
  const n = Math.floor(r() * line.nouns.length);
  const noun = line.nouns[n];
  const chosen = chooseFeatures(r, lp.groups, [...lp.brandWords[b], ...lp.nounWords[n]]);
  const features = chosen.map((f) => f.option);
  const model = line.modelCodes && r() < 0.6
    ? ` ${String.fromCharCode(65 + Math.floor(r() * 26))}${Math.floor(r() * 900 + 100)}`
    : "";
  const size = line.sizes.length > 0 && r() < 0.8 ? `, ${pick(r, line.sizes)}` : "";
  // (The title's words only for a line that comes in variants: most products' lines do not.)
  const variants = lp.variants;
  let variant = "";
  if (variants.length > 0) {
    // The lower-cased words of the title's brand, features and noun, that its variant must not repeat.
    const taken = new Set(lp.brandWords[b]);
    for (const f of chosen) for (const w of f.words) taken.add(w);
    for (const w of lp.nounWords[n]) taken.add(w);
    variant = variantFor(seed, i, variants, taken);
  }
  // Built with join, not a template: V8 keeps a template's result as a tree of pieces
  // (a rope), and 50k products' titles and descriptions held ~18 MB of rope nodes.
  const title = [[brand, ...features, noun].join(" "), model, size, variant && ", ", variant].join("");
  const [lo, hi] = line.price;
  // Log-uniform inside the line's range, ending in .99 like shop prices do.
  const raw = Math.exp(Math.log(lo) + r() * (Math.log(hi) - Math.log(lo)));
  const price = Math.max(0.99, Math.floor(raw) + 0.99);
  const rating = Math.round(Math.min(5, Math.max(1, 4.3 - Math.pow(r(), 2) * 3 + (r() - 0.5) * 0.6)) * 10) /
    10;
  // Pareto-distributed popularity: most products are rarely seen, a few are hits.
  const popularity = Math.round(Math.min(1000, Math.pow(1 - r(), -1 / 1.16)) * 1000) / 1000;
  const reviewCount = Math.floor(popularity * (5 + r() * 40));
  const createdAt = new Date(BASE_TIME - Math.floor(r() * 720 * DAY)).toISOString();
  const copyDraws = mulberry32(mixed ^ 0x5bd1e995);
  // faker's product descriptions and catch phrases name other products ("… Hat" on
  // curtains, "hub", "desk"), which search would then find: the shop's own copy names
  // none (copy.ts).
  const summary = [...features, noun].join(" ").toLowerCase();
  const parts = pathParts(leaf);
  const department = arrayElement(copyDraws, DEPARTMENT_LINES[parts.department] ?? BLURBS);
  const blurb = arrayElement(copyDraws, BLURBS);
  const reviews = reviewLine(rating, reviewCount);
  const copy = [department, blurb, reviews].join(" ");
  const description = [title, ": ", summary, " by ", brand, ". ", copy].join("");
  // Distinct, in order: a handful, so `includes` rather than a Set.
  const tags = [lp.nounTags[n]];
  for (const f of chosen) {
    const tag = f.tag;
    if (!tags.includes(tag)) tags.push(tag);
  }
  if (!tags.includes(parts.leaf)) tags.push(parts.leaf);
  return {
    id: `p-${String(i).padStart(6, "0")}`,
    title,
    description,
    brand,
    category: leaf.path,
    price,
    rating,
    review_count: reviewCount,
    stock: Math.floor(r() * 500),
    tags,
    created_at: createdAt,
    popularity,
  };
}

/** Products 0..count-1, lazily (100k products without a 100k array when streamed). */
export function* generateProducts(options: CatalogOptions): Generator<Product> {
  for (let i = 0; i < options.count; i++) yield productAt(options.seed, i);
}

/** Products 0..count-1 as an array. */
export function generateCatalog(options: CatalogOptions): Product[] {
  return [...generateProducts(options)];
}
