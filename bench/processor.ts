/**
 * Processor throughput on the live services: N generated events are published to
 * fresh topics, then one in-process `StreamProcessor` (parse → enrich → operators →
 * ES sinks → checkpoints) drains them. Baseline in the same run: a bare kafkajs
 * `eachBatch` consumer draining the same topics without doing anything, so the ratio
 * is the cost of the processing itself over Kafka consumption. The bare consumer runs
 * before and after the processor and the faster run is compared; each side's CPU per
 * event is reported too, a steadier figure on a busy box than the rates. 300k events by
 * default: at 100k the processor's phase lasted 2–3 s, and its start (product lookups,
 * the first fetches, compilation) moved the rate by a third from run to run.
 *
 * @module
 */
import process from "node:process";
import { Kafka, logLevel } from "../src/bus/kafkajs.ts";
import { createBus } from "../src/bus/mod.ts";
import { createStore } from "../src/store/mod.ts";
import { inputTopics, topicNames } from "../src/domain/event.ts";
import { StreamProcessor } from "../src/processing/processor.ts";
import { OperatorOptions } from "../src/processing/partition_operators.ts";
import { createElasticsearchClient } from "../src/store/elasticsearch/client.ts";
import { dataset, publishDataset, seedProducts } from "../tests/support/pipeline.ts";

export interface ProcessorFigures {
  events: number;
  processor_events_per_s: number;
  /** The process's CPU (all its threads) per event while the processor drained the topics. */
  processor_cpu_us_per_event: number;
  /** The faster of two bare consumer runs, one before the processor and one after it. */
  raw_kafkajs_consume_events_per_s: number;
  raw_kafkajs_runs_events_per_s: number[];
  raw_cpu_us_per_event: number;
  ratio_processor_vs_raw: number;
  checkpoint_interval_s: number;
}

/** CPU time of this process (user + system, every thread) in µs. */
function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

async function rawConsume(
  brokers: string[],
  topics: string[],
  expected: number,
): Promise<{ rate: number; cpuUs: number }> {
  const kafka = new Kafka({ brokers, logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({
    groupId: `bench-raw-${crypto.randomUUID()}`,
    maxBytesPerPartition: 4 << 20,
  });
  await consumer.connect();
  for (const topic of topics) await consumer.subscribe({ topic, fromBeginning: true });
  let seen = 0;
  let t0 = 0;
  let c0 = 0;
  // The clock starts when the group is joined: fetching and decoding count, the join does not.
  consumer.on(consumer.events.GROUP_JOIN, () => {
    t0 = performance.now();
    c0 = cpuMicros();
  });
  let done!: () => void;
  const finished = new Promise<void>((r) => (done = r));
  await consumer.run({
    eachBatch: ({ batch }) => {
      seen += batch.messages.length;
      if (seen >= expected) done();
      return Promise.resolve();
    },
  });
  await finished;
  const seconds = (performance.now() - t0) / 1000;
  const cpuUs = cpuMicros() - c0;
  await consumer.disconnect();
  return { rate: expected / seconds, cpuUs };
}

export async function benchProcessor(
  o: { brokers: string[]; host: string; events: number },
): Promise<ProcessorFigures> {
  const prefix = `bench-${Date.now().toString(36)}`;
  const data = dataset({ products: 5_000, events: o.events, seed: 7 });
  await publishDataset(`${prefix}.`, data.events);
  const store = await createStore({ elasticsearchHost: o.host, indexPrefix: `${prefix}-` });
  await seedProducts(store, data.products);
  const topics = topicNames(`${prefix}.`);

  const rawBefore = await rawConsume(o.brokers, inputTopics(topics), data.events.length);

  const bus = await createBus({ kafkaBrokers: o.brokers });
  const processor = new StreamProcessor({
    bus,
    store,
    groupId: `${prefix}-group`,
    topics,
    operators: OperatorOptions.parse({}),
    checkpointIntervalMs: 5_000,
  });
  await processor.start(); // resolves once the group is joined
  const t0 = performance.now();
  const c0 = cpuMicros();
  while (processor.processed < data.events.length) await new Promise((r) => setTimeout(r, 20));
  const seconds = (performance.now() - t0) / 1000;
  const cpuUs = cpuMicros() - c0;
  await processor.stop();
  await bus.close();
  // The baseline again, after: the box's load moves both; the faster run is the one compared.
  const rawAfter = await rawConsume(o.brokers, inputTopics(topics), data.events.length);
  const raw = rawBefore.rate >= rawAfter.rate ? rawBefore : rawAfter;

  const es = createElasticsearchClient({ host: o.host });
  await es.indices.delete({ index: `${prefix}-*`, ignore_unavailable: true, allow_no_indices: true });
  await es.close();
  await store.close();
  const admin = new Kafka({ brokers: o.brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [...inputTopics(topics), topics.deadLetter] }).catch(() => {});
  await admin.disconnect();

  const rate = data.events.length / seconds;
  const perEvent = (us: number) => Math.round((us / data.events.length) * 100) / 100;
  return {
    events: data.events.length,
    processor_events_per_s: Math.round(rate),
    processor_cpu_us_per_event: perEvent(cpuUs),
    raw_kafkajs_consume_events_per_s: Math.round(raw.rate),
    raw_kafkajs_runs_events_per_s: [Math.round(rawBefore.rate), Math.round(rawAfter.rate)],
    raw_cpu_us_per_event: perEvent(raw.cpuUs),
    ratio_processor_vs_raw: Math.round((rate / raw.rate) * 1000) / 1000,
    checkpoint_interval_s: 5,
  };
}

if (import.meta.main) {
  const brokers = (Deno.env.get("KAFKA_BOOTSTRAP_SERVERS") ?? "127.0.0.1:9092").split(",");
  const host = Deno.env.get("ELASTICSEARCH_HOST") ?? "http://127.0.0.1:9200";
  console.log(JSON.stringify(await benchProcessor({ brokers, host, events: 300_000 }), null, 2));
}
