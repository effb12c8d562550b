/**
 * The API role: serves the HTTP API and the dashboard over the store until `signal` is
 * aborted. With Kafka configured it also reports the bus in `/ready` and consumer lag in
 * `/stats`; in `--role=all` it shows the in-process processor's checkpoint age and
 * active users.
 *
 * @module
 */
import { inputTopics, topicNames } from "../domain/event.ts";
import type { Bus } from "../bus/port.ts";
import type { Store } from "../store/port.ts";
import { createApp } from "../api/app.ts";
import { createStatsSource } from "../api/stats_source.ts";
import type { ChangeFeed } from "../api/stream.ts";
import type { StreamProcessor } from "../processing/processor.ts";
import { describeBackends, type RoleBase } from "./context.ts";

/** The address the API bound (tests ask for port 0). */
export interface ListenAddress {
  hostname: string;
  port: number;
}

/** What the API needs: the store it reads, besides the basics; the rest is optional. */
export interface ApiDeps extends RoleBase {
  store: Store;
  /** The build's version, shown by `/health` and `/stats`. */
  version: string;
  /** A bus reached over the network (Kafka): pinged by `/ready`, its lag shown in `/stats`. */
  bus?: Bus;
  /** The processor running in this process (`--role=all`): checkpoint age, and pushes after its flushes. */
  inProcess?: { processor: () => StreamProcessor | undefined; changes: ChangeFeed };
  /** Called with the bound address once the server listens. */
  onListen?: (addr: ListenAddress) => void;
}

/** A running API: `listening` resolves with its address, `finished` once it has stopped. */
export interface RunningApi {
  listening: Promise<ListenAddress>;
  finished: Promise<void>;
}

/** Starts serving; the server stops when `signal` is aborted. */
export function startApi(deps: ApiDeps): RunningApi {
  const { config, store, bus, metrics, log, signal, inProcess } = deps;
  const topics = inputTopics(topicNames(config.topicPrefix));
  const stats = createStatsSource({
    role: config.role,
    backend: describeBackends(config),
    store,
    groupId: config.groupId,
    metrics,
    lag: bus?.kind === "kafka" ? () => bus.lag(config.groupId, topics) : undefined,
    checkpointAge: () => inProcess?.processor()?.checkpointAgeSeconds,
  });
  const app = createApp({
    store,
    stats,
    role: config.role,
    version: deps.version,
    corsOrigin: config.corsOrigin,
    apiToken: config.apiToken,
    metrics,
    changes: inProcess?.changes,
    eventsSample: config.eventsSample,
    // The store's readiness comes from the app's store health monitor.
    checks: bus ? { bus: () => bus.ping() } : undefined,
    signal,
  });
  let listened!: (addr: ListenAddress) => void;
  const listening = new Promise<ListenAddress>((resolve) => (listened = resolve));
  const server = Deno.serve({
    hostname: config.host,
    port: config.port,
    signal,
    onListen: (addr) => {
      const host = addr.hostname === "0.0.0.0" ? "localhost" : addr.hostname;
      log(`[api] listening on http://${host}:${addr.port}`);
      deps.onListen?.(addr);
      listened(addr);
    },
  }, app.fetch);
  return { listening, finished: server.finished.finally(() => stats.close()) };
}

/**
 * Serves until `signal` is aborted.
 *
 * @example
 * ```ts
 * import { Config } from "../domain/config.ts";
 * import { createStore } from "../store/mod.ts";
 * import { Registry } from "../observability/metrics.ts";
 * import { runApi } from "./api.ts";
 *
 * const store = await createStore({});
 * const stop = new AbortController();
 * const served = runApi({
 *   store,
 *   version: "0.0.0",
 *   config: Config.parse({ role: "api", host: "127.0.0.1", port: 0 }),
 *   metrics: new Registry(),
 *   log: console.log,
 *   signal: stop.signal,
 *   onListen: async ({ port }) => {
 *     const res = await fetch(`http://127.0.0.1:${port}/health`);
 *     console.log(res.status, await res.json()); // 200 { status: "ok", … }
 *     stop.abort();
 *   },
 * });
 * await served;
 * await store.close();
 * ```
 */
export async function runApi(deps: ApiDeps): Promise<void> {
  await startApi(deps).finished;
}
