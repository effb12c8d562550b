import assert from "node:assert/strict";
import { ActiveUsers } from "./active_users.ts";

const T0 = Date.UTC(2025, 0, 1, 12, 0, 0);

Deno.test("counts distinct users within a few percent, however often each is seen", () => {
  const active = new ActiveUsers();
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < 20_000; i++) active.add(`user-${i}`, T0 + i);
  }
  const n = active.count();
  assert.ok(Math.abs(n - 20_000) / 20_000 < 0.05, `estimated ${n} for 20000`);
});

Deno.test("small counts are near exact", () => {
  const active = new ActiveUsers();
  for (const u of ["a", "b", "c", "a", "b"]) active.add(u, T0);
  assert.equal(active.count(), 3);
  assert.equal(new ActiveUsers().count(), 0);
});

Deno.test("users older than the window drop out as time moves on", () => {
  const active = new ActiveUsers({ windowMinutes: 5 });
  for (let i = 0; i < 100; i++) active.add(`early-${i}`, T0);
  for (let i = 0; i < 10; i++) active.add(`late-${i}`, T0 + 4 * 60_000);
  assert.ok(active.count() > 100);
  active.add("later", T0 + 6 * 60_000);
  const n = active.count();
  assert.ok(n >= 10 && n <= 12, `only the last 5 minutes count, got ${n}`);
});
