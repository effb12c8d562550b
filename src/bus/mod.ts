/**
 * Builds a `Bus`: Kafka when brokers are configured, the embedded log otherwise.
 *
 * The Kafka adapter is imported only when it is picked, so the embedded demo never loads
 * kafkajs. Its specifier is computed rather than a string literal on purpose: Deno
 * prefetches the packages of literal dynamic imports at start-up, and a first
 * `deno task start` on an empty cache should download only what it runs.
 * (`deno task compile` therefore names the adapter modules with `--include`.)
 *
 * @module
 */
import type { Bus } from "./port.ts";
import { EmbeddedBus } from "./embedded.ts";
import type { KafkaConnection } from "./kafka_client.ts";

export type * from "./port.ts";

const KAFKA_ADAPTER = new URL("./kafka.ts", import.meta.url).href;

/** What `createBus` picks the adapter from. */
export interface BusOptions {
  kafkaBrokers?: string[];
  /** Embedded only: persist the log and committed offsets here. */
  dataDir?: string;
  clientId?: string;
  /** Kafka only: of created topics (3 on a cluster; adds min.insync.replicas=2). */
  replicationFactor?: number;
  /** Kafka only: TLS, its CA and SASL credentials. */
  kafkaSecurity?: Omit<KafkaConnection, "brokers">;
}

/**
 * The Kafka adapter when `kafkaBrokers` is non-empty, else the embedded log (kept in
 * memory, or under `dataDir`).
 *
 * @example
 * ```ts
 * import { createBus } from "./mod.ts";
 *
 * const bus = await createBus({}); // embedded: no kafkajs loaded
 * console.log(bus.kind); // "embedded"
 * await bus.close();
 * ```
 */
export async function createBus(options: BusOptions): Promise<Bus> {
  if (options.kafkaBrokers && options.kafkaBrokers.length > 0) {
    const { KafkaBus }: typeof import("./kafka.ts") = await import(KAFKA_ADAPTER);
    return new KafkaBus({
      ...options.kafkaSecurity,
      brokers: options.kafkaBrokers,
      clientId: options.clientId,
      replicationFactor: options.replicationFactor,
    });
  }
  return new EmbeddedBus({ dataDir: options.dataDir });
}
