import assert from "node:assert/strict";
import { generateCatalog } from "../catalog/generate.ts";
import { createEventStream } from "./generator.ts";
import { runGenerator } from "./runner.ts";
import { ShopEvent, topicFor, topicNames } from "../domain/event.ts";
import type { OutgoingMessage, Publisher } from "../bus/port.ts";

const products = generateCatalog({ count: 2_000, seed: 9 });
const START = Date.parse("2026-02-01T09:00:00.000Z");

function take(n: number, seed = 1, ratios = { botRatio: 0.05, fraudRatio: 0.02 }): ShopEvent[] {
  const out: ShopEvent[] = [];
  for (const e of createEventStream({ products, seed, ...ratios, startTime: START })) {
    out.push(e);
    if (out.length >= n) break;
  }
  return out;
}

const sample = take(30_000);

Deno.test("the same seed gives the same sequence, ids and timestamps included; another seed differs", () => {
  assert.deepEqual(take(5_000), sample.slice(0, 5_000));
  assert.notDeepEqual(take(200, 2), sample.slice(0, 200));
});

Deno.test("every event validates against the schema, ids are unique, time never goes backwards", () => {
  for (const e of sample) assert.ok(ShopEvent.safeParse(e).success, JSON.stringify(e));
  assert.equal(new Set(sample.map((e) => e.event_id)).size, sample.length);
  for (let i = 1; i < sample.length; i++) assert.ok(sample[i].ts >= sample[i - 1].ts);
});

Deno.test("event time advances at the nominal rate (50/s by default)", () => {
  const span = (Date.parse(sample.at(-1)!.ts) - START) / 1000;
  const rate = sample.length / span;
  assert.ok(Math.abs(rate - 50) / 50 < 0.05, `rate ${rate}`);
});

Deno.test("actor shares of events follow the ratios", () => {
  const share = (a: string) => sample.filter((e) => e.actor === a).length / sample.length;
  assert.ok(Math.abs(share("bot") - 0.05) < 0.02, `bots ${share("bot")}`);
  assert.ok(Math.abs(share("fraud") - 0.02) < 0.01, `fraud ${share("fraud")}`);
  const none = take(3_000, 4, { botRatio: 0, fraudRatio: 0 });
  assert.ok(none.every((e) => e.actor === "normal"));
});

Deno.test("shoppers convert at a few per cent, and differently per department", () => {
  const normal = sample.filter((e) => e.actor === "normal");
  const sessions = new Set(normal.map((e) => e.session_id));
  const buying = new Set(normal.filter((e) => e.type === "purchase").map((e) => e.session_id));
  const conversion = buying.size / sessions.size;
  assert.ok(conversion > 0.01 && conversion < 0.1, `conversion ${conversion}`);
  const cartRate = (dept: string) => {
    const views = normal.filter((e) => e.type === "view" && e.category.startsWith(dept + ".")).length;
    const carts = normal.filter((e) => e.type === "add_to_cart" && e.category.startsWith(dept + ".")).length;
    return carts / Math.max(1, views);
  };
  assert.ok(cartRate("grocery") > 2 * cartRate("garden"), "grocery converts better than garden");
});

Deno.test("bots fire bursts without carts; fraudsters refund within seconds, in loops", () => {
  const bots = sample.filter((e) => e.actor === "bot");
  assert.ok(bots.every((e) => e.type === "search" || e.type === "view"));
  const byUser = Map.groupBy(bots, (e) => e.user_id);
  for (const evs of byUser.values()) {
    for (let i = 1; i < evs.length; i++) {
      if (evs[i].session_id !== evs[i - 1].session_id) continue;
      assert.ok(Date.parse(evs[i].ts) - Date.parse(evs[i - 1].ts) <= 500);
    }
  }
  const fraud = sample.filter((e) => e.actor === "fraud");
  const bought = new Map(
    fraud.flatMap((e) => (e.type === "purchase" ? [[e.order_id, Date.parse(e.ts)]] : [])),
  );
  const refunds = fraud.filter((e) => e.type === "refund");
  assert.ok(refunds.length > 10);
  for (const r of refunds) {
    if (r.type !== "refund" || !bought.has(r.order_id)) continue;
    const seconds = (Date.parse(r.ts) - bought.get(r.order_id)!) / 1000;
    assert.ok(seconds >= 2 && seconds <= 50, `refund after ${seconds}s`);
  }
});

Deno.test("normal refunds come much later than their purchase", () => {
  const long = take(120_000, 3);
  const bought = new Map(
    long.flatMap((e) => (e.type === "purchase" ? [[e.order_id, Date.parse(e.ts)]] : [])),
  );
  const normalRefunds = long.filter((e) => e.type === "refund" && e.actor === "normal");
  assert.ok(normalRefunds.length > 0);
  for (const r of normalRefunds) {
    if (r.type === "refund") assert.ok(Date.parse(r.ts) - bought.get(r.order_id)! >= 10 * 60_000);
  }
});

Deno.test("surges change the most viewed products over time", () => {
  const top = (from: number, to: number) => {
    const counts = new Map<string, number>();
    for (const e of sample) {
      const t = Date.parse(e.ts) - START;
      if (e.type === "view" && t >= from && t < to) {
        counts.set(e.product_id, (counts.get(e.product_id) ?? 0) + 1);
      }
    }
    return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([id]) => id);
  };
  assert.notDeepEqual(top(0, 180_000), top(360_000, 540_000));
});

/** Collects what a bus would receive; no broker involved (the live test is in tests/integration). */
class CollectingPublisher implements Publisher {
  messages: { topic: string; message: OutgoingMessage }[] = [];
  publish(topic: string, messages: OutgoingMessage[]) {
    for (const message of messages) this.messages.push({ topic, message });
    return Promise.resolve();
  }
  close() {
    return Promise.resolve();
  }
}

Deno.test("the runner stops at exactly maxEvents, routes by type and keys by user", async () => {
  const publisher = new CollectingPublisher();
  const topics = topicNames("t.");
  const stats = await runGenerator({
    publisher,
    stream: createEventStream({ products, seed: 5, botRatio: 0.05, fraudRatio: 0.02, startTime: START }),
    rate: "max",
    maxEvents: 7_777,
    topics,
  });
  assert.equal(stats.sent, 7_777);
  assert.equal(publisher.messages.length, 7_777);
  for (const { topic, message } of publisher.messages) {
    const e = JSON.parse(String(message.value));
    assert.equal(topic, topicFor(e.type, topics));
    assert.equal(message.key, e.user_id);
  }
});

Deno.test("the runner holds the requested rate (as a ratio, generous for a shared machine)", async () => {
  const publisher = new CollectingPublisher();
  const stats = await runGenerator({
    publisher,
    stream: createEventStream({ products, seed: 5, botRatio: 0.05, fraudRatio: 0.02, startTime: Date.now() }),
    rate: 200,
    durationMs: 2_000,
    topics: topicNames(),
  });
  const ratio = stats.eventsPerSecond / 200;
  assert.ok(ratio > 0.85 && ratio < 1.1, `ratio ${ratio}`);
});
