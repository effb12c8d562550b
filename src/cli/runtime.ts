/**
 * Picks the adapters for a role from the config: Kafka and Elasticsearch when
 * configured, the embedded stand-ins otherwise. Roles receive these; none of them
 * imports kafkajs or the ES client.
 *
 * @module
 */
import type { Config, Role } from "../domain/config.ts";
import type { Bus } from "../bus/port.ts";
import type { Store } from "../store/port.ts";

/** Why a role cannot run on what is configured, or undefined when it can. */
export function backendProblem(config: Config): string | undefined {
  const needsKafka: Role[] = ["generator", "processor"];
  const needsEs: Role[] = ["processor", "api", "seed"];
  if (needsKafka.includes(config.role) && !config.kafkaBootstrapServers) {
    return `--role=${config.role} needs Kafka: set KAFKA_BOOTSTRAP_SERVERS or --kafka=host:port. ` +
      `The embedded log only connects roles inside one process; use --role=all for the embedded demo.`;
  }
  if (needsEs.includes(config.role) && !config.elasticsearchHost) {
    return `--role=${config.role} needs Elasticsearch: set ELASTICSEARCH_HOST or --elasticsearch=http://host:9200. ` +
      `The embedded index lives inside one process; use --role=all for the embedded demo.`;
  }
  return undefined;
}

export function describeBackends(config: Config): { bus: Bus["kind"]; store: Store["kind"] } {
  return {
    bus: config.kafkaBootstrapServers ? "kafka" : "embedded",
    store: config.elasticsearchHost ? "elasticsearch" : "embedded",
  };
}
