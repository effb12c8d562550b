/**
 * Publishes a clickstream at a steady rate: a token bucket on the clock decides how many
 * events are due every tick (≤ 20 ms), they are grouped by topic and sent as one array
 * per topic (kafkajs does no batching of its own), keyed by user so one user's events
 * keep their order. `rate: "max"` sends as fast as the bus accepts.
 *
 * The newest message of each partition in every send carries the run and the running
 * totals (see position.ts), so a restart continues them. A send that is not acknowledged
 * blocks the next tick (backpressure): the publisher retries underneath (kafkajs,
 * idempotently), the runner reports the wait and gives up only after `maxOutageMs`.
 * After an outage the due events go out in catch-up batches, so event time comes back to
 * the clock. The clock is injectable, so pacing and outage handling are tested without
 * waiting.
 *
 * @module
 */
import { type ShopEvent, topicFor, type TopicNames } from "../domain/event.ts";
import type { OutgoingMessage, Publisher } from "../bus/port.ts";
import type { Registry } from "../observability/metrics.ts";
import { GENERATED_COUNTER } from "../observability/names.ts";
import { COUNTS_HEADER, RUN_HEADER } from "./position.ts";
import { partitionForKey } from "../bus/partitioner.ts";

/** Time as the runner sees it; tests pass a fake one. */
export interface Clock {
  /** Milliseconds on a monotonic scale. */
  now(): number;
  /** Resolves after `ms`, or at once when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The wall clock (performance.now and timers). */
export const systemClock: Clock = {
  now: () => performance.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, ms);
      signal?.addEventListener("abort", done, { once: true });
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        resolve();
      }
    }),
};

/** Progress while a send is not acknowledged. */
export interface Waiting {
  /** How long the oldest unacknowledged send has been waiting. */
  seconds: number;
  /** Events due by now (rate × time, or the batch in flight) that are not acknowledged. */
  waiting: number;
}

export interface RunnerOptions {
  publisher: Publisher;
  stream: Iterator<ShopEvent>;
  rate: number | "max";
  maxEvents?: number;
  durationMs?: number;
  topics: TopicNames;
  signal?: AbortSignal;
  metrics?: Registry;
  /**
   * Stamped as `x-generator-run` (default 0), with the running totals, on the newest
   * message of each partition in every send — all a restart reads (see position.ts).
   */
  run?: number;
  /** Partitions of the topics (default 1): which messages are the newest of their partition. */
  partitions?: number;
  /** Events earlier runs generated, by type: totals, headers and the counter go on from here. */
  generated?: Record<string, number>;
  /** Give up (reject) once a send has been unacknowledged this long; unset = wait for ever. */
  maxOutageMs?: number;
  clock?: Clock;
  /** Called about once a second. */
  onProgress?: (p: { sent: number; eventsPerSecond: number }) => void;
  /** Called once a send has waited 3 s, then every 10 s while it still waits. */
  onWaiting?: (w: Waiting) => void;
}

export interface RunnerStats {
  /** Events this run published. */
  sent: number;
  /** Events generated in all runs, this one included. */
  total: number;
  byTopic: Record<string, number>;
  byType: Record<string, number>;
  byActor: Record<string, number>;
  seconds: number;
  eventsPerSecond: number;
}

/** Thrown when the bus stayed unreachable longer than `maxOutageMs`. */
export class OutageError extends Error {
  constructor(readonly seconds: number, readonly waiting: number) {
    super(`bus unreachable for ${Math.round(seconds)} s (--max-outage); ${waiting} events not sent`);
    this.name = "OutageError";
  }
}

const TICK_MS = 20;
/**
 * Events per send at most (at `--rate max`). Larger sends cost less per event: 10,000 ran
 * ~5 % faster than 5,000 once kafkajs' grouping by partition became linear; each
 * partition's batch stays far below Kafka's 1 MB limit (~140 KB before gzip).
 */
const MAX_BATCH = 10_000;
/** How often an unacknowledged send is looked at. */
const WATCH_MS = 250;
const FIRST_WAITING_REPORT_MS = 3_000;
const WAITING_REPORT_EVERY_MS = 10_000;
/** After a stop signal, how long an unacknowledged send is still awaited. */
const STOP_GRACE_MS = 5_000;

export async function runGenerator(o: RunnerOptions): Promise<RunnerStats> {
  const clock = o.clock ?? systemClock;
  const stats: RunnerStats = {
    sent: 0,
    total: 0,
    byTopic: {},
    byType: {},
    byActor: {},
    seconds: 0,
    eventsPerSecond: 0,
  };
  const counter = o.metrics?.counter(GENERATED_COUNTER, "Events published by the generator", ["type"]);
  // Running totals in generation order, for the headers; the counter starts where earlier runs stopped.
  const totals: Record<string, number> = { ...o.generated };
  const earlier = Object.values(totals).reduce((a, b) => a + b, 0);
  for (const [type, k] of Object.entries(totals)) if (k > 0) counter?.inc(k, { type });
  const run = String(o.run ?? 0);
  const partitions = Math.max(1, o.partitions ?? 1);
  const t0 = clock.now();
  let lastProgress = t0;
  const limit = o.maxEvents ?? Infinity;
  const stopAt = o.durationMs !== undefined ? t0 + o.durationMs : Infinity;
  const dueBy = (now: number) =>
    o.rate === "max" ? Infinity : Math.min(limit, Math.floor(((now - t0) / 1000) * o.rate));
  const stopped = () => o.signal?.aborted || stats.sent >= limit || clock.now() >= stopAt;

  /** Awaits a send, reporting and bounding the wait; false when abandoned after a stop signal. */
  const acknowledged = async (sending: Promise<unknown>, inFlight: number): Promise<boolean> => {
    let settled = false;
    let failure: { error: unknown } | undefined;
    const watched = sending.then(() => (settled = true), (error) => {
      settled = true;
      failure = { error };
    });
    const started = clock.now();
    let nextReport = started + FIRST_WAITING_REPORT_MS;
    let stopSeen: number | undefined;
    while (!settled) {
      const wake = new AbortController();
      await Promise.race([watched, clock.sleep(WATCH_MS, wake.signal)]);
      wake.abort();
      if (settled) break;
      const now = clock.now();
      const waited = now - started;
      const waiting = Math.max(inFlight, dueBy(now) === Infinity ? 0 : dueBy(now) - stats.sent);
      if (o.maxOutageMs !== undefined && waited >= o.maxOutageMs) {
        throw new OutageError(waited / 1000, waiting);
      }
      if (o.signal?.aborted) {
        stopSeen ??= now;
        if (now - stopSeen >= STOP_GRACE_MS) return false;
      }
      if (now >= nextReport) {
        nextReport += WAITING_REPORT_EVERY_MS;
        o.onWaiting?.({ seconds: waited / 1000, waiting });
      }
    }
    if (failure) throw failure.error;
    return true;
  };

  while (!stopped()) {
    const now = clock.now();
    const n = Math.min(MAX_BATCH, limit - stats.sent, dueBy(now) - stats.sent);
    if (n <= 0) {
      await clock.sleep(o.rate === "max" ? 0 : Math.min(TICK_MS, 1000 / o.rate), o.signal);
      continue;
    }
    const byTopic = new Map<string, OutgoingMessage[]>();
    const types: Record<string, number> = {};
    const actors: Record<string, number> = {};
    // The newest message of each topic-partition in this send, with the totals up to it:
    // only those carry the position headers (encoding headers on every record was most
    // of the producer's cost), and the newest message of a partition is what a restart reads.
    const newest = new Map<string, { message: OutgoingMessage; index: number }>();
    const order: string[] = []; // the batch's event types, in generation order
    for (let i = 0; i < n; i++) {
      const next = o.stream.next();
      if (next.done) break;
      const e = next.value;
      const topic = topicFor(e.type, o.topics);
      if (!byTopic.has(topic)) byTopic.set(topic, []);
      const message: OutgoingMessage = { key: e.user_id, value: JSON.stringify(e) };
      byTopic.get(topic)!.push(message);
      newest.set(`${topic}|${partitionForKey(e.user_id, partitions)}`, { message, index: order.length });
      order.push(e.type);
      types[e.type] = (types[e.type] ?? 0) + 1;
      actors[e.actor] = (actors[e.actor] ?? 0) + 1;
    }
    // The totals up to each of those messages, in one pass over the batch.
    let counted = 0;
    const countTo = (end: number) => {
      for (; counted < end; counted++) totals[order[counted]] = (totals[order[counted]] ?? 0) + 1;
    };
    for (const { message, index } of [...newest.values()].sort((a, b) => a.index - b.index)) {
      countTo(index + 1);
      message.headers = { [RUN_HEADER]: run, [COUNTS_HEADER]: JSON.stringify(totals) };
    }
    countTo(order.length);
    if (byTopic.size === 0) break; // the stream ended
    const batch = [...byTopic.values()].reduce((a, m) => a + m.length, 0);
    // All topics of a tick in parallel; the next tick waits, which is the backpressure.
    const sending = Promise.all(
      [...byTopic].map(([topic, messages]) => o.publisher.publish(topic, messages)),
    );
    if (!(await acknowledged(sending, batch))) break;
    for (const [topic, messages] of byTopic) {
      stats.byTopic[topic] = (stats.byTopic[topic] ?? 0) + messages.length;
      stats.sent += messages.length;
    }
    for (const [type, k] of Object.entries(types)) {
      stats.byType[type] = (stats.byType[type] ?? 0) + k;
      counter?.inc(k, { type });
    }
    for (const [actor, k] of Object.entries(actors)) stats.byActor[actor] = (stats.byActor[actor] ?? 0) + k;
    if (o.onProgress && clock.now() - lastProgress >= 1000) {
      lastProgress = clock.now();
      o.onProgress({ sent: stats.sent, eventsPerSecond: stats.sent / ((lastProgress - t0) / 1000) });
    }
  }
  stats.total = earlier + stats.sent;
  stats.seconds = (clock.now() - t0) / 1000;
  stats.eventsPerSecond = stats.seconds > 0 ? stats.sent / stats.seconds : 0;
  return stats;
}
