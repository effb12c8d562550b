/**
 * Generator throughput into the live Kafka at `--rate max` vs Kafka's own producer
 * benchmark (`org.apache.kafka.tools.ProducerPerformance`, from the fetched jars) for
 * the same record count and average record size, acks=all and gzip on both, in the
 * same run, taking turns three times (medians reported). Both write to fresh 6-partition
 * topics.
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
  /** Medians over the rounds (below) of the events sent, the two rates and their ratio. */
  events: number;
  avg_record_bytes: number;
  generator_events_per_s: number;
  kafka_producer_perf_records_per_s: number;
  ratio_generator_vs_kafka_tool: number;
  /** Each round: ours for `--seconds` at `--rate max`, then Kafka's tool with as many records. */
  rounds: {
    events: number;
    generator_events_per_s: number;
    kafka_producer_perf_records_per_s: number;
    ratio: number;
  }[];
  generator_only_events_per_s: number;
  /** Paced runs into Kafka: achieved / requested rate, over `rate_check_seconds` each. */
  rate_accuracy: { requested: number; achieved: number; ratio: number }[];
  rate_check_seconds: number;
}

/** The Kafka jars `scripts/services.sh` fetched; `KAFKA_LIBS_DIR` points elsewhere (e.g. from a worktree). */
const KAFKA_LIBS =
  (Deno.env.get("KAFKA_LIBS_DIR") ?? new URL("../.services/cache/kafka-libs", import.meta.url).pathname)
    .replace(/\/?$/, "/");

/**
 * `ProducerPerformance` sending `records` records of `size` bytes to `topic` (acks=all,
 * gzip), in records/s.
 */
async function producerPerformance(brokers: string[], topic: string, records: number, size: number) {
  const out = await new Deno.Command("java", {
    args: [
      "-Xmx512m",
      "-cp",
      `${KAFKA_LIBS}*`,
      "org.apache.kafka.tools.ProducerPerformance",
      "--topic",
      topic,
      "--num-records",
      String(records),
      "--record-size",
      String(size),
      "--throughput",
      "-1",
      "--producer-props",
      `bootstrap.servers=${brokers.join(",")}`,
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
  return Number(m[2]);
}

export async function benchGenerator(
  o: { brokers: string[]; seconds: number; rounds?: number },
): Promise<GeneratorFigures> {
  const rounds = Math.max(1, o.rounds ?? 3);
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
  const admin = new Kafka({ brokers: o.brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  const made: string[] = [];
  // Ours and Kafka's tool take turns, `rounds` times: the machine's load moves from minute
  // to minute (the tool alone varied from 84k to 136k records/s across runs), and each
  // pair is measured side by side. The figures are the medians.
  const pairs: GeneratorFigures["rounds"] = [];
  for (let round = 0; round < rounds; round++) {
    const topics = topicNames(`${prefix}${round}.`);
    const bus = await createBus({ kafkaBrokers: o.brokers });
    await bus.ensureTopics(
      [topics.search, topics.product, topics.order].map((topic) => ({ topic, partitions: 6 })),
    );
    made.push(topics.search, topics.product, topics.order);
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
    const perfTopic = `${prefix}${round}.perf`;
    await admin.createTopics({ topics: [{ topic: perfTopic, numPartitions: 6 }], waitForLeaders: true });
    made.push(perfTopic);
    const theirs = await producerPerformance(o.brokers, perfTopic, stats.sent, avg);
    pairs.push({
      events: stats.sent,
      generator_events_per_s: Math.round(stats.eventsPerSecond),
      kafka_producer_perf_records_per_s: Math.round(theirs),
      ratio: Math.round((stats.eventsPerSecond / theirs) * 1000) / 1000,
    });
  }
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
      topics: topicNames(`${prefix}0.`),
    });
    rateAccuracy.push({
      requested,
      achieved: Math.round(r.eventsPerSecond * 10) / 10,
      ratio: Math.round((r.eventsPerSecond / requested) * 1000) / 1000,
    });
  }
  await pub2.close();
  await bus2.close();
  await admin.deleteTopics({ topics: made }).catch(() => {});
  await admin.disconnect();

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    events: median(pairs.map((p) => p.events)),
    avg_record_bytes: avg,
    generator_events_per_s: median(pairs.map((p) => p.generator_events_per_s)),
    kafka_producer_perf_records_per_s: median(pairs.map((p) => p.kafka_producer_perf_records_per_s)),
    ratio_generator_vs_kafka_tool: median(pairs.map((p) => p.ratio)),
    rounds: pairs,
    generator_only_events_per_s: Math.round(generatorOnly),
    rate_accuracy: rateAccuracy,
    rate_check_seconds: rateSeconds,
  };
}

if (import.meta.main) {
  const brokers = (Deno.env.get("KAFKA_BOOTSTRAP_SERVERS") ?? "127.0.0.1:9092").split(",");
  console.log(JSON.stringify(await benchGenerator({ brokers, seconds: 15 }), null, 2));
}
