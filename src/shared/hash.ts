/**
 * 32-bit FNV-1a over a string's UTF-16 code units: cheap, stable across runs and
 * machines, used wherever a deterministic choice is made from an id (event sampling,
 * sketches, short document ids).
 *
 * @example
 * ```ts
 * import { fnv1a, unitInterval } from "./hash.ts";
 * fnv1a("u-42");        // the same 32-bit number on every run
 * unitInterval("u-42"); // the same number in [0, 1)
 * ```
 *
 * @module
 */

/** FNV-1a, as an unsigned 32-bit integer. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** `fnv1a(text)` mapped to [0, 1): a deterministic "random" draw per id. */
export function unitInterval(text: string): number {
  return fnv1a(text) / 0x100000000;
}
