/**
 * The stream processor's shell: consumes the three input topics, feeds the pure
 * operators of each owned partition, emits their results continuously and checkpoints.
 *
 * Two loops, one rhythm each:
 * - **flush** (every `flushIntervalMs`, default 200 ms): the documents the operators
 *   changed are written to the store, so what the API shows follows the stream within
 *   a fraction of a second;
 * - **checkpoint** (every `checkpointIntervalMs`, default 5 s): operator state and the
 *   next offsets of partition p (for all three topics) are saved together as one
 *   checkpoint document, with optimistic concurrency; only then are the same offsets
 *   committed to Kafka.
 *
 * Exactly-once results without transactions, because:
 * 1. A checkpoint of p is saved only after every output and dead letter derived from
 *    the state it holds was acknowledged by the store and the bus: a checkpoint never
 *    covers offsets whose effects are not durable.
 * 2. Kafka's committed position never leads the checkpoint; on (re)assignment the
 *    consumer resumes from it, and messages below the checkpoint's offsets are skipped.
 * 3. Outputs have deterministic ids and are derived from state, so re-deriving them
 *    after a crash gives the same values; each write carries the partition's progress
 *    (`version`), so a write from behind (a replay, or a processor that lost p) never
 *    replaces a value written from further ahead.
 *
 * Faults: while the store is unavailable the processor keeps what it has not written,
 * pauses consumption (staying in the group, heartbeating), backs off and resumes by
 * itself. A document the store refuses for good goes to the dead-letter topic, alone.
 * An event whose time is more than `maxFutureSkewMs` ahead of when it was appended to
 * the log is dead-lettered too: one bad clock must not move every window into the
 * future.
 *
 * @module
 */
import type { Bus, BusBatch, BusMessage, Consumer, OutgoingMessage, Publisher } from "../bus/port.ts";
import { eventTime, parseEvent, type ShopEvent, type TopicNames } from "../domain/event.ts";
import {
  type Checkpoint,
  CheckpointConflictError,
  type CheckpointVersion,
  type StateSize,
  type Store,
  StoreUnavailableError,
  type WriteReport,
} from "../store/port.ts";
import { type EventDoc, sampledUser } from "../domain/analytics.ts";
import { type OperatorOptions, PartitionOperators, roundSlices } from "./partition_operators.ts";
import { ProductCache } from "./product_cache.ts";
import { PendingWrites } from "./pending_writes.ts";
import type { Registry } from "../observability/metrics.ts";
import { PROCESSED_COUNTER } from "../observability/names.ts";
import { encodeBase64 } from "../shared/base64.ts";
import { backoffMs } from "../shared/backoff.ts";
import { DEFAULT_MAX_FUTURE_SKEW_MS } from "../domain/time.ts";
import { withTimeout } from "../shared/timeout.ts";

export interface ProcessorOptions {
  bus: Bus;
  store: Store;
  groupId: string;
  topics: TopicNames;
  operators: OperatorOptions;
  checkpointIntervalMs: number;
  /** How often changed documents are written (default 200 ms). */
  flushIntervalMs?: number;
  /** Events this far ahead of their append time are dead-lettered (default 5 min). */
  maxFutureSkewMs?: number;
  /** Kafka session timeout: how fast a replacement takes over a killed processor (default 3 s). */
  sessionTimeoutMs?: number;
  metrics?: Registry;
  log?: (message: string) => void;
  /** Share of users whose every event is written to the `events` index (default 0); orders are always kept. */
  eventsSample?: number;
  /** Called after each flush that wrote something (the live stream pushes then). */
  onFlush?: () => void;
  /** Backoff while the store is unavailable (default 250 ms doubling to 5 s). */
  retry?: { baseMs: number; maxMs: number };
  /** Told of every checkpoint saved: its size and how long saving took (for benchmarks and logs). */
  onCheckpoint?: (c: { partition: number; bytes: number; ms: number; full: boolean; pieces: number }) => void;
}

interface Owned {
  partition: number;
  operators: PartitionOperators;
  /** Next offset per topic covered by the in-memory state (≥ the saved checkpoint's). */
  next: Record<string, bigint>;
  version: CheckpointVersion | undefined;
  /** This processor's owner generation for the partition (see VersionedWrite). */
  owner: number;
  /** Input position of the checkpoint it started from. */
  start: number;
  /** When this owner claimed the partition (epoch ms), and how many sweeps it made since. */
  claimedAt: number;
  sweeps: number;
  /** Outputs not yet acknowledged by the store. */
  pending: PendingWrites;
  /** Dead letters not yet acknowledged by the bus. */
  deadLetters: OutgoingMessage[];
  /** State changed since the last checkpoint. */
  changed: boolean;
  /** Offsets checkpointed but not yet committed to Kafka (the commit failed). */
  uncommitted?: Record<string, string>;
  /** What the saved state is made of (from the store). */
  size?: StateSize;
  /**
   * The rolling rewrite in progress: each checkpoint also rewrites one of `slices`
   * slices of the state, so after a full round the pieces older than `startPieces`
   * hold nothing current and are dropped. Checkpoint cost then follows the change rate.
   */
  cycle?: { slices: number; next: number; startPieces: number };
  /** State entries and changed entries seen by the last checkpoint (to size the next round). */
  lastEntries: number;
  lastChanged: number;
}

/** A checkpoint being saved, with what to do once it is (or is not). */
interface Cut {
  checkpoint: Checkpoint;
  changes: Map<string, Set<string>>;
  bytes: number;
}

/** Progress of a partition as one number: grows with every message it consumes. */
function progress(next: Record<string, bigint>): number {
  let sum = 0n;
  for (const n of Object.values(next)) sum += n;
  return Number(sum);
}

/** How many ids or documents a set of lists holds (a rollback's removed ids, an output). */
function countItems(lists: object): number {
  return Object.values(lists).reduce((a: number, xs) => a + (Array.isArray(xs) ? xs.length : 0), 0);
}

const DEFAULT_FLUSH_MS = 200;
const DEFAULT_SKEW_MS = DEFAULT_MAX_FUTURE_SKEW_MS;
/** The consumer's session timeout when none is configured (see ConsumerOptions). */
const DEFAULT_SESSION_TIMEOUT_MS = 3_000;
/**
 * When a new owner sweeps for a former owner's late writes, after its claim: often at
 * first, then while a request sent before the claim can still be finished by the store
 * (the client's timeouts and retries bound that to about two minutes).
 */
const SWEEP_AFTER_MS = [0, 2, 5, 10, 20, 40, 80, 160].map((s) => s * 1000);
const DEFAULT_RETRY = { baseMs: 250, maxMs: 5_000 };
/** Flush interval while working through a backlog. */
const BACKLOG_FLUSH_MS = 2_000;
/** How long a batch waits for product lookups before the store counts as down. */
const ENRICH_TIMEOUT_MS = 2_000;

export class StreamProcessor {
  readonly #o: ProcessorOptions;
  readonly #owned = new Map<number, Owned>();
  /** Timers of fenced partitions waiting to be checked again. */
  readonly #rechecks = new Set<ReturnType<typeof setTimeout>>();
  /** Partitions assigned whose checkpoint is still loading (the store may be down). */
  readonly #loading = new Set<number>();
  readonly #cache: ProductCache;
  #consumer?: Consumer;
  #dlq?: Publisher;
  #stopped = false;
  /** Resolves when `stop()` begins: commits in flight are no longer waited for. */
  readonly #stopping = Promise.withResolvers<void>();
  #loop?: Promise<void>;
  #wake?: () => void;
  #lastCheckpointAt = 0;
  #lastCheckpointTry = 0;
  #processed = 0;
  /** Consecutive failed flushes; > 0 means the store (or bus) is unavailable. */
  #failures = 0;
  #lastFailure = "";
  /** The last batch did not reach the end of its partition: a backlog is being worked through. */
  #behind = false;

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

  /** Whether the last flush reached the store (false during an outage). */
  get sinkHealthy(): boolean {
    return this.#failures === 0;
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
      sessionTimeoutMs: this.#o.sessionTimeoutMs,
    });
    this.#loop = this.#run();
    await this.#consumer.run({
      onAssigned: (ps) => this.#assign(ps),
      onRevoked: (ps) => this.#revoke(ps),
      eachBatch: (batch) => this.#handle(batch),
    });
  }

  /** Writes and checkpoints everything owned while still owning it, then leaves the group. */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#stopping.resolve();
    for (const t of this.#rechecks) clearTimeout(t);
    this.#rechecks.clear();
    this.#consumer?.pause([...this.#owned.keys(), ...this.#loading]);
    this.#wake?.();
    await this.#loop;
    // A last flush and checkpoint; if the store is down they fail, and the next owner
    // redoes the work since the last checkpoint.
    const t0 = Date.now();
    await this.#tick(true).catch((e) => this.#log(`final checkpoint failed: ${(e as Error).message}`));
    this.#log(`final flush and checkpoint took ${Date.now() - t0} ms; leaving the group`);
    await this.#consumer?.stop();
    await this.#dlq?.close();
  }

  #log(message: string) {
    this.#o.log?.(`[processor] ${message}`);
  }

  // ---- assignment ----

  #assign(partitions: number[]): Promise<void> {
    // Loading happens off the rebalance path: with the store down, a blocked handler
    // would stop the heartbeats and get this member evicted.
    for (const p of partitions) {
      if (this.#owned.has(p) || this.#loading.has(p)) continue;
      this.#loading.add(p);
      this.#consumer?.pause([p]);
      this.#load(p);
    }
    return Promise.resolve();
  }

  async #load(p: number, attempt = 0): Promise<void> {
    if (!this.#loading.has(p) || this.#stopped) return;
    try {
      // Still wanted when the (slow) load ends? A rebalance may have taken it away meanwhile.
      const installed = await this.#install(p, () => this.#loading.has(p) && !this.#stopped);
      if (!installed) return;
      this.#loading.delete(p);
      // Read from the checkpoint: Kafka's committed offsets are at or behind it, and a
      // partition claimed again without a rebalance (see #fenced) was read ahead of it.
      for (const [topic, offset] of Object.entries(installed.next)) {
        this.#consumer?.seek({ topic, partition: p, offset: offset.toString() });
      }
      this.#consumer?.resume([p]);
    } catch (e) {
      if (attempt === 0) {
        this.#log(`partition ${p}: loading the checkpoint failed (${(e as Error).message}); retrying`);
      }
      await new Promise((r) => setTimeout(r, backoffMs(attempt, this.#o.retry ?? DEFAULT_RETRY)));
      return this.#load(p, attempt + 1);
    }
  }

  /**
   * Loads p's checkpoint and makes it the owned state (replacing any in memory), unless
   * `wanted()` says p was taken away while loading: then nothing is kept.
   */
  async #install(p: number, wanted: () => boolean): Promise<Owned | undefined> {
    const { store, groupId, topics } = this.#o;
    const loaded = await store.checkpoints.load(groupId, p);
    const next: Record<string, bigint> = {};
    for (const t of [topics.search, topics.product, topics.order]) {
      next[t] = BigInt(loaded?.checkpoint.offsets[t] ?? "0");
    }
    const operators = loaded
      ? PartitionOperators.fromImage(p, this.#o.operators, loaded.checkpoint.state, {
        maxEventTime: Date.now() + this.#maxSkew(),
      })
      : new PartitionOperators(p, this.#o.operators);
    if (!wanted()) return undefined;
    // Claim the partition as a new owner generation: the checkpoint is saved again with it
    // (optimistic concurrency fences a concurrent claimant), so from now on the store
    // refuses writes of every earlier owner, a zombie included.
    const owner = (loaded?.checkpoint.owner ?? 0) + 1;
    const offsets: Record<string, string> = {};
    for (const [t, n] of Object.entries(next)) offsets[t] = n.toString();
    const claim = await store.checkpoints.save({
      groupId,
      partition: p,
      offsets,
      counters: operators.counters(),
      state: loaded
        ? { full: false, scalars: loaded.checkpoint.state.scalars, chunks: [] }
        : operators.checkpointImage({ full: true }).image,
      updated_at: new Date().toISOString(),
      owner,
    }, loaded?.version);
    // What earlier owners wrote beyond the checkpoint came from states this one will not go
    // through (it may see the topics interleave differently): remove it; it is derived again.
    const start = progress(next);
    const removed = await store.analytics.rollback({ partition: p, after: start, owner });
    // A removed document may have held a value this state has and will not change again
    // (a former owner overwrote it past the checkpoint): write those again, now, as they
    // stood at the checkpoint, whether or not this claimant keeps the partition. A later
    // claimant's rollback cannot see what this one deleted, so leaving them for the first
    // flush lost them when a rebalance took the partition away mid-claim (the failover
    // test caught it: two claims racing, documents gone for good).
    operators.reemit(removed);
    const restored = operators.output();
    if (countItems(restored) > 0) {
      const written = await store.analytics.write([{ partition: p, owner, progress: start, docs: restored }]);
      if (written.rejected.length) await this.#deadLetterRejected(written.rejected);
    }
    const rolledBack = countItems(removed);
    if (!wanted()) {
      this.#log(
        `partition ${p}: claimed as owner ${owner} (${rolledBack} document(s) rolled back), ` +
          `but it was taken away meanwhile`,
      );
      return undefined;
    }
    const owned: Owned = {
      partition: p,
      operators,
      next,
      version: claim.version,
      owner,
      start,
      claimedAt: Date.now(),
      sweeps: 0,
      pending: new PendingWrites(),
      deadLetters: [],
      changed: false,
      size: claim.size,
      lastEntries: 0,
      lastChanged: 0,
    };
    this.#owned.set(p, owned);
    this.#log(
      (loaded
        ? `partition ${p}: resumed from checkpoint ${
          JSON.stringify(loaded.checkpoint.offsets)
        } as owner ${owner}`
        : `partition ${p}: no checkpoint, starting empty as owner ${owner}`) +
        (rolledBack ? ` (${rolledBack} document(s) written past it rolled back)` : ""),
    );
    return owned;
  }

  /**
   * A revoked partition's state is dropped, not saved: by now another member may own it
   * and have loaded the last checkpoint; a late save from here would race it. Work since
   * that checkpoint is redone by the new owner, and its outputs converge (same ids).
   */
  #revoke(partitions: number[]): Promise<void> {
    for (const p of partitions) {
      this.#loading.delete(p);
      if (this.#owned.delete(p)) this.#log(`partition ${p}: revoked`);
    }
    return Promise.resolve();
  }

  /**
   * Someone claimed `owned`'s partition after this processor did: either it lost the
   * partition and has not been told yet (a zombie), or a zombie claimed it. Either way it
   * stops writing for it now. If the group still gives the partition to this member once
   * a zombie would have been evicted (twice the session timeout), it claims it again.
   */
  #fenced(owned: Owned, why: string): void {
    const p = owned.partition;
    if (this.#owned.get(p) !== owned) return;
    this.#owned.delete(p);
    this.#consumer?.pause([p]);
    const delay = 2 * (this.#o.sessionTimeoutMs ?? DEFAULT_SESSION_TIMEOUT_MS) + 1_000;
    this.#log(`partition ${p}: ${why}; stopped writing it, checking again in ${delay / 1000} s`);
    const timer = setTimeout(() => {
      this.#rechecks.delete(timer);
      if (this.#stopped || this.#owned.has(p) || this.#loading.has(p)) return;
      if (this.#consumer?.assigned().includes(p)) this.#assign([p]);
    }, delay);
    this.#rechecks.add(timer);
  }

  #maxSkew(): number {
    return this.#o.maxFutureSkewMs ?? DEFAULT_SKEW_MS;
  }

  // ---- consuming ----

  async #handle(batch: BusBatch): Promise<{ consumed: number }> {
    const owned = this.#owned.get(batch.partition);
    // Not ready (loading) or not ours any more: take nothing; it is fetched again later.
    if (!owned || this.#stopped) return { consumed: 0 };
    if (this.#failures > 0) {
      // The store is down: hold everything until a flush gets through again.
      this.#consumer?.pause([batch.partition]);
      return { consumed: 0 };
    }
    const next = owned.next[batch.topic] ?? 0n;
    const firstAt = batch.messages.findIndex((m) => BigInt(m.offset) >= next);
    const first = firstAt < 0 ? undefined : batch.messages[firstAt];
    if (first && BigInt(first.offset) > next && BigInt(batch.fetchedOffset) > next) {
      // Read from beyond the state's position: a batch fetched before a seek back (the
      // reload after a fenced checkpoint), or a position a rejoin moved. Applying it would
      // skip next…first-1 for good: read from next again. (A batch fetched at or below
      // next that still starts above it is a hole in the log, and is applied.)
      this.#log(
        `partition ${batch.partition}: ${batch.topic} was read from ${batch.fetchedOffset}, beyond ` +
          `the state's ${next}; reading from ${next} again`,
      );
      this.#consumer?.seek({ topic: batch.topic, partition: batch.partition, offset: next.toString() });
      return { consumed: 0 };
    }
    const valid: { message: BusMessage; event: ShopEvent; ts: number }[] = [];
    const dead: { message: BusMessage; reason: string }[] = [];
    let last: BusMessage | undefined;
    const skew = this.#maxSkew();
    const now = Date.now();
    // Offsets rise within a batch: only those up to the first at or beyond `next` are compared.
    let below = firstAt < 0 ? batch.messages.length : firstAt;
    for (const message of batch.messages) {
      if (below > 0) {
        below--;
        continue; // below the checkpoint: already in the restored state
      }
      last = message;
      const parsed = parseEvent(message.value);
      if (!parsed.ok) {
        dead.push({ message, reason: parsed.reason });
        continue;
      }
      // Append time bounds event time; the wall clock bounds a producer's bad clock.
      const appended = Math.min(message.timestamp || now, now);
      const ts = eventTime(parsed.event);
      const ahead = ts - appended;
      if (ahead > skew) {
        dead.push({
          message,
          reason: `event time ${parsed.event.ts} is ${Math.round(ahead / 1000)} s ahead of its append time ` +
            `(the limit is ${Math.round(skew / 1000)} s: --max-future-skew)`,
        });
        continue;
      }
      valid.push({ message, event: parsed.event, ts });
    }
    if (last === undefined) return { consumed: batch.messages.length };
    const lastOffset = BigInt(last.offset);
    this.#behind = lastOffset + 1n < BigInt(batch.highWatermark);

    let enriched;
    try {
      enriched = await withTimeout(
        this.#cache.enrich(valid.map((v) => v.event)),
        ENRICH_TIMEOUT_MS,
        () => new StoreUnavailableError(`no answer within ${ENRICH_TIMEOUT_MS} ms`),
      );
    } catch (e) {
      this.#fail(`product lookup: ${(e as Error).message}`);
      this.#consumer?.pause([batch.partition]);
      return { consumed: 0 };
    }
    // The partition may have been revoked while waiting.
    if (this.#owned.get(batch.partition) !== owned) return { consumed: 0 };

    let applied = 0;
    const byType: Record<string, number> = {};
    const sample = this.#o.eventsSample ?? 0;
    const events: EventDoc[] = [];
    enriched.forEach((event, i) => {
      try {
        owned.operators.apply(event, { topic: batch.topic, ts: valid[i].ts });
        applied++;
        byType[event.type] = (byType[event.type] ?? 0) + 1;
        if (keepRawEvent(event, sample)) {
          const { products, unknown_products, ...raw } = event;
          events.push({
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
    for (const d of dead) {
      owned.operators.countDeadLetter();
      owned.deadLetters.push(deadLetter(d.message, d.reason));
    }
    owned.next[batch.topic] = lastOffset + 1n;
    owned.changed = true;
    if (events.length) {
      owned.pending.add(
        { trends: [], funnels: [], queries: [], signals: [], retracted_signals: [], events },
        progress(owned.next),
      );
    }
    this.#processed += applied;
    const processed = this.#o.metrics?.counter(PROCESSED_COUNTER, "Valid events applied by the processor", [
      "type",
    ]);
    for (const [type, n] of Object.entries(byType)) processed?.inc(n, { type });
    if (dead.length) {
      this.#o.metrics?.counter("shopstream_dead_letters_total", "Messages sent to the dead-letter topic")
        .inc(dead.length);
    }
    return { consumed: batch.messages.length };
  }

  // ---- flushing and checkpointing ----

  async #run(): Promise<void> {
    while (!this.#stopped) {
      // Caught up, results follow the stream within a flush interval; while working
      // through a backlog, flushing less often writes each changing document fewer times.
      const flush = this.#o.flushIntervalMs ?? DEFAULT_FLUSH_MS;
      const delay = this.#failures > 0
        ? backoffMs(this.#failures - 1, this.#o.retry ?? DEFAULT_RETRY)
        : this.#behind
        ? Math.max(flush, BACKLOG_FLUSH_MS)
        : flush;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.#wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      if (this.#stopped) break;
      const due = Date.now() - this.#lastCheckpointTry >= this.#o.checkpointIntervalMs;
      await this.#tick(due).catch((e) => this.#log(`flush failed: ${(e as Error).message}`));
    }
  }

  /**
   * One flush: takes what every owned partition changed, writes it and the dead
   * letters, and — when `checkpoint` — saves a checkpoint of each partition whose
   * outputs up to that point are all written.
   */
  async #tick(checkpoint: boolean): Promise<void> {
    if (checkpoint) this.#lastCheckpointTry = Date.now();
    // 1. Synchronously, per partition: take the changed outputs, and cut a checkpoint.
    const work: {
      owned: Owned;
      batch: ReturnType<PendingWrites["take"]>;
      letters: OutgoingMessage[];
      cut?: Cut;
    }[] = [];
    for (const owned of this.#owned.values()) {
      owned.pending.add(owned.operators.output(), progress(owned.next));
      const cut = checkpoint && owned.changed ? this.#cut(owned) : undefined;
      if (cut) owned.changed = false;
      work.push({ owned, batch: owned.pending.take(), letters: owned.deadLetters.slice(), cut });
    }
    // 2. Dead letters, then documents; a failure keeps them pending (and any cut unsaved).
    let report: WriteReport;
    try {
      // Fencing: a partition someone claimed after this processor did is not written any
      // more (see #fenced). Asked just before writing, so a former owner stops within a flush.
      const writing = work.filter((w) => w.batch.size > 0 || w.cut);
      if (writing.length) {
        const owners = await this.#o.store.checkpoints.owners(
          this.#o.groupId,
          writing.map((w) => w.owned.partition),
        );
        for (const w of writing) {
          const newest = owners.get(w.owned.partition) ?? 0;
          if (newest <= w.owned.owner) continue;
          this.#fenced(w.owned, `owner ${newest} claimed it (this processor is owner ${w.owned.owner})`);
          work.splice(work.indexOf(w), 1);
        }
      }
      const letters = work.flatMap((w) => w.letters);
      if (letters.length) await this.#dlq!.publish(this.#o.topics.deadLetter, letters);
      for (const w of work) w.owned.deadLetters.splice(0, w.letters.length);
      const writes = work.flatMap((w) =>
        w.batch.writes.map((x) => ({ ...x, partition: w.owned.partition, owner: w.owned.owner }))
      );
      report = writes.length ? await this.#o.store.analytics.write(writes) : { rejected: [] };
    } catch (e) {
      for (const w of work) {
        if (!w.cut) continue;
        w.owned.changed = true;
        w.owned.operators.unsaved(w.cut.changes);
      }
      this.#fail((e as Error).message);
      if (!(e instanceof StoreUnavailableError)) throw e;
      return;
    }
    if (report.rejected.length) await this.#deadLetterRejected(report.rejected);
    for (const w of work) w.owned.pending.ack(w.batch);
    this.#recovered();
    if (work.some((w) => w.batch.size > 0)) this.#o.onFlush?.();

    // 3. Checkpoints (state + offsets), then the Kafka commits.
    for (const w of work) {
      const owned = w.owned;
      if (this.#owned.get(owned.partition) !== owned) continue; // revoked meanwhile
      if (w.cut) await this.#save(owned, w.cut);
      if (owned.uncommitted) await this.#commit(owned);
    }
  }

  /**
   * Cuts a checkpoint of `owned` as it is now: the first is a full image; after that each
   * carries what changed plus one slice of a rolling rewrite of the whole state.
   */
  #cut(owned: Owned): Cut {
    const offsets: Record<string, string> = {};
    for (const [t, n] of Object.entries(owned.next)) offsets[t] = n.toString();
    let taken;
    if (owned.size === undefined || owned.size.pieces === 0) {
      taken = owned.operators.checkpointImage({ full: true });
    } else {
      // A round rewrites about as much as changes: slices ≈ state entries / changed entries.
      const slices = roundSlices(owned.lastEntries, owned.lastChanged);
      const cycle = owned.cycle ??= { slices, next: 0, startPieces: owned.size?.pieces ?? 0 };
      taken = owned.operators.checkpointImage({ slice: { index: cycle.next, of: cycle.slices } });
      if (cycle.next + 1 === cycle.slices) taken.image.supersedes = cycle.startPieces;
    }
    if (taken.entries > 0) owned.lastEntries = taken.entries;
    if (!taken.image.full) owned.lastChanged = taken.changed;
    return {
      checkpoint: {
        groupId: this.#o.groupId,
        partition: owned.partition,
        offsets,
        counters: owned.operators.counters(),
        state: taken.image,
        updated_at: new Date().toISOString(),
        owner: owned.owner,
      },
      changes: taken.changes,
      bytes: taken.image.chunks.reduce((a, c) => a + c.length, 0),
    };
  }

  async #save(owned: Owned, cut: Cut): Promise<void> {
    const p = owned.partition;
    const started = performance.now();
    try {
      const saved = await this.#o.store.checkpoints.save(cut.checkpoint, owned.version);
      owned.version = saved.version;
      owned.size = saved.size;
    } catch (e) {
      if (e instanceof CheckpointConflictError) {
        this.#fenced(owned, e.message);
        return;
      }
      owned.changed = true;
      owned.operators.unsaved(cut.changes);
      this.#fail(`checkpoint: ${(e as Error).message}`);
      return;
    }
    const due = SWEEP_AFTER_MS[owned.sweeps];
    if (due !== undefined && Date.now() - owned.claimedAt >= due) {
      // Writes of a former owner that landed after the takeover's rollback (requests it
      // sent before it learned, finished late by the store): the store refuses them only
      // where this owner already wrote. Remove them and write this state's values again;
      // repeated while such requests can still land.
      owned.sweeps++;
      await this.#o.store.analytics.rollback({
        partition: p,
        after: owned.start,
        ownerBelow: owned.owner,
        owner: owned.owner,
      })
        .then((removed) => {
          owned.operators.reemit(removed);
          const n = countItems(removed);
          if (n) this.#log(`partition ${p}: removed ${n} late write(s) of former owners; writing them again`);
        }, () => owned.sweeps--);
    }
    if (cut.checkpoint.state.full) owned.cycle = undefined;
    else if (owned.cycle && ++owned.cycle.next === owned.cycle.slices) owned.cycle = undefined;
    this.#lastCheckpointAt = Date.now();
    owned.uncommitted = cut.checkpoint.offsets;
    this.#o.onCheckpoint?.({
      partition: p,
      bytes: cut.bytes,
      ms: performance.now() - started,
      full: cut.checkpoint.state.full,
      pieces: owned.size?.pieces ?? 0,
    });
  }

  async #commit(owned: Owned): Promise<void> {
    const offsets = owned.uncommitted!;
    const failed = (e: unknown) =>
      // The checkpoint is authoritative; the commit is retried at the next flush so that
      // lag (read from the committed offsets) catches up.
      this.#log(`offset commit for ${owned.partition} failed (retrying): ${(e as Error).message}`);
    const commit = this.#consumer?.commit(
      Object.entries(offsets).map(([topic, offset]) => ({ topic, partition: owned.partition, offset })),
    ).then(() => true, (e) => (failed(e), false));
    // Once stopping, a commit is not waited for: with the group's coordinator dead, kafkajs
    // retries one for its whole budget (~8 s), and a stop that waited for two of them
    // overran the 20 s grace on the failover test's degraded cluster. Only lag reporting
    // needs the commit; the next owner starts from the checkpoint.
    const done = await Promise.race([commit, this.#stopping.promise.then(() => false)]);
    if (done && owned.uncommitted === offsets) owned.uncommitted = undefined;
  }

  async #deadLetterRejected(rejected: WriteReport["rejected"]) {
    this.#log(
      `the store refused ${rejected.length} document(s), e.g. ${rejected[0].index}/${rejected[0].id}: ` +
        `${rejected[0].reason}; sent to the dead-letter topic`,
    );
    await this.#dlq!.publish(
      this.#o.topics.deadLetter,
      rejected.map((r) => ({
        key: `sink/${r.index}/${r.id}`.slice(0, 1000),
        value: JSON.stringify({ reason: `store refused the document: ${r.reason}`, sink: r }),
        headers: { reason: `store refused: ${r.reason}`.slice(0, 200), source_topic: "(processor output)" },
      })),
    );
    this.#o.metrics?.counter(
      "shopstream_sink_rejections_total",
      "Output documents the store refused for good",
    )
      .inc(rejected.length);
  }

  #fail(reason: string) {
    this.#failures++;
    if (this.#failures === 1 || reason !== this.#lastFailure) {
      this.#log(`store unavailable (${reason}); pausing consumption and retrying`);
    } else if (this.#failures <= 5 || this.#failures % 10 === 0) {
      this.#log(`store still unavailable (attempt ${this.#failures}); retrying`);
    }
    this.#lastFailure = reason;
    this.#consumer?.pause([...this.#owned.keys()]);
  }

  #recovered() {
    if (this.#failures === 0) return;
    this.#log(`store reachable again after ${this.#failures} failed attempt(s); resuming`);
    this.#failures = 0;
    this.#lastFailure = "";
    this.#consumer?.resume([...this.#owned.keys()]);
  }
}

/** Raw events kept in the `events` index: every order event, and every event of a sampled share of users (so their timelines are whole). */
export function keepRawEvent(event: ShopEvent, rate: number): boolean {
  return event.type === "purchase" || event.type === "refund" || sampledUser(event.user_id, rate);
}

function deadLetter(message: BusMessage, reason: string): OutgoingMessage {
  return {
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
  };
}
