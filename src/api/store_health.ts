/**
 * Whether the store answers, known ahead of the request: a monitor pings it every
 * `intervalMs` with a short timeout, and any store call that fails with a connection
 * error marks it down at once. While it is down, store-backed handlers answer 503
 * immediately (and calls already waiting are released with a 503), instead of each
 * request waiting out the client's timeouts and retries. The next good ping brings it
 * back up.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { UnavailableError } from "./errors.ts";
 * import { monitorStore } from "./store_health.ts";
 * import { createStore } from "../store/mod.ts";
 *
 * const store = await createStore({});
 * // A long period, so no ping brings the store back up while this example runs.
 * const health = monitorStore((o) => store.ping(o), { intervalMs: 60_000 });
 * assert.equal(await health.call(() => store.catalog.count()), 0);
 *
 * // A call failing with a connection error marks the store down at once...
 * const refused = Object.assign(new Error("connect ECONNREFUSED"), { name: "ConnectionError" });
 * await assert.rejects(health.call(() => Promise.reject(refused)), UnavailableError);
 * assert.equal(health.up, false);
 * // ...and while it is down, calls answer 503 without reaching it.
 * await assert.rejects(health.call(() => store.catalog.count()), UnavailableError);
 *
 * health.close();
 * await store.close();
 * ```
 *
 * @module
 */
import { UnavailableError } from "./errors.ts";

export interface StoreHealthOptions {
  /** Time between pings (default 500 ms). */
  intervalMs?: number;
  /** How long a ping may take before it counts as failed (default 1,000 ms). */
  timeoutMs?: number;
  /**
   * Failed pings in a row (timeouts, errors) that make the store count as down (default 3).
   * A refused or reset connection counts at once: that store is down, not slow.
   */
  failuresToDown?: number;
}

/** Runs one store call the way handlers must: failures become 503s (see `StoreHealth.call`). */
export type StoreCall = <T>(fn: () => Promise<T>) => Promise<T>;

export interface StoreHealth {
  /** Whether the last ping (or call) succeeded. */
  readonly up: boolean;
  /** `"ok"`, or why the store counts as down. */
  readonly status: string;
  /**
   * Runs a store call: throws `UnavailableError` (→ 503) at once while the store is down,
   * or as soon as it goes down while the call waits; a connection failure marks it down.
   */
  call<T>(fn: () => Promise<T>): Promise<T>;
  /** The state after the first ping has answered (later: at once). */
  settled(): Promise<{ up: boolean; status: string }>;
  /** Stops pinging. */
  close(): void;
}

/** Error names of the Elasticsearch client (and Deno) that mean "cannot reach it", not "it said no". */
const CONNECTION_ERRORS = new Set([
  "ConnectionError",
  "TimeoutError",
  "NoLivingConnectionsError",
  "ConnectionRefused",
]);

/** The store refused or dropped the connection: nobody is listening (as opposed to slow). */
function isRefused(e: unknown): boolean {
  const err = e as { name?: string; message?: string; code?: string } | undefined;
  if (!err) return false;
  if (err.name === "NoLivingConnectionsError" || err.name === "ConnectionRefused") return true;
  return /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|connection refused/i.test(
    `${err.code ?? ""} ${err.message ?? ""}`,
  );
}

/**
 * Whether `e` says the store cannot be reached (as opposed to a bad query or a missing index).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isConnectionError } from "./store_health.ts";
 *
 * assert.equal(isConnectionError(Object.assign(new Error("connect ECONNREFUSED"), { name: "ConnectionError" })), true);
 * assert.equal(isConnectionError(new Error("index_not_found_exception")), false);
 * ```
 */
export function isConnectionError(e: unknown): boolean {
  const err = e as { name?: string; message?: string; code?: string } | undefined;
  if (!err) return false;
  if (CONNECTION_ERRORS.has(err.name ?? "")) return true;
  return /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ETIMEDOUT|socket hang up|connection refused/i.test(
    `${err.code ?? ""} ${err.message ?? ""}`,
  );
}

/**
 * Starts the monitor; the first ping runs at once.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { monitorStore } from "./store_health.ts";
 * import { createStore } from "../store/mod.ts";
 *
 * const store = await createStore({});
 * const health = monitorStore((o) => store.ping(o), { intervalMs: 500, timeoutMs: 400 });
 * assert.deepEqual(await health.settled(), { up: true, status: "ok" });
 *
 * const unreachable = monitorStore(() => Promise.reject(new Error("connection refused")));
 * assert.deepEqual(await unreachable.settled(), { up: false, status: "connection refused" });
 *
 * health.close(); // stops pinging
 * unreachable.close();
 * await store.close();
 * ```
 */
export function monitorStore(
  ping: (options: { timeoutMs: number }) => Promise<void>,
  options: StoreHealthOptions = {},
): StoreHealth {
  const intervalMs = options.intervalMs ?? 500;
  const timeoutMs = options.timeoutMs ?? 1_000;
  const failuresToDown = options.failuresToDown ?? 3;
  // A busy machine can make one ping slow; only a run of them (or a refusal) means down.
  let failures = 0;
  let up = true;
  let status = "ok";
  let closed = false;
  // Calls waiting on the store, released with a 503 when it goes down.
  const waiting = new Set<(reason: string) => void>();

  const markDown = (reason: string) => {
    up = false;
    status = reason.slice(0, 300);
    for (const release of waiting) release(status);
    waiting.clear();
  };
  const markUp = () => {
    up = true;
    status = "ok";
  };

  // The bound of the ping in flight: cleared by close() too, so no timer outlives the monitor.
  let probeTimer: ReturnType<typeof setTimeout> | undefined;
  const probe = async () => {
    try {
      // The client honours timeoutMs; the race also covers one that does not.
      await Promise.race([
        ping({ timeoutMs }),
        new Promise<never>((_, reject) => {
          probeTimer = setTimeout(
            () => reject(new Error(`no answer within ${timeoutMs} ms`)),
            timeoutMs + 100,
          );
        }),
      ]);
      failures = 0;
      markUp();
    } catch (e) {
      failures++;
      if (isRefused(e) || failures >= failuresToDown) markDown((e as Error)?.message ?? String(e));
    } finally {
      clearTimeout(probeTimer);
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const loop = async () => {
    await probe();
    if (!closed) {
      const next = setTimeout(loop, intervalMs);
      Deno.unrefTimer(next);
      timer = next;
    }
  };
  const first = loop();

  return {
    get up() {
      return up;
    },
    get status() {
      return status;
    },
    async call<T>(fn: () => Promise<T>): Promise<T> {
      if (!up) throw new UnavailableError("store", new Error(status));
      let release!: (reason: string) => void;
      const wentDown = new Promise<never>((_, reject) => {
        release = (reason) => reject(new UnavailableError("store", new Error(reason)));
      });
      waiting.add(release);
      try {
        return await Promise.race([fn(), wentDown]);
      } catch (e) {
        if (e instanceof UnavailableError) throw e;
        if (isConnectionError(e)) markDown((e as Error).message);
        throw new UnavailableError("store", e);
      } finally {
        waiting.delete(release);
      }
    },
    async settled() {
      await first;
      return { up, status };
    },
    close() {
      closed = true;
      clearTimeout(timer);
      clearTimeout(probeTimer);
    },
  };
}
