import assert from "node:assert/strict";
import { helpText, loadConfig } from "./config.ts";
import { redactUrlCredentials } from "../domain/config.ts";

Deno.test("a rejected credential option names the option but never echoes the value", () => {
  const r = loadConfig(["--role=api", "--elasticsearch-password=hunter2-secret"], {});
  assert.equal(r.ok, false);
  const error = (r as { error: string }).error;
  assert.match(error, /--elasticsearch-username/);
  assert.ok(!error.includes("hunter2-secret"));

  const env = loadConfig(["--role=api"], { KAFKA_SASL_PASSWORD: "s3cret-value" });
  assert.equal(env.ok, false);
  assert.match((env as { error: string }).error, /--kafka-sasl-username/);
  assert.ok(!(env as { error: string }).error.includes("s3cret-value"));
});

Deno.test("an invalid Elasticsearch URL is echoed with its user:password@ redacted", () => {
  const r = loadConfig(["--role=api", "--elasticsearch=https://elastic:pw-in-url@bad host:9200"], {});
  assert.equal(r.ok, false);
  const error = (r as { error: string }).error;
  assert.match(error, /invalid --elasticsearch/);
  assert.match(error, /https:\/\/\*\*\*@bad host/);
  assert.ok(!error.includes("pw-in-url"));
  assert.equal(redactUrlCredentials("http://a:b@x:1,https://c@y:2"), "http://***@x:1,https://***@y:2");
});

Deno.test("secured-connection and cluster options parse from flags and env", () => {
  const r = loadConfig(["--role=api", "--kafka-ssl", "--kafka-sasl-mechanism=SCRAM-SHA-512"], {
    ELASTICSEARCH_HOST: "https://127.0.0.1:9200,https://127.0.0.1:9201",
    ELASTICSEARCH_API_KEY: "a2V5",
    KAFKA_SASL_USERNAME: "shopstream",
    KAFKA_SASL_PASSWORD: "pw",
    KAFKA_REPLICATION_FACTOR: "3",
    ES_INDEX_REPLICAS: "1",
  });
  assert.ok(r.ok === true, JSON.stringify(r));
  assert.equal(r.config.kafkaSsl, true);
  assert.equal(r.config.kafkaSaslMechanism, "scram-sha-512");
  assert.equal(r.config.replicationFactor, 3);
  assert.equal(r.config.indexReplicas, 1);
  assert.equal(r.config.elasticsearchApiKey, "a2V5");

  const env = loadConfig(["--role=api"], { KAFKA_SSL: "1" });
  assert.ok(env.ok === true && env.config.kafkaSsl === true);
  const bad = loadConfig(["--role=api"], { KAFKA_SSL: "yes" });
  assert.match((bad as { error: string }).error, /invalid KAFKA_SSL \(env\)/);
  const both = loadConfig(["--role=api", "--elasticsearch-api-key=k", "--elasticsearch-username=u"], {
    ELASTICSEARCH_PASSWORD: "p",
  });
  assert.match((both as { error: string }).error, /--elasticsearch-api-key.*either an API key/);
});

Deno.test("--help lists the credential options without any value", () => {
  const text = helpText("0");
  for (
    const flag of [
      "elasticsearch-api-key",
      "elasticsearch-password",
      "kafka-sasl-password",
      "kafka-ssl-ca-cert",
    ]
  ) {
    assert.match(text, new RegExp(`--${flag}`));
  }
});
