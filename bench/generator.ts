/**
 * Generator throughput into the live Kafka at `--rate max` vs Kafka's own producer
 * benchmark (`org.apache.kafka.tools.ProducerPerformance`, from the fetched jars) for
 * the same record count and average record size, acks=all and gzip on both, in the
 * same run. Both write to fresh 6-partition topics.
 *
 * @module
 */
import { Kafka, logLevel } from "../src/bus/kafkajs.ts";
import { createBus } from "../src/bus/mod.ts";
import { topicNames } from "../src/domain/event.ts";
import { generateCatalog } from "../src/catalog/generate.ts";
import { createEventStream } from "../src/clickstream/generator.ts";
import { runGenerator } from "../src/clickstream/runner.ts";

export interface GeneratorFigures {
  events: number;
  avg_record_bytes: number;
  generator_events_per_s: number;
  kafka_producer_perf_records_per_s: number;
  ratio_generator_vs_kafka_tool: number;
  generator_only_events_per_s: number;
  /** Paced runs into Kafka: achieved / requested rate, over `rate_check_seconds` each. */
  rate_accuracy: { requested: number; achieved: number; ratio: number }[];
  rate_check_seconds: number;
}

/** The Kafka jars `scripts/services.sh` fetched; `KAFKA_LIBS_DIR` points elsewhere (e.g. from a worktree). */
const KAFKA_LIBS =
  (Deno.env.get("KAFKA_LIBS_DIR") ?? new URL("../.services/cache/kafka-libs", import.meta.url).pathname)
    .replace(/\/?$/, "/");

export async function benchGenerator(o: { brokers: string[]; seconds: number }): Promise<GeneratorFigures> {
  const products = generateCatalog({ count: 10_000, seed: 1 });
  const stream = () =>
    createEventStream({
      products,
      seed: 1,
      botRatio: 0.05,
      fraudRatio: 0.02,
      startTime: Date.now(),
      nominalRate: 1000,
    });

  // The generator alone (no bus), to separate model cost from publishing cost.
  const it = stream();
  let bytes = 0;
  const sample = 50_000;
  const tg = performance.now();
  for (let i = 0; i < sample; i++) bytes += JSON.stringify(it.next().value).length;
  const generatorOnly = sample / ((performance.now() - tg) / 1000);
  const avg = Math.round(bytes / sample);

  const prefix = `bench-gen-${Date.now().toString(36)}.`;
  const topics = topicNames(prefix);
  const bus = await createBus({ kafkaBrokers: o.brokers });
  await bus.ensureTopics(
    [topics.search, topics.product, topics.order].map((topic) => ({ topic, partitions: 6 })),
  );
  const publisher = await bus.publisher();
  const stats = await runGenerator({
    publisher,
    stream: stream(),
    rate: "max",
    durationMs: o.seconds * 1000,
    topics,
  });
  await publisher.close();
  await bus.close();

  // Paced runs: does --rate hold from 10/s up to a good part of the machine's limit?
  const rateSeconds = 6;
  const rateAccuracy: GeneratorFigures["rate_accuracy"] = [];
  const bus2 = await createBus({ kafkaBrokers: o.brokers });
  const pub2 = await bus2.publisher();
  for (const requested of [10, 100, 1_000, 10_000]) {
    const r = await runGenerator({
      publisher: pub2,
      stream: stream(),
      rate: requested,
      durationMs: rateSeconds * 1000,
      topics,
    });
    rateAccuracy.push({
      requested,
      achieved: Math.round(r.eventsPerSecond * 10) / 10,
      ratio: Math.round((r.eventsPerSecond / requested) * 1000) / 1000,
    });
  }
  await pub2.close();
  await bus2.close();

  // Kafka's own tool: same number of records, same size, acks=all, gzip.
  const perfTopic = `${prefix}perf`;
  const admin = new Kafka({ brokers: o.brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic: perfTopic, numPartitions: 6 }], waitForLeaders: true });
  const out = await new Deno.Command("java", {
    args: [
      "-Xmx512m",
      "-cp",
      `${KAFKA_LIBS}*`,
      "org.apache.kafka.tools.ProducerPerformance",
      "--topic",
      perfTopic,
      "--num-records",
      String(stats.sent),
      "--record-size",
      String(avg),
      "--throughput",
      "-1",
      "--producer-props",
      `bootstrap.servers=${o.brokers.join(",")}`,
      "acks=all",
      "compression.type=gzip",
    ],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(out.stdout);
  // Final line: "N records sent, X records/sec (Y MB/sec), …"
  const m = [...text.matchAll(/(\d+) records sent, ([\d.]+) records\/sec/g)].at(-1);
  if (!m) {
    throw new Error(
      `ProducerPerformance printed no summary:\n${text}\n${new TextDecoder().decode(out.stderr)}`,
    );
  }
  const theirs = Number(m[2]);
  await admin.deleteTopics({ topics: [perfTopic, topics.search, topics.product, topics.order] }).catch(
    () => {},
  );
  await admin.disconnect();
  return {
    events: stats.sent,
    avg_record_bytes: avg,
    generator_events_per_s: Math.round(stats.eventsPerSecond),
    kafka_producer_perf_records_per_s: Math.round(theirs),
    ratio_generator_vs_kafka_tool: Math.round((stats.eventsPerSecond / theirs) * 1000) / 1000,
    generator_only_events_per_s: Math.round(generatorOnly),
    rate_accuracy: rateAccuracy,
    rate_check_seconds: rateSeconds,
  };
}

if (import.meta.main) {
  const brokers = (Deno.env.get("KAFKA_BOOTSTRAP_SERVERS") ?? "127.0.0.1:9092").split(",");
  console.log(JSON.stringify(await benchGenerator({ brokers, seconds: 15 }), null, 2));
}
