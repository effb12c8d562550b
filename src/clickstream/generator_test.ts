import assert from "node:assert/strict";
import { generateCatalog } from "../catalog/generate.ts";
import { createEventStream } from "./generator.ts";
import { type Clock, OutageError, runGenerator } from "./runner.ts";
import { COUNTS_HEADER, positionFrom, RUN_HEADER } from "./position.ts";
import { eventId } from "./ids.ts";
import { ShopEvent, topicFor, topicNames } from "../domain/event.ts";
import type { BusMessage, OutgoingMessage, Publisher } from "../bus/port.ts";

const products = generateCatalog({ count: 2_000, seed: 9 });
const START = Date.parse("2026-02-01T09:00:00.000Z");

function take(n: number, seed = 1, ratios = { botRatio: 0.05, fraudRatio: 0.02 }, run?: number): ShopEvent[] {
  const out: ShopEvent[] = [];
  for (const e of createEventStream({ products, seed, ...ratios, startTime: START, run })) {
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

/**
 * Time that moves only when someone sleeps: pacing is checked exactly, without waiting.
 * A sleep first lets already-settled work run on (a few promise turns: a fake send's
 * chain of thens), then advances the time unless it was called off meanwhile, as a real
 * timer would have been.
 */
class FakeClock implements Clock {
  t = 0;
  now() {
    return this.t;
  }
  async sleep(ms: number, signal?: AbortSignal) {
    for (let turn = 0; turn < 20; turn++) await Promise.resolve();
    if (!signal?.aborted) this.t += ms;
  }
}

Deno.test("the runner paces to the rate on its clock: never ahead, caught up every tick", async () => {
  const clock = new FakeClock();
  const acks: { t: number; total: number }[] = [];
  let total = 0;
  const publisher: Publisher = {
    publish: (_topic, messages) => {
      total += messages.length;
      acks.push({ t: clock.now(), total });
      return Promise.resolve();
    },
    close: () => Promise.resolve(),
  };
  const rate = 200;
  const stats = await runGenerator({
    publisher,
    stream: createEventStream({ products, seed: 5, botRatio: 0.05, fraudRatio: 0.02, startTime: START }),
    rate,
    durationMs: 2_000,
    topics: topicNames(),
    clock,
  });
  // Due by the end of the last tick before 2 s: 1 995 ms × 200/s.
  assert.equal(stats.sent, Math.floor(1.995 * rate));
  assert.equal(stats.seconds, 2);
  for (const { t, total } of acks) assert.ok(total <= Math.floor((t / 1000) * rate), `ahead at ${t} ms`);
  const ticks = [...new Set(acks.map((a) => a.t))];
  for (let i = 1; i < ticks.length; i++) {
    assert.ok(ticks[i] - ticks[i - 1] <= 20, "a tick at least every 20 ms");
  }
  const last = acks.filter((a) => a.t === ticks.at(-1)).at(-1)!;
  assert.equal(last.total, Math.floor((last.t / 1000) * rate), "caught up at the last tick");
});

Deno.test("a stalled send is reported while it waits, then the due events go out and the run goes on", async () => {
  const clock = new FakeClock();
  let calls = 0;
  const publisher: Publisher = {
    // The 3rd send is acknowledged only ~15 s (of runner time) later, as across a broker restart.
    publish: async () => {
      if (++calls === 3) { while (clock.now() < 15_000) await clock.sleep(0); }
    },
    close: () => Promise.resolve(),
  };
  const reports: { seconds: number; waiting: number }[] = [];
  const stats = await runGenerator({
    publisher,
    stream: createEventStream({ products, seed: 5, botRatio: 0.05, fraudRatio: 0.02, startTime: START }),
    rate: 1000,
    maxEvents: 20_000,
    topics: topicNames(),
    clock,
    maxOutageMs: 60_000,
    onWaiting: (w) => reports.push(w),
  });
  assert.equal(stats.sent, 20_000);
  assert.deepEqual(reports.map((r) => Math.floor(r.seconds)), [3, 13]);
  assert.ok(reports[0].waiting >= 3_000, `events due but not acknowledged: ${reports[0].waiting}`);
  // Caught up: 20 000 events at 1 000/s end at ~20 s of runner time despite the stall.
  assert.ok(stats.seconds < 20.1, `took ${stats.seconds} s`);
});

Deno.test("the runner gives up after maxOutageMs of an unacknowledged send", async () => {
  const clock = new FakeClock();
  const publisher: Publisher = {
    publish: (_t, _m) => (clock.now() > 100 ? new Promise(() => {}) : Promise.resolve()),
    close: () => Promise.resolve(),
  };
  const reports: number[] = [];
  await assert.rejects(
    runGenerator({
      publisher,
      stream: createEventStream({ products, seed: 5, botRatio: 0.05, fraudRatio: 0.02, startTime: START }),
      rate: 500,
      topics: topicNames(),
      clock,
      maxOutageMs: 90_000,
      onWaiting: (w) => reports.push(Math.floor(w.seconds)),
    }),
    (e) => e instanceof OutageError && e.seconds >= 90 && e.seconds < 91,
  );
  assert.deepEqual(reports, [3, 13, 23, 33, 43, 53, 63, 73, 83]);
});

Deno.test("another run gives new event, session and order ids but the same user pool", () => {
  const runs = [take(20_000, 1, undefined, 1), take(20_000, 1, undefined, 2)];
  const ids = (f: (e: ShopEvent) => string | undefined) => runs.map((r) => new Set(r.map(f).filter(Boolean)));
  for (
    const [a, b] of [
      ids((e) => e.event_id),
      ids((e) => e.session_id),
      ids((e) => (e.type === "purchase" ? e.order_id : undefined)),
    ]
  ) {
    assert.ok(a.size > 0 && b.size > 0);
    assert.equal([...a].filter((x) => b.has(x)).length, 0, "no id shared across runs");
  }
  const [u1, u2] = ids((e) => e.user_id);
  const shared = [...u1].filter((u) => u2.has(u)).length;
  assert.ok(shared > 0.05 * u1.size, `returning users: ${shared} of ${u1.size}`);
  // Runs continue the world rather than replay it, yet each run is reproducible.
  assert.notDeepEqual(runs[0].slice(0, 50).map((e) => e.user_id), runs[1].slice(0, 50).map((e) => e.user_id));
  assert.deepEqual(take(2_000, 1, undefined, 2), runs[1].slice(0, 2_000));
});

Deno.test("event ids are distinct for every (run, n), valid UUIDs, and reproducible", () => {
  const seen = new Set<string>();
  for (const run of [0, 1, 2, 255, 256, 0xff_ffff]) {
    for (const n of [0, 1, 2, 255, 256, 2 ** 32 - 1, 2 ** 32, 2 ** 40 - 1]) seen.add(eventId(7, run, n));
    for (let n = 0; n < 20_000; n++) seen.add(eventId(7, run, n));
  }
  assert.equal(seen.size, 6 * (8 + 20_000) - 6 * 5, "only the repeated small n coincide");
  for (const id of seen) {
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  }
  assert.equal(eventId(7, 3, 99), eventId(7, 3, 99));
  // Pinned: ids already in users' topics must come out the same from a newer build.
  assert.equal(eventId(7, 3, 99), "3187ff8e-1e7f-4731-b453-872c1506435c");
  assert.equal(eventId(0x7fffffff, 0xffffff, 2 ** 40 - 1), "8d96115c-8508-423a-b000-53d74134e7de");
  assert.equal(eventId(1, 0, 0), "2121a672-e1c2-4fd1-a859-66b6483139d0");
  assert.throws(() => eventId(7, 2 ** 24, 0), RangeError);
});

Deno.test("the runner stamps run and running totals; the newest messages give the next position", async () => {
  const publisher = new CollectingPublisher();
  const topics = topicNames();
  const stream = () =>
    createEventStream({ products, seed: 5, botRatio: 0.05, fraudRatio: 0.02, startTime: START, run: 4 });
  const stats = await runGenerator({
    publisher,
    stream: stream(),
    rate: "max",
    maxEvents: 3_000,
    topics,
    run: 4,
    generated: { view: 100, search: 50 },
  });
  assert.equal(stats.total, 3_150);
  const asBus = publisher.messages.map(({ topic, message }, i): BusMessage => ({
    topic,
    partition: 0,
    offset: String(i),
    key: message.key,
    value: new Uint8Array(),
    headers: message.headers ?? {},
    timestamp: 0,
  }));
  // The newest message of each topic (one partition here) in every send carries the position.
  const stamped = asBus.filter((m) => m.headers[RUN_HEADER] !== undefined);
  assert.ok(stamped.length > 0 && stamped.length < asBus.length, "only the newest of each partition");
  assert.ok(stamped.every((m) => m.headers[RUN_HEADER] === "4"));
  for (const tail of [...Map.groupBy(asBus, (m) => m.topic).values()].map((ms) => ms.at(-1)!)) {
    assert.equal(tail.headers[RUN_HEADER], "4", "a topic's newest message carries the run");
  }
  const totals = stamped.map((m) => JSON.parse(m.headers[COUNTS_HEADER]) as Record<string, number>);
  const sum = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
  const last = totals.find((c) => sum(c) === 3_150);
  assert.ok(last, "the last generated event carries the totals of all runs");
  assert.equal(last.view - 100 + last.search - 50, stats.byType.view + stats.byType.search);
  // Each stamped message carries exactly the totals up to itself, in generation order.
  const again = stream();
  const upTo = new Map<string, Record<string, number>>();
  const running: Record<string, number> = { view: 100, search: 50 };
  for (let i = 0; i < 3_000; i++) {
    const e = again.next().value as ShopEvent;
    running[e.type] = (running[e.type] ?? 0) + 1;
    upTo.set(e.event_id, { ...running });
  }
  let checked = 0;
  for (const { message } of publisher.messages) {
    if (message.headers?.[COUNTS_HEADER] === undefined) continue;
    const id = (JSON.parse(message.value as string) as ShopEvent).event_id;
    assert.deepEqual(JSON.parse(message.headers[COUNTS_HEADER]), upTo.get(id), `totals stamped on ${id}`);
    checked++;
  }
  assert.equal(checked, stamped.length);
  // The tail of each topic, in any order, as a restart would read it.
  const tails = [...Map.groupBy(asBus, (m) => m.topic).values()].map((ms) => ms.at(-1)!).reverse();
  assert.deepEqual(positionFrom(tails), { run: 5, generated: last });
  assert.deepEqual(positionFrom([]), { run: 0, generated: {} });
  assert.deepEqual(positionFrom([{ ...asBus[0], headers: {} }]), { run: 1, generated: {} });
});
