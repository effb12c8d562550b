/**
 * The whole pipeline against secured services: Elasticsearch over HTTPS with a password
 * (and an API key for the API role), Kafka over SASL_SSL with SCRAM-SHA-512, each
 * trusting only the dev CA that `scripts/services.sh start --secure` made. Real
 * `main.ts` subprocesses (seed, generator, processor, api); no secret may appear in any
 * of their logs, in `/stats` or in `--help`, and a wrong password fails with a message
 * that names the option to fix, not the value.
 */
import assert from "node:assert/strict";
import {
  ES_CLIENT_TIMER,
  integrationTest,
  secureElasticsearch,
  secureKafka,
  uniqueName,
} from "../support/services.ts";
import { type AppProcess, eventually, startApp } from "../support/app_process.ts";
import { topicNames } from "../../src/domain/event.ts";
import { createKafkaClient } from "../../src/bus/kafka_client.ts";
import { createElasticsearchClient } from "../../src/store/elasticsearch/client.ts";
import { StatsSnapshot } from "../../src/domain/stats.ts";

const EVENTS = 2000;
const PRODUCTS = 300;
const PARTITIONS = 3;

/** Env for main.ts: only the secured services, with password auth on both. */
function securedEnv(): Record<string, string> {
  const es = secureElasticsearch()!;
  const kafka = secureKafka()!;
  return {
    KAFKA_BOOTSTRAP_SERVERS: kafka.brokers,
    KAFKA_SSL: "true",
    KAFKA_SSL_CA_CERT: kafka.caCert,
    KAFKA_SASL_MECHANISM: kafka.mechanism,
    KAFKA_SASL_USERNAME: kafka.username,
    KAFKA_SASL_PASSWORD: kafka.password,
    ELASTICSEARCH_HOST: es.host,
    ELASTICSEARCH_CA_CERT: es.caCert,
    ELASTICSEARCH_USERNAME: es.username,
    ELASTICSEARCH_PASSWORD: es.password,
    ELASTICSEARCH_API_KEY: "",
  };
}

function secrets(): string[] {
  const es = secureElasticsearch()!;
  return [es.password, es.apiKey, secureKafka()!.password];
}

function assertNoSecret(where: string, text: string) {
  for (const secret of secrets()) {
    assert.ok(!text.includes(secret), `a secret value appears in ${where}`);
  }
}

/** Deletes the test's topics and indices on the secured services. */
async function cleanUp(topicPrefix: string, indexPrefix: string) {
  const kafka = secureKafka()!;
  const admin = createKafkaClient({
    brokers: kafka.brokers.split(","),
    caCertPath: kafka.caCert,
    sasl: { mechanism: "scram-sha-512", username: kafka.username, password: kafka.password },
  }).admin();
  await admin.connect();
  const t = topicNames(topicPrefix);
  await admin.deleteTopics({ topics: [t.search, t.product, t.order, t.deadLetter] }).catch(() => {});
  await admin.disconnect();
  const es = secureElasticsearch()!;
  const client = createElasticsearchClient({
    host: es.host,
    caCertPath: es.caCert,
    auth: { username: es.username, password: es.password },
  });
  await client.indices.delete({ index: `${indexPrefix}*`, ignore_unavailable: true, allow_no_indices: true });
  await client.close();
}

integrationTest(
  "the pipeline runs on TLS + password Elasticsearch and SASL_SSL Kafka, and no secret leaks into logs or /stats",
  ["secure-kafka", "secure-elasticsearch"],
  async () => {
    const name = uniqueName("secured");
    const topicPrefix = `${name}.`;
    const indexPrefix = `${name}-`;
    const env = securedEnv();
    const common = [`--topic-prefix=${topicPrefix}`, `--index-prefix=${indexPrefix}`, `--count=${PRODUCTS}`];
    const started: AppProcess[] = [];
    try {
      const seed = await startApp(["--role=seed", ...common], { env, readyPattern: /\[seed\]/ });
      started.push(seed);
      assert.equal(await seed.exited(), 0, seed.log());

      const generator = await startApp(
        ["--role=generator", ...common, `--events=${EVENTS}`, "--rate=max", `--partitions=${PARTITIONS}`],
        { env, readyPattern: /\[generator\]/ },
      );
      started.push(generator);
      assert.equal(await generator.exited(), 0, generator.log());
      assert.match(generator.log(), new RegExp(`done: ${EVENTS} events`));

      const processor = await startApp(
        [
          "--role=processor",
          "--port=0",
          ...common,
          `--group=${name}`,
          `--partitions=${PARTITIONS}`,
          "--checkpoint-interval=1",
        ],
        { env, readyPattern: /\[processor\] group \S+ running/ },
      );
      started.push(processor);

      // The API authenticates with the API key instead of the password.
      const api = await startApp(
        ["--role=api", "--port=0", "--host=127.0.0.1", ...common, `--group=${name}`],
        {
          env: {
            ...env,
            ELASTICSEARCH_USERNAME: "",
            ELASTICSEARCH_PASSWORD: "",
            ELASTICSEARCH_API_KEY: secureElasticsearch()!.apiKey,
          },
        },
      );
      started.push(api);

      const stats = await eventually(async () => {
        const res = await fetch(`${api.baseUrl}/stats`);
        const text = await res.text();
        if (res.status !== 200) return undefined;
        const body = StatsSnapshot.parse(JSON.parse(text));
        const seen = body.events.total + body.dead_letters + body.late_events;
        return seen >= EVENTS ? { body, text } : undefined;
      }, { timeoutMs: 120_000, intervalMs: 500, what: `${EVENTS} events in /stats` });
      assert.equal(stats.body.backend.bus, "kafka");
      assert.equal(stats.body.backend.store, "elasticsearch");
      assert.ok(stats.body.events.total > 0, "events reached /stats");
      assertNoSecret("/stats", stats.text);

      const trending = await fetch(`${api.baseUrl}/trending?minutes=60&limit=5`);
      assert.equal(trending.status, 200);
      const body = await trending.json() as { items: unknown[] };
      assert.ok(body.items.length > 0, "/trending answers with products");

      const ready = await fetch(`${api.baseUrl}/ready`);
      assert.equal(ready.status, 200, await ready.text());
    } finally {
      for (const app of started) await app.stop();
      for (const app of started) assertNoSecret(`the log of ${app.log().split("\n")[0]}`, app.log());
      await cleanUp(topicPrefix, indexPrefix);
    }

    const help = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", new URL("../../main.ts", import.meta.url).pathname, "--help"],
      env,
      stdout: "piped",
      stderr: "piped",
    }).output();
    const helpText = new TextDecoder().decode(help.stdout);
    assert.match(helpText, /--elasticsearch-password/);
    assert.match(helpText, /--kafka-sasl-password/);
    assertNoSecret("--help", helpText + new TextDecoder().decode(help.stderr));
  },
  { timeoutMs: 240_000, sanitizers: ES_CLIENT_TIMER },
);

integrationTest(
  "a wrong password fails with a message naming the option, never the value",
  ["secure-kafka", "secure-elasticsearch"],
  async () => {
    const name = uniqueName("wrongpw");
    const wrong = `not-the-password-${crypto.randomUUID()}`;

    const seed = await startApp(["--role=seed", `--index-prefix=${name}-`, "--count=10"], {
      env: { ...securedEnv(), ELASTICSEARCH_PASSWORD: wrong },
      readyPattern: /\[seed\]/,
    });
    assert.notEqual(await seed.exited(), 0, seed.log());
    assert.match(seed.log(), /rejected the credentials \(HTTP 401\)/);
    assert.match(seed.log(), /--elasticsearch-password/);
    assert.ok(!seed.log().includes(wrong), "the wrong password is not echoed");
    assertNoSecret("the failed seed's log", seed.log());

    const generator = await startApp(
      ["--role=generator", `--topic-prefix=${name}.`, "--events=10", "--count=10"],
      { env: { ...securedEnv(), KAFKA_SASL_PASSWORD: wrong }, readyPattern: /\[generator\]/ },
    );
    assert.notEqual(await generator.exited(), 0, generator.log());
    assert.match(generator.log(), /rejected the SASL SCRAM-SHA-512 credentials/);
    assert.match(generator.log(), /--kafka-sasl-password/);
    assert.ok(!generator.log().includes(wrong), "the wrong password is not echoed");
    assertNoSecret("the failed generator's log", generator.log());
  },
  { timeoutMs: 120_000, sanitizers: ES_CLIENT_TIMER },
);
