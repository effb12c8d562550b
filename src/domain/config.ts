/**
 * Runtime configuration: one zod schema, filled from flags over environment over
 * defaults. Every option has a flag and (where the original seed had one) an env name.
 *
 * @module
 */
import { z } from "zod";

export const ROLES = ["generator", "processor", "api", "seed", "all"] as const;
export type Role = (typeof ROLES)[number];

const ratio = z.coerce.number().min(0).max(1);

/** `--rate 500` or `--rate max`. */
export const Rate = z.union([z.literal("max"), z.coerce.number().positive().max(1_000_000)]);
export type Rate = z.infer<typeof Rate>;

/** `90`, `90s`, `5m`, `1h` → milliseconds. */
export const Duration = z.string().regex(/^\d+(\.\d+)?(ms|s|m|h)?$/, "a duration like 90s, 5m or 1h")
  .transform(
    (v) => {
      const m = v.match(/^(\d+(?:\.\d+)?)(ms|s|m|h)?$/)!;
      const n = Number(m[1]);
      const unit = m[2] ?? "s";
      return Math.round(n * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit]!);
    },
  );

/** Largest generator run number (event ids hold 24 bits of it). */
export const MAX_RUN = 0xff_ffff;

/** `true`/`false` from a flag, or `true`, `false`, `1`, `0` from the environment. */
const Flag = z.union([
  z.boolean(),
  z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1"),
], { error: "true, false, 1 or 0" });

/** SASL mechanisms kafkajs speaks; case-insensitive, as Kafka spells them upper-case. */
export const SASL_MECHANISMS = ["scram-sha-512", "scram-sha-256", "plain"] as const;
const SaslMechanism = z.preprocess(
  (v) => (typeof v === "string" ? v.toLowerCase() : v),
  z.enum(SASL_MECHANISMS),
);

/**
 * A URL with any `user:password@` replaced by `***@`, for every place a host is printed.
 *
 * @example
 * ```ts
 * redactUrlCredentials("https://elastic:s3cret@es:9200"); // "https://***@es:9200"
 * ```
 */
export function redactUrlCredentials(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@,]*@/gi, "$1***@");
}

export const Config = z.object({
  role: z.enum(ROLES).default("all"),
  host: z.string().min(1).default("0.0.0.0"),
  port: z.coerce.number().int().min(0).max(65535).default(8000),
  /** Elasticsearch URL(s), comma-separated for a cluster's nodes; unset → embedded search index. */
  elasticsearchHost: z.string().refine(
    (v) => v.split(",").every((u) => /^https?:\/\//.test(u.trim()) && URL.canParse(u.trim())),
    "http(s)://host:port[,http(s)://host:port…]",
  ).optional(),
  /** Kafka brokers `host:port[,host:port]`; unset → embedded in-memory log. */
  kafkaBootstrapServers: z.string().regex(/^[^\s,]+:\d+(,[^\s,]+:\d+)*$/, "host:port[,host:port…]")
    .optional(),
  productCount: z.coerce.number().int().min(1).max(1_000_000).default(50_000),
  eventsPerSecond: Rate.default(100),
  botTrafficRatio: ratio.default(0.1),
  fraudRatio: ratio.default(0.02),
  seed: z.coerce.number().int().min(0).default(42),
  /** Stop the generator after this many events. */
  events: z.coerce.number().int().positive().optional(),
  /** Stop the generator (or, with role=all, the whole program) after this long. */
  duration: Duration.optional(),
  /**
   * Generator run number: mixed into event, session and order ids so that no id repeats
   * across restarts. Unset → one more than the highest run found on the topics.
   */
  run: z.coerce.number().int().min(0).max(MAX_RUN).optional(),
  /** The generator gives up after the bus has been unreachable this long (unset → see `maxOutageMs`). */
  maxOutage: Duration.optional(),
  partitions: z.coerce.number().int().min(1).max(256).default(6),
  groupId: z.string().min(1).max(200).default("shopstream-processor"),
  checkpointIntervalSeconds: z.coerce.number().positive().max(3600).default(5),
  /** How often the processor writes the analytics that changed (ms). */
  flushIntervalMs: Duration.pipe(z.number().min(10).max(60_000)).default(200),
  /** Events further ahead of their append time are dead-lettered (ms). */
  maxFutureSkewMs: Duration.pipe(z.number().min(0).max(7 * 86_400_000)).default(300_000),
  /** Kafka consumer session timeout (ms): how soon a killed processor's partitions move on. */
  sessionTimeoutMs: Duration.pipe(z.number().min(1_000).max(300_000)).default(3_000),
  allowedLatenessSeconds: z.coerce.number().min(0).max(3600).default(30),
  /** Share of raw enriched events stored in the `events` index (0 = none, 1 = all). */
  eventsSample: ratio.default(0.1),
  /** Where embedded mode keeps its log, checkpoints and analytics between runs. */
  dataDir: z.string().min(1).default(".data"),
  /** Prefix for topic names: several demos (or tests) on one Kafka cluster. */
  topicPrefix: z.string().regex(/^[a-z0-9._-]*$/, "lowercase letters, digits, . _ -").max(40).default(""),
  /** Prefix for index names: several demos (or tests) on one Elasticsearch cluster. */
  indexPrefix: z.string().regex(/^[a-z0-9._-]*$/, "lowercase letters, digits, . _ -").max(40).default(""),
  corsOrigin: z.string().default("*"),
  /** Bearer token guarding endpoints that expose user ids (/fraud); unset = open. Never printed. */
  apiToken: z.string().min(16, "at least 16 characters").max(512)
    .regex(/^[\x21-\x7e]+$/, "printable ASCII without spaces").optional(),
  /** Re-create the products index before seeding. */
  recreate: z.boolean().default(false),
  /** Replication factor of the topics shopstream creates (3 on a cluster, with min.insync.replicas=2). */
  replicationFactor: z.coerce.number().int().min(1).max(7).default(1),
  /** Replicas per Elasticsearch index (1 on a cluster of ≥ 2 nodes). */
  indexReplicas: z.coerce.number().int().min(0).max(5).default(0),
  /** Elasticsearch API key (the base64 `encoded` form); instead of username/password. */
  elasticsearchApiKey: z.string().min(1).optional(),
  elasticsearchUsername: z.string().min(1).optional(),
  elasticsearchPassword: z.string().min(1).optional(),
  /** PEM file of the CA that signed Elasticsearch's HTTP certificate. */
  elasticsearchCaCert: z.string().min(1).optional(),
  /** TLS to the Kafka brokers (implied by --kafka-ssl-ca-cert). */
  kafkaSsl: Flag.default(false),
  /** PEM file of the CA that signed the brokers' certificates. */
  kafkaSslCaCert: z.string().min(1).optional(),
  /** SASL mechanism; scram-sha-512 when a username is given without one. */
  kafkaSaslMechanism: SaslMechanism.optional(),
  kafkaSaslUsername: z.string().min(1).optional(),
  kafkaSaslPassword: z.string().min(1).optional(),
}).superRefine((c, ctx) => {
  const pair = (user: unknown, password: unknown, userKey: string, passwordKey: string, what: string) => {
    if (user !== undefined && password === undefined) {
      ctx.addIssue({
        code: "custom",
        path: [passwordKey],
        message: `${what} username is set: set its password too`,
      });
    }
    if (password !== undefined && user === undefined) {
      ctx.addIssue({
        code: "custom",
        path: [userKey],
        message: `${what} password is set: set its username too`,
      });
    }
  };
  pair(
    c.elasticsearchUsername,
    c.elasticsearchPassword,
    "elasticsearchUsername",
    "elasticsearchPassword",
    "an Elasticsearch",
  );
  pair(c.kafkaSaslUsername, c.kafkaSaslPassword, "kafkaSaslUsername", "kafkaSaslPassword", "a Kafka SASL");
  if (c.elasticsearchApiKey !== undefined && c.elasticsearchUsername !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["elasticsearchApiKey"],
      message: "use either an API key or a username/password, not both",
    });
  }
  if (c.kafkaSaslMechanism !== undefined && c.kafkaSaslUsername === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["kafkaSaslUsername"],
      message: "a SASL mechanism needs a username and password",
    });
  }
  if (c.botTrafficRatio + c.fraudRatio > 1) {
    ctx.addIssue({ code: "custom", path: ["fraudRatio"], message: "bot + fraud ratios must not exceed 1" });
  }
});
export type Config = z.infer<typeof Config>;

/** When a generator run gives up on an unreachable bus: finite runs (`--events`, `--duration`) after 5 minutes. */
export const DEFAULT_MAX_OUTAGE_MS = 5 * 60_000;

/**
 * The generator's outage bound in ms: `--max-outage` when given; otherwise 5 minutes for
 * runs meant to finish (`--events` or `--duration`) and unbounded (undefined) for an
 * endless `--rate` stream, which should ride out any broker restart.
 */
export function maxOutageMs(config: Config): number | undefined {
  if (config.maxOutage !== undefined) return config.maxOutage;
  return config.events !== undefined || config.duration !== undefined ? DEFAULT_MAX_OUTAGE_MS : undefined;
}
export type ConfigInput = z.input<typeof Config>;

/** Flag name, env name and help text of each option, in help order. */
export const OPTIONS: {
  key: keyof ConfigInput;
  flag: string;
  env?: string;
  type: "string" | "boolean";
  help: string;
  /** The default as users write it, where the parsed value reads differently (durations). */
  shown?: string;
  /** A credential: never echoed back (errors, help). */
  secret?: true;
}[] = [
  { key: "role", flag: "role", env: "ROLE", type: "string", help: "generator, processor, api, seed or all" },
  { key: "host", flag: "host", env: "HOST", type: "string", help: "address the API listens on" },
  { key: "port", flag: "port", env: "PORT", type: "string", help: "API port (0 = any free port)" },
  {
    key: "elasticsearchHost",
    flag: "elasticsearch",
    env: "ELASTICSEARCH_HOST",
    type: "string",
    help: "Elasticsearch URL(s), comma-separated; unset = embedded search index",
  },
  {
    key: "kafkaBootstrapServers",
    flag: "kafka",
    env: "KAFKA_BOOTSTRAP_SERVERS",
    type: "string",
    help: "Kafka brokers host:port[,…]; unset = embedded log",
  },
  { key: "productCount", flag: "count", env: "PRODUCT_COUNT", type: "string", help: "products to seed" },
  {
    key: "eventsPerSecond",
    flag: "rate",
    env: "EVENTS_PER_SECOND",
    type: "string",
    help: "generator events per second, or max",
  },
  {
    key: "botTrafficRatio",
    flag: "bot-ratio",
    env: "BOT_TRAFFIC_RATIO",
    type: "string",
    help: "share of events that come from bots (0–1)",
  },
  {
    key: "fraudRatio",
    flag: "fraud-ratio",
    env: "FRAUD_RATIO",
    type: "string",
    help: "share of events that come from fraudsters (0–1)",
  },
  { key: "seed", flag: "seed", env: "SEED", type: "string", help: "random seed for catalog and clickstream" },
  { key: "events", flag: "events", env: "EVENTS", type: "string", help: "generator stops after N events" },
  {
    key: "duration",
    flag: "duration",
    env: "DURATION",
    type: "string",
    help: "generator (or --role=all) stops after e.g. 90s, 5m",
  },
  {
    key: "run",
    flag: "run",
    env: "GENERATOR_RUN",
    type: "string",
    help: "run number in generator ids (unset: last + 1)",
  },
  {
    key: "maxOutage",
    flag: "max-outage",
    env: "MAX_OUTAGE",
    type: "string",
    help: "generator gives up after a bus outage this long",
  },
  { key: "partitions", flag: "partitions", env: "PARTITIONS", type: "string", help: "partitions per topic" },
  { key: "groupId", flag: "group", env: "PROCESSOR_GROUP", type: "string", help: "processor consumer group" },
  {
    key: "checkpointIntervalSeconds",
    flag: "checkpoint-interval",
    env: "CHECKPOINT_INTERVAL_SECONDS",
    type: "string",
    help: "seconds between processor checkpoints",
  },
  {
    key: "flushIntervalMs",
    flag: "flush-interval",
    env: "FLUSH_INTERVAL",
    type: "string",
    help: "how often changed analytics are written (e.g. 200ms, 1s)",
    shown: "200ms",
  },
  {
    key: "maxFutureSkewMs",
    flag: "max-future-skew",
    env: "MAX_FUTURE_SKEW",
    type: "string",
    help: "events further ahead of their append time go to the dead-letter topic",
    shown: "5m",
  },
  {
    key: "sessionTimeoutMs",
    flag: "session-timeout",
    env: "KAFKA_SESSION_TIMEOUT",
    type: "string",
    help: "Kafka session timeout: a killed processor's partitions move after this",
    shown: "3s",
  },
  {
    key: "allowedLatenessSeconds",
    flag: "lateness",
    env: "ALLOWED_LATENESS_SECONDS",
    type: "string",
    help: "event-time lateness before an event counts as late",
  },
  {
    key: "eventsSample",
    flag: "events-sample",
    env: "EVENTS_SAMPLE",
    type: "string",
    help: "share of users whose every event is kept in the events index (orders always are)",
  },
  {
    key: "dataDir",
    flag: "data-dir",
    env: "DATA_DIR",
    type: "string",
    help: "embedded mode's data directory",
  },
  {
    key: "topicPrefix",
    flag: "topic-prefix",
    env: "TOPIC_PREFIX",
    type: "string",
    help: "prefix for topic names",
  },
  {
    key: "indexPrefix",
    flag: "index-prefix",
    env: "INDEX_PREFIX",
    type: "string",
    help: "prefix for index names",
  },
  { key: "corsOrigin", flag: "cors-origin", env: "CORS_ORIGIN", type: "string", help: "CORS allowed origin" },
  {
    key: "apiToken",
    flag: "api-token",
    env: "API_TOKEN",
    type: "string",
    help: "bearer token required by /fraud and /users/{id} (and fraud events on /stream)",
    secret: true,
  },
  { key: "recreate", flag: "recreate", type: "boolean", help: "seed: drop and re-create the products index" },
  {
    key: "replicationFactor",
    flag: "replication-factor",
    env: "KAFKA_REPLICATION_FACTOR",
    type: "string",
    help: "replication factor of created topics (≥ 3 adds min.insync.replicas=2)",
  },
  {
    key: "indexReplicas",
    flag: "index-replicas",
    env: "ES_INDEX_REPLICAS",
    type: "string",
    help: "replicas per created Elasticsearch index",
  },
  {
    key: "elasticsearchApiKey",
    flag: "elasticsearch-api-key",
    env: "ELASTICSEARCH_API_KEY",
    type: "string",
    help: "Elasticsearch API key (encoded form)",
    secret: true,
  },
  {
    key: "elasticsearchUsername",
    flag: "elasticsearch-username",
    env: "ELASTICSEARCH_USERNAME",
    type: "string",
    help: "Elasticsearch basic-auth user",
  },
  {
    key: "elasticsearchPassword",
    flag: "elasticsearch-password",
    env: "ELASTICSEARCH_PASSWORD",
    type: "string",
    help: "Elasticsearch basic-auth password",
    secret: true,
  },
  {
    key: "elasticsearchCaCert",
    flag: "elasticsearch-ca-cert",
    env: "ELASTICSEARCH_CA_CERT",
    type: "string",
    help: "PEM file of the CA that signed Elasticsearch's certificate",
  },
  { key: "kafkaSsl", flag: "kafka-ssl", env: "KAFKA_SSL", type: "boolean", help: "TLS to the Kafka brokers" },
  {
    key: "kafkaSslCaCert",
    flag: "kafka-ssl-ca-cert",
    env: "KAFKA_SSL_CA_CERT",
    type: "string",
    help: "PEM file of the CA that signed the brokers' certificates (implies TLS)",
  },
  {
    key: "kafkaSaslMechanism",
    flag: "kafka-sasl-mechanism",
    env: "KAFKA_SASL_MECHANISM",
    type: "string",
    help: "scram-sha-512 (default with a username), scram-sha-256 or plain",
  },
  {
    key: "kafkaSaslUsername",
    flag: "kafka-sasl-username",
    env: "KAFKA_SASL_USERNAME",
    type: "string",
    help: "Kafka SASL user",
  },
  {
    key: "kafkaSaslPassword",
    flag: "kafka-sasl-password",
    env: "KAFKA_SASL_PASSWORD",
    type: "string",
    help: "Kafka SASL password",
    secret: true,
  },
];
