/**
 * Processor checkpoints in memory, with the same optimistic concurrency as the ES
 * adapter (a version counter stands in for _seq_no). With a data dir each checkpoint is
 * also a JSON file written atomically (temp + rename), so the embedded demo resumes.
 *
 * @module
 */
import {
  type Checkpoint,
  CheckpointConflictError,
  type CheckpointStore,
  type CheckpointVersion,
} from "../port.ts";

export class EmbeddedCheckpoints implements CheckpointStore {
  readonly #docs = new Map<string, { checkpoint: Checkpoint; version: CheckpointVersion }>();
  readonly #dir?: string;

  constructor(options: { dataDir?: string } = {}) {
    if (options.dataDir) {
      this.#dir = `${options.dataDir}/checkpoints`;
      Deno.mkdirSync(this.#dir, { recursive: true });
      for (const entry of Deno.readDirSync(this.#dir)) {
        if (!entry.name.endsWith(".json")) continue;
        try {
          const saved = JSON.parse(Deno.readTextFileSync(`${this.#dir}/${entry.name}`));
          this.#docs.set(key(saved.checkpoint.groupId, saved.checkpoint.partition), saved);
        } catch { /* a torn temp file is never renamed; skip anything unreadable */ }
      }
    }
  }

  ensureIndex(): Promise<void> {
    return Promise.resolve();
  }

  load(groupId: string, partition: number) {
    const d = this.#docs.get(key(groupId, partition));
    return Promise.resolve(d ? structuredClone(d) : undefined);
  }

  save(checkpoint: Checkpoint, expected: CheckpointVersion | undefined): Promise<CheckpointVersion> {
    const k = key(checkpoint.groupId, checkpoint.partition);
    const current = this.#docs.get(k);
    const matches = expected === undefined
      ? current === undefined
      : current !== undefined && current.version.seqNo === expected.seqNo &&
        current.version.primaryTerm === expected.primaryTerm;
    if (!matches) {
      return Promise.reject(new CheckpointConflictError(checkpoint.groupId, checkpoint.partition));
    }
    const version = { seqNo: (current?.version.seqNo ?? -1) + 1, primaryTerm: 1 };
    const doc = { checkpoint: structuredClone(checkpoint), version };
    this.#docs.set(k, doc);
    if (this.#dir) {
      const file = `${this.#dir}/${encodeURIComponent(k)}.json`;
      Deno.writeTextFileSync(`${file}.tmp`, JSON.stringify(doc));
      Deno.renameSync(`${file}.tmp`, file);
    }
    return Promise.resolve(version);
  }

  list(groupId: string): Promise<Checkpoint[]> {
    return Promise.resolve(
      [...this.#docs.values()].filter((d) => d.checkpoint.groupId === groupId)
        .map((d) => structuredClone(d.checkpoint)).sort((a, b) => a.partition - b.partition),
    );
  }
}

const key = (groupId: string, partition: number) => `${groupId}:${partition}`;
