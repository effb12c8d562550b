/**
 * Processor checkpoints in memory, with the same semantics as the Elasticsearch adapter:
 * state as pieces plus a manifest per (group, partition) listing them, optimistic
 * concurrency (a counter stands in for `_seq_no`). With a data dir each piece is a file
 * written once and each manifest a JSON file written atomically (temp + rename), so the
 * embedded demo resumes — and a checkpoint writes only its new pieces.
 *
 * @module
 */
import {
  type Checkpoint,
  CheckpointConflictError,
  type CheckpointStore,
  type CheckpointVersion,
  type StateSize,
} from "../port.ts";

interface Manifest {
  checkpoint: Omit<Checkpoint, "state">;
  scalars: string;
  pieces: { id: string; bytes: number }[];
  fullBytes: number;
  changeBytes: number;
  version: CheckpointVersion;
}

export class EmbeddedCheckpoints implements CheckpointStore {
  readonly #manifests = new Map<string, Manifest>();
  /**
   * Piece contents, without a data dir only: with one they live in their files and are
   * read when a partition is claimed (kept in memory they were tens of MB, read once).
   */
  readonly #pieces = new Map<string, string>();
  readonly #dir?: string;

  constructor(options: { dataDir?: string } = {}) {
    if (!options.dataDir) return;
    this.#dir = `${options.dataDir}/checkpoints`;
    Deno.mkdirSync(`${this.#dir}/pieces`, { recursive: true });
    for (const entry of Deno.readDirSync(this.#dir)) {
      if (!entry.isFile || !entry.name.endsWith(".json")) continue;
      try {
        const m = JSON.parse(Deno.readTextFileSync(`${this.#dir}/${entry.name}`)) as Manifest;
        if (!m.pieces) continue; // a checkpoint of the earlier, whole-state format: not readable
        for (const p of m.pieces) Deno.statSync(this.#piecePath(p.id)); // all there, or skipped
        this.#manifests.set(key(m.checkpoint.groupId, m.checkpoint.partition), m);
      } catch { /* a torn temp file is never renamed; skip anything unreadable */ }
    }
  }

  #piecePath(id: string) {
    return `${this.#dir}/pieces/${encodeURIComponent(id)}`;
  }

  ensureIndex(): Promise<void> {
    return Promise.resolve();
  }

  owners(groupId: string, partitions: number[]): Promise<Map<number, number>> {
    return Promise.resolve(
      new Map(partitions.map((p) => [p, this.#manifests.get(key(groupId, p))?.checkpoint.owner ?? 0])),
    );
  }

  async load(groupId: string, partition: number) {
    for (;;) {
      const m = this.#manifests.get(key(groupId, partition));
      if (!m) return undefined;
      let chunks: string[];
      try {
        chunks = this.#dir
          ? await Promise.all(m.pieces.map((p) => Deno.readTextFile(this.#piecePath(p.id))))
          : m.pieces.map((p) => this.#pieces.get(p.id)!);
      } catch (e) {
        // A save replaced this manifest meanwhile and removed pieces it no longer lists:
        // read the new one (pieces are written once, so a manifest's pieces never change).
        if (e instanceof Deno.errors.NotFound && this.#manifests.get(key(groupId, partition)) !== m) continue;
        throw e;
      }
      const checkpoint: Checkpoint = {
        ...structuredClone(m.checkpoint),
        state: { full: true, scalars: m.scalars, chunks },
      };
      return { checkpoint, version: { ...m.version }, size: sizeOf(m) };
    }
  }

  save(checkpoint: Checkpoint, expected: CheckpointVersion | undefined) {
    const k = key(checkpoint.groupId, checkpoint.partition);
    const current = this.#manifests.get(k);
    const matches = expected === undefined
      ? current === undefined
      : current !== undefined && current.version.seqNo === expected.seqNo &&
        current.version.primaryTerm === expected.primaryTerm;
    if (!matches) {
      return Promise.reject(new CheckpointConflictError(checkpoint.groupId, checkpoint.partition));
    }
    const { state, ...meta } = checkpoint;
    const token = `${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
    const pieces = state.chunks.map((data, i) => ({ id: `${k}:${token}:${i}`, bytes: data.length }));
    pieces.forEach((p, i) => {
      if (this.#dir) Deno.writeTextFileSync(this.#piecePath(p.id), state.chunks[i]);
      else this.#pieces.set(p.id, state.chunks[i]);
    });
    const previous = current?.pieces ?? [];
    const cut = state.full ? previous.length : Math.min(previous.length, state.supersedes ?? 0);
    const kept = previous.slice(cut);
    const bytes = pieces.reduce((a, p) => a + p.bytes, 0);
    const rebased = state.full || cut > 0;
    const all = [...kept, ...pieces];
    const manifest: Manifest = {
      checkpoint: structuredClone(meta),
      scalars: state.scalars,
      pieces: all,
      fullBytes: state.full
        ? bytes
        : rebased
        ? all.reduce((a, p) => a + p.bytes, 0)
        : (current?.fullBytes ?? 0),
      changeBytes: rebased ? 0 : (current?.changeBytes ?? 0) + bytes,
      version: { seqNo: (current?.version.seqNo ?? -1) + 1, primaryTerm: 1 },
    };
    this.#manifests.set(k, manifest);
    if (this.#dir) {
      const file = `${this.#dir}/${encodeURIComponent(k)}.json`;
      Deno.writeTextFileSync(`${file}.tmp`, JSON.stringify(manifest));
      Deno.renameSync(`${file}.tmp`, file);
    }
    for (const p of previous.slice(0, cut)) {
      this.#pieces.delete(p.id);
      if (this.#dir) {
        try {
          Deno.removeSync(this.#piecePath(p.id));
        } catch { /* already gone */ }
      }
    }
    return Promise.resolve({ version: { ...manifest.version }, size: sizeOf(manifest) });
  }

  list(groupId: string): Promise<Omit<Checkpoint, "state">[]> {
    return Promise.resolve(
      [...this.#manifests.values()].filter((m) => m.checkpoint.groupId === groupId)
        .map((m) => structuredClone(m.checkpoint)).sort((a, b) => a.partition - b.partition),
    );
  }
}

function sizeOf(m: Manifest): StateSize {
  return { fullBytes: m.fullBytes, changeBytes: m.changeBytes, pieces: m.pieces.length };
}

const key = (groupId: string, partition: number) => `${groupId}:${partition}`;
