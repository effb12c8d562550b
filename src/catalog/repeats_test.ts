/** A page's order puts repeated titles last and keeps every hit. Pure. */
import assert from "node:assert/strict";
import { repeatsLast } from "./repeats.ts";

const titles = (xs: string[]) =>
  repeatsLast(xs.map((title, k) => ({ title, k }))).map((h) => `${h.title}${h.k}`);

Deno.test("each title's first hit keeps its order; repeats follow in theirs", () => {
  assert.deepEqual(titles(["A", "A", "B", "A", "C", "B"]), ["A0", "B2", "C4", "A1", "A3", "B5"]);
});

Deno.test("a page without repeats is unchanged, and no hit is lost or added", () => {
  assert.deepEqual(titles(["A", "B", "C"]), ["A0", "B1", "C2"]);
  assert.deepEqual(titles([]), []);
  const many = Array.from({ length: 50 }, (_, k) => String.fromCharCode(65 + (k * 7) % 11));
  assert.deepEqual(titles(many).sort(), many.map((t, k) => `${t}${k}`).sort());
});
