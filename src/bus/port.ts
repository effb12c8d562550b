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
  /**
   * The read position this batch was fetched from. The first message lies above it only
   * where the log holds nothing in between (retention, compaction, transaction markers):
   * a consumer can tell such a hole from a batch fetched before its own seek.
   */
  fetchedOffset: string;
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

/**
 * What a batch handler took from its batch: the first `consumed` messages (the
 * default, when the handler returns nothing, is all of them). The rest is delivered
 * again later, from the first message not taken — e.g. while the processor's store is
 * down it takes nothing and pauses.
 */
export interface BatchOutcome {
  consumed: number;
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
  eachBatch(batch: BusBatch): Promise<BatchOutcome | void>;
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
  /**
   * Stops fetching the given partition numbers (of every subscribed topic) while staying
   * in the group: heartbeats go on, the partitions stay owned. Pausing what is already
   * paused does nothing.
   */
  pause(partitions: number[]): void;
  /** Fetches the given partition numbers again. */
  resume(partitions: number[]): void;
  /** The partition numbers the group assigns to this member now. */
  assigned(): number[];
  /** Stops fetching, calls onRevoked for the owned partitions, leaves the group. */
  stop(): Promise<void>;
}

export interface ConsumerOptions {
  groupId: string;
  topics: readonly string[];
  /** Kafka client id / instance label shown in logs and /stats. */
  clientId?: string;
  /**
   * How long the group waits for a silent member before giving its partitions to
   * others (Kafka's session.timeout.ms): a killed processor's replacement waits this
   * long. Default 3 s; a broker whose `group.min.session.timeout.ms` is higher gets its
   * minimum instead.
   */
  sessionTimeoutMs?: number;
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
