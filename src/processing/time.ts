/** Event-time helpers shared by the operators. @module */

export const MINUTE = 60_000;

/** Start of the 1-minute bucket containing `ts` (epoch ms). */
export function minuteOf(ts: number): number {
  return Math.floor(ts / MINUTE) * MINUTE;
}

export function iso(ts: number): string {
  return new Date(ts).toISOString();
}
