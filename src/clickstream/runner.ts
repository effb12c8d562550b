/**
 * Publishes a clickstream at a steady rate: a token bucket on the wall clock decides
 * how many events are due every tick (20 ms), they are grouped by topic and sent as one
 * array per topic (kafkajs does no batching of its own), keyed by user so one user's
 * events keep their order. `rate: "max"` sends as fast as the bus accepts.
 *
 * @module
 */
import { type ShopEvent, topicFor, type TopicNames } from "../domain/event.ts";
import type { OutgoingMessage, Publisher } from "../bus/port.ts";
import type { Registry } from "../observability/metrics.ts";
import { GENERATED_COUNTER } from "../observability/names.ts";

export interface RunnerOptions {
  publisher: Publisher;
  stream: Iterator<ShopEvent>;
  rate: number | "max";
  maxEvents?: number;
  durationMs?: number;
  topics: TopicNames;
  signal?: AbortSignal;
  metrics?: Registry;
  /** Called about once a second. */
  onProgress?: (p: { sent: number; eventsPerSecond: number }) => void;
}

export interface RunnerStats {
  sent: number;
  byTopic: Record<string, number>;
  byType: Record<string, number>;
  byActor: Record<string, number>;
  seconds: number;
  eventsPerSecond: number;
}

const TICK_MS = 20;
const MAX_BATCH = 5_000;

export async function runGenerator(o: RunnerOptions): Promise<RunnerStats> {
  const stats: RunnerStats = {
    sent: 0,
    byTopic: {},
    byType: {},
    byActor: {},
    seconds: 0,
    eventsPerSecond: 0,
  };
  const counter = o.metrics?.counter(GENERATED_COUNTER, "Events published by the generator", ["type"]);
  const t0 = performance.now();
  let lastProgress = t0;
  const limit = o.maxEvents ?? Infinity;
  const stopAt = o.durationMs !== undefined ? t0 + o.durationMs : Infinity;
  const stopped = () => o.signal?.aborted || stats.sent >= limit || performance.now() >= stopAt;

  while (!stopped()) {
    const now = performance.now();
    const due = o.rate === "max"
      ? MAX_BATCH
      : Math.min(MAX_BATCH, Math.floor(((now - t0) / 1000) * o.rate) - stats.sent);
    const n = Math.min(due, limit - stats.sent);
    if (n <= 0) {
      await sleep(o.rate === "max" ? 0 : Math.min(TICK_MS, 1000 / o.rate), o.signal);
      continue;
    }
    const byTopic = new Map<string, OutgoingMessage[]>();
    const types: Record<string, number> = {};
    for (let i = 0; i < n; i++) {
      const next = o.stream.next();
      if (next.done) break;
      const e = next.value;
      const topic = topicFor(e.type, o.topics);
      if (!byTopic.has(topic)) byTopic.set(topic, []);
      byTopic.get(topic)!.push({ key: e.user_id, value: JSON.stringify(e) });
      types[e.type] = (types[e.type] ?? 0) + 1;
      stats.byActor[e.actor] = (stats.byActor[e.actor] ?? 0) + 1;
    }
    if (byTopic.size === 0) break; // the stream ended
    // All topics of a tick in parallel; the next tick waits, which is the backpressure.
    await Promise.all([...byTopic].map(([topic, messages]) => o.publisher.publish(topic, messages)));
    for (const [topic, messages] of byTopic) {
      stats.byTopic[topic] = (stats.byTopic[topic] ?? 0) + messages.length;
      stats.sent += messages.length;
    }
    for (const [type, k] of Object.entries(types)) {
      stats.byType[type] = (stats.byType[type] ?? 0) + k;
      counter?.inc(k, { type });
    }
    if (o.onProgress && performance.now() - lastProgress >= 1000) {
      lastProgress = performance.now();
      o.onProgress({ sent: stats.sent, eventsPerSecond: stats.sent / ((lastProgress - t0) / 1000) });
    }
  }
  stats.seconds = (performance.now() - t0) / 1000;
  stats.eventsPerSecond = stats.seconds > 0 ? stats.sent / stats.seconds : 0;
  return stats;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
  });
}
