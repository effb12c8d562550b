/**
 * The store port: product search, analytics documents and processor checkpoints.
 * Implemented by Elasticsearch (the real engine) and by an embedded in-process index
 * (the one-command demo). tests/contract/ runs the same cases against both.
 *
 * @module
 */
import type { Product } from "../domain/product.ts";
import type {
  AnalyticsWrite,
  FraudSignal,
  FunnelRow,
  PartitionCounters,
  QueryInsight,
  Severity,
  SignalType,
  TrendingProduct,
} from "../domain/analytics.ts";
import type { SearchQuery, SearchResult, Suggestions } from "../domain/search.ts";

export interface BulkProgress {
  indexed: number;
  total: number;
}

export interface CatalogStore {
  /** Creates the products index with its mappings/analysis if missing (or anew with `recreate`). */
  ensureIndex(options?: { recreate?: boolean }): Promise<void>;
  /** Upserts products by id (idempotent). Reports progress after each chunk. */
  index(products: Product[], onProgress?: (p: BulkProgress) => void): Promise<void>;
  /** Makes indexed products searchable (refresh). */
  refresh(): Promise<void>;
  count(): Promise<number>;
  get(ids: string[]): Promise<Map<string, Product>>;
  search(query: SearchQuery): Promise<SearchResult>;
  autocomplete(prefix: string, limit?: number): Promise<Suggestions>;
}

export interface TrendingQuery {
  minutes: number;
  limit: number;
  category?: string;
  /** Window end in epoch ms (event time). Defaults to the latest event time seen. */
  now?: number;
}

export interface FunnelQuery {
  minutes: number;
  level: "top" | "leaf";
  now?: number;
}

export interface FraudQuery {
  severity?: Severity;
  type?: SignalType;
  limit: number;
}

export interface AnalyticsStore {
  ensureIndices(): Promise<void>;
  /** Idempotent upserts of everything one processor flush produced. */
  write(batch: AnalyticsWrite): Promise<void>;
  trending(query: TrendingQuery): Promise<TrendingProduct[]>;
  funnels(query: FunnelQuery): Promise<FunnelRow[]>;
  fraud(query: FraudQuery): Promise<FraudSignal[]>;
  topQueries(query: { minutes: number; limit: number; zeroResultsOnly?: boolean; now?: number }): Promise<
    QueryInsight[]
  >;
  /** Counters summed over every partition's latest checkpoint. */
  totals(groupId: string): Promise<PartitionCounters>;
  /** Document counts per analytics index, for /stats. */
  docCounts(): Promise<Record<string, number>>;
}

/** A processor checkpoint of one partition number: operator state + next offsets per topic. */
export interface Checkpoint {
  groupId: string;
  partition: number;
  /** Next offset to read, per topic. */
  offsets: Record<string, string>;
  counters: PartitionCounters;
  /** Serialised operator state (opaque to the store). */
  state: unknown;
  updated_at: string;
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
  ): Promise<{ checkpoint: Checkpoint; version: CheckpointVersion } | undefined>;
  /**
   * Writes a checkpoint if nobody else wrote since `expected` (undefined = must not exist yet).
   * Throws CheckpointConflictError otherwise. Returns the new version.
   */
  save(checkpoint: Checkpoint, expected: CheckpointVersion | undefined): Promise<CheckpointVersion>;
  list(groupId: string): Promise<Checkpoint[]>;
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
  checkpoints: "processor-checkpoints",
} as const;
