/**
 * Builds a `Bus`: Kafka when brokers are configured, the embedded log otherwise.
 *
 * @module
 */
import type { Bus } from "./port.ts";
import { KafkaBus } from "./kafka.ts";
import { EmbeddedBus } from "./embedded.ts";

export type * from "./port.ts";

export interface BusOptions {
  kafkaBrokers?: string[];
  /** Embedded only: persist the log and committed offsets here. */
  dataDir?: string;
  clientId?: string;
}

export function createBus(options: BusOptions): Bus {
  if (options.kafkaBrokers && options.kafkaBrokers.length > 0) {
    return new KafkaBus({ brokers: options.kafkaBrokers, clientId: options.clientId });
  }
  return new EmbeddedBus({ dataDir: options.dataDir });
}
