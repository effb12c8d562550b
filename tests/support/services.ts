/**
 * How tests find the live Kafka and Elasticsearch that `deno task services start`
 * (or `.ci/run`) started.
 *
 * An integration test is declared with `integrationTest`. Without the service's env
 * var it is *ignored* — visibly, in Deno's summary — and `.ci/run` fails any run that
 * ignored a test. With `SHOPSTREAM_REQUIRE_SERVICES=1` a missing variable is a failure
 * instead, so an integration test can never pass without touching the real engine.
 *
 * @module
 */

/** `secure-*`: the TLS + credentials services of `scripts/services.sh start --secure` (secure.env). */
export type Service = "kafka" | "elasticsearch" | "secure-kafka" | "secure-elasticsearch";

export function kafkaBrokers(): string[] | undefined {
  const v = Deno.env.get("KAFKA_BOOTSTRAP_SERVERS");
  return v ? v.split(",").map((s) => s.trim()).filter(Boolean) : undefined;
}

export function elasticsearchHost(): string | undefined {
  return Deno.env.get("ELASTICSEARCH_HOST") || undefined;
}

/** The secured Elasticsearch (HTTPS, `elastic`'s password, an API key, the CA file), from SECURE_* env. */
export function secureElasticsearch():
  | { host: string; caCert: string; username: string; password: string; apiKey: string }
  | undefined {
  const e = (n: string) => Deno.env.get(`SECURE_ELASTICSEARCH_${n}`) || undefined;
  const [host, caCert, username, password, apiKey] = ["HOST", "CA_CERT", "USERNAME", "PASSWORD", "API_KEY"]
    .map(e);
  return host && caCert && username && password && apiKey
    ? { host, caCert, username, password, apiKey }
    : undefined;
}

/** The SASL_SSL Kafka listener (SCRAM user, the CA file), from SECURE_* env. */
export function secureKafka():
  | { brokers: string; caCert: string; mechanism: string; username: string; password: string }
  | undefined {
  const e = (n: string) => Deno.env.get(`SECURE_KAFKA_${n}`) || undefined;
  const [brokers, caCert, mechanism, username, password] = [
    "BOOTSTRAP_SERVERS",
    "SSL_CA_CERT",
    "SASL_MECHANISM",
    "SASL_USERNAME",
    "SASL_PASSWORD",
  ].map(e);
  return brokers && caCert && mechanism && username && password
    ? { brokers, caCert, mechanism, username, password }
    : undefined;
}

const required = Deno.env.get("SHOPSTREAM_REQUIRE_SERVICES") === "1";

function available(service: Service): boolean {
  switch (service) {
    case "kafka":
      return kafkaBrokers() !== undefined;
    case "elasticsearch":
      return elasticsearchHost() !== undefined;
    case "secure-kafka":
      return secureKafka() !== undefined;
    case "secure-elasticsearch":
      return secureElasticsearch() !== undefined;
  }
}

/**
 * Opting a live test out of Deno's op or resource sanitizer: only for a leak inside a
 * library, named with the resource and why it outlives the test.
 */
export interface SanitizerOptOut {
  ops?: false;
  resources?: false;
  /** The resource the library leaks and why, e.g. "kafkajs: …". */
  because: string;
}

/**
 * Declares a test that needs the live services. Deno's op and resource sanitizers stay
 * on (a test must close what it opens), unless `sanitizers` names a library's leak.
 */
export function integrationTest(
  name: string,
  needs: Service[],
  fn: (t: Deno.TestContext) => Promise<void>,
  options: { timeoutMs?: number; sanitizers?: SanitizerOptOut } = {},
): void {
  const missing = needs.filter((s) => !available(s));
  Deno.test({
    name: `[live ${needs.join("+")}] ${name}`,
    ignore: missing.length > 0 && !required,
    sanitizeOps: options.sanitizers?.ops ?? true,
    sanitizeResources: options.sanitizers?.resources ?? true,
    fn: async (t) => {
      if (missing.length > 0) {
        throw new Error(
          `SHOPSTREAM_REQUIRE_SERVICES=1 but ${missing.join(", ")} not configured ` +
            `(set KAFKA_BOOTSTRAP_SERVERS / ELASTICSEARCH_HOST, or run: deno task services start; ` +
            `secure-*: source secure.env of: deno task services start --secure)`,
        );
      }
      const timeoutMs = options.timeoutMs ?? 120_000;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`test timed out after ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        await Promise.race([fn(t), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  });
}

/**
 * The Elasticsearch client's leak: its HTTP layer (undici, under @elastic/transport)
 * keeps a module-level "fast timer" (`lib/util/timers.js`, a Node timeout refreshed
 * once a second for socket header/body timeouts) running after `client.close()`; it is
 * shared by every client in the process and stops by itself only later.
 */
export const ES_CLIENT_TIMER: SanitizerOptOut = {
  // Deno 2.9 reports these Node timers under both sanitizers: turning off either alone fails.
  ops: false,
  resources: false,
  because: "undici's module-level FastTimer outlives client.close() (shared by all ES clients)",
};

/** A unique lowercase name for test-scoped topics and indices. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}
