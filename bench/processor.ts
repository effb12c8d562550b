/**
 * Processor throughput on the live services: N generated events are published to
 * fresh topics, then one in-process `StreamProcessor` (parse → enrich → operators →
 * ES sinks → checkpoints) drains them. Baseline in the same run: a bare kafkajs
 * `eachBatch` consumer draining the same topics without doing anything, so the ratio
 * is the cost of the processing itself over Kafka consumption.
 *
 * @module
 */
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
  raw_kafkajs_consume_events_per_s: number;
  ratio_processor_vs_raw: number;
  checkpoint_interval_s: number;
}

async function rawConsume(brokers: string[], topics: string[], expected: number): Promise<number> {
  const kafka = new Kafka({ brokers, logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({
    groupId: `bench-raw-${crypto.randomUUID()}`,
    maxBytesPerPartition: 4 << 20,
  });
  await consumer.connect();
  for (const topic of topics) await consumer.subscribe({ topic, fromBeginning: true });
  let seen = 0;
  let t0 = 0;
  // The clock starts when the group is joined: fetching and decoding count, the join does not.
  consumer.on(consumer.events.GROUP_JOIN, () => (t0 = performance.now()));
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
  await consumer.disconnect();
  return expected / seconds;
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

  const raw = await rawConsume(o.brokers, inputTopics(topics), data.events.length);

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
  while (processor.processed < data.events.length) await new Promise((r) => setTimeout(r, 20));
  const seconds = (performance.now() - t0) / 1000;
  await processor.stop();
  await bus.close();

  const es = createElasticsearchClient({ host: o.host });
  await es.indices.delete({ index: `${prefix}-*`, ignore_unavailable: true, allow_no_indices: true });
  await es.close();
  await store.close();
  const admin = new Kafka({ brokers: o.brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [...inputTopics(topics), topics.deadLetter] }).catch(() => {});
  await admin.disconnect();

  const rate = data.events.length / seconds;
  return {
    events: data.events.length,
    processor_events_per_s: Math.round(rate),
    raw_kafkajs_consume_events_per_s: Math.round(raw),
    ratio_processor_vs_raw: Math.round((rate / raw) * 1000) / 1000,
    checkpoint_interval_s: 5,
  };
}

if (import.meta.main) {
  const brokers = (Deno.env.get("KAFKA_BOOTSTRAP_SERVERS") ?? "127.0.0.1:9092").split(",");
  const host = Deno.env.get("ELASTICSEARCH_HOST") ?? "http://127.0.0.1:9200";
  console.log(JSON.stringify(await benchProcessor({ brokers, host, events: 100_000 }), null, 2));
}
