/**
 * The generator role: resumes the simulated world from the topics (next run, totals so
 * far; see clickstream/position.ts) instead of replaying it, publishes the clickstream
 * at `--rate`, and rides out bus outages up to `--max-outage`.
 *
 * @module
 */
import { maxOutageMs } from "../domain/config.ts";
import { inputTopics, topicNames } from "../domain/event.ts";
import type { Product } from "../domain/product.ts";
import type { Bus } from "../bus/port.ts";
import { ensureInputTopics } from "../bus/topics.ts";
import { productAt } from "../catalog/generate.ts";
import { createEventStream } from "../clickstream/generator.ts";
import { runGenerator as publishClickstream } from "../clickstream/runner.ts";
import { resumePosition } from "../clickstream/position.ts";
import { timeSlicer } from "../shared/yield.ts";
import type { RoleBase } from "./context.ts";

/** What the generator needs: the bus it publishes to, besides config, metrics, log and signal. */
export interface GeneratorDeps extends RoleBase {
  bus: Bus;
}

/**
 * Publishes events until `--events` or `--duration` is reached or `signal` is aborted.
 *
 * @example
 * ```ts
 * import { Config } from "../domain/config.ts";
 * import { EmbeddedBus } from "../bus/embedded.ts";
 * import { Registry } from "../observability/metrics.ts";
 * import { runGenerator } from "./generator.ts";
 *
 * const bus = new EmbeddedBus();
 * const config = Config.parse({ events: 50, eventsPerSecond: "max", productCount: 100 });
 * await runGenerator({ bus, config, metrics: new Registry(), log: console.log, signal: new AbortController().signal });
 * await bus.close();
 * ```
 */
export async function runGenerator({ bus, config, metrics, log, signal }: GeneratorDeps): Promise<void> {
  const topics = topicNames(config.topicPrefix);
  await ensureInputTopics(bus, topics, config.partitions);
  const products = await catalogInSlices(config.productCount, config.seed);
  const { run, generated } = await resumePosition(bus, inputTopics(topics), config.run);
  const earlier = Object.values(generated).reduce((a, b) => a + b, 0);
  log(`[generator] run ${run}${earlier ? `, continuing after ${earlier} events of earlier runs` : ""}`);
  const publisher = await bus.publisher();
  const busName = bus.kind === "kafka" ? "Kafka" : "the bus";
  let lastLog = Date.now();
  try {
    const stats = await publishClickstream({
      publisher,
      stream: createEventStream({
        products,
        seed: config.seed,
        run,
        botRatio: config.botTrafficRatio,
        fraudRatio: config.fraudRatio,
        startTime: Date.now(),
        // With --rate max, event time keeps the default pace so sessions stay believable
        // (think times, bot bursts); events are then stamped behind the wall clock.
        nominalRate: config.eventsPerSecond === "max" ? 50 : config.eventsPerSecond,
      }),
      rate: config.eventsPerSecond,
      maxEvents: config.events,
      durationMs: config.duration,
      topics,
      run,
      partitions: (await bus.partitionCount(topics.search)) ?? config.partitions,
      generated,
      maxOutageMs: maxOutageMs(config),
      signal,
      metrics,
      onProgress: (p) => {
        if (Date.now() - lastLog < 10_000) return;
        lastLog = Date.now();
        log(`[generator] ${p.sent} events, ${Math.round(p.eventsPerSecond)}/s`);
      },
      onWaiting: (w) =>
        log(
          `[generator] ${busName} unreachable for ${Math.round(w.seconds)} s; retrying ` +
            `(${w.waiting.toLocaleString("en-US")} events waiting)`,
        ),
    });
    log(
      `[generator] done: ${stats.sent} events in ${stats.seconds.toFixed(1)} s ` +
        `(${Math.round(stats.eventsPerSecond)}/s); run ${run}, generated ${stats.total} in all runs`,
    );
  } finally {
    await publisher.close();
  }
}

/** The catalog the shoppers browse, built in slices so a co-hosted API keeps answering. */
async function catalogInSlices(count: number, seed: number): Promise<Product[]> {
  const slice = timeSlicer();
  const products: Product[] = [];
  for (let i = 0; i < count; i++) {
    products.push(productAt(seed, i));
    if (i % 100 === 99) await slice();
  }
  return products;
}
