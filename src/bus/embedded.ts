/**
 * An in-process stand-in for Kafka with the same contract (see port.ts): partitioned
 * topics, keyed partitioning (Kafka's murmur2), consumer groups with co-partitioned
 * assignment and rebalancing, explicit commits, lag.
 *
 * With `dataDir` the log and the committed offsets persist (one append-only JSONL file
 * per topic-partition, offsets in a JSON file written atomically), so a restarted
 * `--role=all` resumes where it stopped. Retention keeps the newest
 * `retainPerPartition` messages (default 20,000: at the demo's 100 events/s about half
 * an hour of a product-events partition) of what every consumer group has committed;
 * older offsets disappear as in Kafka. Retained messages live in memory (~0.3 KB an
 * event), so this bounds a long-running demo's log: ~110 MB at most across its 18
 * partitions (100,000 allowed over 1 GB, with values stored as they were then).
 *
 * @example
 * ```ts
 * const bus = new EmbeddedBus();
 * await bus.ensureTopics([{ topic: "t", partitions: 3 }]);
 * const pub = await bus.publisher();
 * await pub.publish("t", [{ key: "u-1", value: "hello" }]);
 * ```
 * @module
 */
import type {
  Bus,
  BusBatch,
  BusMessage,
  Consumer,
  ConsumerHandlers,
  ConsumerOptions,
  OutgoingMessage,
  PartitionLag,
  PartitionOffset,
  Publisher,
  TopicSpec,
} from "./port.ts";
import { coPartitionedAssignment } from "./assignor.ts";
import { partitionForKey } from "./partitioner.ts";
import { binaryString, bytesOf } from "../shared/base64.ts";

export interface EmbeddedBusOptions {
  dataDir?: string;
  retainPerPartition?: number;
  /** Largest batch handed to a consumer at once. */
  maxBatch?: number;
}

interface Stored {
  key: string | null;
  /**
   * The value's bytes as a binary string (one character per byte, 0–255), which V8
   * stores one byte per character: ~0.3 KB for an event where a `Uint8Array` with its
   * own `ArrayBuffer` took ~0.7 KB; it becomes bytes again when delivered.
   */
  value: string;
  headers: Record<string, string>;
  timestamp: number;
}

class Partition {
  /** Offset of messages[0]. */
  start = 0;
  messages: Stored[] = [];
  file?: Deno.FsFile;
  droppedSinceCompaction = 0;
  get end(): number {
    return this.start + this.messages.length;
  }
}

interface Member {
  id: string;
  handlers: ConsumerHandlers;
  owned: number[];
  /** Next offset to deliver, per `${topic}/${partition}`. */
  positions: Map<string, number>;
  busy: Promise<void>;
  stopped: boolean;
  /** Partition numbers not fetched until resumed. */
  paused: Set<number>;
}

interface Group {
  id: string;
  topics: readonly string[];
  members: Map<string, Member>;
  committed: Map<string, number>;
  rebalancing: Promise<void>;
}

const enc = new TextEncoder();

/** A value's UTF-8 bytes (or its bytes) as a binary string: see `Stored.value`. */
function asBinary(value: string | Uint8Array): string {
  if (typeof value !== "string") return binaryString(value);
  const bytes = enc.encode(value);
  // As many bytes as characters only if every character is ASCII, its own UTF-8.
  return bytes.length === value.length ? value : binaryString(bytes);
}

const tp = (topic: string, partition: number) => `${topic}/${partition}`;

export class EmbeddedBus implements Bus {
  readonly kind = "embedded" as const;
  readonly #topics = new Map<string, Partition[]>();
  readonly #groups = new Map<string, Group>();
  readonly #dataDir?: string;
  readonly #retain: number;
  readonly #maxBatch: number;
  #waiters: (() => void)[] = [];
  #roundRobin = 0;
  #closed = false;

  constructor(options: EmbeddedBusOptions = {}) {
    this.#dataDir = options.dataDir;
    this.#retain = options.retainPerPartition ?? 20_000;
    this.#maxBatch = options.maxBatch ?? 1000;
    if (this.#dataDir) this.#load();
  }

  // ---- persistence ----

  #load() {
    const dir = this.#dataDir!;
    Deno.mkdirSync(`${dir}/topics`, { recursive: true });
    Deno.mkdirSync(`${dir}/groups`, { recursive: true });
    for (const entry of Deno.readDirSync(`${dir}/topics`)) {
      if (!entry.isDirectory) continue;
      const topic = decodeURIComponent(entry.name);
      const meta = JSON.parse(Deno.readTextFileSync(`${dir}/topics/${entry.name}/meta.json`));
      const parts: Partition[] = [];
      for (let p = 0; p < meta.partitions; p++) {
        const part = new Partition();
        const path = this.#partitionPath(topic, p);
        let text = "";
        try {
          text = Deno.readTextFileSync(path);
        } catch { /* empty partition */ }
        const lines = text.split("\n").filter((l) => l.length > 0);
        let parsed: { o: number; k: string | null; v: string; h: Record<string, string>; t: number }[] = [];
        for (const line of lines) {
          try {
            parsed.push(JSON.parse(line));
          } catch { /* a torn last line after a crash: ignore */ }
        }
        if (parsed.length > this.#retain) parsed = parsed.slice(parsed.length - this.#retain);
        part.start = parsed.length ? parsed[0].o : (meta.ends?.[p] ?? 0);
        part.messages = parsed.map((m) => ({
          key: m.k,
          value: atob(m.v),
          headers: m.h,
          timestamp: m.t,
        }));
        part.file = Deno.openSync(path, { create: true, append: true });
        parts.push(part);
      }
      this.#topics.set(topic, parts);
    }
  }

  #partitionPath(topic: string, p: number) {
    return `${this.#dataDir}/topics/${encodeURIComponent(topic)}/${p}.jsonl`;
  }

  #persistGroup(group: Group) {
    if (!this.#dataDir) return;
    const path = `${this.#dataDir}/groups/${encodeURIComponent(group.id)}.json`;
    Deno.writeTextFileSync(`${path}.tmp`, JSON.stringify(Object.fromEntries(group.committed)));
    Deno.renameSync(`${path}.tmp`, path);
  }

  #loadGroupOffsets(groupId: string): Map<string, number> {
    if (!this.#dataDir) return new Map();
    try {
      const raw = JSON.parse(
        Deno.readTextFileSync(`${this.#dataDir}/groups/${encodeURIComponent(groupId)}.json`),
      );
      return new Map(Object.entries(raw).map(([k, v]) => [k, Number(v)]));
    } catch {
      return new Map();
    }
  }

  #compact(topic: string, p: number, part: Partition) {
    // Rewrites the file with the retained messages once enough were dropped.
    const path = this.#partitionPath(topic, p);
    part.file?.close();
    const lines = part.messages.map((m, i) =>
      JSON.stringify({ o: part.start + i, k: m.key, v: btoa(m.value), h: m.headers, t: m.timestamp })
    );
    Deno.writeTextFileSync(`${path}.tmp`, lines.length ? lines.join("\n") + "\n" : "");
    Deno.renameSync(`${path}.tmp`, path);
    part.file = Deno.openSync(path, { create: true, append: true });
    part.droppedSinceCompaction = 0;
  }

  // ---- Bus ----

  ensureTopics(specs: TopicSpec[]): Promise<void> {
    for (const { topic, partitions } of specs) {
      if (this.#topics.has(topic)) continue;
      const parts = Array.from({ length: partitions }, () => new Partition());
      if (this.#dataDir) {
        const dir = `${this.#dataDir}/topics/${encodeURIComponent(topic)}`;
        Deno.mkdirSync(dir, { recursive: true });
        Deno.writeTextFileSync(`${dir}/meta.json`, JSON.stringify({ partitions }));
        parts.forEach((
          part,
          p,
        ) => (part.file = Deno.openSync(this.#partitionPath(topic, p), { create: true, append: true })));
      }
      this.#topics.set(topic, parts);
    }
    return Promise.resolve();
  }

  partitionCount(topic: string): Promise<number | undefined> {
    return Promise.resolve(this.#topics.get(topic)?.length);
  }

  publisher(): Promise<Publisher> {
    return Promise.resolve({
      publish: (topic, messages) => Promise.resolve(this.#append(topic, messages)),
      close: () => Promise.resolve(),
    });
  }

  #append(topic: string, messages: OutgoingMessage[]) {
    const parts = this.#topics.get(topic);
    if (!parts) throw new Error(`embedded bus: topic ${topic} does not exist (ensureTopics first)`);
    const now = Date.now();
    const lines = new Map<number, string[]>();
    for (const m of messages) {
      const p = m.key === null ? this.#roundRobin++ % parts.length : partitionForKey(m.key, parts.length);
      const part = parts[p];
      const stored: Stored = {
        key: m.key,
        value: asBinary(m.value),
        headers: m.headers ?? {},
        timestamp: now,
      };
      if (part.file) {
        if (!lines.has(p)) lines.set(p, []);
        lines.get(p)!.push(
          JSON.stringify({
            o: part.end,
            k: stored.key,
            v: btoa(stored.value),
            h: stored.headers,
            t: now,
          }),
        );
      }
      part.messages.push(stored);
    }
    for (const [p, ls] of lines) parts[p].file!.writeSync(enc.encode(ls.join("\n") + "\n"));
    for (const [p, part] of parts.entries()) {
      // Like Kafka's retention, but never past what a consumer group has not committed yet:
      // the in-process demo must not lose what its processor is still behind on.
      let over = part.messages.length - this.#retain;
      if (over > 0) {
        for (const g of this.#groups.values()) {
          if (!g.topics.includes(topic)) continue;
          over = Math.min(over, (g.committed.get(tp(topic, p)) ?? 0) - part.start);
        }
      }
      if (over > 0) {
        part.messages.splice(0, over);
        part.start += over;
        part.droppedSinceCompaction += over;
        if (part.file && part.droppedSinceCompaction > this.#retain / 2) this.#compact(topic, p, part);
      }
    }
    this.#wake();
  }

  #wake() {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w();
  }

  #nextWake(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.#waiters.push(done);
    });
  }

  consumer(options: ConsumerOptions): Promise<Consumer> {
    let group = this.#groups.get(options.groupId);
    if (!group) {
      group = {
        id: options.groupId,
        topics: options.topics,
        members: new Map(),
        committed: this.#loadGroupOffsets(options.groupId),
        rebalancing: Promise.resolve(),
      };
      this.#groups.set(options.groupId, group);
    }
    const g = group;
    const id = `${options.clientId ?? "member"}-${crypto.randomUUID()}`;
    let member: Member | undefined;
    return Promise.resolve({
      run: async (handlers) => {
        member = {
          id,
          handlers,
          owned: [],
          positions: new Map(),
          busy: Promise.resolve(),
          stopped: false,
          paused: new Set(),
        };
        g.members.set(id, member);
        await this.#rebalance(g);
        this.#loop(g, member);
      },
      commit: (offsets: PartitionOffset[]) => {
        for (const o of offsets) g.committed.set(tp(o.topic, o.partition), Number(o.offset));
        this.#persistGroup(g);
        return Promise.resolve();
      },
      seek: (position: PartitionOffset) => {
        member?.positions.set(tp(position.topic, position.partition), Number(position.offset));
      },
      pause: (partitions: number[]) => {
        for (const p of partitions) member?.paused.add(p);
      },
      resume: (partitions: number[]) => {
        for (const p of partitions) member?.paused.delete(p);
        this.#wake();
      },
      assigned: () => (member && !member.stopped ? [...member.owned] : []),
      stop: async () => {
        if (!member || member.stopped) return;
        member.stopped = true;
        this.#wake();
        await member.busy;
        g.members.delete(id);
        if (member.owned.length) await member.handlers.onRevoked?.(member.owned);
        member.owned = [];
        await this.#rebalance(g);
      },
    });
  }

  /** Reassigns the group's partitions: revokes from every member first, then assigns. */
  #rebalance(group: Group): Promise<void> {
    const run = async () => {
      const live = [...group.members.values()].filter((m) => !m.stopped);
      const counts = group.topics.map((t) => this.#topics.get(t)?.length ?? 0);
      const count = Math.min(...counts);
      const plan = coPartitionedAssignment(live.map((m) => m.id), count);
      for (const m of live) {
        const next = new Set(plan.get(m.id) ?? []);
        const lost = m.owned.filter((p) => !next.has(p));
        if (lost.length) {
          await m.busy;
          m.owned = m.owned.filter((p) => next.has(p));
          for (const p of lost) m.paused.delete(p);
          await m.handlers.onRevoked?.(lost);
        }
      }
      for (const m of live) {
        const next = plan.get(m.id) ?? [];
        const gained = next.filter((p) => !m.owned.includes(p));
        if (!gained.length) continue;
        for (const p of gained) {
          for (const t of group.topics) {
            const part = this.#topics.get(t)![p];
            const committed = group.committed.get(tp(t, p)) ?? 0;
            m.positions.set(tp(t, p), Math.max(committed, part.start));
          }
        }
        await m.handlers.onAssigned?.(gained);
        m.owned = [...m.owned, ...gained].sort((a, b) => a - b);
      }
    };
    group.rebalancing = group.rebalancing.then(run, run);
    return group.rebalancing;
  }

  async #loop(group: Group, member: Member) {
    while (!member.stopped && !this.#closed) {
      await group.rebalancing;
      let delivered = false;
      const work = (async () => {
        for (const p of member.owned) {
          for (const t of group.topics) {
            if (member.stopped) return;
            if (member.paused.has(p)) continue;
            const part = this.#topics.get(t)![p];
            const key = tp(t, p);
            const requested = member.positions.get(key) ?? 0;
            let pos = Math.max(requested, part.start); // below start: dropped by retention
            if (pos >= part.end) continue;
            const slice = part.messages.slice(pos - part.start, pos - part.start + this.#maxBatch);
            const messages: BusMessage[] = slice.map((m, i) => ({
              topic: t,
              partition: p,
              offset: String(pos + i),
              key: m.key,
              value: bytesOf(m.value),
              headers: m.headers,
              timestamp: m.timestamp,
            }));
            const batch: BusBatch = {
              topic: t,
              partition: p,
              messages,
              highWatermark: String(part.end),
              fetchedOffset: String(requested),
            };
            const outcome = await member.handlers.eachBatch(batch);
            const consumed = Math.max(0, Math.min(messages.length, outcome?.consumed ?? messages.length));
            // A seek during the batch wins over the plain advance.
            if ((member.positions.get(key) ?? pos) === pos) member.positions.set(key, pos + consumed);
            pos += consumed;
            if (consumed > 0) delivered = true;
          }
        }
      })();
      member.busy = work.catch(() => {});
      try {
        await work;
      } catch (e) {
        // Like kafkajs: a failing handler gets the same batch again after a pause.
        console.error(`embedded bus: eachBatch failed, retrying: ${(e as Error).message}`);
        await new Promise((r) => setTimeout(r, 500));
      }
      if (!delivered) await this.#nextWake(100);
    }
  }

  latest(topics: readonly string[]): Promise<BusMessage[]> {
    const out: BusMessage[] = [];
    for (const topic of topics) {
      (this.#topics.get(topic) ?? []).forEach((part, partition) => {
        const m = part.messages.at(-1);
        if (!m) return;
        out.push({ topic, partition, offset: String(part.end - 1), ...m, value: bytesOf(m.value) });
      });
    }
    return Promise.resolve(out);
  }

  lag(groupId: string, topics: readonly string[]): Promise<PartitionLag[]> {
    const group = this.#groups.get(groupId);
    const committed = group?.committed ?? this.#loadGroupOffsets(groupId);
    const out: PartitionLag[] = [];
    for (const t of topics) {
      (this.#topics.get(t) ?? []).forEach((part, p) => {
        const c = Math.max(committed.get(tp(t, p)) ?? 0, part.start);
        out.push({ topic: t, partition: p, committed: String(c), end: String(part.end), lag: part.end - c });
      });
    }
    return Promise.resolve(out);
  }

  ping(): Promise<void> {
    return this.#closed ? Promise.reject(new Error("embedded bus is closed")) : Promise.resolve();
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#wake();
    for (const g of this.#groups.values()) await Promise.all([...g.members.values()].map((m) => m.busy));
    for (const parts of this.#topics.values()) for (const p of parts) p.file?.close();
    for (const parts of this.#topics.values()) for (const p of parts) p.file = undefined;
  }
}
