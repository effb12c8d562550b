/**
 * Seedable randomness shared by the catalog and the clickstream: one PRNG and one
 * seed-mixing hash, so "the same seed gives the same data" means the same thing
 * everywhere.
 *
 * @module
 */

/**
 * A small, fast, seedable PRNG (mulberry32): uniform numbers in [0, 1), the same
 * sequence for the same seed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mulberry32 } from "./random.ts";
 * const a = mulberry32(42);
 * const b = mulberry32(42);
 * const x = a();
 * assert.ok(x >= 0 && x < 1);
 * assert.equal(b(), x);
 * ```
 */
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

/**
 * Mixes a seed with an index into one well-spread 32-bit seed, so item `i` of a
 * seeded collection gets its own independent stream (`mulberry32(mix(seed, i))`)
 * and never depends on how many items came before it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mix, mulberry32 } from "./random.ts";
 * assert.equal(mix(42, 7), mix(42, 7));
 * assert.notEqual(mix(42, 7), mix(42, 8));
 * const seventh = mulberry32(mix(42, 7))();
 * assert.ok(seventh >= 0 && seventh < 1);
 * ```
 */
export function mix(seed: number, i: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(i + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}
