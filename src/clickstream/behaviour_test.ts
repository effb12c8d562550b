import assert from "node:assert/strict";
import { generateCatalog } from "../catalog/generate.ts";
import { Config } from "../domain/config.ts";
import type { ShopEvent } from "../domain/event.ts";
import { createEventStream } from "./generator.ts";
import { CART_TO_PURCHASE, MEAN_EVENTS, RETURNLESS_REFUND_CAP, VIEW_TO_CART } from "./behaviour.ts";

const products = generateCatalog({ count: 2_000, seed: 9 });
const START = Date.parse("2026-02-01T09:00:00.000Z");
const defaults = Config.parse({});

/** 200k events at the default settings but the seed: 33 minutes of event time. */
function stream(seed: number): ShopEvent[] {
  const out: ShopEvent[] = [];
  for (
    const e of createEventStream({
      products,
      seed,
      botRatio: defaults.botTrafficRatio,
      fraudRatio: defaults.fraudRatio,
      startTime: START,
      nominalRate: defaults.eventsPerSecond === "max" ? 100 : defaults.eventsPerSecond,
    })
  ) {
    out.push(e);
    if (out.length >= 200_000) break;
  }
  return out;
}
const events = stream(defaults.seed);
const normal = events.filter((e) => e.actor === "normal");
const sessionsWith = (type: ShopEvent["type"], evs = normal) =>
  new Set(evs.filter((e) => e.type === type).map((e) => e.session_id));

Deno.test("shoppers' session funnel sits at the documented benchmark rates", () => {
  const viewed = sessionsWith("view");
  const carted = sessionsWith("add_to_cart");
  const bought = sessionsWith("purchase");
  const all = new Set(normal.map((e) => e.session_id));
  const toCart = carted.size / viewed.size;
  const toBuy = [...carted].filter((s) => bought.has(s)).length / carted.size;
  const conversion = bought.size / all.size;
  // Department factors average a little under 1, so the measured rates do too.
  assert.ok(toCart > VIEW_TO_CART * 0.6 && toCart < VIEW_TO_CART * 1.3, `view→cart ${toCart}`);
  assert.ok(toBuy > CART_TO_PURCHASE * 0.7 && toBuy < CART_TO_PURCHASE * 1.3, `cart→purchase ${toBuy}`);
  assert.ok(conversion > 0.015 && conversion < 0.05, `session conversion ${conversion}`);
  const perSession = normal.length / all.size;
  assert.ok(perSession >= 4 && perSession <= 6, `events per session ${perSession}`);
});

Deno.test("mean events per session match MEAN_EVENTS, so actor shares follow the ratios", () => {
  // Sessions that started in the first 20 minutes have finished (bar a few late returns).
  const sessions = new Map<string, { actor: string; first: number; n: number }>();
  for (const e of events) {
    const s = sessions.get(e.session_id) ?? { actor: e.actor, first: Date.parse(e.ts), n: 0 };
    s.n++;
    sessions.set(e.session_id, s);
  }
  for (const actor of ["normal", "bot", "fraud"] as const) {
    const done = [...sessions.values()].filter((s) => s.actor === actor && s.first < START + 20 * 60_000);
    const mean = done.reduce((a, s) => a + s.n, 0) / done.length;
    assert.ok(Math.abs(mean / MEAN_EVENTS[actor] - 1) < 0.12, `${actor}: ${mean} vs ${MEAN_EVENTS[actor]}`);
  }
  const share = (a: string) => events.filter((e) => e.actor === a).length / events.length;
  assert.ok(Math.abs(share("bot") - defaults.botTrafficRatio) < 0.02, `bots ${share("bot")}`);
  assert.ok(Math.abs(share("fraud") - defaults.fraudRatio) < 0.006, `fraud ${share("fraud")}`);
});

Deno.test("bots never cart, buy or refund; fraudsters loop on items cheap enough for returnless refunds", () => {
  const bots = events.filter((e) => e.actor === "bot");
  assert.ok(bots.length > 1000);
  assert.ok(bots.every((e) => e.type === "search" || e.type === "view"));
  const fraudOrders = events.filter((e) => e.actor === "fraud" && e.type === "purchase");
  assert.ok(fraudOrders.length > 20);
  for (const e of fraudOrders) {
    if (e.type === "purchase") assert.ok(e.amount <= RETURNLESS_REFUND_CAP, `fraud order of ${e.amount}`);
  }
});

Deno.test("shoppers return a few per cent of orders, tens of minutes later, some two in a session", () => {
  const bought = new Map(
    normal.flatMap((e) => (e.type === "purchase" ? [[e.order_id, Date.parse(e.ts)]] : [])),
  );
  const refunds = normal.filter((e) => e.type === "refund");
  // Orders old enough that any return would have arrived (60 min is the longest delay: only
  // those of the first minutes qualify, so count over all orders more than 10 min old).
  const old = [...bought.values()].filter((t) => t < START + 23 * 60_000).length;
  const rate = refunds.length / old;
  assert.ok(rate > 0.01 && rate < 0.08, `return rate ${rate}`);
  for (const r of refunds) {
    if (r.type !== "refund") continue;
    const minutes = (Date.parse(r.ts) - bought.get(r.order_id)!) / 60_000;
    assert.ok(minutes >= 10 && minutes <= 60, `returned after ${minutes} min`);
  }
  // A session returns a second order only after it bought twice and returned one: a few
  // sessions in a seed's half hour, and in some seeds none. So four seeds are pooled.
  const pairs = (rs: ShopEvent[]) =>
    [...Map.groupBy(rs, (e) => e.session_id).values()].filter((one) => one.length === 2).length;
  let both = pairs(refunds);
  for (const seed of [1, 2, 3]) {
    both += pairs(stream(seed).filter((e) => e.actor === "normal" && e.type === "refund"));
  }
  assert.ok(both > 0, "no session returned two orders in four seeds");
});

Deno.test("no junk or zero-result query makes the top ten searches", () => {
  const counts = new Map<string, { n: number; zero: number }>();
  for (const e of events) {
    if (e.type !== "search") continue;
    const c = counts.get(e.query) ?? { n: 0, zero: 0 };
    c.n++;
    if (e.results_count === 0) c.zero++;
    counts.set(e.query, c);
  }
  const top = [...counts].sort((a, b) => b[1].n - a[1].n).slice(0, 10);
  for (const [query, c] of top) assert.equal(c.zero, 0, `"${query}" finds nothing yet is a top query`);
});
