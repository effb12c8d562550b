/**
 * Deterministic synthetic products. Product i depends only on (seed, i), so ids are
 * stable whatever `count` is and re-seeding is idempotent; text comes from faker
 * seeded per product, titles from the taxonomy's real product nouns.
 *
 * @example
 * ```ts
 * const [first] = generateCatalog({ count: 1, seed: 42 });
 * console.log(first.id, first.title); // p-000000 …
 * ```
 * @module
 */
import { en, Faker } from "@faker-js/faker";
import type { Product } from "../domain/product.ts";
import { LEAVES } from "./taxonomy.ts";

export interface CatalogOptions {
  count: number;
  seed: number;
}

/** Small, fast, seedable PRNG (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes the catalog seed with a product index into one 32-bit seed. */
function mix(seed: number, i: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(i + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

const faker = new Faker({ locale: [en] });
const BASE_TIME = Date.parse("2026-01-01T00:00:00.000Z");
const DAY = 86_400_000;

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** Leaf weights: a few big categories and a long tail, fixed per seed. */
function leafWeights(seed: number): number[] {
  const r = mulberry32(mix(seed, -1));
  return LEAVES.map(() => 0.2 + Math.pow(r(), 3) * 3);
}

const cache = new Map<number, { cumulative: number[]; total: number }>();
function leafFor(seed: number, u: number) {
  let c = cache.get(seed);
  if (!c) {
    const w = leafWeights(seed);
    const cumulative: number[] = [];
    let total = 0;
    for (const x of w) cumulative.push(total += x);
    c = { cumulative, total };
    cache.set(seed, c);
  }
  const target = u * c.total;
  let lo = 0;
  let hi = c.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.cumulative[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return LEAVES[lo];
}

/** The i-th product of the catalog for `seed`. */
export function productAt(seed: number, i: number): Product {
  const r = mulberry32(mix(seed, i));
  const leaf = leafFor(seed, r());
  const brand = pick(r, leaf.brands);
  const noun = pick(r, leaf.nouns);
  const features = [...new Set([pick(r, leaf.features), pick(r, leaf.features)])].slice(
    0,
    1 + Math.floor(r() * 2),
  );
  const model = r() < 0.6
    ? ` ${String.fromCharCode(65 + Math.floor(r() * 26))}${Math.floor(r() * 900 + 100)}`
    : "";
  const title = `${brand} ${features.join(" ")} ${noun}${model}`;
  const [lo, hi] = leaf.price;
  // Log-uniform inside the leaf's range, ending in .99 like shop prices do.
  const raw = Math.exp(Math.log(lo) + r() * (Math.log(hi) - Math.log(lo)));
  const price = Math.max(0.99, Math.floor(raw) + 0.99);
  const rating = Math.round(Math.min(5, Math.max(1, 4.3 - Math.pow(r(), 2) * 3 + (r() - 0.5) * 0.6)) * 10) /
    10;
  // Pareto-distributed popularity: most products are rarely seen, a few are hits.
  const popularity = Math.round(Math.min(1000, Math.pow(1 - r(), -1 / 1.16)) * 1000) / 1000;
  const reviewCount = Math.floor(popularity * (5 + r() * 40));
  const createdAt = new Date(BASE_TIME - Math.floor(r() * 720 * DAY)).toISOString();
  faker.seed(mix(seed, i) ^ 0x5bd1e995);
  const description = `${faker.commerce.productDescription()} ${title} — ${
    features.join(", ").toLowerCase()
  } ${noun.toLowerCase()} by ${brand}. ${faker.lorem.sentence({ min: 6, max: 12 })}`;
  const tags = [
    ...new Set([noun.toLowerCase(), ...features.map((f) => f.toLowerCase()), leaf.path.split(".")[2]]),
  ];
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

export function generateCatalog(options: CatalogOptions): Product[] {
  return [...generateProducts(options)];
}
