import assert from "node:assert/strict";
import { MinuteDocs } from "./minute_docs.ts";

const at = (m: number) => new Date(Date.UTC(2026, 11, 5, 10, m)).toISOString();
const doc = (id: string, m: number, n = 0) => ({ id, minute: at(m), n });

Deno.test("MinuteDocs: a window yields its minutes' documents, oldest first, each once", () => {
  const docs = new MinuteDocs<ReturnType<typeof doc>>();
  docs.set(doc("b", 2));
  docs.set(doc("a", 1));
  docs.set(doc("c", 3));
  docs.set(doc("b", 2, 7)); // replaced: listed once, the new value
  const ids = (from: number, to: number) =>
    [...docs.inRange(Date.parse(at(from)), Date.parse(at(to)))].map((d) => `${d.id}${d.n}`);
  assert.deepEqual(ids(1, 3), ["a0", "b7", "c0"]);
  assert.deepEqual(ids(2, 2), ["b7"]);
  assert.equal(docs.size, 3);
  assert.equal(docs.latest(Infinity), Date.parse(at(3)));
  assert.equal(docs.latest(Date.parse(at(2))), Date.parse(at(2)), "a bound excludes later minutes");
});

Deno.test("MinuteDocs: removed documents leave no trace in windows, and can come back once", () => {
  const docs = new MinuteDocs<ReturnType<typeof doc>>();
  docs.set(doc("a", 1));
  docs.set(doc("b", 1));
  docs.set(doc("c", 2));
  assert.equal(docs.delete("a"), true);
  assert.equal(docs.delete("a"), false);
  docs.delete("c");
  assert.equal(docs.latest(Infinity), Date.parse(at(1)), "an emptied minute is not the latest");
  docs.set(doc("a", 1, 5));
  assert.deepEqual([...docs.inRange(0, Infinity)].map((d) => `${d.id}${d.n}`), ["b0", "a5"]);
});

Deno.test("MinuteDocs: dropping old minutes removes exactly their documents and reports each", () => {
  const docs = new MinuteDocs<ReturnType<typeof doc>>();
  for (let m = 0; m < 10; m++) docs.set(doc(`d${m}`, m));
  docs.delete("d2");
  const dropped: string[] = [];
  docs.dropBefore(Date.parse(at(5)), (d) => dropped.push(d.id));
  assert.deepEqual(dropped.sort(), ["d0", "d1", "d3", "d4"]);
  assert.equal(docs.size, 5);
  assert.equal(docs.get("d4"), undefined);
  assert.deepEqual([...docs.inRange(0, Infinity)].map((d) => d.id), ["d5", "d6", "d7", "d8", "d9"]);
});
