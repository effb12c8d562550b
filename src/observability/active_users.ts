/**
 * Approximately how many distinct users were active in the last few minutes, in
 * constant memory: one HyperLogLog sketch per minute, merged on read. Whatever sees
 * every event (the processor, or a generator in the same process) calls `add`; the
 * API's stats source reads `count()` for the "active users" figure.
 *
 * @example
 * ```ts
 * const active = new ActiveUsers({ windowMinutes: 5 });
 * active.add("u-1", Date.now());
 * active.add("u-2", Date.now());
 * active.count(); // ≈ 2
 * ```
 *
 * @module
 */
import { fnv1a } from "../shared/hash.ts";

export interface ActiveUsersOptions {
  windowMinutes?: number;
  /** log2 of the register count: 12 → 4096 registers (4 KiB per minute), ~1.6 % standard error. */
  precision?: number;
}

export class ActiveUsers {
  readonly windowMinutes: number;
  readonly #p: number;
  readonly #m: number;
  #minutes = new Map<number, Uint8Array>();
  #latest = 0;

  constructor(options: ActiveUsersOptions = {}) {
    this.windowMinutes = options.windowMinutes ?? 5;
    this.#p = options.precision ?? 12;
    if (this.#p < 4 || this.#p > 16) throw new Error(`precision must be 4–16 (got ${this.#p})`);
    this.#m = 1 << this.#p;
  }

  /** Records that `userId` was active at `atMs` (event time, epoch ms). */
  add(userId: string, atMs: number = Date.now()): void {
    const minute = Math.floor(atMs / 60_000);
    if (atMs > this.#latest) {
      this.#latest = atMs;
      for (const m of this.#minutes.keys()) if (m <= minute - this.windowMinutes) this.#minutes.delete(m);
    }
    if (minute <= Math.floor(this.#latest / 60_000) - this.windowMinutes) return; // too old to matter
    let registers = this.#minutes.get(minute);
    if (!registers) {
      registers = new Uint8Array(this.#m);
      this.#minutes.set(minute, registers);
    }
    const h = hash32(userId);
    const index = h >>> (32 - this.#p);
    const rest = (h << this.#p) >>> 0;
    const rank = rest === 0 ? 32 - this.#p + 1 : Math.clz32(rest) + 1;
    if (rank > registers[index]) registers[index] = rank;
  }

  /** Distinct users in the window ending at `nowMs` (default: the latest time added). */
  count(nowMs: number = this.#latest): number {
    const end = Math.floor(nowMs / 60_000);
    const merged = new Uint8Array(this.#m);
    let any = false;
    for (const [minute, registers] of this.#minutes) {
      if (minute > end - this.windowMinutes && minute <= end) {
        any = true;
        for (let i = 0; i < this.#m; i++) if (registers[i] > merged[i]) merged[i] = registers[i];
      }
    }
    return any ? Math.round(estimate(merged)) : 0;
  }
}

function estimate(registers: Uint8Array): number {
  const m = registers.length;
  let sum = 0;
  let zeros = 0;
  for (const r of registers) {
    sum += 2 ** -r;
    if (r === 0) zeros++;
  }
  const alpha = 0.7213 / (1 + 1.079 / m);
  const raw = (alpha * m * m) / sum;
  // Small cardinalities: linear counting is far more accurate.
  return raw <= 2.5 * m && zeros > 0 ? m * Math.log(m / zeros) : raw;
}

/** FNV-1a, then murmur3's finaliser for a well-mixed 32-bit hash (HyperLogLog needs good low bits). */
function hash32(s: string): number {
  let h = fnv1a(s);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
