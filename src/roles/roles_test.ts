/**
 * Each role on its own, in-process on the embedded adapters (`--role=all` as a whole is
 * covered end to end by tests/e2e/start_embedded_test.ts).
 */
import assert from "node:assert/strict";
import { Config } from "../domain/config.ts";
import { inputTopics, topicNames } from "../domain/event.ts";
import { EmbeddedBus } from "../bus/embedded.ts";
import { ensureInputTopics } from "../bus/topics.ts";
import { createStore } from "../store/mod.ts";
import { Registry } from "../observability/metrics.ts";
import { GENERATED_COUNTER, PROCESSED_COUNTER } from "../observability/names.ts";
import { ensureSeeded, runSeed } from "./seed.ts";
import { productAt } from "../catalog/generate.ts";
import { runGenerator } from "./generator.ts";
import { runProcessor } from "./processor.ts";
import { runApi } from "./api.ts";
import { backendProblem, ROLE_TABLE } from "./mod.ts";

const quiet = () => {};
const basics = (config: Partial<Record<string, unknown>>, signal = new AbortController().signal) => ({
  config: Config.parse(config),
  metrics: new Registry(),
  log: quiet,
  signal,
});
const counted = (metrics: Registry, name: string) => {
  const m = metrics.get(name);
  return m?.type === "counter" ? m.total() : 0;
};
const endTotal = async (bus: EmbeddedBus) =>
  (await bus.lag("nobody", inputTopics(topicNames()))).reduce((n, l) => n + Number(l.end), 0);

Deno.test("seed role indexes --count products into the store", async () => {
  const store = await createStore({});
  try {
    await runSeed({ store, config: Config.parse({ productCount: 450 }), log: quiet });
    assert.equal(await store.catalog.count(), 450);
  } finally {
    await store.close();
  }
});

Deno.test("a restart seeds again a store that holds another catalog than --seed's", async () => {
  const store = await createStore({});
  try {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    await runSeed({ store, config: Config.parse({ productCount: 300, seed: 7 }), log: quiet });
    await ensureSeeded({ store, config: Config.parse({ productCount: 300, seed: 7 }), log });
    assert.match(lines.at(-1)!, /300 products already indexed; skipping/);
    await ensureSeeded({ store, config: Config.parse({ productCount: 300, seed: 8 }), log });
    assert.match(lines.join("\n"), /not this version's catalog for --seed=8/);
    const ids = [0, 150, 299].map((i) => productAt(8, i));
    assert.ok(await store.catalog.holds(ids), "--seed=8's products now");
    assert.equal(await store.catalog.count(), 300);
  } finally {
    await store.close();
  }
});

Deno.test("generator role publishes exactly --events events on the bus", async () => {
  const bus = new EmbeddedBus();
  try {
    const deps = basics({ events: 120, eventsPerSecond: "max", productCount: 200, partitions: 3 });
    await runGenerator({ ...deps, bus });
    assert.equal(await endTotal(bus), 120);
    assert.equal(counted(deps.metrics, GENERATED_COUNTER), 120);
    assert.equal(await bus.partitionCount(topicNames().order), 3);
  } finally {
    await bus.close();
  }
});

Deno.test("processor role processes the events on the bus until it is stopped", async () => {
  const bus = new EmbeddedBus();
  const store = await createStore({});
  try {
    await runSeed({ store, config: Config.parse({ productCount: 200 }), log: quiet });
    await runGenerator({ ...basics({ events: 80, eventsPerSecond: "max", productCount: 200 }), bus });
    const stop = new AbortController();
    const deps = basics({ checkpointIntervalSeconds: 1 }, stop.signal);
    let processed = 0;
    const running = runProcessor({ ...deps, bus, store });
    for (const deadline = Date.now() + 30_000; Date.now() < deadline && processed < 80;) {
      await new Promise((r) => setTimeout(r, 50));
      processed = counted(deps.metrics, PROCESSED_COUNTER);
    }
    stop.abort();
    await running;
    assert.equal(processed, 80, "every published event is processed once");
  } finally {
    await bus.close();
    await store.close();
  }
});

Deno.test("api role answers /health on the port it bound, and stops on abort", async () => {
  const store = await createStore({});
  const stop = new AbortController();
  let health: { status: number; body: unknown } | undefined;
  try {
    await runApi({
      ...basics({ role: "api", host: "127.0.0.1", port: 0 }, stop.signal),
      store,
      version: "9.9.9",
      onListen: async ({ port }) => {
        try {
          const res = await fetch(`http://127.0.0.1:${port}/health`);
          health = { status: res.status, body: await res.json() };
        } finally {
          stop.abort();
        }
      },
    });
    assert.equal(health?.status, 200);
    assert.deepEqual(health?.body, { status: "ok", version: "9.9.9", role: "api" });
  } finally {
    await store.close();
  }
});

Deno.test("input topics with different partition counts are refused, naming each count", async () => {
  const bus = new EmbeddedBus();
  try {
    const t = topicNames("x.");
    await bus.ensureTopics([{ topic: t.order, partitions: 2 }]);
    await assert.rejects(() => ensureInputTopics(bus, t, 4), /x\.order-events=2/);
  } finally {
    await bus.close();
  }
});

Deno.test("the role table: only `all` runs on embedded stand-ins; others name the engine to configure", () => {
  assert.deepEqual(
    Object.entries(ROLE_TABLE).filter(([, r]) => r.embedded).map(([name]) => name),
    ["all"],
  );
  assert.equal(backendProblem(Config.parse({ role: "all" })), undefined);
  assert.match(backendProblem(Config.parse({ role: "generator" }))!, /KAFKA_BOOTSTRAP_SERVERS/);
  assert.match(backendProblem(Config.parse({ role: "seed" }))!, /ELASTICSEARCH_HOST/);
  assert.match(
    backendProblem(Config.parse({ role: "processor", kafkaBootstrapServers: "k:9092" }))!,
    /ELASTICSEARCH_HOST/,
  );
  assert.equal(backendProblem(Config.parse({ role: "api", elasticsearchHost: "http://es:9200" })), undefined);
});
