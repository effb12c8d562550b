/**
 * Minute-bucket documents of one kind (trends, funnels, queries, rates) by id, indexed by
 * their minute: a window's documents cost what the window holds rather than what the
 * store holds (at 200k trend documents `/trending` scanned and parsed all of them, 60–80
 * ms a call), and old minutes are dropped a minute at a time.
 *
 * A document's minute never changes (it is part of its id), so each id is listed once
 * under its minute when first stored. A removed id stays listed until its minute is read
 * or dropped, then the list is compacted; reads skip ids no longer stored.
 *
 * @example
 * ```ts
 * import { MinuteDocs } from "./minute_docs.ts";
 * const docs = new MinuteDocs<{ id: string; minute: string }>();
 * docs.set({ id: "a", minute: "2026-12-05T10:00:00.000Z" });
 * docs.set({ id: "b", minute: "2026-12-05T10:01:00.000Z" });
 * const from = Date.parse("2026-12-05T10:01:00.000Z");
 * console.log([...docs.inRange(from, from)].map((d) => d.id)); // ["b"]
 * console.log(docs.latest(Infinity) === from); // true
 * ```
 *
 * @module
 */
export class MinuteDocs<T extends { id: string; minute: string }> {
  readonly #docs = new Map<string, T>();
  /** Minute (epoch ms) → ids stored under it, in the order first stored. */
  readonly #ids = new Map<number, string[]>();
  /** Minutes whose list may hold removed ids. */
  readonly #stale = new Set<number>();

  get size(): number {
    return this.#docs.size;
  }

  get(id: string): T | undefined {
    return this.#docs.get(id);
  }

  /** Stores `d`, replacing the document of the same id. */
  set(d: T): void {
    if (!this.#docs.has(d.id)) {
      const minute = Date.parse(d.minute);
      const ids = this.#list(minute);
      if (ids) ids.push(d.id);
      else this.#ids.set(minute, [d.id]);
    }
    this.#docs.set(d.id, d);
  }

  delete(id: string): boolean {
    const d = this.#docs.get(id);
    if (!d) return false;
    this.#docs.delete(id);
    this.#stale.add(Date.parse(d.minute));
    return true;
  }

  /** Every document (for a snapshot). */
  values(): IterableIterator<T> {
    return this.#docs.values();
  }

  /** The newest minute at or before `bound` that holds a document; 0 when none does. */
  latest(bound: number): number {
    let max = 0;
    for (const minute of this.#ids.keys()) {
      if (minute > max && minute <= bound && this.#list(minute)) max = minute;
    }
    return max;
  }

  /** Documents of the minutes from `from` to `to` (inclusive), oldest minute first. */
  *inRange(from: number, to: number): Generator<T> {
    const minutes = [...this.#ids.keys()].filter((m) => m >= from && m <= to).sort((a, b) => a - b);
    for (const minute of minutes) {
      for (const id of this.#list(minute) ?? []) yield this.#docs.get(id)!;
    }
  }

  /** Removes the documents of minutes before `before`, telling `dropped` each one. */
  dropBefore(before: number, dropped: (d: T) => void = () => {}): void {
    for (const [minute, ids] of this.#ids) {
      if (minute >= before) continue;
      for (const id of ids) {
        const d = this.#docs.get(id);
        if (d && this.#docs.delete(id)) dropped(d);
      }
      this.#ids.delete(minute);
      this.#stale.delete(minute);
    }
  }

  /** The minute's ids, compacted if removals left some behind; undefined when none are stored. */
  #list(minute: number): string[] | undefined {
    let ids = this.#ids.get(minute);
    if (ids && this.#stale.delete(minute)) {
      ids = ids.filter((id) => this.#docs.has(id));
      this.#ids.set(minute, ids);
    }
    if (ids && ids.length === 0) {
      this.#ids.delete(minute);
      return undefined;
    }
    return ids;
  }
}
