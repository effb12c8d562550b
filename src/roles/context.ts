/**
 * What every role receives besides its adapters: the validated config, the process'
 * metrics registry, a log line sink and the signal that stops it.
 *
 * @module
 */
import type { Config } from "../domain/config.ts";
import type { Bus } from "../bus/port.ts";
import type { Store } from "../store/port.ts";
import type { Registry } from "../observability/metrics.ts";

/** Where a role writes its progress lines (stderr, with a timestamp, by default). */
export type Log = (line: string) => void;

/** The dependencies every role gets. */
export interface RoleBase {
  config: Config;
  metrics: Registry;
  log: Log;
  /** Aborted on SIGINT/SIGTERM (or by tests): the role finishes gracefully. */
  signal: AbortSignal;
}

/** Which adapter each port uses under `config`: the real engines when configured, else embedded. */
export function describeBackends(config: Config): { bus: Bus["kind"]; store: Store["kind"] } {
  return {
    bus: config.kafkaBootstrapServers ? "kafka" : "embedded",
    store: config.elasticsearchHost ? "elasticsearch" : "embedded",
  };
}

/** Resolves once `signal` is aborted (at once when it already is). */
export function aborted(signal: AbortSignal): Promise<void> {
  return signal.aborted
    ? Promise.resolve()
    : new Promise((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
}
