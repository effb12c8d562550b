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
  type Message,
  type PartitionAssigner,
  Partitioners,
  type Producer,
} from "./kafkajs.ts";
import type {
  Bus,
  BusMessage,
  Consumer,
  ConsumerHandlers,
  ConsumerOptions,
  PartitionLag,
  PartitionOffset,
  Publisher,
  TopicSpec,
} from "./port.ts";
import { coPartitionedAssignment } from "./assignor.ts";
import { partitionForKey } from "./partitioner.ts";
import { createKafkaClient, type KafkaConnection } from "./kafka_client.ts";
import { withTimeout } from "../shared/timeout.ts";

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
const BENIGN = [
  /group is rebalancing/i,
  /Limiting retries for the idempotent producer/i,
  // A refused session timeout is retried with a longer one (KafkaGroupConsumer), with its own warning.
  /session timeout is not within the range/i,
];
const quietLogs =
  () => ({ level, log }: { level: number; log: { message: string; [k: string]: unknown } }) => {
    if (BENIGN.some((re) => re.test(log.message) || re.test(String(log.error ?? "")))) return;
    const name = level <= logLevel.ERROR ? "ERROR" : "WARN";
    console.error(`kafkajs ${name}: ${log.message}${log.error ? ` (${log.error})` : ""}`);
  };

/** What an idempotent producer logs on every retry while a broker is unreachable. */
const RETRYING = [
  /ECONNREFUSED|ECONNRESET|EPIPE|Connection error|Connection timeout|Closed connection/i,
  /Failed to connect to seed broker|Cluster has disconnected|Request .* timed out|socket hang up/i,
  /There is no leader for this topic-partition|Broker not connected|NOT_LEADER|LEADER_NOT_AVAILABLE/i,
];

/** Retries an admin call while a just-created topic's partitions have no leader yet (≤ ~10 s). */
async function withLeaders<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1;; attempt++) {
    try {
      return await call();
    } catch (e) {
      const leaderless = /not the leader|no leader|LEADER_NOT_AVAILABLE|NOT_LEADER/i.test(String(e));
      if (!leaderless || attempt >= 20) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

export class KafkaBus implements Bus {
  readonly kind = "kafka" as const;
  readonly #kafka: Kafka;
  readonly #options: KafkaBusOptions;
  readonly #replication: number;
  /** Topic configs for created topics: acks=all must reach 2 replicas once there are 3. */
  readonly #topicConfig: { name: string; value: string }[];
  #admin?: Promise<Admin>;
  readonly #closers: (() => Promise<void>)[] = [];

  constructor(options: KafkaBusOptions) {
    this.#options = options;
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

  /**
   * On a cluster each metadata request may reach another broker, and one that has not yet
   * seen a topic another client just created lists it as missing (three processors
   * starting together hit this): a topic counts as missing only once brokers have said
   * so for a moment.
   */
  async partitionCount(topic: string): Promise<number | undefined> {
    const admin = await this.#adminClient();
    const deadline = Date.now() + 2_000;
    while (!(await admin.listTopics()).includes(topic)) {
      if (Date.now() > deadline) return undefined;
      await new Promise((r) => setTimeout(r, 200));
    }
    const meta = await this.#topicMetadata(admin, [topic]);
    return meta[0]?.partitions.length;
  }

  /**
   * An idempotent producer that never gives up by itself: a broker outage of any length
   * is ridden out by kafkajs' own retry, and the caller (the generator's runner) decides
   * how long is too long. Why kafkajs' loop and not ours: it keeps a failed batch's
   * sequence numbers (they advance only on success) and re-sends only to brokers that
   * did not answer, so the broker drops whatever part had already landed; re-sending a
   * batch from here could duplicate that part. Its own client, because the shared one's
   * bounded retry also bounds reconnecting (`cluster.connect` inside the send loop gives
   * up after its retries with a non-retriable error, which ended sends after ~60 s).
   * Errors kafkajs deems fatal for idempotence (OUT_OF_ORDER_SEQUENCE_NUMBER,
   * UNKNOWN_PRODUCER_ID, INVALID_PRODUCER_EPOCH: the broker lost this producer's state)
   * reject `publish`; a restarted generator then continues with a new run, never
   * re-sending an id.
   *
   * One kafkajs 2.2.4 flaw is covered here: when a partition's leader dies mid-send and
   * moves to a broker that already answered for its own partitions of the same
   * `sendBatch`, the retry skips that broker, and the moved partition's messages are
   * never sent although the call succeeds (seen on a 3-broker cluster: ~100 of 24,000
   * events missing). Messages therefore carry explicit partitions, and whatever the
   * result does not list is sent again; its sequence numbers were rolled back with the
   * failed request, so if the dead leader had in fact replicated it, the new leader
   * recognises the batch and does not write it twice.
   */
  async publisher(): Promise<Publisher> {
    const unbounded = { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 200, maxRetryTime: 2_000 };
    const client = createKafkaClient(this.#options, {
      clientId: `${this.#options.clientId ?? "shopstream"}-publisher`,
      logLevel: logLevel.WARN,
      // While the broker is away every retry logs a connection error; the runner reports the outage instead.
      logCreator: () => {
        const log = quietLogs();
        return (entry) => {
          if (RETRYING.some((re) => re.test(entry.log.message) || re.test(String(entry.log.error ?? "")))) {
            return;
          }
          log(entry);
        };
      },
      retry: unbounded,
    });
    const producer: Producer = client.producer({
      idempotent: true,
      maxInFlightRequests: 5,
      retry: unbounded,
      // Java-compatible murmur2, as partitionForKey (partitioner.ts) and the embedded bus use.
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    const partitionCounts = new Map<string, number>();
    const partitionsOf = async (topic: string): Promise<number> => {
      let n = partitionCounts.get(topic);
      if (n === undefined) {
        // Asked once per topic; an idle admin connection would outlive a broker's death
        // and fail later, outside any call.
        const admin = client.admin();
        await admin.connect();
        try {
          const meta = await withLeaders(() => admin.fetchTopicMetadata({ topics: [topic] }));
          n = meta.topics[0]?.partitions.length ?? 0;
        } finally {
          await admin.disconnect().catch(() => {});
        }
        if (n === 0) throw new Error(`topic ${topic} has no partitions`);
        partitionCounts.set(topic, n);
      }
      return n;
    };
    let roundRobin = 0;
    /** Sends until every message's partition is in a result (see above). */
    const send = async (batch: Map<string, Message[]>) => {
      for (const [topic, messages] of batch) {
        const n = await partitionsOf(topic);
        for (const m of messages) {
          m.partition = m.key == null ? roundRobin++ % n : partitionForKey(String(m.key), n);
        }
      }
      let unsent = [...batch].map(([topic, messages]) => ({ topic, messages }));
      while (unsent.length) {
        const written = await producer.sendBatch({
          acks: -1,
          compression: CompressionTypes.GZIP,
          topicMessages: unsent,
        });
        const landed = new Set(written.map((r) => `${r.topicName}/${r.partition}`));
        unsent = unsent
          .map(({ topic, messages }) => ({
            topic,
            messages: messages.filter((m) => !landed.has(`${topic}/${m.partition}`)),
          }))
          .filter((t) => t.messages.length > 0);
        if (unsent.length) {
          const parts = unsent.map((t) =>
            `${t.topic}/${[...new Set(t.messages.map((m) => m.partition))].join(",")}`
          );
          console.warn(
            `kafka: a leader moved mid-send and kafkajs skipped ${parts.join("; ")}; sending those again`,
          );
        }
      }
    };
    let open = true;
    const close = async () => {
      if (!open) return;
      open = false;
      await producer.disconnect();
    };
    this.#closers.push(close);
    // Publishes made in the same turn (the runner sends a tick's topics together) go out
    // as one `sendBatch`: one produce request per broker instead of one per topic, which
    // the idempotent producer would otherwise serialise (one request per broker at a time).
    let gathering: Map<string, Message[]> | undefined;
    let sent: Promise<void> = Promise.resolve();
    return {
      publish: (topic, messages) => {
        if (messages.length === 0) return Promise.resolve();
        if (!gathering) {
          const batch = gathering = new Map<string, Message[]>();
          sent = Promise.resolve().then(async () => {
            gathering = undefined;
            await send(batch);
          });
        }
        let list = gathering.get(topic);
        if (!list) gathering.set(topic, list = []);
        for (const m of messages) {
          list.push({
            key: m.key,
            value: typeof m.value === "string" ? m.value : Buffer.from(m.value),
            headers: m.headers,
          });
        }
        return sent;
      },
      close,
    };
  }

  consumer(options: ConsumerOptions): Promise<Consumer> {
    return Promise.resolve(new KafkaGroupConsumer(this.#kafka, options, this.#closers));
  }

  /**
   * Kafka has no "read offset X" without a consumer, and kafkajs consumers need a group:
   * a throwaway group (no commits) seeks each partition to its last offset, reads one
   * message per partition and is deleted. (admin.setOffsets on a new group would save
   * the seeks but takes ~5 s per topic waiting for a coordinator.)
   */
  async latest(topics: readonly string[]): Promise<BusMessage[]> {
    const admin = await this.#adminClient();
    const wanted = new Map<string, { topic: string; partition: number; offset: string }>();
    for (const topic of topics) {
      for (const o of await withLeaders(() => admin.fetchTopicOffsets(topic))) {
        if (BigInt(o.high) <= BigInt(o.low)) continue;
        const offset = String(BigInt(o.high) - 1n);
        wanted.set(`${topic}/${o.partition}`, { topic, partition: o.partition, offset });
      }
    }
    if (wanted.size === 0) return [];
    const groupId = `shopstream-latest-${crypto.randomUUID()}`;
    const consumer = this.#kafka.consumer({ groupId, maxWaitTimeInMs: 100, sessionTimeout: 10_000 });
    const found = new Map<string, BusMessage>();
    let complete!: () => void;
    const done = new Promise<void>((r) => (complete = r));
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: [...new Set([...wanted.values()].map((w) => w.topic))] });
      await consumer.run({
        autoCommit: false,
        eachBatch: ({ batch }) => {
          const key = `${batch.topic}/${batch.partition}`;
          const w = wanted.get(key);
          const m = batch.messages.find((m) => m.offset === w?.offset);
          if (w && m && !found.has(key)) {
            found.set(key, {
              topic: batch.topic,
              partition: batch.partition,
              offset: m.offset,
              key: m.key ? m.key.toString() : null,
              value: m.value ? new Uint8Array(m.value) : new Uint8Array(),
              headers: headersOf(m.headers),
              timestamp: Number(m.timestamp),
            });
            if (found.size === wanted.size) complete();
          }
          return Promise.resolve();
        },
      });
      // run() resolves once the group is joined, before the first fetch; seeks apply from that fetch.
      for (const w of wanted.values()) consumer.seek(w);
      await withTimeout(
        done,
        60_000,
        () => new Error(`read ${found.size} of ${wanted.size} partitions' last messages in 60 s`),
      );
    } finally {
      await consumer.disconnect().catch(() => {});
      await admin.deleteGroups([groupId]).catch(() => {});
    }
    return [...found.values()];
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

/** Session timeouts tried in turn when the broker refuses a shorter one (its group.min.session.timeout.ms). */
const SESSION_FALLBACKS = [6_000, 10_000, 30_000];

/** How long a stopping consumer waits to stop fetching and leave its group (see `KafkaGroupConsumer.stop`). */
const LEAVE_GROUP_MS = 8_000;

/**
 * One member of a consumer group. Offsets are resolved only up to what the handler
 * consumed, so a batch it declines (store down) is fetched again; pausing keeps the
 * member in the group (kafkajs heartbeats while every partition is paused). Heartbeats
 * run between batches, which the processor keeps short, so a short session timeout
 * (default 3 s) lets a replacement take over a killed member's partitions quickly.
 */
class KafkaGroupConsumer implements Consumer {
  readonly #kafka: Kafka;
  readonly #options: ConsumerOptions;
  #consumer?: KafkaConsumer;
  #owned: number[] = [];
  #pending: Promise<void> = Promise.resolve();
  #handlers?: ConsumerHandlers;
  #stopped = false;
  readonly #paused = new Set<number>();

  constructor(kafka: Kafka, options: ConsumerOptions, closers: (() => Promise<void>)[]) {
    this.#kafka = kafka;
    this.#options = options;
    closers.push(() => this.stop());
  }

  #chain(fn: () => Promise<void>) {
    this.#pending = this.#pending.then(fn, fn);
  }

  async run(handlers: ConsumerHandlers): Promise<void> {
    this.#handlers = handlers;
    const requested = this.#options.sessionTimeoutMs ?? 3_000;
    const candidates = [requested, ...SESSION_FALLBACKS.filter((t) => t > requested)];
    for (const [i, sessionTimeout] of candidates.entries()) {
      const outcome = await this.#start(sessionTimeout);
      if (outcome === "joined") return;
      if (i === candidates.length - 1) break;
      console.error(
        `kafkajs WARN: the broker refused a ${sessionTimeout} ms session timeout ` +
          `(group.min.session.timeout.ms); trying ${candidates[i + 1]} ms`,
      );
    }
    throw new Error("the broker refused every session timeout tried");
  }

  /** Creates, subscribes and runs a kafkajs consumer; resolves once it joined the group. */
  async #start(sessionTimeout: number): Promise<"joined" | "refused"> {
    const { groupId, topics } = this.#options;
    const consumer: KafkaConsumer = this.#kafka.consumer({
      groupId,
      partitionAssigners: [CoPartitionedAssigner],
      sessionTimeout,
      rebalanceTimeout: 30_000,
      heartbeatInterval: Math.max(100, Math.min(1_000, Math.floor(sessionTimeout / 6))),
      maxBytesPerPartition: 2 << 20,
      maxWaitTimeInMs: 100,
      // A dead broker stays in kafkajs' cached metadata, and fetches retry it until the
      // retries run out; the consumer then crashes and restarts (rejoining with fresh
      // metadata) after the last retry's delay. With kafkajs' default 30 s cap, that took
      // ~2 min after a SIGKILLed broker (tests/integration/cluster_failover_test.ts);
      // capped at 2 s, ~15 s.
      retry: { retries: 10, initialRetryTime: 200, maxRetryTime: 2_000 },
    });
    this.#consumer = consumer;
    await consumer.connect();
    for (const topic of topics) await consumer.subscribe({ topic, fromBeginning: true });

    let settle!: (v: "joined" | "refused") => void;
    const settled = new Promise<"joined" | "refused">((r) => (settle = r));
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      const error = payload.error as { type?: string };
      if (error?.type === "INVALID_SESSION_TIMEOUT") settle("refused");
      if (payload.restart) {
        // kafkajs restarts the consumer: it forgets pauses and seeks, and may rejoin with
        // the same partitions after others owned them meanwhile. So every owned partition
        // counts as revoked now; the next join assigns them afresh (checkpoints reloaded).
        const lost = this.#owned;
        this.#owned = [];
        this.#paused.clear();
        if (lost.length) this.#chain(async () => await this.#handlers?.onRevoked?.(lost));
      }
    });
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      const assignment = payload.memberAssignment as Record<string, number[]>;
      const sets = topics.map((t) => new Set(assignment[t] ?? []));
      // Co-partitioned: the same numbers on every topic; keep the intersection to be safe.
      const next = [...sets[0]].filter((p) => sets.every((s) => s.has(p))).sort((a, b) => a - b);
      const lost = this.#owned.filter((p) => !next.includes(p));
      const gained = next.filter((p) => !this.#owned.includes(p));
      this.#owned = next;
      for (const p of lost) this.#paused.delete(p);
      // Pauses live in kafkajs' group state, which a rejoin may have renewed: apply them again.
      const stillPaused = next.filter((p) => this.#paused.has(p));
      this.#paused.clear();
      this.pause(stillPaused);
      this.#chain(async () => {
        if (lost.length) await this.#handlers?.onRevoked?.(lost);
        if (gained.length) await this.#handlers?.onAssigned?.(gained);
      });
      settle("joined");
    });

    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: 1,
      eachBatch: async ({ batch, resolveOffset }) => {
        await this.#pending; // assignment handlers first
        if (this.#stopped || !this.#owned.includes(batch.partition)) return;
        const messages = batch.messages.map((m) => ({
          topic: batch.topic,
          partition: batch.partition,
          offset: m.offset,
          key: m.key ? m.key.toString() : null,
          value: m.value
            ? new Uint8Array(m.value.buffer, m.value.byteOffset, m.value.byteLength)
            : new Uint8Array(),
          headers: headersOf(m.headers),
          timestamp: Number(m.timestamp),
        }));
        const outcome = await this.#handlers!.eachBatch({
          topic: batch.topic,
          partition: batch.partition,
          highWatermark: batch.highWatermark,
          // kafkajs sets it on every batch (the fetch request's offset); its types omit it.
          fetchedOffset: String((batch as unknown as { fetchedOffset: string }).fetchedOffset),
          messages,
        });
        const consumed = Math.max(0, Math.min(messages.length, outcome?.consumed ?? messages.length));
        if (consumed === messages.length && messages.length > 0) {
          // The last offset resolves the batch's trailing control records too.
          resolveOffset(batch.lastOffset());
        } else if (consumed > 0) {
          resolveOffset(messages[consumed - 1].offset);
        }
      },
    });
    const outcome = await settled;
    if (outcome === "refused") {
      await consumer.disconnect().catch(() => {});
      return "refused";
    }
    await this.#pending;
    return "joined";
  }

  async commit(offsets: PartitionOffset[]): Promise<void> {
    if (offsets.length) await this.#consumer?.commitOffsets(offsets);
  }

  seek(position: PartitionOffset): void {
    try {
      this.#consumer?.seek(position);
    } catch {
      // No group right now (a restart in progress): the next join starts from the
      // committed offsets, and the processor declines batches read beyond its state.
    }
  }

  assigned(): number[] {
    return [...this.#owned];
  }

  pause(partitions: number[]): void {
    const fresh = partitions.filter((p) => !this.#paused.has(p));
    if (!fresh.length || !this.#consumer) return;
    for (const p of fresh) this.#paused.add(p);
    try {
      this.#consumer.pause(this.#options.topics.map((topic) => ({ topic, partitions: fresh })));
    } catch {
      // Between a crash and the rejoin kafkajs has no group to pause in; the next join
      // applies the pause (see GROUP_JOIN above).
    }
  }

  resume(partitions: number[]): void {
    const paused = partitions.filter((p) => this.#paused.has(p));
    if (!paused.length || !this.#consumer) return;
    for (const p of paused) this.#paused.delete(p);
    try {
      this.#consumer.resume(this.#options.topics.map((topic) => ({ topic, partitions: paused })));
    } catch {
      // No group right now (a restart in progress): the next join starts unpaused anyway.
    }
  }

  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    // Stopping the fetch loop and leaving the group only hand the partitions over sooner
    // (the session timeout does it anyway): with the group's coordinator dead, kafkajs can
    // hold either for its whole retry budget (a CI run saw `consumer.stop()` itself hang
    // past the role's 20 s grace), so a stop waits for them a bounded time and goes on.
    const leave = async () => {
      await this.#consumer?.stop();
      await this.#pending;
      const last = this.#owned;
      this.#owned = [];
      if (last.length) await this.#handlers?.onRevoked?.(last);
      await this.#consumer?.disconnect();
    };
    const late = new Error(`not done within ${LEAVE_GROUP_MS / 1000} s`);
    const outcome = await withTimeout(leave(), LEAVE_GROUP_MS, () => late)
      .then(() => "left", (e) => e === late ? late.message : `failed (${(e as Error).message})`);
    if (outcome !== "left") console.warn(`kafka: leaving the group ${outcome}; going on`);
  }
}

const NO_HEADERS: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** A message's headers as strings; most messages have none, and share one frozen empty object. */
function headersOf(headers: Record<string, unknown> | undefined): Record<string, string> {
  if (!headers) return NO_HEADERS;
  let out: Record<string, string> | undefined;
  for (const k in headers) {
    const v = headers[k];
    (out ??= {})[k] = v === undefined ? "" : String(v);
  }
  return out ?? NO_HEADERS;
}
