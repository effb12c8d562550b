/**
 * Builds the kafkajs client: brokers, TLS (a CA file) and SASL (SCRAM-SHA-512 by
 * default), and turns the failures a user fixes in the configuration (rejected
 * credentials, an untrusted certificate, a TLS listener spoken to in plaintext) into
 * messages that name the option, never the secret.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createKafkaClient, type KafkaConnection } from "./kafka_client.ts";
 *
 * const connection: KafkaConnection = {
 *   brokers: ["broker:9093"],
 *   ssl: true, // the system's CAs; `caCertPath: "/etc/kafka/ca.crt"` names another one
 *   sasl: { mechanism: "scram-sha-512", username: "shopstream", password: "…" },
 * };
 * // Nothing connects yet: `kafka.producer().connect()` and the like reach the brokers.
 * const kafka = createKafkaClient(connection, { clientId: "shopstream" });
 * assert.equal(typeof kafka.producer, "function");
 *
 * // A CA file that cannot be read fails at once, naming the option to fix.
 * assert.throws(
 *   () => createKafkaClient({ ...connection, caCertPath: "/no/such/ca.crt" }),
 *   /cannot read --kafka-ssl-ca-cert \(KAFKA_SSL_CA_CERT\) file \/no\/such\/ca\.crt/,
 * );
 * ```
 * @module
 */
import {
  type Admin,
  type AdminConfig,
  type Consumer,
  type ConsumerConfig,
  Kafka,
  type KafkaConfig,
  type Producer,
  type ProducerConfig,
  type SASLOptions,
} from "./kafkajs.ts";
import { installFastEncoder } from "./kafkajs_encoder.ts";

/** SASL with a username and password (kafkajs' built-in mechanisms). */
export type KafkaSasl = Extract<SASLOptions, { mechanism: "scram-sha-512" | "scram-sha-256" | "plain" }>;

/** Where the brokers are and how to reach them securely. */
export interface KafkaConnection {
  brokers: string[];
  /** TLS to the brokers (implied by `caCertPath`). */
  ssl?: boolean;
  /** Path of a PEM file: the CA that signed the brokers' certificates (else the system's CAs). */
  caCertPath?: string;
  sasl?: KafkaSasl;
}

/** Where each setting comes from, for messages that tell the user what to change. */
const OPTION = {
  sasl: "--kafka-sasl-username/--kafka-sasl-password (KAFKA_SASL_USERNAME/KAFKA_SASL_PASSWORD)",
  mechanism: "--kafka-sasl-mechanism (KAFKA_SASL_MECHANISM)",
  caCert: "--kafka-ssl-ca-cert (KAFKA_SSL_CA_CERT)",
  ssl: "--kafka-ssl (KAFKA_SSL=true)",
};

const TLS_FAILURE = /certificate|self[- ]signed|UNABLE_TO_VERIFY|CERT_|unknown ca/i;
const DROPPED = /KafkaJSConnectionClosedError|KafkaJSRequestTimeoutError|KafkaJSNumberOfRetriesExceeded/;

/** A readable error for the failures a user fixes in the configuration; others unchanged. */
export function explainKafkaError(error: unknown, connection: KafkaConnection): unknown {
  if (!(error instanceof Error)) return error;
  const text = `${error.name}: ${error.message} ${String((error as { cause?: unknown }).cause ?? "")}`;
  const brokers = connection.brokers.join(",");
  if (/SASL|authentication failed|Authentication failed/i.test(text) && connection.sasl) {
    return new Error(
      `Kafka at ${brokers} rejected the SASL ${connection.sasl.mechanism.toUpperCase()} credentials: ` +
        `check ${OPTION.sasl} and ${OPTION.mechanism}`,
    );
  }
  if (TLS_FAILURE.test(text)) {
    const fix = connection.caCertPath
      ? `check that ${OPTION.caCert} (${connection.caCertPath}) is the CA that signed the brokers' certificates`
      : `set ${OPTION.caCert} to the CA that signed the brokers' certificates`;
    return new Error(`TLS to Kafka at ${brokers} failed (${error.message}): ${fix}`);
  }
  if (DROPPED.test(text) && (!connection.ssl && !connection.caCertPath || !connection.sasl)) {
    error.message += ` (if the listener at ${brokers} is SASL_SSL, set ${OPTION.ssl} and ${OPTION.sasl})`;
  }
  return error;
}

function readCaCert(path: string): string {
  try {
    return Deno.readTextFileSync(path);
  } catch (e) {
    throw new Error(`cannot read ${OPTION.caCert} file ${path}: ${(e as Error).message}`);
  }
}

/** `connect()` that fails with `explainKafkaError`'s message. */
function explainingConnect<T extends Admin | Producer | Consumer>(client: T, connection: KafkaConnection): T {
  const connect = client.connect.bind(client);
  client.connect = async () => {
    try {
      await connect();
    } catch (e) {
      throw explainKafkaError(e, connection);
    }
  };
  return client;
}

/** kafkajs' client whose admins, producers and consumers explain configuration failures on connect. */
class ExplainingKafka extends Kafka {
  readonly #connection: KafkaConnection;
  constructor(config: KafkaConfig, connection: KafkaConnection) {
    super(config);
    this.#connection = connection;
  }
  override admin(config?: AdminConfig): Admin {
    return explainingConnect(super.admin(config), this.#connection);
  }
  override producer(config?: ProducerConfig): Producer {
    return explainingConnect(super.producer(config), this.#connection);
  }
  override consumer(config: ConsumerConfig): Consumer {
    return explainingConnect(super.consumer(config), this.#connection);
  }
}

/** The kafkajs client for `connection`; `config` carries the rest (client id, logging, retries). */
export function createKafkaClient(
  connection: KafkaConnection,
  config: Omit<KafkaConfig, "brokers" | "ssl" | "sasl"> = {},
): Kafka {
  installFastEncoder();
  const tls = connection.ssl || connection.caCertPath !== undefined;
  return new ExplainingKafka({
    ...config,
    brokers: connection.brokers,
    ssl: tls ? (connection.caCertPath ? { ca: [readCaCert(connection.caCertPath)] } : true) : undefined,
    sasl: connection.sasl ? { ...connection.sasl } : undefined,
  }, connection);
}
