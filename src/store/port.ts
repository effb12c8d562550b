/**
 * The store port: product search, analytics documents and processor checkpoints.
 * Implemented by Elasticsearch (the real engine) and by an embedded in-process index
 * (the one-command demo). tests/contract/ runs the same cases against both.
 *
 * @module
 */
import type { Product } from "../domain/product.ts";
import type {
  ActivityPoint,
  AnalyticsWrite,
  FraudSignal,
  FunnelRow,
  PartitionCounters,
  QueryInsight,
  RatePoint,
  Severity,
  SignalType,
  TrendingHistoryItem,
  TrendingProduct,
  UserEvent,
} from "../domain/analytics.ts";
import type {
  AutocompleteOptions,
  SearchOptions,
  SearchQuery,
  SearchResult,
  Suggestions,
} from "../domain/search.ts";

export interface BulkProgress {
  indexed: number;
  total: number;
}

/** A background compaction (see `CatalogStore.compact`). */
export interface Compaction {
  /** Resolves once the merge is done and searches see the merged index. */
  finished(): Promise<void>;
}

export interface CatalogStore {
  /** Creates the products index with its mappings/analysis if missing (or anew with `recreate`). */
  ensureIndex(options?: { recreate?: boolean }): Promise<void>;
  /** Upserts products by id (idempotent). Reports progress after each chunk. */
  index(products: Product[], onProgress?: (p: BulkProgress) => void): Promise<void>;
  /** Makes indexed products searchable (refresh). */
  refresh(): Promise<void>;
  /**
   * Relaxes indexing work for a bulk load (Elasticsearch: no refresh, no replicas, as its
   * docs advise); resolves with the function that restores the settings. Optional.
   */
  beginBulkLoad?(): Promise<() => Promise<void>>;
  /**
   * After a load: starts merging the index down to one segment in the background
   * (Elasticsearch: a force merge, its advice for an index done loading: a query pays
   * per segment to build its weights and scorers, and a freshly loaded catalog has many).
   * Resolves once started, with a way to wait for the end. Optional.
   */
  compact?(): Promise<Compaction>;
  count(): Promise<number>;
  get(ids: string[]): Promise<Map<string, Product>>;
  /**
   * Whether the store holds these products exactly, indexed as this version indexes them
   * (Elasticsearch: the same fields, and text analysed by the same rules and synonyms).
   * A restarted `--role=all` seeds again an index that an older version or another
   * `--seed` built, instead of searching and enriching events with stale products.
   */
  holds(products: readonly Product[]): Promise<boolean>;
  /** Matching products; `options.boost` re-ranks matches (never adds one). */
  search(query: SearchQuery, options?: SearchOptions): Promise<SearchResult>;
  /** Query completions and the top few products for a typed prefix. */
  autocomplete(prefix: string, limit?: number, options?: AutocompleteOptions): Promise<Suggestions>;
}

export interface TrendingQuery {
  minutes: number;
  limit: number;
  category?: string;
  /** Count documents from users flagged as bots too (default: humans only). */
  includeBots?: boolean;
  /** Window end in epoch ms (event time). Defaults to the latest event time seen. */
  now?: number;
}

export interface FunnelQuery {
  minutes: number;
  level: "top" | "leaf";
  /** Count sessions of users flagged as bots too (default: humans only). */
  includeBots?: boolean;
  now?: number;
}

export interface QueriesQuery {
  minutes: number;
  limit: number;
  zeroResultsOnly?: boolean;
  /** Count searches of users flagged as bots too (default: humans only). */
  includeBots?: boolean;
  now?: number;
}

/** A per-minute history window (same rule as the others: ends at the newest bucket). */
export interface HistoryQuery {
  minutes: number;
  /** Count documents from users flagged as bots too (where documents say so). */
  includeBots?: boolean;
  now?: number;
}

export interface FraudQuery {
  severity?: Severity;
  type?: SignalType;
  limit: number;
}

/**
 * Documents one partition's processor derived from its state.
 *
 * - `owner` is the generation of the partition's owner: it grows each time the partition
 *   changes hands (or its processor restarts). A store keeps, per document, the write of the
 *   newest owner, so a processor that lost the partition and has not noticed (a zombie) can
 *   no longer change anything.
 * - `progress` is the partition's input position (the sum of its next offsets) when the
 *   documents were derived, stored with them so a new owner can roll back what was written
 *   after its checkpoint (see `AnalyticsStore.rollback`).
 *
 * A store versions each document with both (see `documentVersion`): a later owner always
 * wins, and among one owner's writes the one derived further along wins, so a request the
 * store finishes late (a timed-out bulk a recovering node still applies) cannot put back an
 * older value over a newer one.
 *
 * Without `owner` the write is unconditional (tests, fixtures).
 */
export interface VersionedWrite {
  partition?: number;
  owner?: number;
  progress?: number;
  docs: AnalyticsWrite;
}

/** Progress values a document version can tell apart (2^36 ≈ 69 billion offsets per partition). */
export const PROGRESS_SPAN = 2 ** 36;

/**
 * The version of a document written by generation `owner` at input position `progress`:
 * ordered by owner first, then progress. It stays an exact JavaScript number up to
 * 2^17 (131,072) generations per partition; beyond 2^36 the progress part saturates, and
 * one owner's writes then tie (the later request wins, as without progress).
 *
 * @example
 * ```ts
 * import { documentVersion } from "./port.ts";
 * documentVersion(2, 10) > documentVersion(1, 1_000_000); // true: the newer owner wins
 * documentVersion(2, 10) > documentVersion(2, 9);         // true: then the newer position
 * ```
 */
export function documentVersion(owner: number, progress = 0): number {
  return owner * PROGRESS_SPAN + Math.min(Math.max(progress, 0), PROGRESS_SPAN - 1);
}

/** Which partition's documents to roll back, and from where. */
export interface Rollback {
  partition: number;
  /** Documents derived beyond this input position (the checkpoint's) are removed. */
  after: number;
  /** Only those written by owners before this generation (zombies after a takeover). */
  ownerBelow?: number;
  /** The new owner's generation: deletions carry it, so earlier owners cannot write the documents back. */
  owner?: number;
}

/** Ids of the documents a rollback removed, by kind. */
export interface RolledBack {
  trends: string[];
  funnels: string[];
  queries: string[];
  signals: string[];
  rates: string[];
  events: string[];
}

/** What the store did not take, for good: retrying would fail the same way. */
export interface WriteReport {
  rejected: { index: string; id: string; reason: string }[];
}

/** The store could not be reached or refused for now (overloaded): nothing may be assumed written. */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoreUnavailableError";
  }
}

export interface AnalyticsStore {
  ensureIndices(): Promise<void>;
  /**
   * Idempotent upserts (and signal deletes) of processor output. Resolves once every
   * document is written, superseded by a newer version, or refused for good (listed in
   * the report); throws when the store is unavailable.
   */
  write(batches: VersionedWrite[]): Promise<WriteReport>;
  /**
   * Removes what earlier owners of a partition wrote beyond its checkpoint: those
   * documents came from a state the new owner does not have (it resumes from the
   * checkpoint, maybe seeing the three topics interleave differently) and it derives them
   * again. It reports what it removed: a removed document may have held, before an
   * earlier owner overwrote it, a value the checkpointed state still has and will not
   * change again (the new owner writes those again, see `PartitionOperators.reemit`).
   */
  rollback(r: Rollback): Promise<RolledBack>;
  trending(query: TrendingQuery): Promise<TrendingProduct[]>;
  funnels(query: FunnelQuery): Promise<FunnelRow[]>;
  fraud(query: FraudQuery): Promise<FraudSignal[]>;
  topQueries(query: QueriesQuery): Promise<QueryInsight[]>;
  /** Counters summed over every partition's latest checkpoint. */
  totals(groupId: string): Promise<PartitionCounters>;
  /** Document counts per analytics index, for /stats. */
  docCounts(): Promise<Record<string, number>>;
  /** The top `limit` products of the window by total score, each with its per-minute points. */
  trendingHistory(query: TrendingQuery): Promise<TrendingHistoryItem[]>;
  /** Events per event-time minute of the window (from the event-rates documents), oldest first. */
  throughput(query: HistoryQuery): Promise<RatePoint[]>;
  /** One product's per-minute activity in the window (only minutes with data), oldest first. */
  productActivity(productId: string, query: HistoryQuery): Promise<ActivityPoint[]>;
  /** Every signal about one user (all types), most severe and most recent first. */
  userSignals(userId: string): Promise<FraudSignal[]>;
  /** One user's stored raw events, newest first. */
  userEvents(userId: string, limit: number): Promise<UserEvent[]>;
}

/** A processor checkpoint of one partition number: operator state + next offsets per topic. */
/**
 * Operator state in a checkpoint, opaque to the store: a JSON string of scalars (saved
 * whole each time) and JSON chunks of keyed entries. A `full` image replaces everything
 * saved before it; otherwise its chunks are the changes since the previous image, to be
 * applied after it. Each chunk stays a few MB, so no request grows with the state.
 */
export interface StateImage {
  full: boolean;
  scalars: string;
  chunks: string[];
  /**
   * How many of the oldest stored pieces this image (with the ones saved since they were
   * written) makes obsolete: the store drops them. A full image makes all of them so.
   */
  supersedes?: number;
}

/** A processor checkpoint of one partition number: operator state + next offsets per topic. */
export interface Checkpoint {
  groupId: string;
  partition: number;
  /** Next offset to read, per topic. */
  offsets: Record<string, string>;
  counters: PartitionCounters;
  /** Saved: the image written now. Loaded: a full image followed by every change saved after it. */
  state: StateImage;
  updated_at: string;
  /** Generation of the processor that wrote it (see `VersionedWrite.owner`); absent = 0. */
  owner?: number;
}

/** What a loaded checkpoint's state is made of, so the processor can decide when to write a full image again. */
export interface StateSize {
  /** Bytes of the newest full image. */
  fullBytes: number;
  /** Bytes of the change images saved after it. */
  changeBytes: number;
  /** Stored pieces (chunks) the state is read from. */
  pieces: number;
}

/** Optimistic-concurrency token: ES `_seq_no`/`_primary_term`, or a counter when embedded. */
export interface CheckpointVersion {
  seqNo: number;
  primaryTerm: number;
}

export class CheckpointConflictError extends Error {
  constructor(groupId: string, partition: number) {
    super(`checkpoint of ${groupId}/${partition} was written by another processor (version conflict)`);
    this.name = "CheckpointConflictError";
  }
}

export interface CheckpointStore {
  ensureIndex(): Promise<void>;
  load(
    groupId: string,
    partition: number,
  ): Promise<{ checkpoint: Checkpoint; version: CheckpointVersion; size: StateSize } | undefined>;
  /**
   * Writes a checkpoint if nobody else wrote since `expected` (undefined = must not exist yet).
   * Throws CheckpointConflictError otherwise. Returns the new version and what the state is made of now.
   */
  save(
    checkpoint: Checkpoint,
    expected: CheckpointVersion | undefined,
  ): Promise<{ version: CheckpointVersion; size: StateSize }>;
  /** The group's checkpoints without their state (offsets, counters): cheap whatever the state size. */
  list(groupId: string): Promise<Omit<Checkpoint, "state">[]>;
  /**
   * The newest owner generation of each of `partitions` (0 where none was recorded), read
   * as of now: a processor asks before writing, and stops writing for a partition someone
   * claimed after it.
   */
  owners(groupId: string, partitions: number[]): Promise<Map<number, number>>;
}

export interface Store {
  readonly kind: "elasticsearch" | "embedded";
  readonly catalog: CatalogStore;
  readonly analytics: AnalyticsStore;
  readonly checkpoints: CheckpointStore;
  /** Answers when the store is reachable (for /ready); `timeoutMs` bounds the wait (no retries then). */
  ping(options?: { timeoutMs?: number }): Promise<void>;
  close(): Promise<void>;
}

/** Index names, shared by the Elasticsearch adapter and compose users' dashboards. */
export const INDICES = {
  products: "products",
  trends: "product-trends",
  funnels: "category-funnels",
  signals: "fraud-signals",
  queries: "search-queries",
  events: "events",
  rates: "event-rates",
  checkpoints: "processor-checkpoints",
  state: "processor-state",
} as const;
