/**
 * The co-partitioned assignment both bus adapters use: a member that owns partition p
 * of one subscribed topic owns p of all of them, so one user's state spanning the
 * three input topics lives in one place.
 *
 * @example
 * ```ts
 * import { coPartitionedAssignment } from "./assignor.ts";
 * coPartitionedAssignment(["b", "a"], 6); // Map { "a" => [0, 1, 2], "b" => [3, 4, 5] }
 * ```
 *
 * @module
 */

/**
 * Splits partition numbers 0..count-1 over members (sorted ids) in contiguous ranges,
 * like Kafka's RangeAssignor: member i gets the same numbers on every topic.
 */
export function coPartitionedAssignment(memberIds: string[], count: number): Map<string, number[]> {
  const members = [...memberIds].sort();
  const out = new Map<string, number[]>(members.map((m) => [m, []]));
  const per = Math.floor(count / members.length);
  const extra = count % members.length;
  let next = 0;
  members.forEach((member, i) => {
    const n = per + (i < extra ? 1 : 0);
    for (let k = 0; k < n; k++) out.get(member)!.push(next++);
  });
  return out;
}
