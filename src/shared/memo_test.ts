import assert from "node:assert/strict";
import { Memo } from "./memo.ts";

Deno.test("memo: made once per key, oldest dropped past the limit, cleared on demand", () => {
  const memo = new Memo<string>(2);
  const made: string[] = [];
  const get = (k: string) => memo.get(k, () => (made.push(k), k.toUpperCase()));
  assert.equal(get("a"), "A");
  assert.equal(get("a"), "A");
  get("b");
  get("c"); // drops "a"
  get("a");
  assert.deepEqual(made, ["a", "b", "c", "a"]);
  memo.clear();
  get("c");
  assert.deepEqual(made, ["a", "b", "c", "a", "c"]);
});

Deno.test("memo: an entry older than its ttl is made again (a negative ttl: every entry is)", () => {
  const memo = new Memo<number>(10, -1);
  let n = 0;
  memo.get("k", () => ++n);
  memo.get("k", () => ++n);
  assert.equal(n, 2);
});

Deno.test("memo: a rejected promise is forgotten, so the next caller tries again", async () => {
  const memo = new Memo<Promise<number>>(10);
  await assert.rejects(memo.get("k", () => Promise.reject(new Error("down"))));
  assert.equal(await memo.get("k", () => Promise.resolve(7)), 7);
  assert.equal(await memo.get("k", () => Promise.resolve(8)), 7);
});
