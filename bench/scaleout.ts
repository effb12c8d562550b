/**
 * Scale-out (issue 15.3), opt-in: `deno task bench --only=scaleout`. Heavy: it starts a
 * loopback cluster of its own (3 KRaft brokers, 3 Elasticsearch nodes; topics with
 * replication factor 3 and min.insync.replicas=2, indices with one replica) beside the
 * single-node services of KAFKA_BOOTSTRAP_SERVERS / ELASTICSEARCH_HOST, and measures on
 * both, in the same run:
 *
 * - processor throughput with 1, 2 and 3 processors (`main.ts --role=processor`
 *   subprocesses in one group) at 6 and 12 partitions: N events are published first;
 *   the clock starts once the group is stable with every member assigned (the events
 *   checkpointed by then are subtracted) and stops when the checkpoints count all N.
 *   Both ends are read from the 1 s checkpoints, so their lag cancels out;
 * - generator throughput at `--rate max` with acks=all (the idempotent producer), into
 *   6 partitions of replication factor 3 vs 1.
 *
 * @module
 */
import { Kafka, logLevel } from "../src/bus/kafkajs.ts";
import { createBus } from "../src/bus/mod.ts";
import { createStore } from "../src/store/mod.ts";
import type { Store } from "../src/store/port.ts";
import { inputTopics, topicNames } from "../src/domain/event.ts";
import { createEventStream } from "../src/clickstream/generator.ts";
import { generateCatalog } from "../src/catalog/generate.ts";
import { runGenerator } from "../src/clickstream/runner.ts";
import { createElasticsearchClient } from "../src/store/elasticsearch/client.ts";
import { type Dataset, dataset, publishDataset } from "../tests/support/pipeline.ts";
import { type AppProcess, eventually, startApp } from "../tests/support/app_process.ts";
import { startCluster } from "../tests/support/cluster.ts";

/** One place to run on: its brokers and ES nodes, and the replication it asks for. */
interface Target {
  brokers: string[];
  host: string;
  replicationFactor: number;
  indexReplicas: number;
}

export interface ScaleoutFigures {
  events: number;
  single_node: { kafka_brokers: 1; es_nodes: 1; replication_factor: 1; index_replicas: 0 };
  cluster: {
    kafka_brokers: 3;
    es_nodes: 3;
    replication_factor: 3;
    min_insync_replicas: 2;
    index_replicas: 1;
    start_s: number;
  };
  /** The machine's 1-minute load average after each measurement (2 cores: above 2 means queuing). */
  load_average_1m: { min: number; max: number };
  /** Events/s of the whole group; `speedup` is over 1 processor on the same target and partitions. */
  processor: {
    partitions: number;
    processors: number;
    single_node_events_per_s: number;
    cluster_events_per_s: number;
    ratio_cluster_vs_single: number;
    single_node_speedup: number;
    cluster_speedup: number;
  }[];
  generator: {
    acks: "all";
    partitions: 6;
    seconds: number;
    single_node_events_per_s: number;
    cluster_rf3_events_per_s: number;
    ratio_cluster_vs_single: number;
  };
}

const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;

async function checkpointed(store: Store, group: string): Promise<number> {
  const t = await store.analytics.totals(group);
  return Object.values(t.events).reduce((a, b) => a + b, 0) + t.dead_letters + t.late_events;
}

/** Until `group` is stable with `members` members, each assigned something. */
async function stableGroup(brokers: string[], group: string, members: number): Promise<void> {
  const admin = new Kafka({ brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    await eventually(async () => {
      const [g] = (await admin.describeGroups([group])).groups;
      return g.state === "Stable" && g.members.length === members &&
          g.members.every((m) => m.memberAssignment.length > 0)
        ? true
        : undefined;
    }, { timeoutMs: 120_000, intervalMs: 100, what: `${group} stable with ${members} members` });
  } finally {
    await admin.disconnect();
  }
}

/** k processors over topics already holding `data`; events/s of the group. */
async function processorRate(
  target: Target,
  data: Dataset,
  topicPrefix: string,
  partitions: number,
  k: number,
): Promise<number> {
  const indexPrefix = `bench-so-${Date.now().toString(36)}-`;
  const group = `${indexPrefix}group`;
  const store = await createStore({
    elasticsearchHost: target.host,
    indexPrefix,
    indexReplicas: target.indexReplicas,
  });
  await store.catalog.ensureIndex({ recreate: true });
  await store.catalog.index(data.products);
  await store.catalog.refresh();
  const env = { KAFKA_BOOTSTRAP_SERVERS: target.brokers.join(","), ELASTICSEARCH_HOST: target.host };
  const args = [
    "--role=processor",
    "--port=0",
    `--topic-prefix=${topicPrefix}`,
    `--index-prefix=${indexPrefix}`,
    `--group=${group}`,
    `--partitions=${partitions}`,
    `--replication-factor=${target.replicationFactor}`,
    `--index-replicas=${target.indexReplicas}`,
    "--checkpoint-interval=1",
  ];
  const processes: AppProcess[] = [];
  try {
    await Promise.all(Array.from({ length: k }, async () => {
      processes.push(await startApp(args, { env, readyPattern: /\[processor\] group \S+ running/ }));
    }));
    await stableGroup(target.brokers, group, k);
    const c0 = await checkpointed(store, group);
    const t0 = performance.now();
    await eventually(
      async () => ((await checkpointed(store, group)) >= data.events.length ? true : undefined),
      // Checkpoints come every second; polling faster would only load Elasticsearch.
      { timeoutMs: 600_000, intervalMs: 250, what: `${data.events.length} events checkpointed` },
    );
    const seconds = (performance.now() - t0) / 1000;
    return (data.events.length - c0) / seconds;
  } finally {
    for (const p of processes) await p.stop().catch(() => {});
    const es = createElasticsearchClient({ host: target.host });
    await es.indices.delete({ index: `${indexPrefix}*`, ignore_unavailable: true, allow_no_indices: true })
      .catch(() => {});
    await es.close();
    await store.close();
  }
}

/** The generator at `--rate max` for `seconds`, acks=all, into fresh 6-partition topics. */
async function generatorRate(target: Target, seconds: number): Promise<number> {
  const prefix = `bench-so-gen-${Date.now().toString(36)}.`;
  const topics = topicNames(prefix);
  const bus = await createBus({ kafkaBrokers: target.brokers, replicationFactor: target.replicationFactor });
  try {
    await bus.ensureTopics(inputTopics(topics).map((topic) => ({ topic, partitions: 6 })));
    const publisher = await bus.publisher();
    const stats = await runGenerator({
      publisher,
      stream: createEventStream({
        products: generateCatalog({ count: 2_000, seed: 1 }),
        seed: 1,
        botRatio: 0.05,
        fraudRatio: 0.02,
        startTime: Date.now(),
        nominalRate: 1000,
      }),
      rate: "max",
      durationMs: seconds * 1000,
      topics,
    });
    await publisher.close();
    return stats.eventsPerSecond;
  } finally {
    await bus.close();
    await deleteTopics(target.brokers, inputTopics(topics));
  }
}

async function deleteTopics(brokers: string[], topics: string[]) {
  const admin = new Kafka({ brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  await admin.deleteTopics({ topics }).catch(() => {});
  await admin.disconnect();
}

export async function benchScaleout(
  o: { brokers: string[]; host: string; events: number; seconds: number; log?: (line: string) => void },
): Promise<ScaleoutFigures> {
  const log = o.log ?? ((line: string) => console.error(`[scaleout] ${line}`));
  const data = dataset({ products: 2_000, events: o.events, seed: 15 });
  const single: Target = { brokers: o.brokers, host: o.host, replicationFactor: 1, indexReplicas: 0 };
  const t0 = performance.now();
  const cluster = await startCluster({ kafkaBrokers: 3, esNodes: 3, log });
  const startS = (performance.now() - t0) / 1000;
  try {
    const multi: Target = {
      brokers: cluster.kafkaBrokers,
      host: cluster.elasticsearchUrls.join(","),
      replicationFactor: 3,
      indexReplicas: 1,
    };
    const rates = new Map<string, number>();
    const loads: number[] = [];
    const targets = [["single", single], ["cluster", multi]] as const;
    for (const partitions of [6, 12]) {
      const prefixes = targets.map(([name]) => `bench-so-${name}-${partitions}-${Date.now().toString(36)}.`);
      try {
        for (const [i, [, target]] of targets.entries()) {
          await publishDataset(prefixes[i], data.events, [], {
            brokers: target.brokers,
            partitions,
            replicationFactor: target.replicationFactor,
          });
        }
        // Each figure right beside its single-node twin: the machine's load drifts.
        for (const k of [1, 2, 3]) {
          for (const [i, [name, target]] of targets.entries()) {
            const rate = await processorRate(target, data, prefixes[i], partitions, k);
            rates.set(`${name}/${partitions}/${k}`, rate);
            loads.push(Deno.loadavg()[0]);
            log(
              `${name}, ${partitions} partitions, ${k} processor(s): ${Math.round(rate)} events/s ` +
                `(load ${Deno.loadavg()[0].toFixed(1)})`,
            );
          }
        }
      } finally {
        for (const [i, [, target]] of targets.entries()) {
          const t = topicNames(prefixes[i]);
          await deleteTopics(target.brokers, [...inputTopics(t), t.deadLetter]);
        }
      }
    }
    const genSingle = await generatorRate(single, o.seconds);
    const genCluster = await generatorRate(multi, o.seconds);
    loads.push(Deno.loadavg()[0]);
    log(`generator, acks=all: ${Math.round(genSingle)}/s single node, ${Math.round(genCluster)}/s on RF 3`);
    const processor: ScaleoutFigures["processor"] = [];
    for (const partitions of [6, 12]) {
      for (const k of [1, 2, 3]) {
        const s = rates.get(`single/${partitions}/${k}`)!;
        const c = rates.get(`cluster/${partitions}/${k}`)!;
        processor.push({
          partitions,
          processors: k,
          single_node_events_per_s: Math.round(s),
          cluster_events_per_s: Math.round(c),
          ratio_cluster_vs_single: round(c / s, 3),
          single_node_speedup: round(s / rates.get(`single/${partitions}/1`)!, 2),
          cluster_speedup: round(c / rates.get(`cluster/${partitions}/1`)!, 2),
        });
      }
    }
    return {
      events: data.events.length,
      single_node: { kafka_brokers: 1, es_nodes: 1, replication_factor: 1, index_replicas: 0 },
      cluster: {
        kafka_brokers: 3,
        es_nodes: 3,
        replication_factor: 3,
        min_insync_replicas: 2,
        index_replicas: 1,
        start_s: round(startS, 1),
      },
      load_average_1m: { min: round(Math.min(...loads), 1), max: round(Math.max(...loads), 1) },
      processor,
      generator: {
        acks: "all",
        partitions: 6,
        seconds: o.seconds,
        single_node_events_per_s: Math.round(genSingle),
        cluster_rf3_events_per_s: Math.round(genCluster),
        ratio_cluster_vs_single: round(genCluster / genSingle, 3),
      },
    };
  } finally {
    await cluster.stop();
  }
}

if (import.meta.main) {
  const brokers = (Deno.env.get("KAFKA_BOOTSTRAP_SERVERS") ?? "127.0.0.1:9092").split(",");
  const host = Deno.env.get("ELASTICSEARCH_HOST") ?? "http://127.0.0.1:9200";
  console.log(JSON.stringify(await benchScaleout({ brokers, host, events: 100_000, seconds: 10 }), null, 2));
}
