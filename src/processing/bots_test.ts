import assert from "node:assert/strict";
import { botSignal, type BotState, isBot, userFromJSON } from "./bots.ts";
import { mulberry32 } from "../shared/random.ts";

/** The rule as written: the middle of the sorted gaps is below the limit. */
function medianBelow(times: number[], limit: number): boolean {
  const gaps = times.slice(1).map((t, i) => t - times[i]).sort((a, b) => a - b);
  return gaps.length > 0 && gaps[Math.floor(gaps.length / 2)] < limit;
}

Deno.test("isBot counts gaps below the limit instead of sorting: the same verdict as the median", () => {
  const r = mulberry32(17);
  const o = { minEvents: 20, maxMedianGapMs: 1_500 };
  for (let round = 0; round < 2_000; round++) {
    const n = 1 + Math.floor(r() * 60);
    const times: number[] = [];
    let t = 1_000_000;
    for (let i = 0; i < n; i++) times.push(t += Math.floor(r() * 3_000)); // gaps 0–3 s, ties included
    const s: BotState = {
      users: new Map([[
        "u",
        userFromJSON({ browse: 20 + n, carts: 0, purchases: 0, times, first: times[0], last: times.at(-1)! }),
      ]]),
    };
    const expected = medianBelow(times, o.maxMedianGapMs);
    assert.equal(isBot(s, "u", o), expected, JSON.stringify(times));
    assert.equal(botSignal(s, "u", o) !== undefined, expected);
  }
  // A gap exactly at the limit is not below it.
  const at: BotState = {
    users: new Map([[
      "u",
      userFromJSON({ browse: 30, carts: 0, purchases: 0, times: [0, 1_500], first: 0, last: 1_500 }),
    ]]),
  };
  assert.equal(isBot(at, "u", o), false);
});

Deno.test("isBot: never a user who carts or buys, nor one with too few events", () => {
  const o = { minEvents: 20, maxMedianGapMs: 1_500 };
  const times = Array.from({ length: 30 }, (_, i) => i * 100);
  const user = (over: object) => ({
    users: new Map([[
      "u",
      userFromJSON({ browse: 30, carts: 0, purchases: 0, times, first: 0, last: 2_900, ...over }),
    ]]),
  });
  assert.equal(isBot(user({}), "u", o), true);
  assert.equal(isBot(user({ carts: 1 }), "u", o), false);
  assert.equal(isBot(user({ purchases: 1 }), "u", o), false);
  assert.equal(isBot(user({ browse: 19 }), "u", o), false);
  assert.equal(isBot({ users: new Map() }, "u", o), false);
});
