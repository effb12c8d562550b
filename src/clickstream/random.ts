/**
 * Seeded randomness for the clickstream: the same seed gives the same sequence.
 *
 * @module
 */
import { mulberry32 } from "../shared/random.ts";

export class Random {
  readonly #next: () => number;
  constructor(seed: number) {
    this.#next = mulberry32(seed);
  }
  /** Uniform in [0, 1). */
  next(): number {
    return this.#next();
  }
  chance(p: number): boolean {
    return this.#next() < p;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.#next() * (hi - lo + 1));
  }
  uniform(lo: number, hi: number): number {
    return lo + this.#next() * (hi - lo);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.#next() * xs.length)];
  }
  /** Log-normal with the given median and spread (sigma of the log). */
  lognormal(median: number, sigma: number): number {
    const u = Math.max(1e-12, this.#next());
    const v = this.#next();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return median * Math.exp(sigma * z);
  }
}

/** Picks indices by weight in O(log n) (cumulative sums + binary search). */
export class WeightedPicker {
  readonly #cumulative: Float64Array;
  readonly #total: number;
  constructor(weights: ArrayLike<number>) {
    this.#cumulative = new Float64Array(weights.length);
    let t = 0;
    for (let i = 0; i < weights.length; i++) this.#cumulative[i] = t += weights[i];
    this.#total = t;
  }
  pick(u: number): number {
    const target = u * this.#total;
    let lo = 0;
    let hi = this.#cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
