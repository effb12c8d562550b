import assert from "node:assert/strict";
import {
  pairEntries,
  pairGet,
  pairKeys,
  type Pairs,
  PAIRS_MAX,
  pairSet,
  pairsFromRecord,
  pairsToRecord,
  type Unit,
} from "./pairs.ts";

Deno.test("pairs: set, get and replace, in insertion order, as a record like a plain object's", () => {
  let p: Pairs<number> | undefined;
  p = pairSet(p, "b", 1);
  p = pairSet(p, "a", 2);
  p = pairSet(p, "b", 3);
  assert.deepEqual(p, ["b", 3, "a", 2]);
  assert.equal(pairGet(p, "a"), 2);
  assert.equal(pairGet(p, "c"), undefined);
  assert.equal(pairGet(undefined, "a"), undefined);
  assert.deepEqual(pairKeys(p), ["b", "a"]);
  assert.deepEqual(pairsToRecord(p), { b: 3, a: 2 });
});

Deno.test("pairs: past PAIRS_MAX pairs a Map, with the same entries in the same order", () => {
  let p: Pairs<number> | undefined;
  const record: Record<string, number> = {};
  for (let i = 0; i < PAIRS_MAX * 3; i++) {
    const key = `k${i % (PAIRS_MAX + 3)}`;
    p = pairSet(p, key, i);
    record[key] = i;
    assert.equal(p instanceof Map, Object.keys(record).length > PAIRS_MAX);
    if (!(p instanceof Map)) {
      assert.equal(p.length, Object.keys(record).length * 2, "an array of exactly its pairs");
    }
  }
  assert.deepEqual([...pairEntries(p)], Object.entries(record));
  assert.deepEqual(pairsToRecord(p!), record);
  assert.equal(pairGet(p, "k3"), record.k3);
});

Deno.test("pairs: a record round-trips, small and large", () => {
  for (const n of [0, 1, PAIRS_MAX, PAIRS_MAX + 1, 50]) {
    const record = Object.fromEntries(Array.from({ length: n }, (_, i) => [`p-${i}|${1000 + i}`, [i, 0]]));
    assert.deepEqual(pairsToRecord(pairsFromRecord(record)), record);
  }
});

Deno.test("pairs: a lone pair with the unit's value is its bare key, and becomes an array when it must", () => {
  const one: Unit<number> = { of: () => 1, is: (_, v) => v === 1 };
  let p = pairSet(undefined, "a", 1, one);
  assert.equal(p, "a");
  assert.equal(pairGet(p, "a", one), 1);
  assert.equal(pairGet(p, "b", one), undefined);
  assert.deepEqual([...pairEntries(p, one)], [["a", 1]]);
  assert.deepEqual(pairKeys(p), ["a"]);
  p = pairSet(p, "a", 2, one); // no longer the unit's value
  assert.deepEqual(p, ["a", 2]);
  p = pairSet(p, "a", 1, one); // back to it
  assert.equal(p, "a");
  p = pairSet(p, "b", 1, one); // a second pair
  assert.deepEqual(p, ["a", 1, "b", 1]);
  assert.deepEqual(pairsToRecord(p, one), { a: 1, b: 1 });
  assert.equal(pairsFromRecord({ a: 1 }, one), "a");
  assert.deepEqual(pairsFromRecord({ a: 3 }, one), ["a", 3]);
  assert.throws(() => pairGet("a", "a"), /unit/);
});
