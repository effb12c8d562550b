/**
 * Processor checkpoints in Elasticsearch, incremental: operator state is stored as
 * **pieces** (documents of at most a few MB in `processor-state`, each one chunk of a
 * state image) and one **manifest** per (group, partition) in `processor-checkpoints`
 * that lists, in order, the pieces the state is made of, with the offsets, counters and
 * scalar state. A checkpoint writes its new pieces first and then the manifest, with
 * optimistic concurrency (`if_seq_no`/`if_primary_term`, or `op_type=create` for the
 * first): pieces a failed or fenced-off writer left behind are referenced by no manifest
 * and are cleaned up later. Loading reads the manifest with a realtime GET and the
 * pieces a few at a time, so no request or response grows with the state.
 *
 * @module
 */
import type { Client } from "@elastic/elasticsearch";
import {
  type Checkpoint,
  CheckpointConflictError,
  type CheckpointStore,
  type CheckpointVersion,
  INDICES,
  type StateSize,
} from "../port.ts";
import { createIndexIfMissing, indexName } from "./client.ts";
import { assertAnswered, bulkWrite, deleteMatching, unavailable } from "./bulk.ts";

interface Piece {
  id: string;
  bytes: number;
}

/** The manifest document. */
interface Manifest {
  groupId: string;
  partition: number;
  offsets: Record<string, string>;
  counters: Checkpoint["counters"];
  updated_at: string;
  scalars: string;
  pieces: Piece[];
  full_bytes: number;
  change_bytes: number;
  owner?: number;
}

interface PieceDoc {
  groupId: string;
  partition: number;
  data: string;
  /** When the piece was written (epoch ms): orphans are removed only once they are old. */
  created: number;
}

/** Pieces read per request: responses stay near 10 MB with 4 MB pieces. */
const PIECES_PER_READ = 2;
/** A piece no manifest lists is removed only after this long (a writer may be about to list it). */
const ORPHAN_AGE_MS = 120_000;

function sizeOf(m: Manifest): StateSize {
  return { fullBytes: m.full_bytes, changeBytes: m.change_bytes, pieces: m.pieces.length };
}

function isStatus(e: unknown, status: number): boolean {
  return (e as { meta?: { statusCode?: number } })?.meta?.statusCode === status;
}

export class ElasticsearchCheckpoints implements CheckpointStore {
  readonly #es: Client;
  readonly #index: string;
  readonly #pieces: string;
  readonly #replicas?: number;
  /** The manifest this process last read or wrote per (group, partition), with its version. */
  readonly #known = new Map<string, { manifest: Manifest; version: CheckpointVersion }>();

  constructor(options: { client: Client; indexPrefix?: string; replicas?: number }) {
    this.#es = options.client;
    this.#index = indexName(options, INDICES.checkpoints);
    this.#pieces = indexName(options, INDICES.state);
    this.#replicas = options.replicas;
  }

  async ensureIndex(): Promise<void> {
    await createIndexIfMissing(this.#es, this.#index, {
      settings: { number_of_shards: 1, number_of_replicas: 0 },
      mappings: {
        dynamic: "strict",
        properties: {
          groupId: { type: "keyword" },
          partition: { type: "integer" },
          offsets: { type: "object", enabled: false },
          counters: { type: "object", enabled: false },
          updated_at: { type: "date" },
          scalars: { type: "keyword", index: false, doc_values: false },
          pieces: { type: "object", enabled: false },
          full_bytes: { type: "long" },
          change_bytes: { type: "long" },
          owner: { type: "integer" },
        },
      },
    }, { replicas: this.#replicas });
    await createIndexIfMissing(this.#es, this.#pieces, {
      settings: { number_of_shards: 1, number_of_replicas: 0, refresh_interval: "30s" },
      mappings: {
        dynamic: "strict",
        properties: {
          groupId: { type: "keyword" },
          partition: { type: "integer" },
          data: { type: "keyword", index: false, doc_values: false },
          created: { type: "date", format: "epoch_millis" },
        },
      },
    }, { replicas: this.#replicas });
  }

  async #manifest(groupId: string, partition: number) {
    try {
      const r = await this.#es.get<Manifest>({
        index: this.#index,
        id: `${groupId}:${partition}`,
        realtime: true,
      });
      if (!r.found || !r._source) return undefined;
      return { manifest: r._source, version: { seqNo: r._seq_no!, primaryTerm: r._primary_term! } };
    } catch (e) {
      if (isStatus(e, 404)) return undefined;
      throw e;
    }
  }

  async load(groupId: string, partition: number) {
    const found = await this.#manifest(groupId, partition);
    if (!found) return undefined;
    const { manifest: m, version } = found;
    if (!Array.isArray(m.pieces)) {
      throw new Error(
        `the checkpoint of ${groupId}:${partition} was written by shopstream 0.1 (one whole-state document), ` +
          `which this version does not read: use a new --group, or delete the ${this.#index} index`,
      );
    }
    const chunks: string[] = [];
    for (let i = 0; i < m.pieces.length; i += PIECES_PER_READ) {
      const ids = m.pieces.slice(i, i + PIECES_PER_READ).map((p) => p.id);
      const r = await this.#es.mget<PieceDoc>({ index: this.#pieces, ids, realtime: true });
      for (const [k, doc] of r.docs.entries()) {
        assertAnswered(doc, "reading checkpoint piece");
        const source = doc.found ? doc._source : undefined;
        if (!source) {
          throw new Error(`checkpoint ${groupId}:${partition} lists piece ${ids[k]}, which is missing`);
        }
        chunks.push(source.data);
      }
    }
    this.#known.set(`${groupId}:${partition}`, { manifest: m, version });
    const checkpoint: Checkpoint = {
      groupId: m.groupId,
      partition: m.partition,
      offsets: m.offsets,
      counters: m.counters,
      updated_at: m.updated_at,
      state: { full: true, scalars: m.scalars, chunks },
      ...(m.owner !== undefined ? { owner: m.owner } : {}),
    };
    return { checkpoint, version, size: sizeOf(m) };
  }

  async save(checkpoint: Checkpoint, expected: CheckpointVersion | undefined) {
    const { groupId, partition, state } = checkpoint;
    const key = `${groupId}:${partition}`;
    let previous: Manifest | undefined;
    if (expected !== undefined && !state.full) {
      const known = this.#known.get(key);
      const same = known && known.version.seqNo === expected.seqNo &&
        known.version.primaryTerm === expected.primaryTerm;
      previous = same ? known.manifest : (await this.#manifest(groupId, partition))?.manifest;
    }
    // 1. The new pieces (no manifest lists them yet, so a crash here leaves only orphans).
    const token = `${Date.now().toString(36)}${crypto.randomUUID().slice(0, 8)}`;
    const created = Date.now();
    const pieces: Piece[] = state.chunks.map((data, i) => ({
      id: `${key}:${token}:${i}`,
      bytes: data.length,
    }));
    for (let i = 0; i < pieces.length; i += PIECES_PER_READ) {
      const { rejected } = await bulkWrite(
        this.#es,
        pieces.slice(i, i + PIECES_PER_READ).map((p, k) => ({
          action: "index" as const,
          index: this.#pieces,
          id: p.id,
          doc: { groupId, partition, data: state.chunks[i + k], created } satisfies PieceDoc,
        })),
      );
      if (rejected.length) throw new Error(`checkpoint piece refused: ${rejected[0].reason}`);
    }
    // 2. The manifest, if nobody wrote one since `expected`.
    const bytes = pieces.reduce((a, p) => a + p.bytes, 0);
    const dropped = state.full
      ? (previous?.pieces ?? [])
      : (previous?.pieces ?? []).slice(0, state.supersedes ?? 0);
    const kept = state.full ? [] : (previous?.pieces ?? []).slice(state.supersedes ?? 0);
    const manifest: Manifest = {
      groupId,
      partition,
      offsets: checkpoint.offsets,
      counters: checkpoint.counters,
      updated_at: checkpoint.updated_at,
      scalars: state.scalars,
      pieces: [...kept, ...pieces],
      full_bytes: state.full ? bytes : (previous?.full_bytes ?? 0),
      change_bytes: state.full ? 0 : (previous?.change_bytes ?? 0) + bytes,
      ...(checkpoint.owner !== undefined ? { owner: checkpoint.owner } : {}),
    };
    if (!state.full && (state.supersedes ?? 0) > 0) {
      // The retained pieces now hold the whole state: count them as the base.
      manifest.full_bytes = manifest.pieces.reduce((a, p) => a + p.bytes, 0);
      manifest.change_bytes = 0;
    }
    let version: CheckpointVersion;
    try {
      const r = await this.#es.index({
        index: this.#index,
        id: key,
        document: manifest,
        ...(expected === undefined
          ? { op_type: "create" as const }
          : { if_seq_no: expected.seqNo, if_primary_term: expected.primaryTerm }),
      });
      version = { seqNo: r._seq_no!, primaryTerm: r._primary_term! };
    } catch (e) {
      this.#known.delete(key);
      if (isStatus(e, 409)) throw new CheckpointConflictError(groupId, partition);
      throw e;
    }
    this.#known.set(key, { manifest, version });
    // 3. Clean up what no manifest lists any more (best effort: leftovers are harmless).
    if (dropped.length) this.#cleanUp(groupId, partition, dropped, created).catch(() => {});
    return { version, size: sizeOf(manifest) };
  }

  /** Deletes superseded pieces, and orphans left by failed writers once they are old enough. */
  async #cleanUp(groupId: string, partition: number, dropped: Piece[], before: number) {
    await bulkWrite(
      this.#es,
      dropped.map((p) => ({ action: "delete" as const, index: this.#pieces, id: p.id })),
    );
    const current = this.#known.get(`${groupId}:${partition}`)?.manifest.pieces.map((p) => p.id) ?? [];
    await deleteMatching(this.#es, [this.#pieces], {
      bool: {
        filter: [
          { term: { groupId } },
          { term: { partition } },
          { range: { created: { lt: before - ORPHAN_AGE_MS } } },
        ],
        must_not: current.length ? [{ ids: { values: current } }] : [],
      },
    });
  }

  async owners(groupId: string, partitions: number[]): Promise<Map<number, number>> {
    const out = new Map<number, number>();
    if (!partitions.length) return out;
    const r = await this.#es.mget<Pick<Manifest, "owner">>({
      index: this.#index,
      ids: partitions.map((p) => `${groupId}:${p}`),
      realtime: true,
      _source_includes: ["owner"],
    }).catch((e) => {
      throw unavailable(e);
    });
    r.docs.forEach((doc, i) => {
      assertAnswered(doc, "reading the checkpoint owner of");
      out.set(partitions[i], (doc.found ? doc._source?.owner : undefined) ?? 0);
    });
    return out;
  }

  async list(groupId: string): Promise<Omit<Checkpoint, "state">[]> {
    await this.#es.indices.refresh({ index: this.#index, ignore_unavailable: true });
    const r = await this.#es.search<Omit<Manifest, "scalars" | "pieces">>({
      index: this.#index,
      size: 1000,
      _source: ["groupId", "partition", "offsets", "counters", "updated_at"],
      query: { term: { groupId } },
      sort: [{ partition: "asc" }],
      ignore_unavailable: true,
    });
    return r.hits.hits.map((h) => {
      const s = h._source!;
      return {
        groupId: s.groupId,
        partition: s.partition,
        offsets: s.offsets,
        counters: s.counters,
        updated_at: s.updated_at,
      };
    });
  }
}
