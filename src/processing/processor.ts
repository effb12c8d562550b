/**
 * The stream processor's shell: consumes the three input topics, feeds the pure
 * operators of each owned partition, and checkpoints.
 *
 * Exactly-once results without transactions, from three rules:
 * 1. Operator state and the next offsets of partition p (for all three topics) are
 *    saved together as one checkpoint document, with optimistic concurrency.
 * 2. Kafka offsets are committed only after that checkpoint is saved, and to the same
 *    offsets, so the group's committed position never leads the checkpoint.
 * 3. On (re)assignment the consumer resumes from the committed offsets, which are at
 *    or behind the checkpoint; messages below the checkpoint's offsets are already
 *    in the restored state and are skipped. Output documents have deterministic ids
 *    and are derived from state, so re-writing them after a crash converges.
 *
 * Dead letters are published before the checkpoint that covers their offsets; after a
 * crash they may be published again (at-least-once), keyed by topic/partition/offset
 * so readers can de-duplicate. Their count lives in the state and stays exact.
 *
 * @module
 */
import type { Bus, BusBatch, BusMessage, Consumer, Publisher } from "../bus/port.ts";
import { parseEvent, type ShopEvent, type TopicNames } from "../domain/event.ts";
import {
  type Checkpoint,
  CheckpointConflictError,
  type CheckpointVersion,
  type Store,
} from "../store/port.ts";
import type { EventDoc } from "../domain/analytics.ts";
import { type OperatorOptions, PartitionOperators } from "./partition_operators.ts";
import { ProductCache } from "./product_cache.ts";
import type { Registry } from "../observability/metrics.ts";
import { PROCESSED_COUNTER } from "../observability/names.ts";
import type { ActiveUsers } from "../observability/active_users.ts";

export interface ProcessorOptions {
  bus: Bus;
  store: Store;
  groupId: string;
  topics: TopicNames;
  operators: OperatorOptions;
  checkpointIntervalMs: number;
  metrics?: Registry;
  log?: (message: string) => void;
  /** Distinct users seen recently, for the dashboard's "active users". */
  activeUsers?: ActiveUsers;
  /** Share of raw enriched events written to the `events` index (default 0). */
  eventsSample?: number;
}

interface Owned {
  operators: PartitionOperators;
  /** Next offset per topic covered by the in-memory state (≥ the saved checkpoint's). */
  next: Record<string, bigint>;
  version: CheckpointVersion | undefined;
  /** Sampled raw events since the last checkpoint (re-derived identically on a replay). */
  events: EventDoc[];
  dirty: boolean;
}

export class StreamProcessor {
  readonly #o: ProcessorOptions;
  readonly #owned = new Map<number, Owned>();
  readonly #cache: ProductCache;
  #consumer?: Consumer;
  #dlq?: Publisher;
  #timer?: ReturnType<typeof setInterval>;
  /** Serialises batches, checkpoints and rebalances: each sees a consistent state. */
  #lock: Promise<unknown> = Promise.resolve();
  #stopped = false;
  #lastCheckpointAt = 0;
  #processed = 0;

  constructor(options: ProcessorOptions) {
    this.#o = options;
    this.#cache = new ProductCache({
      fetch: async (ids) => {
        const found = await options.store.catalog.get(ids);
        return new Map(
          [...found].map(([id, p]) => [id, { title: p.title, brand: p.brand, category: p.category }]),
        );
      },
      max: 50_000,
    });
  }

  /** Valid events applied since start (all partitions). */
  get processed(): number {
    return this.#processed;
  }

  /** Seconds since the last checkpoint was written, or undefined before the first. */
  get checkpointAgeSeconds(): number | undefined {
    return this.#lastCheckpointAt ? (Date.now() - this.#lastCheckpointAt) / 1000 : undefined;
  }

  async start(): Promise<void> {
    const { bus, store, topics, groupId } = this.#o;
    await store.checkpoints.ensureIndex();
    await store.analytics.ensureIndices();
    this.#dlq = await bus.publisher();
    this.#consumer = await bus.consumer({
      groupId,
      topics: [topics.search, topics.product, topics.order],
      clientId: `${groupId}-${crypto.randomUUID().slice(0, 8)}`,
    });
    await this.#consumer.run({
      onAssigned: (ps) => this.#locked(() => this.#assign(ps)),
      onRevoked: (ps) => this.#locked(() => this.#revoke(ps)),
      eachBatch: (batch) => this.#locked(() => this.#handle(batch)),
    });
    this.#timer = setInterval(() => {
      this.#locked(() => this.#checkpointAll()).catch((e) => this.#log(`checkpoint failed: ${e}`));
    }, this.#o.checkpointIntervalMs);
  }

  /** Checkpoints everything owned while still owning it, then leaves the group. */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    clearInterval(this.#timer);
    await this.#locked(() => this.#checkpointAll());
    // Batches handled after this point are redone by the next owner from the checkpoint.
    await this.#consumer?.stop();
    await this.#dlq?.close();
  }

  #locked<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#lock.then(fn, fn);
    this.#lock = run.catch(() => undefined);
    return run;
  }

  #log(message: string) {
    this.#o.log?.(`[processor] ${message}`);
  }

  async #assign(partitions: number[]) {
    const { store, groupId, topics } = this.#o;
    for (const p of partitions) {
      if (this.#owned.has(p)) continue;
      const loaded = await store.checkpoints.load(groupId, p);
      const next: Record<string, bigint> = {};
      for (const t of [topics.search, topics.product, topics.order]) {
        next[t] = BigInt(loaded?.checkpoint.offsets[t] ?? "0");
      }
      const operators = loaded
        ? PartitionOperators.restore(p, this.#o.operators, loaded.checkpoint.state)
        : new PartitionOperators(p, this.#o.operators);
      this.#owned.set(p, {
        operators,
        next,
        version: loaded?.version,
        events: [],
        dirty: false,
      });
      this.#log(
        loaded
          ? `partition ${p}: resumed from checkpoint ${JSON.stringify(loaded.checkpoint.offsets)}`
          : `partition ${p}: no checkpoint, starting empty`,
      );
    }
  }

  /**
   * A revoked partition's state is dropped, not saved: by now another member may own it
   * and have loaded the last checkpoint; a late save from here would race it. Work since
   * that checkpoint is redone by the new owner, and its outputs converge (same ids).
   */
  #revoke(partitions: number[]): Promise<void> {
    for (const p of partitions) {
      if (this.#owned.delete(p)) this.#log(`partition ${p}: revoked`);
    }
    return Promise.resolve();
  }

  async #handle(batch: BusBatch) {
    const owned = this.#owned.get(batch.partition);
    if (!owned) return; // not ours (any more): the new owner reads it from the committed offset
    const next = owned.next[batch.topic] ?? 0n;
    const valid: { message: BusMessage; event: ShopEvent }[] = [];
    const dead: { message: BusMessage; reason: string }[] = [];
    let last: bigint | undefined;
    for (const message of batch.messages) {
      const offset = BigInt(message.offset);
      if (offset < next) continue; // below the checkpoint: already in the restored state
      last = offset;
      const parsed = parseEvent(message.value);
      if (parsed.ok) valid.push({ message, event: parsed.event });
      else dead.push({ message, reason: parsed.reason });
    }
    if (last === undefined) return;
    const enriched = await this.#cache.enrich(valid.map((v) => v.event));
    let applied = 0;
    const byType: Record<string, number> = {};
    enriched.forEach((event, i) => {
      try {
        owned.operators.apply(event, { topic: batch.topic });
        applied++;
        byType[event.type] = (byType[event.type] ?? 0) + 1;
        this.#o.activeUsers?.add(event.user_id, Date.parse(event.ts));
        if (sampled(event.event_id, this.#o.eventsSample ?? 0)) {
          const { products, unknown_products, ...raw } = event;
          owned.events.push({
            id: event.event_id,
            partition: batch.partition,
            topic: batch.topic,
            event: raw,
            products,
            unknown_products,
          });
        }
      } catch (e) {
        // A valid event an operator cannot handle is a bug, but it must not wedge the partition.
        dead.push({ message: valid[i].message, reason: `processing error: ${(e as Error).message}` });
      }
    });
    if (dead.length > 0) {
      await this.#deadLetter(dead);
      for (let i = 0; i < dead.length; i++) owned.operators.countDeadLetter();
    }
    this.#processed += applied;
    owned.next[batch.topic] = last + 1n;
    owned.dirty = true;
    const processed = this.#o.metrics?.counter(PROCESSED_COUNTER, "Valid events applied by the processor", [
      "type",
    ]);
    for (const [type, n] of Object.entries(byType)) processed?.inc(n, { type });
    if (dead.length) {
      this.#o.metrics?.counter("shopstream_dead_letters_total", "Messages sent to the dead-letter topic")
        .inc(dead.length);
    }
  }

  async #deadLetter(dead: { message: BusMessage; reason: string }[]) {
    await this.#dlq!.publish(
      this.#o.topics.deadLetter,
      dead.map(({ message, reason }) => ({
        key: `${message.topic}/${message.partition}/${message.offset}`,
        value: JSON.stringify({
          reason,
          source: { topic: message.topic, partition: message.partition, offset: message.offset },
          key: message.key,
          timestamp: message.timestamp,
          // The original bytes, exactly as received.
          value_base64: encodeBase64(message.value),
        }),
        headers: { reason: reason.slice(0, 200), source_topic: message.topic },
      })),
    );
  }

  async #checkpointAll() {
    for (const [p, owned] of this.#owned) {
      if (owned.dirty) await this.#checkpoint(p, owned);
    }
  }

  async #checkpoint(p: number, owned: Owned) {
    const { store, groupId } = this.#o;
    if (!owned.dirty) return;
    // 1. outputs (idempotent upserts) → 2. checkpoint (state + offsets) → 3. Kafka commit.
    await store.analytics.write({ ...owned.operators.output(), events: owned.events });
    const offsets: Record<string, string> = {};
    for (const [t, n] of Object.entries(owned.next)) offsets[t] = n.toString();
    const checkpoint: Checkpoint = {
      groupId,
      partition: p,
      offsets,
      counters: owned.operators.counters(),
      state: owned.operators.snapshot(),
      updated_at: new Date().toISOString(),
    };
    try {
      owned.version = await store.checkpoints.save(checkpoint, owned.version);
    } catch (e) {
      if (e instanceof CheckpointConflictError) {
        // Another member saved p since we loaded it (a zombie before a rebalance, or we
        // are the zombie). Reload the newest checkpoint and re-read from its offsets: if
        // p is no longer ours the next rebalance drops it anyway.
        this.#log(`partition ${p}: ${e.message}; reloading the checkpoint`);
        this.#owned.delete(p);
        await this.#assign([p]);
        const reloaded = this.#owned.get(p)!;
        for (const [topic, offset] of Object.entries(reloaded.next)) {
          this.#consumer?.seek({ topic, partition: p, offset: offset.toString() });
        }
        return;
      }
      throw e;
    }
    owned.dirty = false;
    owned.events = [];
    this.#lastCheckpointAt = Date.now();
    await this.#consumer?.commit(
      Object.entries(offsets).map(([topic, offset]) => ({ topic, partition: p, offset })),
    ).catch((e) => this.#log(`offset commit for ${p} failed (checkpoint is authoritative): ${e}`));
  }
}

/** Deterministic sampling by event id, so a replay keeps exactly the same events. */
export function sampled(eventId: string, rate: number): boolean {
  if (rate <= 0) return false;
  if (rate >= 1) return true;
  let h = 0x811c9dc5;
  for (let i = 0; i < eventId.length; i++) h = Math.imul(h ^ eventId.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 0x100000000 < rate;
}

function encodeBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
