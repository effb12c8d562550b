/**
 * Output documents the processor has computed but the store has not yet acknowledged.
 *
 * The operators hand out what changed once; if the store then fails, those documents
 * must not be forgotten (that lost analytics after an Elasticsearch outage). They wait
 * here, keyed by index and id, the newest value winning, until a write that contained
 * them succeeds. Each entry carries the progress of the partition state it came from,
 * stored with the document so a later owner can roll back what lies beyond its checkpoint.
 *
 * @example
 * ```ts
 * import { PendingWrites } from "./pending_writes.ts";
 * const pending = new PendingWrites();
 * pending.add({ trends: [], funnels: [], queries: [], signals: [], retracted_signals: ["bot:u-1"] }, 42);
 * const batch = pending.take();       // what to write now
 * pending.ack(batch);                 // written: forgotten (unless replaced meanwhile)
 * pending.size;                       // 0
 * ```
 *
 * @module
 */
import type { AnalyticsWrite } from "../domain/analytics.ts";
import type { VersionedWrite } from "../store/port.ts";

type Kind = "trends" | "funnels" | "queries" | "signals" | "events" | "rates";

interface Entry {
  seq: number;
  progress: number;
  kind: Kind;
  id: string;
  /** The document to upsert, or undefined for a retracted signal (a delete). */
  doc?: unknown;
}

/** A snapshot of the pending entries, to write and then acknowledge. */
export interface PendingBatch {
  writes: VersionedWrite[];
  /** How many documents (and deletes) the batch holds. */
  size: number;
  /** key → seq of each entry taken, so an ack never drops a newer replacement. */
  readonly taken: ReadonlyMap<string, number>;
}

const KINDS = ["trends", "funnels", "queries", "signals", "events", "rates"] as const;

export class PendingWrites {
  readonly #entries = new Map<string, Entry>();
  #seq = 0;

  /** Number of documents (and deletes) waiting. */
  get size(): number {
    return this.#entries.size;
  }

  /** Adds what the operators emitted at `progress`; a newer value replaces a waiting one. */
  add(output: AnalyticsWrite, progress: number): void {
    for (const kind of KINDS) {
      for (const doc of (output[kind] ?? []) as { id: string }[]) this.#put(kind, doc.id, progress, doc);
    }
    for (const id of output.retracted_signals) this.#put("signals", id, progress, undefined);
  }

  #put(kind: Kind, id: string, progress: number, doc: unknown) {
    const key = `${kind}|${id}`;
    this.#entries.delete(key); // re-insert: iteration order = age of the newest value
    this.#entries.set(key, { seq: ++this.#seq, progress, kind, id, doc });
  }

  /** Everything waiting now, grouped by progress (oldest first). */
  take(): PendingBatch {
    const byProgress = new Map<number, VersionedWrite>();
    const taken = new Map<string, number>();
    for (const [key, e] of this.#entries) {
      taken.set(key, e.seq);
      let w = byProgress.get(e.progress);
      if (!w) {
        w = {
          progress: e.progress,
          docs: {
            trends: [],
            funnels: [],
            queries: [],
            signals: [],
            retracted_signals: [],
            events: [],
            rates: [],
          },
        };
        byProgress.set(e.progress, w);
      }
      if (e.doc === undefined) w.docs.retracted_signals.push(e.id);
      else (w.docs[e.kind] as unknown[]).push(e.doc);
    }
    const writes = [...byProgress.values()].sort((a, b) => (a.progress ?? 0) - (b.progress ?? 0));
    return { writes, size: taken.size, taken };
  }

  /**
   * Forgets the entries of `batch` that are still the ones taken (a value added since
   * stays). Call it once the store answered for every document of the batch — written,
   * or refused for good and dead-lettered.
   */
  ack(batch: PendingBatch): void {
    for (const [key, seq] of batch.taken) {
      if (this.#entries.get(key)?.seq === seq) this.#entries.delete(key);
    }
  }

  clear(): void {
    this.#entries.clear();
  }
}
