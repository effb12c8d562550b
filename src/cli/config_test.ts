import assert from "node:assert/strict";
import { loadConfig } from "./config.ts";

Deno.test("defaults give the embedded all-in-one demo on :8000", () => {
  const r = loadConfig([], {});
  assert.equal(r.ok, true);
  if (r.ok !== true) return;
  assert.equal(r.config.role, "all");
  assert.equal(r.config.port, 8000);
  assert.equal(r.config.kafkaBootstrapServers, undefined);
  assert.equal(r.config.elasticsearchHost, undefined);
});

Deno.test("flags override env, env overrides defaults", () => {
  const r = loadConfig(["--port=9001"], { PORT: "9000", EVENTS_PER_SECOND: "250", SEED: "7" });
  assert.equal(r.ok, true);
  if (r.ok !== true) return;
  assert.equal(r.config.port, 9001);
  assert.equal(r.config.eventsPerSecond, 250);
  assert.equal(r.config.seed, 7);
});

Deno.test("a bad flag is named in the error", () => {
  const r = loadConfig(["--role=nope"], {});
  assert.equal(r.ok, false);
  if (r.ok !== false) return;
  assert.match(r.error, /--role/);
});

Deno.test("a bad env var is named as the env var", () => {
  const r = loadConfig([], { BOT_TRAFFIC_RATIO: "1.5" });
  assert.equal(r.ok, false);
  if (r.ok !== false) return;
  assert.match(r.error, /BOT_TRAFFIC_RATIO \(env\)/);
});

Deno.test("unknown flags are rejected by name", () => {
  const r = loadConfig(["--colour=red"], {});
  assert.equal(r.ok, false);
  if (r.ok !== false) return;
  assert.match(r.error, /--colour/);
});

Deno.test("rate accepts max and durations parse units", () => {
  const r = loadConfig(["--rate=max", "--duration=2m"], {});
  assert.equal(r.ok, true);
  if (r.ok !== true) return;
  assert.equal(r.config.eventsPerSecond, "max");
  assert.equal(r.config.duration, 120_000);
});

Deno.test("kafka brokers must look like host:port", () => {
  const r = loadConfig(["--kafka=localhost"], {});
  assert.equal(r.ok, false);
  if (r.ok !== false) return;
  assert.match(r.error, /--kafka/);
});
