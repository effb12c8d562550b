/**
 * The Kafka adapter (kafkajs 2.2.4).
 *
 * - Producer: idempotent (acks=all, ≤ 5 in flight), GZIP (the only codec kafkajs has
 *   built in); callers send arrays, as kafkajs does no batching of its own.
 * - Consumer: no auto-commit; `eachBatch`; a custom co-partitioned assigner, so a member
 *   owns partition p of every subscribed topic (per-user state spans the three topics).
 *   onAssigned/onRevoked are derived from GROUP_JOIN by diffing assignments; kafkajs
 *   emits that event without awaiting listeners, so batches wait for the handler.
 *
 * @module
 */
import { Buffer } from "node:buffer";
import {
  type Admin,
  AssignerProtocol,
  CompressionTypes,
  type Consumer as KafkaConsumer,
  type Kafka,
  logLevel,
  type PartitionAssigner,
  Partitioners,
  type Producer,
} from "kafkajs";
import {
  type Bus,
  type Consumer,
  type ConsumerHandlers,
  type ConsumerOptions,
  coPartitionedAssignment,
  type PartitionLag,
  type PartitionOffset,
  type Publisher,
  type TopicSpec,
} from "./port.ts";
import { createKafkaClient, type KafkaConnection } from "./kafka_client.ts";

export interface KafkaBusOptions extends KafkaConnection {
  clientId?: string;
  /** Of the topics `ensureTopics` creates; from 3 up they also get min.insync.replicas=2. */
  replicationFactor?: number;
}

/** Range-style assignment of partition numbers, identical across the subscribed topics. */
const CoPartitionedAssigner: PartitionAssigner = ({ cluster }) => ({
  name: "ShopstreamCoPartitioned",
  version: 0,
  assign({ members, topics }) {
    const counts = topics.map((t) => cluster.findTopicPartitionMetadata(t).length);
    const count = Math.min(...counts);
    const plan = coPartitionedAssignment(members.map((m) => m.memberId), count);
    return Promise.resolve(members.map(({ memberId }) => {
      const assignment: Record<string, number[]> = {};
      for (const t of topics) assignment[t] = plan.get(memberId) ?? [];
      return {
        memberId,
        memberAssignment: AssignerProtocol.MemberAssignment.encode({
          version: 0,
          assignment,
          userData: Buffer.alloc(0),
        }),
      };
    }));
  },
  protocol({ topics }) {
    return {
      name: "ShopstreamCoPartitioned",
      metadata: AssignerProtocol.MemberMetadata.encode({ version: 0, topics, userData: Buffer.alloc(0) }),
    };
  },
});

/**
 * kafkajs logs a routine rebalance as ERROR ("The group is rebalancing") and warns that
 * bounded retries weaken idempotence; both are expected here, so they are dropped.
 */
const BENIGN = [/group is rebalancing/i, /Limiting retries for the idempotent producer/i];
const quietLogs =
  () => ({ level, log }: { level: number; log: { message: string; [k: string]: unknown } }) => {
    if (BENIGN.some((re) => re.test(log.message) || re.test(String(log.error ?? "")))) return;
    const name = level <= logLevel.ERROR ? "ERROR" : "WARN";
    console.error(`kafkajs ${name}: ${log.message}${log.error ? ` (${log.error})` : ""}`);
  };

export class KafkaBus implements Bus {
  readonly kind = "kafka" as const;
  readonly #kafka: Kafka;
  readonly #replication: number;
  /** Topic configs for created topics: acks=all must reach 2 replicas once there are 3. */
  readonly #topicConfig: { name: string; value: string }[];
  #admin?: Promise<Admin>;
  readonly #closers: (() => Promise<void>)[] = [];

  constructor(options: KafkaBusOptions) {
    this.#kafka = createKafkaClient(options, {
      clientId: options.clientId ?? "shopstream",
      logLevel: logLevel.WARN,
      logCreator: quietLogs,
      retry: { retries: 8, initialRetryTime: 200 },
    });
    this.#replication = options.replicationFactor ?? 1;
    this.#topicConfig = this.#replication >= 3 ? [{ name: "min.insync.replicas", value: "2" }] : [];
  }

  #adminClient(): Promise<Admin> {
    if (!this.#admin) {
      const admin = this.#kafka.admin();
      this.#admin = admin.connect().then(() => admin);
      this.#closers.push(async () => await (await this.#admin!).disconnect());
    }
    return this.#admin;
  }

  async ensureTopics(specs: TopicSpec[]): Promise<void> {
    const admin = await this.#adminClient();
    const existing = new Set(await admin.listTopics());
    const missing = specs.filter((s) => !existing.has(s.topic));
    if (missing.length === 0) return;
    // kafkajs' waitForLeaders gives up when the broker it asks has not seen the new topic
    // yet (UNKNOWN_TOPIC_OR_PARTITION, routine on a cluster): wait for the leaders here.
    await admin.createTopics({
      waitForLeaders: false,
      topics: missing.map((s) => ({
        topic: s.topic,
        numPartitions: s.partitions,
        replicationFactor: this.#replication,
        configEntries: this.#topicConfig,
      })),
    });
    await this.#topicMetadata(admin, missing.map((s) => s.topic));
  }

  /** Metadata of existing topics once every partition has a leader, on whichever broker answers (≤ 30 s). */
  async #topicMetadata(admin: Admin, topics: string[]) {
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        const meta = await admin.fetchTopicMetadata({ topics });
        if (meta.topics.every((t) => t.partitions.every((p) => p.leader >= 0))) return meta.topics;
      } catch (e) {
        if ((e as { type?: string }).type !== "UNKNOWN_TOPIC_OR_PARTITION" || Date.now() > deadline) throw e;
      }
      if (Date.now() > deadline) throw new Error(`topics ${topics.join(", ")} have no leaders after 30 s`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async partitionCount(topic: string): Promise<number | undefined> {
    const admin = await this.#adminClient();
    if (!(await admin.listTopics()).includes(topic)) return undefined;
    const meta = await this.#topicMetadata(admin, [topic]);
    return meta[0]?.partitions.length;
  }

  async publisher(): Promise<Publisher> {
    const producer: Producer = this.#kafka.producer({
      idempotent: true,
      maxInFlightRequests: 5,
      // Java-compatible murmur2, as partitionForKey (port.ts) and the embedded bus use.
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    let open = true;
    const close = async () => {
      if (!open) return;
      open = false;
      await producer.disconnect();
    };
    this.#closers.push(close);
    return {
      publish: async (topic, messages) => {
        if (messages.length === 0) return;
        await producer.send({
          topic,
          acks: -1,
          compression: CompressionTypes.GZIP,
          messages: messages.map((m) => ({
            key: m.key,
            value: typeof m.value === "string" ? m.value : Buffer.from(m.value),
            headers: m.headers,
          })),
        });
      },
      close,
    };
  }

  async consumer(options: ConsumerOptions): Promise<Consumer> {
    const consumer: KafkaConsumer = this.#kafka.consumer({
      groupId: options.groupId,
      partitionAssigners: [CoPartitionedAssigner],
      sessionTimeout: 15_000,
      rebalanceTimeout: 30_000,
      heartbeatInterval: 1_000,
      maxBytesPerPartition: 2 << 20,
      maxWaitTimeInMs: 200,
      retry: { retries: 10 },
    });
    await consumer.connect();
    for (const topic of options.topics) await consumer.subscribe({ topic, fromBeginning: true });

    let owned: number[] = [];
    let pending: Promise<void> = Promise.resolve();
    let handlers: ConsumerHandlers | undefined;
    let stopped = false;
    const chain = (fn: () => Promise<void>) => (pending = pending.then(fn, fn));

    let joined!: () => void;
    const firstJoin = new Promise<void>((r) => (joined = r));
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      const assignment = payload.memberAssignment as Record<string, number[]>;
      const sets = options.topics.map((t) => new Set(assignment[t] ?? []));
      // Co-partitioned: the same numbers on every topic; keep the intersection to be safe.
      const next = [...sets[0]].filter((p) => sets.every((s) => s.has(p))).sort((a, b) => a - b);
      const lost = owned.filter((p) => !next.includes(p));
      const gained = next.filter((p) => !owned.includes(p));
      owned = next;
      chain(async () => {
        if (lost.length) await handlers?.onRevoked?.(lost);
        if (gained.length) await handlers?.onAssigned?.(gained);
      });
      joined();
    });

    const self: Consumer = {
      run: async (h) => {
        handlers = h;
        await consumer.run({
          autoCommit: false,
          eachBatchAutoResolve: true,
          partitionsConsumedConcurrently: 1,
          eachBatch: async ({ batch }) => {
            await pending; // assignment handlers first
            if (stopped || !owned.includes(batch.partition)) return;
            await h.eachBatch({
              topic: batch.topic,
              partition: batch.partition,
              highWatermark: batch.highWatermark,
              messages: batch.messages.map((m) => ({
                topic: batch.topic,
                partition: batch.partition,
                offset: m.offset,
                key: m.key ? m.key.toString() : null,
                value: m.value
                  ? new Uint8Array(m.value.buffer, m.value.byteOffset, m.value.byteLength)
                  : new Uint8Array(),
                headers: Object.fromEntries(
                  Object.entries(m.headers ?? {}).map(([k, v]) => [k, v === undefined ? "" : v.toString()]),
                ),
                timestamp: Number(m.timestamp),
              })),
            });
          },
        });
        await firstJoin;
        await pending;
      },
      commit: async (offsets: PartitionOffset[]) => {
        if (offsets.length) await consumer.commitOffsets(offsets);
      },
      seek: (position: PartitionOffset) => {
        consumer.seek(position);
      },
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await consumer.stop();
        await pending;
        const last = owned;
        owned = [];
        if (last.length) await handlers?.onRevoked?.(last);
        await consumer.disconnect();
      },
    };
    this.#closers.push(() => self.stop());
    return self;
  }

  async lag(groupId: string, topics: readonly string[]): Promise<PartitionLag[]> {
    const admin = await this.#adminClient();
    const out: PartitionLag[] = [];
    const committed = await admin.fetchOffsets({ groupId, topics: [...topics] });
    for (const t of committed) {
      const ends = await admin.fetchTopicOffsets(t.topic);
      for (const p of t.partitions) {
        const end = ends.find((e) => e.partition === p.partition)?.high ?? "0";
        const low = ends.find((e) => e.partition === p.partition)?.low ?? "0";
        const c = p.offset === "-1" ? low : p.offset;
        out.push({
          topic: t.topic,
          partition: p.partition,
          committed: c,
          end,
          lag: Number(BigInt(end) - BigInt(c)),
        });
      }
    }
    return out.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
  }

  async ping(): Promise<void> {
    const admin = await this.#adminClient();
    await admin.describeCluster();
  }

  async close(): Promise<void> {
    for (const close of this.#closers.splice(0).reverse()) await close().catch(() => {});
  }
}
