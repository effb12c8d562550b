/**
 * `GET /stream`: Server-Sent Events for the dashboard. Every second, and soon after
 * each change notification (the processor flushed; coalesced to one push per 250 ms
 * per connection): `stats`, `trending` (top 10 of the window) and `fraud` (signals new
 * or updated since the previous push; the first push carries the most recent ones). A
 * comment line keeps idle proxies from closing the connection. The loop ends when the
 * client goes away or the server shuts down.
 *
 * @module
 */
import type { Context } from "hono";
import { type SSEStreamingApi, streamSSE } from "hono/streaming";
import type { FraudSignal } from "../domain/analytics.ts";
import type { StatsSource } from "../domain/stats.ts";
import type { Store } from "../store/port.ts";

/**
 * Tells listeners that the analytics changed (e.g. the processor's flush callback).
 *
 * @example
 * ```ts
 * const listeners = new Set<() => void>();
 * const changes: ChangeFeed = { subscribe(l) { listeners.add(l); return () => listeners.delete(l); } };
 * // after each flush: for (const l of listeners) l();
 * ```
 */
export interface ChangeFeed {
  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/**
 * A change feed to give `createApp` and to notify from whatever writes the analytics
 * (`--role=all` notifies after each processor flush).
 *
 * @example
 * ```ts
 * import { createChangeFeed } from "./stream.ts";
 * const feed = createChangeFeed();
 * const stop = feed.subscribe(() => console.log("changed"));
 * feed.notify(); // "changed"
 * stop();
 * ```
 */
export function createChangeFeed(): ChangeFeed & { notify(): void } {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify() {
      for (const listener of listeners) listener();
    },
  };
}

/** The shortest gap between two pushes of one connection that a change notification may cause. */
export const MIN_PUSH_GAP_MS = 250;

export interface StreamOptions {
  store: Pick<Store, "analytics">;
  stats: StatsSource;
  /** Trending window in minutes. */
  minutes: number;
  intervalMs?: number;
  heartbeatMs?: number;
  /** Ends every open stream (server shutdown). */
  signal?: AbortSignal;
  /** Whether `fraud` events (which name user ids) are sent (default true). */
  includeFraud?: boolean;
  /** Counts open streams (a gauge on /metrics). */
  connections?: { inc(): void; dec(): void };
  /** When given, a change triggers a push soon after (at most one per `MIN_PUSH_GAP_MS`). */
  changes?: ChangeFeed;
}

/** How many recent signals the first `fraud` event carries. */
const INITIAL_SIGNALS = 20;

/**
 * Answers `/stream` on `c` until the client leaves or `options.signal` aborts.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Hono } from "hono";
 * import { createStatsSource } from "./stats_source.ts";
 * import { liveStream } from "./stream.ts";
 * import { createStore } from "../store/mod.ts";
 *
 * const store = await createStore({});
 * const stats = createStatsSource({
 *   role: "api",
 *   backend: { bus: "embedded", store: "embedded" },
 *   store,
 *   groupId: "shopstream-processor",
 * });
 * const shutdown = new AbortController();
 * const app = new Hono();
 * app.get("/stream", (c) => liveStream(c, { store, stats, minutes: 5, signal: shutdown.signal }));
 *
 * const res = await app.request("/stream");
 * assert.equal(res.headers.get("Content-Type"), "text/event-stream");
 * const events = res.body!.pipeThrough(new TextDecoderStream()).getReader();
 * let received = "";
 * while (!received.includes("event: trending\n")) {
 *   const { value, done } = await events.read();
 *   if (done) break;
 *   received += value;
 * }
 * assert.match(received, /^retry: 2000\n\n/); // then `stats`, `trending` (and `fraud`) events
 * assert.match(received, /event: stats\ndata: \{/);
 *
 * shutdown.abort(); // a server shutdown ends every open stream
 * await events.cancel();
 * stats.close();
 * await store.close();
 * ```
 */
export function liveStream(c: Context, options: StreamOptions): Response {
  return streamSSE(c, async (stream) => {
    let stopped = false;
    let wake = () => {};
    const stop = () => {
      stopped = true;
      wake();
    };
    // The client going away cancels the response body, which aborts the stream.
    stream.onAbort(stop);
    options.signal?.addEventListener("abort", stop, { once: true });
    if (options.signal?.aborted) return;
    options.connections?.inc();
    try {
      await push(stream, options, () => stopped, (w) => (wake = w));
    } finally {
      options.connections?.dec();
      options.signal?.removeEventListener("abort", stop);
    }
  });
}

async function push(
  stream: SSEStreamingApi,
  options: StreamOptions,
  stopped: () => boolean,
  onWake: (wake: () => void) => void,
): Promise<void> {
  const intervalMs = options.intervalMs ?? 1000;
  const heartbeatMs = options.heartbeatMs ?? 10_000;
  const includeFraud = options.includeFraud ?? true;
  // Reconnect quickly after a restart of the server.
  await stream.write("retry: 2000\n\n");
  const seen = new Map<string, string>(); // signal id → last_seen already pushed
  let first = true;
  let seq = 0;
  let lastHeartbeat = Date.now();
  // A change seen since the last push started; `onChange` brings the wait forward.
  let changed = false;
  let onChange = () => {};
  const unsubscribe = options.changes?.subscribe(() => {
    changed = true;
    onChange();
  });
  try {
    while (!stopped() && !stream.aborted && !stream.closed) {
      const started = Date.now();
      changed = false;
      if (await pushOnce(stream, options, { includeFraud, seen, first, seq: seq + 1 }, stopped)) {
        seq++;
        first = false;
      }
      if (stopped()) break;
      if (Date.now() - lastHeartbeat >= heartbeatMs) {
        await stream.write(": heartbeat\n\n");
        lastHeartbeat = Date.now();
      }
      await new Promise<void>((resolve) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        let due = Infinity;
        const wakeAt = (at: number) => {
          if (at >= due) return;
          due = at;
          clearTimeout(timer);
          timer = setTimeout(resolve, Math.max(0, at - Date.now()));
        };
        wakeAt(started + intervalMs);
        onChange = () => wakeAt(started + MIN_PUSH_GAP_MS);
        if (changed) onChange();
        onWake(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      onChange = () => {};
    }
  } finally {
    unsubscribe?.();
  }
}

/**
 * One round of events; a store failure is an `unavailable` event, not the end of the
 * stream. Returns whether the data events went out (so the first `fraud` stays "initial").
 */
async function pushOnce(
  stream: SSEStreamingApi,
  options: StreamOptions,
  round: { includeFraud: boolean; seen: Map<string, string>; first: boolean; seq: number },
  stopped: () => boolean,
): Promise<boolean> {
  const { store, stats, minutes } = options;
  const { includeFraud, seen, first } = round;
  try {
    const [snapshot, trending, signals] = await Promise.all([
      stats.snapshot(),
      store.analytics.trending({ minutes, limit: 10 }),
      includeFraud ? store.analytics.fraud({ limit: 100 }) : Promise.resolve([]),
    ]);
    if (stopped()) return false;
    await stream.writeSSE({ event: "stats", id: String(round.seq), data: JSON.stringify(snapshot) });
    await stream.writeSSE({
      event: "trending",
      data: JSON.stringify({ minutes, category: null, items: trending }),
    });
    const fresh = newSignals(signals, seen, first ? INITIAL_SIGNALS : Infinity);
    if (includeFraud && (first || fresh.length > 0)) {
      await stream.writeSSE({ event: "fraud", data: JSON.stringify({ initial: first, items: fresh }) });
    }
    return true;
  } catch (e) {
    // The store is down for a moment: say so and keep the connection.
    await stream.writeSSE({
      event: "unavailable",
      data: JSON.stringify({ message: `store unavailable: ${(e as Error)?.message ?? e}`.slice(0, 300) }),
    });
    return false;
  }
}

/** Signals not pushed yet (or updated since), remembering what was pushed. */
export function newSignals(signals: FraudSignal[], seen: Map<string, string>, limit: number): FraudSignal[] {
  const fresh = signals.filter((s) => seen.get(s.id) !== s.last_seen).slice(0, limit);
  for (const s of signals) seen.set(s.id, s.last_seen);
  // Forget the oldest entries so a long-lived connection stays small.
  if (seen.size > 5000) {
    for (const id of [...seen.keys()].slice(0, seen.size - 5000)) seen.delete(id);
  }
  return fresh;
}
