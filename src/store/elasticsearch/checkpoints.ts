/**
 * Processor checkpoints in Elasticsearch: one document per (group, partition), written
 * with optimistic concurrency (`if_seq_no`/`if_primary_term`, or `op_type=create` for the
 * first), read back with a realtime GET. The operator state is stored as a JSON string
 * in a field that is neither indexed nor parsed.
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
} from "../port.ts";
import { createIndexIfMissing, indexName } from "./client.ts";

interface Stored {
  groupId: string;
  partition: number;
  offsets: Record<string, string>;
  counters: Checkpoint["counters"];
  state: string;
  updated_at: string;
}

export class ElasticsearchCheckpoints implements CheckpointStore {
  readonly #es: Client;
  readonly #index: string;
  readonly #replicas?: number;

  constructor(options: { client: Client; indexPrefix?: string; replicas?: number }) {
    this.#es = options.client;
    this.#index = indexName(options, INDICES.checkpoints);
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
          state: { type: "keyword", index: false, doc_values: false },
          updated_at: { type: "date" },
        },
      },
    }, { replicas: this.#replicas });
  }

  async load(groupId: string, partition: number) {
    try {
      const r = await this.#es.get<Stored>({
        index: this.#index,
        id: `${groupId}:${partition}`,
        realtime: true,
      });
      if (!r.found || !r._source) return undefined;
      const s = r._source;
      return {
        checkpoint: { ...s, state: JSON.parse(s.state) } as Checkpoint,
        version: { seqNo: r._seq_no!, primaryTerm: r._primary_term! },
      };
    } catch (e) {
      // deno-lint-ignore no-explicit-any
      if ((e as any)?.meta?.statusCode === 404) return undefined;
      throw e;
    }
  }

  async save(checkpoint: Checkpoint, expected: CheckpointVersion | undefined): Promise<CheckpointVersion> {
    const document: Stored = { ...checkpoint, state: JSON.stringify(checkpoint.state) };
    try {
      const r = await this.#es.index({
        index: this.#index,
        id: `${checkpoint.groupId}:${checkpoint.partition}`,
        document,
        ...(expected === undefined
          ? { op_type: "create" as const }
          : { if_seq_no: expected.seqNo, if_primary_term: expected.primaryTerm }),
      });
      return { seqNo: r._seq_no!, primaryTerm: r._primary_term! };
    } catch (e) {
      // deno-lint-ignore no-explicit-any
      if ((e as any)?.meta?.statusCode === 409) {
        throw new CheckpointConflictError(checkpoint.groupId, checkpoint.partition);
      }
      throw e;
    }
  }

  async list(groupId: string): Promise<Checkpoint[]> {
    await this.#es.indices.refresh({ index: this.#index, ignore_unavailable: true });
    const r = await this.#es.search<Stored>({
      index: this.#index,
      size: 1000,
      query: { term: { groupId } },
      sort: [{ partition: "asc" }],
      ignore_unavailable: true,
    }).catch(() => undefined);
    return (r?.hits.hits ?? []).map((h) =>
      ({ ...h._source!, state: JSON.parse(h._source!.state) }) as Checkpoint
    );
  }
}
