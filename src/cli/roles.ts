/**
 * The roles `main.ts` runs. `all` composes the others in one process, which is what
 * makes the embedded demo possible (the embedded log connects roles only in-process).
 *
 * @module
 */
import { type Config, maxOutageMs } from "../domain/config.ts";
import { inputTopics, topicNames } from "../domain/event.ts";
import { createBus } from "../bus/mod.ts";
import type { Bus } from "../bus/port.ts";
import { createStore } from "../store/mod.ts";
import type { Store } from "../store/port.ts";
import { generateCatalog } from "../catalog/generate.ts";
import { seedCatalog } from "../catalog/seed.ts";
import { createEventStream } from "../clickstream/generator.ts";
import { runGenerator } from "../clickstream/runner.ts";
import { resumePosition } from "../clickstream/position.ts";
import { StreamProcessor } from "../processing/processor.ts";
import { OperatorOptions } from "../processing/partition_operators.ts";
import { createApp } from "../api/app.ts";
import { createStatsSource } from "../api/stats_source.ts";
import { Registry } from "../observability/metrics.ts";
import { ActiveUsers } from "../observability/active_users.ts";
import { backendProblem, describeBackends } from "./runtime.ts";

/** One per process: the processor feeds it, the API's stats read it. */
const activeUsers = new ActiveUsers();

export interface RoleContext {
  version: string;
  /** Aborted on SIGINT/SIGTERM (or by tests). */
  signal?: AbortSignal;
  log?: (line: string) => void;
  /** Called with the bound API address once it listens (tests use port 0). */
  onListen?: (addr: { hostname: string; port: number }) => void;
}

const defaultLog = (line: string) => console.error(`${new Date().toISOString()} ${line}`);

/** Runs the configured role until it finishes or is signalled; resolves with an exit code. */
export async function runRole(config: Config, ctx: RoleContext): Promise<number> {
  const log = ctx.log ?? defaultLog;
  const problem = backendProblem(config);
  if (problem) {
    log(`error: ${problem}`);
    return 2;
  }
  const controller = new AbortController();
  const stop = () => controller.abort();
  ctx.signal?.addEventListener("abort", stop);
  const signals: Deno.Signal[] = ["SIGINT", "SIGTERM"];
  for (const s of signals) Deno.addSignalListener(s, stop);
  if (config.duration && config.role === "all") setTimeout(stop, config.duration);

  const backends = describeBackends(config);
  log(`[${config.role}] bus=${backends.bus} store=${backends.store}`);
  const metrics = new Registry();
  const needsBus = config.role !== "seed" && config.role !== "api";
  const bus = needsBus || config.kafkaBootstrapServers
    ? createBus({
      kafkaBrokers: config.kafkaBootstrapServers?.split(","),
      dataDir: `${config.dataDir}/bus`,
      clientId: `shopstream-${config.role}`,
      replicationFactor: config.replicationFactor,
      kafkaSecurity: {
        ssl: config.kafkaSsl,
        caCertPath: config.kafkaSslCaCert,
        sasl: config.kafkaSaslUsername && config.kafkaSaslPassword
          ? {
            mechanism: config.kafkaSaslMechanism ?? "scram-sha-512",
            username: config.kafkaSaslUsername,
            password: config.kafkaSaslPassword,
          }
          : undefined,
      },
    })
    : undefined;
  const store = config.role === "generator" ? undefined : createStore({
    elasticsearchHost: config.elasticsearchHost,
    indexPrefix: config.indexPrefix,
    dataDir: `${config.dataDir}/store`,
    indexReplicas: config.indexReplicas,
    elasticsearchAuth: {
      apiKey: config.elasticsearchApiKey,
      username: config.elasticsearchUsername,
      password: config.elasticsearchPassword,
    },
    elasticsearchCaCert: config.elasticsearchCaCert,
  });

  try {
    switch (config.role) {
      case "seed":
        await seed(config, store!, log);
        return 0;
      case "generator":
        await ensureTopics(config, bus!);
        await generate(config, bus!, metrics, controller.signal, log);
        return 0;
      case "processor":
        await ensureTopics(config, bus!);
        await processUntil(config, bus!, store!, metrics, controller.signal, log);
        return 0;
      case "api":
        await serve(config, ctx, store!, bus, metrics, () => undefined, controller.signal, log);
        return 0;
      case "all":
        return await runAll(config, ctx, bus!, store!, metrics, controller.signal, log);
      default:
        return 2;
    }
  } finally {
    for (const s of signals) Deno.removeSignalListener(s, stop);
    await bus?.close().catch(() => {});
    await store?.close().catch(() => {});
  }
}

function topicsOf(config: Config) {
  return topicNames(config.topicPrefix);
}

async function ensureTopics(config: Config, bus: Bus) {
  const t = topicsOf(config);
  await bus.ensureTopics(
    [t.search, t.product, t.order, t.deadLetter].map((topic) => ({ topic, partitions: config.partitions })),
  );
  // Co-partitioning needs equal partition counts; an old topic with another count would break it.
  const counts = await Promise.all(inputTopics(t).map((topic) => bus.partitionCount(topic)));
  if (new Set(counts).size !== 1) {
    throw new Error(
      `input topics have different partition counts (${
        inputTopics(t).map((x, i) => `${x}=${counts[i]}`)
      }); ` +
        `the processor needs them equal (recreate them or use --topic-prefix)`,
    );
  }
}

async function seed(config: Config, store: Store, log: (l: string) => void) {
  await store.catalog.ensureIndex({ recreate: config.recreate });
  const result = await seedCatalog(store.catalog, {
    count: config.productCount,
    seed: config.seed,
    log: (l: string) => log(`[seed] ${l}`),
  });
  log(
    `[seed] indexed ${result.indexed} products in ${result.seconds.toFixed(1)} s ` +
      `(${Math.round(result.docsPerSecond)} docs/s)`,
  );
}

/**
 * The generator role: resumes the simulated world from the topics (next run, totals so
 * far; see clickstream/position.ts) instead of replaying it, and rides out bus outages
 * up to `--max-outage`.
 */
async function generate(
  config: Config,
  bus: Bus,
  metrics: Registry,
  signal: AbortSignal,
  log: (l: string) => void,
) {
  const products = generateCatalog({ count: config.productCount, seed: config.seed });
  const topics = topicsOf(config);
  const { run, generated } = await resumePosition(bus, inputTopics(topics), config.run);
  const earlier = Object.values(generated).reduce((a, b) => a + b, 0);
  log(`[generator] run ${run}${earlier ? `, continuing after ${earlier} events of earlier runs` : ""}`);
  const publisher = await bus.publisher();
  const busName = bus.kind === "kafka" ? "Kafka" : "the bus";
  let lastLog = Date.now();
  try {
    const stats = await runGenerator({
      publisher,
      stream: createEventStream({
        products,
        seed: config.seed,
        run,
        botRatio: config.botTrafficRatio,
        fraudRatio: config.fraudRatio,
        startTime: Date.now(),
        // With --rate max, event time keeps the default pace so sessions stay believable
        // (think times, bot bursts); events are then stamped behind the wall clock.
        nominalRate: config.eventsPerSecond === "max" ? 50 : config.eventsPerSecond,
      }),
      rate: config.eventsPerSecond,
      maxEvents: config.events,
      durationMs: config.role === "generator" ? config.duration : undefined,
      topics,
      run,
      generated,
      maxOutageMs: maxOutageMs(config),
      signal,
      metrics,
      onProgress: (p) => {
        if (Date.now() - lastLog < 10_000) return;
        lastLog = Date.now();
        log(`[generator] ${p.sent} events, ${Math.round(p.eventsPerSecond)}/s`);
      },
      onWaiting: (w) =>
        log(
          `[generator] ${busName} unreachable for ${Math.round(w.seconds)} s; retrying ` +
            `(${w.waiting.toLocaleString("en-US")} events waiting)`,
        ),
    });
    log(
      `[generator] done: ${stats.sent} events in ${stats.seconds.toFixed(1)} s ` +
        `(${Math.round(stats.eventsPerSecond)}/s); run ${run}, generated ${stats.total} in all runs`,
    );
  } finally {
    await publisher.close();
  }
}

function operatorOptions(config: Config) {
  return OperatorOptions.parse({ allowedLatenessMs: config.allowedLatenessSeconds * 1000 });
}

async function startProcessor(
  config: Config,
  bus: Bus,
  store: Store,
  metrics: Registry,
  log: (l: string) => void,
) {
  const processor = new StreamProcessor({
    bus,
    store,
    groupId: config.groupId,
    topics: topicsOf(config),
    operators: operatorOptions(config),
    checkpointIntervalMs: config.checkpointIntervalSeconds * 1000,
    flushIntervalMs: config.flushIntervalMs,
    maxFutureSkewMs: config.maxFutureSkewMs,
    sessionTimeoutMs: config.sessionTimeoutMs,
    metrics,
    log,
    activeUsers,
    eventsSample: config.eventsSample,
  });
  await processor.start();
  log(`[processor] group ${config.groupId} running`);
  return processor;
}

async function processUntil(
  config: Config,
  bus: Bus,
  store: Store,
  metrics: Registry,
  signal: AbortSignal,
  log: (l: string) => void,
) {
  const processor = await startProcessor(config, bus, store, metrics, log);
  await abortion(signal);
  log("[processor] stopping: final checkpoint");
  await processor.stop();
}

async function serve(
  config: Config,
  ctx: RoleContext,
  store: Store,
  bus: Bus | undefined,
  metrics: Registry,
  processor: () => StreamProcessor | undefined,
  signal: AbortSignal,
  log: (l: string) => void,
  whenServing?: () => void,
) {
  const backends = describeBackends(config);
  const t = topicsOf(config);
  const stats = createStatsSource({
    role: config.role,
    backend: backends,
    store,
    groupId: config.groupId,
    metrics,
    lag: bus && bus.kind === "kafka" ? () => bus.lag(config.groupId, inputTopics(t)) : undefined,
    checkpointAge: () => processor()?.checkpointAgeSeconds,
    activeUsers: () => (processor() ? activeUsers.count() : undefined),
  });
  const app = createApp({
    store,
    stats,
    role: config.role,
    version: ctx.version,
    corsOrigin: config.corsOrigin,
    apiToken: config.apiToken,
    metrics,
    // The store's readiness comes from the app's store health monitor.
    checks: bus ? { bus: () => bus.ping() } : undefined,
    signal,
  });
  const server = Deno.serve({
    hostname: config.host,
    port: config.port,
    signal,
    onListen: (addr) => {
      log(
        `[api] listening on http://${addr.hostname === "0.0.0.0" ? "localhost" : addr.hostname}:${addr.port}`,
      );
      ctx.onListen?.(addr);
      whenServing?.();
    },
  }, app.fetch);
  await server.finished;
  stats.close?.();
}

async function runAll(
  config: Config,
  ctx: RoleContext,
  bus: Bus,
  store: Store,
  metrics: Registry,
  signal: AbortSignal,
  log: (l: string) => void,
): Promise<number> {
  // Serve first so /health answers at once; /ready turns green once the rest is up.
  let serving!: () => void;
  const listening = new Promise<void>((r) => (serving = r));
  const running: { processor?: StreamProcessor } = {};
  const api = serve(config, ctx, store, bus, metrics, () => running.processor, signal, log, () => serving());
  await listening;

  const count = await store.catalog.count().catch(() => 0);
  if (count < config.productCount) await seed(config, store, log);
  else log(`[seed] ${count} products already indexed; skipping`);
  await ensureTopics(config, bus);
  const processor = running.processor = await startProcessor(config, bus, store, metrics, log);
  const generator = generate(config, bus, metrics, signal, log).catch((e) => {
    log(`[generator] failed: ${(e as Error).message}`);
  });
  await abortion(signal);
  log("[all] stopping");
  await generator;
  await processor.stop();
  await api;
  return 0;
}

function abortion(signal: AbortSignal): Promise<void> {
  return signal.aborted ? Promise.resolve() : new Promise((r) => signal.addEventListener("abort", () => r()));
}
