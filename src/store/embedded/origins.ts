/**
 * Where each analytics document held came from: the partition, owner generation and input
 * position of its last accepted write (see `VersionedWrite`), so a later write from an
 * earlier owner or position is refused and a rollback finds what a former owner wrote.
 *
 * Kept per kind and partition as one number per id (`documentVersion(owner, progress)`),
 * the id being the document's own string: an object and a `kind|id` string per document
 * had cost ~140 bytes each, a third of a trend document's memory.
 *
 * @example
 * ```ts
 * import { Origins } from "./origins.ts";
 * const origins = new Origins();
 * origins.set("trends", "0:p-000001:2026-12-05T10:00:00.000Z", { partition: 0, owner: 2, progress: 10 });
 * console.log(origins.get("trends", 0, "0:p-000001:2026-12-05T10:00:00.000Z")); // { partition: 0, owner: 2, progress: 10 }
 * ```
 *
 * @module
 */
import { documentVersion, PROGRESS_SPAN } from "../port.ts";

/** One write's origin. */
export interface Origin {
  partition: number;
  owner: number;
  progress: number;
}

export class Origins {
  /** kind → partition → id → documentVersion(owner, progress). */
  readonly #by = new Map<string, Map<number, Map<string, number>>>();

  #ids(kind: string, partition: number, create: true): Map<string, number>;
  #ids(kind: string, partition: number, create?: false): Map<string, number> | undefined;
  #ids(kind: string, partition: number, create = false): Map<string, number> | undefined {
    let partitions = this.#by.get(kind);
    if (!partitions) {
      if (!create) return undefined;
      this.#by.set(kind, partitions = new Map());
    }
    let ids = partitions.get(partition);
    if (!ids && create) partitions.set(partition, ids = new Map());
    return ids;
  }

  get(kind: string, partition: number, id: string): Origin | undefined {
    const version = this.#ids(kind, partition)?.get(id);
    return version === undefined ? undefined : decode(partition, version);
  }

  set(kind: string, id: string, o: Origin): void {
    this.#ids(kind, o.partition, true).set(id, documentVersion(o.owner, o.progress));
  }

  delete(kind: string, partition: number, id: string): void {
    this.#ids(kind, partition)?.delete(id);
  }

  /** Removes and returns, per kind, the ids of `partition` whose origin `matches`. */
  take(partition: number, matches: (o: Origin) => boolean): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const [kind, partitions] of this.#by) {
      const ids = partitions.get(partition);
      if (!ids) continue;
      const taken: string[] = [];
      for (const [id, version] of ids) {
        if (!matches(decode(partition, version))) continue;
        ids.delete(id);
        taken.push(id);
      }
      out.set(kind, taken);
    }
    return out;
  }

  /** Every origin, as `[kind, id, origin]`. */
  *entries(): Generator<[string, string, Origin]> {
    for (const [kind, partitions] of this.#by) {
      for (const [partition, ids] of partitions) {
        for (const [id, version] of ids) yield [kind, id, decode(partition, version)];
      }
    }
  }
}

function decode(partition: number, version: number): Origin {
  const owner = Math.floor(version / PROGRESS_SPAN);
  return { partition, owner, progress: version - owner * PROGRESS_SPAN };
}
