/**
 * Event ids that can never repeat across generator runs, yet look random.
 *
 * A version-4 UUID has 122 free bits. 64 of them hold a keyed permutation (a 4-round
 * Feistel network, a bijection by construction) of `run` (24 bits) and the event's number
 * within the run `n` (40 bits): distinct (run, n) pairs give distinct ids under one seed,
 * with no randomness to get lucky or unlucky with. The other 58 bits are seeded noise.
 * A pseudo-random UUID stream would not do: two seeds' streams can overlap, and the
 * 32-bit generators here would cycle after 2^28 ids.
 *
 * @example
 * ```ts
 * import { eventId } from "./ids.ts";
 * eventId(42, 1, 0) === eventId(42, 1, 0); // true: deterministic
 * eventId(42, 1, 0) !== eventId(42, 2, 0); // true: another run, another id
 * ```
 * @module
 */

/** Event numbers per run that keep ids unique (2^40). */
export const MAX_EVENTS_PER_RUN = 2 ** 40;
/** Runs that keep ids unique (2^24). */
export const MAX_RUNS = 2 ** 24;

function mix(key: number, x: number): number {
  let h = Math.imul(key ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(x ^ 0x27d4eb2d, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Two hex digits per byte value: ids are built a byte at a time (`toString(16)` and padding cost more). */
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));
const hex8 = (x: number) => HEX[x >>> 24] + HEX[(x >>> 16) & 0xff] + HEX[(x >>> 8) & 0xff] + HEX[x & 0xff];
const hex4 = (x: number) => HEX[(x >>> 8) & 0xff] + HEX[x & 0xff];

/** The id of event `n` (0-based) of generator run `run` under `seed`. */
export function eventId(seed: number, run: number, n: number): string {
  if (!Number.isInteger(run) || run < 0 || run >= MAX_RUNS) throw new RangeError(`run ${run} out of range`);
  if (!Number.isInteger(n) || n < 0 || n >= MAX_EVENTS_PER_RUN) throw new RangeError(`n ${n} out of range`);
  // (run, n) as two 32-bit halves, then a Feistel permutation keyed by the seed.
  let left = ((run << 8) | Math.floor(n / 2 ** 32)) >>> 0;
  let right = n >>> 0;
  for (let round = 0; round < 4; round++) {
    [left, right] = [right, (left ^ mix(seed + round * 0x3c6ef372, right)) >>> 0];
  }
  const noise1 = mix(seed ^ 0x5bd1e995, left ^ right);
  const noise2 = mix(noise1, right);
  // 8-4-4-4-12 hex digits; version nibble 4, variant bits 10.
  const third = noise1 & 0xfff; // three digits after the version nibble
  return `${hex8(left)}-${hex4(right >>> 16)}-4${(third >>> 8).toString(16)}${HEX[third & 0xff]}-${
    hex4(0x8000 | ((noise1 >>> 12) & 0x3f) << 8 | ((right >>> 8) & 0xff))
  }-${HEX[right & 0xff]}${hex8(noise2)}${HEX[(noise1 >>> 24) & 0xff]}`;
}
