/**
 * The processor role: one member of the `--group` consumer group, turning the input
 * topics into analytics in the store with its state checkpointed.
 *
 * @module
 */
import { topicNames } from "../domain/event.ts";
import type { Bus } from "../bus/port.ts";
import { ensureInputTopics } from "../bus/topics.ts";
import type { Store } from "../store/port.ts";
import { StreamProcessor } from "../processing/processor.ts";
import { OperatorOptions } from "../processing/partition_operators.ts";
import { aborted, type RoleBase } from "./context.ts";

/** What the processor needs: the bus it consumes and the store it writes, besides the basics. */
export interface ProcessorDeps extends RoleBase {
  bus: Bus;
  store: Store;
  /** Told after each flush that wrote something (the API's live stream pushes then). */
  onFlush?: () => void;
}

/**
 * Ensures the topics, then starts a processor with the config's group, intervals and
 * lateness; the caller stops it (`processor.stop()` writes a final checkpoint).
 */
export async function startProcessor(deps: ProcessorDeps): Promise<StreamProcessor> {
  const { bus, store, config, metrics, log } = deps;
  const topics = topicNames(config.topicPrefix);
  await ensureInputTopics(bus, topics, config.partitions);
  const processor = new StreamProcessor({
    bus,
    store,
    groupId: config.groupId,
    topics,
    operators: OperatorOptions.parse({ allowedLatenessMs: config.allowedLatenessSeconds * 1000 }),
    checkpointIntervalMs: config.checkpointIntervalSeconds * 1000,
    flushIntervalMs: config.flushIntervalMs,
    maxFutureSkewMs: config.maxFutureSkewMs,
    sessionTimeoutMs: config.sessionTimeoutMs,
    metrics,
    log,
    eventsSample: config.eventsSample,
    onFlush: deps.onFlush,
  });
  await processor.start();
  log(`[processor] group ${config.groupId} running`);
  return processor;
}

/**
 * Processes until `signal` is aborted, then stops with a final checkpoint.
 *
 * @example
 * ```ts
 * import { Config } from "../domain/config.ts";
 * import { createBus } from "../bus/mod.ts";
 * import { createStore } from "../store/mod.ts";
 * import { Registry } from "../observability/metrics.ts";
 * import { runProcessor } from "./processor.ts";
 *
 * const [bus, store] = await Promise.all([createBus({}), createStore({})]);
 * const stop = new AbortController();
 * const running = runProcessor({ bus, store, config: Config.parse({}), metrics: new Registry(), log: console.log, signal: stop.signal });
 * stop.abort();
 * await running;
 * await Promise.all([bus.close(), store.close()]);
 * ```
 */
export async function runProcessor(deps: ProcessorDeps): Promise<void> {
  const processor = await startProcessor(deps);
  await aborted(deps.signal);
  deps.log("[processor] stopping: final checkpoint");
  await processor.stop();
}
