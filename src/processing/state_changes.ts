/**
 * Incremental checkpoints: which keyed state entries changed since the last checkpoint,
 * and how entries travel to the checkpoint store as bounded JSON chunks.
 *
 * A partition's operator state is a set of keyed maps (trend buckets by product and
 * minute, sessions, users …) plus a few scalars (watermarks, counters). A checkpoint
 * writes only the entries that changed — their new value, or `null` where eviction
 * removed them — so its cost follows the event rate, not the state size (the idea of
 * Kafka Streams' changelog topics and Flink's incremental checkpoints). Now and then
 * the processor writes a full image instead, so a restore never replays a long chain.
 *
 * @example
 * ```ts
 * import { ChangeSet, chunkEntries, parseChunks } from "./state_changes.ts";
 * const changes = new ChangeSet();
 * changes.mark("bots.users", "u-1");
 * const taken = changes.take(); // Map { "bots.users" => Set { "u-1" } }
 * const chunks = chunkEntries([["bots.users", "u-1", { browse: 3 }]]);
 * [...parseChunks(chunks)]; // [["bots.users", "u-1", { browse: 3 }]]
 * ```
 *
 * @module
 */

/** Told of every state entry eviction removes (map name, key), so checkpoints can drop it too. */
export type Removed = (map: string, key: string) => void;

/** Keys changed since the last `take()`, per map. */
export class ChangeSet {
  #maps = new Map<string, Set<string>>();

  mark(map: string, key: string): void {
    let keys = this.#maps.get(map);
    if (!keys) this.#maps.set(map, keys = new Set());
    keys.add(key);
  }

  markAll(map: string, keys: Iterable<string>): void {
    for (const key of keys) this.mark(map, key);
  }

  /** Number of changed entries. */
  get size(): number {
    let n = 0;
    for (const keys of this.#maps.values()) n += keys.size;
    return n;
  }

  /** The changes so far; the set starts empty again. */
  take(): Map<string, Set<string>> {
    const taken = this.#maps;
    this.#maps = new Map();
    return taken;
  }

  /** Puts taken changes back (their checkpoint was not saved). */
  restore(taken: Map<string, Set<string>>): void {
    for (const [map, keys] of taken) this.markAll(map, keys);
  }
}

/** Largest chunk: two fit in one request, far below Elasticsearch's 100 MB limit and our 10 MB goal. */
export const MAX_CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Serialises `[map, key, value]` entries (value `null` = removed) into JSON arrays of at
 * most about `maxBytes` each (one entry larger than that gets a chunk of its own).
 */
export function chunkEntries(
  entries: Iterable<[string, string, unknown]>,
  maxBytes: number = MAX_CHUNK_BYTES,
): string[] {
  const chunks: string[] = [];
  let parts: string[] = [];
  let size = 2;
  for (const entry of entries) {
    const json = JSON.stringify(entry);
    if (parts.length > 0 && size + json.length + 1 > maxBytes) {
      chunks.push(`[${parts.join(",")}]`);
      parts = [];
      size = 2;
    }
    parts.push(json);
    size += json.length + 1;
  }
  if (parts.length > 0) chunks.push(`[${parts.join(",")}]`);
  return chunks;
}

/** The entries of chunks, in order (later entries for the same key win when applied in order). */
export function* parseChunks(chunks: Iterable<string>): Generator<[string, string, unknown]> {
  for (const chunk of chunks) {
    for (const entry of JSON.parse(chunk) as [string, string, unknown][]) yield entry;
  }
}
