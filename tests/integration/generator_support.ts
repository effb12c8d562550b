/**
 * What the generator's live tests share: reading back exactly what is on the topics
 * (with a plain kafkajs client, not our adapter), and a dedicated Kafka broker that a
 * test may stop and start (scripts/services.sh on other ports and its own state dir).
 *
 * @module
 */
import { Kafka, logLevel } from "../../src/bus/kafkajs.ts";
import { ShopEvent } from "../../src/domain/event.ts";
import { eventually } from "../support/app_process.ts";
import { portFree, servicesCache } from "../support/local_services.ts";

export interface ReadBack {
  topic: string;
  partition: number;
  key: string;
  headers: Record<string, string>;
  event: ShopEvent;
}

/** Sum of the topics' end offsets: exact once every producer has exited. */
export async function endOffsetTotal(brokers: string[], topics: readonly string[]): Promise<number> {
  const kafka = new Kafka({ brokers, logLevel: logLevel.NOTHING, retry: { retries: 2 } });
  const admin = kafka.admin();
  await admin.connect();
  try {
    let total = 0;
    for (const topic of topics) {
      for (const o of await admin.fetchTopicOffsets(topic)) total += Number(o.high) - Number(o.low);
    }
    return total;
  } finally {
    await admin.disconnect();
  }
}

/**
 * Every message on the topics, read after the producers exited: the end offsets say
 * exactly how many there are, so nothing needs a quiet period to prove "no more".
 */
export async function readAll(brokers: string[], topics: readonly string[]): Promise<ReadBack[]> {
  const expected = await endOffsetTotal(brokers, topics);
  const kafka = new Kafka({ brokers, logLevel: logLevel.NOTHING });
  const groupId = `reader-${crypto.randomUUID()}`;
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 200 });
  const seen: ReadBack[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [...topics], fromBeginning: true });
    await consumer.run({
      eachMessage: ({ topic, partition, message }) => {
        const event = ShopEvent.parse(JSON.parse(message.value!.toString()));
        const headers = Object.fromEntries(
          Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]),
        );
        seen.push({ topic, partition, key: message.key!.toString(), headers, event });
        return Promise.resolve();
      },
    });
    await eventually(() => (seen.length >= expected ? true : undefined), {
      timeoutMs: 60_000,
      what: `all ${expected} messages read back`,
    });
  } finally {
    await consumer.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteGroups([groupId]).catch(() => {});
    await admin.disconnect();
  }
  return seen;
}

export async function deleteTopics(brokers: string[], topics: readonly string[]): Promise<void> {
  const admin = new Kafka({ brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [...topics] }).catch(() => {});
  await admin.disconnect();
}

const SCRIPT = new URL("../../scripts/services.sh", import.meta.url).pathname;

/** A running single KRaft broker of our own, stopped and started again at the moment a test chooses. */
export interface DedicatedKafka {
  brokers: string[];
  /** Starts it again (same ports, same data). */
  start(): Promise<void>;
  /** Stops it gracefully; its data stays. */
  stop(): Promise<void>;
  /** Stops the broker and removes its state. */
  destroy(): Promise<void>;
}

/**
 * Starts a broker of our own on a free client/controller port pair among 19092/19093,
 * 19192/19193, … 19992/19993. Other tests on this machine may be starting brokers of their own
 * at the same moment, so a first start that loses a port race moves on to the next pair.
 */
export async function startDedicatedKafka(): Promise<DedicatedKafka> {
  const cache = await servicesCache(["kafka-libs/.complete"]);
  if (!cache) {
    throw new Error("no Kafka jars found: run `deno task services fetch` (or set SHOPSTREAM_SERVICES_DIR)");
  }
  const dir = await Deno.makeTempDir({ prefix: "shopstream-kafka-" });
  await Deno.mkdir(`${dir}/cache`);
  // Only the Kafka jars: `start kafka` then fetches and builds nothing.
  await Deno.symlink(`${cache}/kafka-libs`, `${dir}/cache/kafka-libs`);
  const script = async (cmd: string, port: number) => {
    const env = {
      KAFKA_PORT: String(port),
      KAFKA_CONTROLLER_PORT: String(port + 1),
      SHOPSTREAM_SERVICES_DIR: dir,
      KAFKA_HEAP: "384m",
    };
    const out = await new Deno.Command("bash", {
      args: [SCRIPT, cmd, "kafka"],
      env,
      stdout: "piped",
      stderr: "piped",
    })
      .output();
    if (!out.success) {
      throw new Error(`services.sh ${cmd} kafka failed:\n${new TextDecoder().decode(out.stderr)}`);
    }
  };
  let lastError: unknown;
  // The scan starts at a pair picked by pid: a restart frees the port for a moment, and a
  // second test run on the same machine scanning from the same pair could take it then.
  const pairs = Array.from({ length: 10 }, (_, i) => 19092 + 100 * ((Deno.pid + i) % 10));
  for (const port of pairs) {
    if (!portFree(port) || !portFree(port + 1)) continue;
    try {
      await script("start", port);
    } catch (e) {
      lastError = e;
      await script("stop", port).catch(() => {});
      await Deno.remove(`${dir}/kafka`, { recursive: true }).catch(() => {});
      continue;
    }
    return {
      brokers: [`127.0.0.1:${port}`],
      start: () => script("start", port),
      stop: () => script("stop", port),
      destroy: async () => {
        await script("stop", port).catch(() => {});
        await Deno.remove(dir, { recursive: true }).catch(() => {});
      },
    };
  }
  await Deno.remove(dir, { recursive: true }).catch(() => {});
  throw new Error(`no dedicated Kafka broker could start: ${lastError}`);
}
