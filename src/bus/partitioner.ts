/**
 * Which partition a keyed message lands in: Kafka's default partitioner (murmur2 of the
 * key's bytes), so the embedded log and Kafka put a user on the same partition number.
 *
 * @example
 * ```ts
 * import { partitionForKey } from "./partitioner.ts";
 * partitionForKey("u-42", 6); // the partition Kafka's Java client would pick
 * ```
 *
 * @module
 */

/**
 * Kafka's default partitioner for keyed messages: murmur2(key) & 0x7fffffff % partitions.
 * The embedded bus uses it too, so a user lands on the same partition number on both.
 */
export function partitionForKey(key: string, partitions: number): number {
  return (murmur2(keyBytes(key)) & 0x7fffffff) % partitions;
}

const utf8 = new TextEncoder();
/** Reused for ASCII keys (user ids): one partition lookup per event allocated nothing. */
let ascii = new Uint8Array(64);

/** The key's UTF-8 bytes: a view of a reused buffer for an ASCII key, a fresh array otherwise. */
function keyBytes(key: string): Uint8Array {
  const n = key.length;
  if (n > ascii.length) ascii = new Uint8Array(n * 2);
  for (let i = 0; i < n; i++) {
    const c = key.charCodeAt(i);
    if (c >= 0x80) return utf8.encode(key);
    ascii[i] = c;
  }
  return ascii.subarray(0, n);
}

/** Kafka's murmur2 (the Java client's variant), on bytes. */
export function murmur2(data: Uint8Array): number {
  const length = data.length;
  const seed = 0x9747b28c;
  const m = 0x5bd1e995;
  const r = 24;
  let h = seed ^ length;
  const length4 = length >> 2;
  for (let i = 0; i < length4; i++) {
    const i4 = i * 4;
    let k = (data[i4] & 0xff) + ((data[i4 + 1] & 0xff) << 8) + ((data[i4 + 2] & 0xff) << 16) +
      ((data[i4 + 3] & 0xff) << 24);
    k = Math.imul(k, m);
    k ^= k >>> r;
    k = Math.imul(k, m);
    h = Math.imul(h, m);
    h ^= k;
  }
  const rest = length % 4;
  const index = length & ~3;
  if (rest === 3) h ^= (data[index + 2] & 0xff) << 16;
  if (rest >= 2) h ^= (data[index + 1] & 0xff) << 8;
  if (rest >= 1) {
    h ^= data[index] & 0xff;
    h = Math.imul(h, m);
  }
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h | 0;
}
