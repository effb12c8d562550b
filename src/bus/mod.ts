/**
 * Builds a `Bus`: Kafka when brokers are configured, the embedded log otherwise.
 *
 * @module
 */
import type { Bus } from "./port.ts";
import { KafkaBus } from "./kafka.ts";
import { EmbeddedBus } from "./embedded.ts";
import type { KafkaConnection } from "./kafka_client.ts";

export type * from "./port.ts";

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

export function createBus(options: BusOptions): Bus {
  if (options.kafkaBrokers && options.kafkaBrokers.length > 0) {
    return new KafkaBus({
      ...options.kafkaSecurity,
      brokers: options.kafkaBrokers,
      clientId: options.clientId,
      replicationFactor: options.replicationFactor,
    });
  }
  return new EmbeddedBus({ dataDir: options.dataDir });
}
