/**
 * A number the engine keeps unboxed when it can. V8 stores a field's number inline only
 * while every value written to it was a small integer: the interpreter's arithmetic
 * hands back a heap box even for an integral result, and one such write turns the
 * field into a boxed double (16 bytes more) for every object of that shape. A bitwise
 * operation's result is a small integer at every tier.
 *
 * Exact: `n` comes back unchanged (outside the 32-bit range as the plain number).
 *
 * @example
 * ```ts
 * import { smallInt } from "./small_int.ts";
 * const record = { ago: smallInt(Date.parse("2026-03-01T00:00:05Z") - Date.parse("2026-03-01T00:00:00Z")) };
 * console.log(record.ago); // 5000
 * ```
 * @module
 */
export function smallInt(n: number): number {
  return (n | 0) === n ? n | 0 : n;
}
