import assert from "node:assert/strict";
import Encoder from "kafkajs/src/protocol/encoder.js";
import Record from "kafkajs/src/protocol/recordBatch/record/v0/index.js";
import { fast, installFastEncoder, original } from "./kafkajs_encoder.ts";

type Write = typeof fast.writeUVarInt;

/** The bytes written, or the error thrown (kafkajs' `Long` refuses a fraction, NaN or ±Infinity). */
function bytes(write: Write, values: number[]): number[] | string {
  const e = new Encoder(1); // tiny, so ensureAvailable has to grow it
  try {
    for (const v of values) write.call(e, v);
  } catch (error) {
    return String(error);
  }
  return [...e.buffer];
}

const edges = (
  bits: number,
) => [-1, 0, 1, 2 ** bits - 1, 2 ** bits, 2 ** bits + 1, -(2 ** bits), -(2 ** bits) - 1];
const VALUES = [
  ...[7, 14, 21, 28, 31, 32, 35, 42, 49, 51, 52, 56, 62].flatMap(edges),
  63,
  64,
  127,
  128,
  255,
  256,
  300,
  16_383,
  16_384,
  1_700_000_000_000,
  -1_700_000_000_000,
  2 ** 53 - 1,
  -(2 ** 53 - 1),
  2 ** 63,
  -(2 ** 63),
  1.5,
  -7.25,
  NaN,
  Infinity,
];

Deno.test("kafkajs encoder: fast varints write kafkajs' bytes for every edge value", () => {
  for (const v of VALUES) {
    assert.deepEqual(bytes(fast.writeUVarInt, [v]), bytes(original.writeUVarInt, [v]), `uvarint ${v}`);
    assert.deepEqual(bytes(fast.writeVarLong, [v]), bytes(original.writeVarLong, [v]), `varlong ${v}`);
  }
  // Many in a row, across buffer growth.
  const integers = VALUES.filter(Number.isInteger);
  assert.deepEqual(bytes(fast.writeUVarInt, VALUES), bytes(original.writeUVarInt, VALUES));
  assert.deepEqual(bytes(fast.writeVarLong, integers), bytes(original.writeVarLong, integers));
  assert.ok(Array.isArray(bytes(fast.writeVarLong, integers)));
});

Deno.test("kafkajs encoder: a record encodes to the same bytes once installed", () => {
  const records = [
    { key: "u-42", value: JSON.stringify({ type: "view", n: 1 }), timestampDelta: 0, offsetDelta: 0 },
    { key: null, value: "x".repeat(70_000), timestampDelta: 1_234_567, offsetDelta: 4_999 },
    { key: "ü", value: "café ☕", headers: { run: "3", counts: '{"view":7}' }, timestampDelta: -5 },
  ];
  const before = records.map((r) => [...Record(r).buffer]);
  installFastEncoder();
  assert.equal(Encoder.prototype.writeUVarInt, fast.writeUVarInt, "installed");
  assert.deepEqual(records.map((r) => [...Record(r).buffer]), before);
});
