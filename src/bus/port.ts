/**
 * The message-bus port: what the generator and the processor need from Kafka, and
 * what the embedded in-memory log provides for the one-command demo.
 *
 * Semantics both adapters keep (pinned by tests/contract/bus_contract.ts):
 * - a topic has a fixed number of partitions; a message with a key always lands in
 *   the same partition, so one user's events keep their order;
 * - offsets are per partition, start at 0 and grow by one per message; they travel
 *   as decimal strings (Kafka offsets are 64-bit);
 * - consumers in one group split the partitions **co-partitioned**: a member that owns
 *   partition p of one subscribed topic owns partition p of all of them (topics must
 *   have equal partition counts), so per-user state spanning topics lives in one place;
 * - commits are explicit: a group resumes from its last committed offsets, or from the
 *   beginning of each partition when it has none.
 *
 * @module
 */

/** A message to publish. `key` picks the partition. */
export interface OutgoingMessage {
  key: string | null;
  value: string | Uint8Array;
  headers?: Record<string, string>;
}

/** A consumed message. */
export interface BusMessage {
  topic: string;
  partition: number;
  /** Decimal string; the next message's offset is this plus one. */
  offset: string;
  key: string | null;
  value: Uint8Array;
  headers: Record<string, string>;
  /** Broker/append time in epoch ms (not the event time). */
  timestamp: number;
}

/** A batch of messages from one topic-partition, in offset order. */
export interface BusBatch {
  topic: string;
  partition: number;
  messages: BusMessage[];
  /** Offset of the next message the broker has (the partition's end): lag = highWatermark - next. */
  highWatermark: string;
}

export interface TopicSpec {
  topic: string;
  partitions: number;
}

/** A committed position: `offset` is the NEXT offset to read (Kafka's convention). */
export interface PartitionOffset {
  topic: string;
  partition: number;
  offset: string;
}

export interface Publisher {
  /** Publishes messages to one topic; resolves when the bus has them durably (acks=all on Kafka). */
  publish(topic: string, messages: OutgoingMessage[]): Promise<void>;
  close(): Promise<void>;
}

export interface ConsumerHandlers {
  /**
   * Called when this member is given partition numbers (of every subscribed topic),
   * before any batch of them is delivered. The processor loads its checkpoints here.
   */
  onAssigned?(partitions: number[]): Promise<void>;
  /**
   * Called when partition numbers are taken away (rebalance or stop), after the last
   * batch of them was handled. The processor checkpoints and drops their state here.
   */
  onRevoked?(partitions: number[]): Promise<void>;
  eachBatch(batch: BusBatch): Promise<void>;
}

export interface Consumer {
  /** Starts consuming; resolves once the consumer has joined its group and is fetching. */
  run(handlers: ConsumerHandlers): Promise<void>;
  /** Commits the next offsets to read for a group (explicit, never automatic). */
  commit(offsets: PartitionOffset[]): Promise<void>;
  /**
   * Moves this member's read position of an owned partition: the next batch of it
   * starts at `offset`. The processor uses it after reloading a checkpoint.
   */
  seek(position: PartitionOffset): void;
  /** Stops fetching, calls onRevoked for the owned partitions, leaves the group. */
  stop(): Promise<void>;
}

export interface ConsumerOptions {
  groupId: string;
  topics: readonly string[];
  /** Kafka client id / instance label shown in logs and /stats. */
  clientId?: string;
}

/** Lag of one partition: how many messages are on the bus but not yet committed by the group. */
export interface PartitionLag {
  topic: string;
  partition: number;
  committed: string;
  end: string;
  lag: number;
}

/** The bus: topic admin, publishers and consumers. */
export interface Bus {
  readonly kind: "kafka" | "embedded";
  /** Creates missing topics (existing ones are left as they are). */
  ensureTopics(specs: TopicSpec[]): Promise<void>;
  /** Partition count of an existing topic, or undefined when it does not exist. */
  partitionCount(topic: string): Promise<number | undefined>;
  publisher(): Promise<Publisher>;
  consumer(options: ConsumerOptions): Promise<Consumer>;
  /**
   * The newest message of every non-empty partition of `topics`, read without touching
   * any consumer group's offsets. A restarted generator finds its position here: the
   * highest run number and its running totals ride in headers of every message it sent.
   */
  latest(topics: readonly string[]): Promise<BusMessage[]>;
  /** Committed offsets vs partition ends for a group. */
  lag(groupId: string, topics: readonly string[]): Promise<PartitionLag[]>;
  /** Answers when the bus is reachable (for /ready). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Kafka's default partitioner for keyed messages: murmur2(key) & 0x7fffffff % partitions.
 * The embedded bus uses it too, so a user lands on the same partition number on both.
 */
export function partitionForKey(key: string, partitions: number): number {
  return (murmur2(new TextEncoder().encode(key)) & 0x7fffffff) % partitions;
}

/** Kafka's murmur2 (the Java client's variant), on bytes. */
export function murmur2(data: Uint8Array): number {
  const length = data.length;
  const seed = 0x9747b28c;
  const m = 0x5bd1e995;
  const r = 24;
  let h = seed ^ length;
  const length4 = length >> 2;
  for (let i = 0; i < length4; i++) {
    const i4 = i * 4;
    let k = (data[i4] & 0xff) + ((data[i4 + 1] & 0xff) << 8) + ((data[i4 + 2] & 0xff) << 16) +
      ((data[i4 + 3] & 0xff) << 24);
    k = Math.imul(k, m);
    k ^= k >>> r;
    k = Math.imul(k, m);
    h = Math.imul(h, m);
    h ^= k;
  }
  const rest = length % 4;
  const index = length & ~3;
  if (rest === 3) h ^= (data[index + 2] & 0xff) << 16;
  if (rest >= 2) h ^= (data[index + 1] & 0xff) << 8;
  if (rest >= 1) {
    h ^= data[index] & 0xff;
    h = Math.imul(h, m);
  }
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h | 0;
}

/**
 * Splits partition numbers 0..count-1 over members (sorted ids) in contiguous ranges,
 * like Kafka's RangeAssignor: member i gets the same numbers on every topic.
 */
export function coPartitionedAssignment(memberIds: string[], count: number): Map<string, number[]> {
  const members = [...memberIds].sort();
  const out = new Map<string, number[]>(members.map((m) => [m, []]));
  const per = Math.floor(count / members.length);
  const extra = count % members.length;
  let next = 0;
  members.forEach((member, i) => {
    const n = per + (i < extra ? 1 : 0);
    for (let k = 0; k < n; k++) out.get(member)!.push(next++);
  });
  return out;
}
