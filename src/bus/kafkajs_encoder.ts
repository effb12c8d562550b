/**
 * Faster record encoding for kafkajs' producer, byte for byte the same.
 *
 * kafkajs 2.2.4 writes every varint of a record (its length, offset delta, key and value
 * lengths, header count) by building an array and copying it through `Buffer.from`, and
 * every timestamp delta through 64-bit `Long` arithmetic: in the generator's profile at
 * `--rate max` those allocations were about a quarter of the process's CPU. The methods
 * below write the same bytes straight into the encoder's buffer. A timestamp delta that
 * is not a safe-range number still goes through kafkajs' own code.
 *
 * `installFastEncoder()` patches kafkajs' one `Encoder` class (shared by every client in
 * the process) once; `kafka_client.ts` calls it before building a client.
 *
 * @module
 */
import Encoder from "kafkajs/src/protocol/encoder.js";

interface EncoderInstance {
  buf: Uint8Array;
  offset: number;
  ensureAvailable(length: number): void;
}

type Method = (this: EncoderInstance, value: number) => EncoderInstance;

const proto = Encoder.prototype as unknown as Record<string, unknown>;

/** kafkajs' own methods, kept for values the fast paths leave to them (and for tests). */
export const original = {
  writeUVarInt: proto.writeUVarInt as Method,
  writeVarLong: proto.writeVarLong as Method,
};

/** Largest |n| whose zigzag form (2|n|) stays an exact double. */
const SAFE_ZIGZAG = 2 ** 51;

/** Unsigned LEB128 of a 32-bit value, as kafkajs writes it (the value taken as uint32). */
function writeUVarInt(this: EncoderInstance, value: number): EncoderInstance {
  this.ensureAvailable(5);
  const buf = this.buf;
  let o = this.offset;
  let v = value >>> 0;
  while (v >= 0x80) {
    buf[o++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  buf[o++] = v;
  this.offset = o;
  return this;
}

/** Zigzag LEB128 of a 64-bit value; numbers in the safe range without `Long`. */
function writeVarLong(this: EncoderInstance, value: number): EncoderInstance {
  if (typeof value !== "number" || !Number.isInteger(value) || Math.abs(value) > SAFE_ZIGZAG) {
    return original.writeVarLong.call(this, value);
  }
  this.ensureAvailable(10);
  const buf = this.buf;
  let o = this.offset;
  let z = value >= 0 ? value * 2 : -value * 2 - 1;
  while (z >= 0x80) {
    buf[o++] = (z % 0x80) | 0x80;
    z = Math.floor(z / 0x80);
  }
  buf[o++] = z;
  this.offset = o;
  return this;
}

/** The replacements (exported for the byte-for-byte tests). */
export const fast = { writeUVarInt, writeVarLong };

/** Patches kafkajs' `Encoder` (idempotent). */
export function installFastEncoder(): void {
  Object.assign(proto, fast);
}
