/**
 * The clickstream: many concurrent sessions interleaved in event time.
 *
 * Sessions wait in a priority queue keyed by their next event's time. Whenever the
 * queue cannot supply the next event by the time the target rate says it is due, a new
 * session starts then; so event time advances at about `nominalRate` events per second
 * — deterministically, without looking at the wall clock — and the paced runner keeps
 * event time close to real time. Same products, seed, start time and rate → the same
 * sequence, ids and timestamps included.
 *
 * Actor ratios are shares of **events** (bots emit ~25× more per session than shoppers).
 * A few products surge (×25 popularity for 5 minutes, new ones every 3 minutes) so that
 * trending moves.
 *
 * @module
 */
import { type Actor, SCHEMA_VERSION, type ShopEvent } from "../domain/event.ts";
import type { Product } from "../domain/product.ts";
import { Random, WeightedPicker } from "./random.ts";
import { eventId } from "./ids.ts";
import {
  botSession,
  type Catalog,
  fraudSession,
  MEAN_EVENTS,
  normalSession,
  type Step,
} from "./behaviour.ts";

export interface EventStreamOptions {
  products: readonly Product[];
  seed: number;
  botRatio: number;
  fraudRatio: number;
  /** Event time of the first event (epoch ms). */
  startTime: number;
  /** Events per second of event time (default 50). */
  nominalRate?: number;
  /**
   * Generator run (default 0): event, session and order ids include it, so a restart
   * with the next run never repeats an id; it also re-seeds sessions and surges (the
   * world goes on instead of replaying). The user pool depends on `seed` alone, so the
   * same shoppers come back.
   */
  run?: number;
}

const SURGE_EVERY = 3 * 60_000;
const SURGE_LASTS = 5 * 60_000;
const SURGE_PRODUCTS = 5;
const SURGE_FACTOR = 25;

interface Live {
  at: number;
  seq: number;
  actor: Actor;
  user: string;
  session: string;
  steps: Generator<Step>;
  pending: Step;
}

/** Binary min-heap on (at, seq). */
class Queue {
  #items: Live[] = [];
  get size() {
    return this.#items.length;
  }
  peek(): Live | undefined {
    return this.#items[0];
  }
  push(x: Live) {
    const a = this.#items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (less(a[p], a[i])) break;
      const t = a[p];
      a[p] = a[i];
      a[i] = t;
      i = p;
    }
  }
  pop(): Live | undefined {
    const a = this.#items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && less(a[l], a[m])) m = l;
        if (r < a.length && less(a[r], a[m])) m = r;
        if (m === i) break;
        const t = a[m];
        a[m] = a[i];
        a[i] = t;
        i = m;
      }
    }
    return top;
  }
}
const less = (a: Live, b: Live) => a.at < b.at || (a.at === b.at && a.seq < b.seq);

function hash(seed: number, n: number): number {
  let h = Math.imul(seed ^ 0x27d4eb2d, 0x165667b1) ^ Math.imul(n + 0x9e37, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 13)) >>> 0;
}

function makeCatalog(products: readonly Product[], seed: number, start: number): Catalog {
  const byLeaf = new Map<string, number[]>();
  products.forEach((p, i) => {
    if (!byLeaf.has(p.category)) byLeaf.set(p.category, []);
    byLeaf.get(p.category)!.push(i);
  });
  const base = Float64Array.from(products, (p) => p.popularity);
  let window = -1;
  let picker = new WeightedPicker(base);
  return {
    products,
    popular(u, t) {
      const w = Math.max(0, Math.floor((t - start) / SURGE_EVERY));
      if (w !== window) {
        window = w;
        const weights = Float64Array.from(base);
        // Surges started in this window or the previous ones that still last.
        for (let k = Math.max(0, w - Math.ceil(SURGE_LASTS / SURGE_EVERY) + 1); k <= w; k++) {
          const r = new Random(hash(seed, 1_000_003 + k));
          for (let j = 0; j < SURGE_PRODUCTS; j++) {
            const i = Math.floor(r.next() * products.length);
            weights[i] = Math.max(weights[i], 1) * SURGE_FACTOR * 10;
          }
        }
        picker = new WeightedPicker(weights);
      }
      return picker.pick(u);
    },
    sameLeaf: (i) => byLeaf.get(products[i].category)!,
    leafSize: (i) => byLeaf.get(products[i].category)!.length * 3,
  };
}

/** An endless, deterministic stream of events in non-decreasing event time. */
export function* createEventStream(options: EventStreamOptions): Generator<ShopEvent> {
  const { products, startTime } = options;
  const run = options.run ?? 0;
  const seed = run === 0 ? options.seed : hash(options.seed, 0x52554e00 + run);
  if (products.length === 0) throw new Error("createEventStream needs at least one product");
  const rate = options.nominalRate ?? 50;
  const catalog = makeCatalog(products, seed, startTime);
  const chooser = new Random(hash(seed, 11));
  const queue = new Queue();
  const normalRatio = Math.max(0, 1 - options.botRatio - options.fraudRatio);
  // Session-start odds that give the requested share of events per actor.
  const w = {
    normal: normalRatio / MEAN_EVENTS.normal,
    bot: options.botRatio / MEAN_EVENTS.bot,
    fraud: options.fraudRatio / MEAN_EVENTS.fraud,
  };
  const totalW = w.normal + w.bot + w.fraud;
  const share: Record<Actor, number> = {
    normal: w.normal / totalW,
    bot: w.bot / totalW,
    fraud: w.fraud / totalW,
  };
  // Smooth weighted round-robin over session starts: every actor gets its share, spread
  // evenly, so the first bot and fraud sessions arrive within their first period (a few
  // hundred starts, seconds of event time) rather than whenever chance allows. Random
  // starting credit keeps seeds apart.
  const credit: Record<Actor, number> = {
    normal: chooser.next(),
    bot: chooser.next(),
    fraud: chooser.next(),
  };
  const nextActor = (): Actor => {
    let best: Actor = "normal";
    for (const a of ["normal", "bot", "fraud"] as const) {
      credit[a] += share[a];
      if (credit[a] > credit[best]) best = a;
    }
    credit[best] -= 1;
    return best;
  };
  const userPools: Record<Actor, number> = { normal: 50_000, bot: 200, fraud: 150 };
  let sessions = 0;
  let orders = 0;
  let emitted = 0;
  let seq = 0;
  const orderSeq = () => `o-${options.seed.toString(36)}-${run.toString(36)}-${(orders++).toString(36)}`;

  const spawn = (at: number) => {
    const actor = nextActor();
    const n = sessions++;
    const r = new Random(hash(seed, 100 + n));
    const userNo = Math.floor(r.next() * userPools[actor]);
    // Opaque ids: nothing in a user id gives away the ground truth.
    const user = `u-${
      hash(options.seed ^ 0x5f3759df, userNo * 3 + (actor === "normal" ? 0 : actor === "bot" ? 1 : 2))
        .toString(36)
    }`;
    const steps = actor === "normal"
      ? normalSession(catalog, r, at, orderSeq)
      : actor === "bot"
      ? botSession(catalog, r)
      : fraudSession(catalog, r, at, orderSeq);
    const first = steps.next();
    if (first.done) return;
    queue.push({
      at: at + first.value.after,
      seq: seq++,
      actor,
      user,
      session: `s-${run.toString(36)}-${n.toString(36)}`,
      steps,
      pending: first.value,
    });
  };

  for (;;) {
    const due = startTime + Math.floor((emitted * 1000) / rate);
    while (queue.size === 0 || queue.peek()!.at > due) spawn(due);
    const live = queue.pop()!;
    const ts = Math.round(live.at);
    const event = {
      schema_version: SCHEMA_VERSION,
      event_id: eventId(options.seed, run, emitted),
      ts: new Date(ts).toISOString(),
      user_id: live.user,
      session_id: live.session,
      actor: live.actor,
      ...live.pending.body,
    } as ShopEvent;
    emitted++;
    const next = live.steps.next();
    if (!next.done) {
      live.at = ts + next.value.after;
      live.pending = next.value;
      live.seq = seq++;
      queue.push(live);
    }
    yield event;
  }
}
