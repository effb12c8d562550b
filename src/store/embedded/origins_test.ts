import assert from "node:assert/strict";
import { Origins } from "./origins.ts";
import { PROGRESS_SPAN } from "../port.ts";

Deno.test("Origins: what is stored comes back exactly, by kind and partition", () => {
  const o = new Origins();
  o.set("trends", "x", { partition: 2, owner: 3, progress: 123_456_789 });
  o.set("signals", "x", { partition: -1, owner: 1, progress: 0 });
  assert.deepEqual(o.get("trends", 2, "x"), { partition: 2, owner: 3, progress: 123_456_789 });
  assert.deepEqual(o.get("signals", -1, "x"), { partition: -1, owner: 1, progress: 0 });
  assert.equal(o.get("trends", 1, "x"), undefined);
  o.set("trends", "big", { partition: 0, owner: 131_071, progress: PROGRESS_SPAN - 1 });
  assert.deepEqual(o.get("trends", 0, "big"), { partition: 0, owner: 131_071, progress: PROGRESS_SPAN - 1 });
  assert.equal([...o.entries()].length, 3);
});

Deno.test("Origins: take removes a partition's matching ids, per kind, and nothing else", () => {
  const o = new Origins();
  o.set("trends", "a", { partition: 0, owner: 1, progress: 5 });
  o.set("trends", "b", { partition: 0, owner: 1, progress: 15 });
  o.set("funnels", "c", { partition: 0, owner: 2, progress: 20 });
  o.set("trends", "d", { partition: 1, owner: 1, progress: 50 });
  const taken = o.take(0, (x) => x.progress > 10);
  assert.deepEqual(Object.fromEntries(taken), { trends: ["b"], funnels: ["c"] });
  assert.equal(o.get("trends", 0, "b"), undefined);
  assert.ok(o.get("trends", 0, "a"));
  assert.ok(o.get("trends", 1, "d"), "another partition is untouched");
});
