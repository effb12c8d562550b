/**
 * Checkpoint cost against state size (issue 13.3): one partition's operators hold the
 * state of 10k, 100k or 1M distinct users; then events arrive at the same event rate
 * (1,000/s of event time, a checkpoint every 5 s) and each checkpoint is cut and saved
 * exactly as the processor does it (a full image first, then changes plus one slice of
 * a rolling rewrite) into the configured checkpoint store. Reported per size: bytes and
 * milliseconds per checkpoint (median, p95, max), the largest single piece, pieces kept,
 * and the process RSS. Baseline in the same run: the smallest state.
 *
 * A soak (`--soak`) replays 2 hours of event time at 1,000 events/s (7.2M events) at
 * full speed through one partition's operators, checkpointing every 5 s of event time,
 * and logs the curve of checkpoint size and time.
 *
 *   deno run -A bench/checkpoints.ts [--users=10000,100000,1000000] [--soak]
 *
 * @module
 */
import { parseArgs } from "node:util";
import { OperatorOptions, PartitionOperators, roundSlices } from "../src/processing/partition_operators.ts";
import { enrichEvent, type ProductInfo } from "../src/processing/enriched.ts";
import { SCHEMA_VERSION, type ShopEvent, topicFor } from "../src/domain/event.ts";
import { createStore } from "../src/store/mod.ts";
import type { Checkpoint, CheckpointStore, CheckpointVersion, StateSize } from "../src/store/port.ts";
import { mulberry32 } from "../src/shared/random.ts";

export interface CheckpointFigures {
  users: number;
  state_entries: number;
  checkpoints: number;
  bytes_p50: number;
  bytes_p95: number;
  bytes_max: number;
  ms_p50: number;
  ms_p95: number;
  ms_max: number;
  largest_piece_bytes: number;
  pieces_kept: number;
  rss_mb: number;
  /**
   * Heap the operators hold after the last checkpoint (live heap with them minus without,
   * each after a full collection): the state's own size, apart from the garbage RSS counts.
   * Only when the bench runs with `--v8-flags=--expose-gc` (`deno task bench` does).
   */
  state_heap_mb?: number;
}

/** Live heap in MB after a full collection, or undefined when `gc` is not exposed. */
function liveHeapMb(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  gc();
  gc();
  return Deno.memoryUsage().heapUsed / 1048576;
}

const PRODUCTS = 5_000;
const lookup = new Map<string, ProductInfo>(
  Array.from({ length: PRODUCTS }, (_, i) => [
    `p-${String(i).padStart(6, "0")}`,
    {
      title: `Product ${i}`,
      brand: `Brand ${i % 50}`,
      category: `dept${i % 15}.sub${i % 40}.leaf${i % 220}`,
    },
  ]),
);
const categories = [...lookup.values()].map((p) => p.category);

/** A plain shopper event for user `u` at time `ts` (views, searches, a few carts and orders). */
function event(r: () => number, u: number, ts: number, seq: number): ShopEvent {
  const base = {
    schema_version: SCHEMA_VERSION,
    event_id: `00000000-0000-4000-8000-${seq.toString(16).padStart(12, "0")}`,
    ts: new Date(ts).toISOString(),
    user_id: `u-${u.toString(36)}`,
    session_id: `s-${u.toString(36)}-${Math.floor(ts / 1_800_000)}`,
    actor: "normal" as const,
  };
  const i = Math.floor(r() * PRODUCTS);
  const product_id = `p-${String(i).padStart(6, "0")}`;
  const x = r();
  if (x < 0.3) return { ...base, type: "search", query: `query ${i % 500}`, results_count: 10 };
  if (x < 0.95) return { ...base, type: "view", product_id, category: categories[i], price: 10 };
  if (x < 0.985) return { ...base, type: "add_to_cart", product_id, category: categories[i], price: 10 };
  return {
    ...base,
    type: "purchase",
    order_id: `o-${seq.toString(36)}`,
    items: [{ product_id, category: categories[i], price: 10, quantity: 1 }],
    amount: 10,
  };
}

const pct = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

/** Cuts and saves checkpoints as StreamProcessor does (full first, then rolling slices). */
class Checkpointer {
  version?: CheckpointVersion;
  size?: StateSize;
  cycle?: { slices: number; next: number; startPieces: number };
  lastEntries = 0;
  lastChanged = 0;
  constructor(readonly store: CheckpointStore, readonly group: string) {}

  async save(ops: PartitionOperators): Promise<{ bytes: number; ms: number; largest: number }> {
    const t0 = performance.now();
    let taken;
    if (this.version === undefined) taken = ops.checkpointImage({ full: true });
    else {
      const slices = roundSlices(this.lastEntries, this.lastChanged);
      const cycle = this.cycle ??= { slices, next: 0, startPieces: this.size?.pieces ?? 0 };
      taken = ops.checkpointImage({ slice: { index: cycle.next, of: cycle.slices } });
      if (cycle.next + 1 === cycle.slices) taken.image.supersedes = cycle.startPieces;
    }
    if (taken.entries > 0) this.lastEntries = taken.entries;
    if (!taken.image.full) this.lastChanged = taken.changed;
    const checkpoint: Checkpoint = {
      groupId: this.group,
      partition: 0,
      offsets: {},
      counters: ops.counters(),
      state: taken.image,
      updated_at: new Date().toISOString(),
    };
    const saved = await this.store.save(checkpoint, this.version);
    this.version = saved.version;
    this.size = saved.size;
    if (taken.image.full) this.cycle = undefined;
    else if (this.cycle && ++this.cycle.next === this.cycle.slices) this.cycle = undefined;
    const bytes = taken.image.chunks.reduce((a, c) => a + c.length, 0) + taken.image.scalars.length;
    return {
      bytes,
      ms: performance.now() - t0,
      largest: Math.max(0, ...taken.image.chunks.map((c) => c.length)),
    };
  }
}

/** One size of the checkpoint bench: the figures, and the live heap while the state is held. */
async function oneSize(
  users: number,
  checkpoints: CheckpointStore,
  perCheckpoint: number,
  n: number,
): Promise<{ figures: CheckpointFigures; heapWith: number | undefined }> {
  const options = OperatorOptions.parse({});
  const ops = new PartitionOperators(0, options);
  const r = mulberry32(users);
  let ts = Date.parse("2026-03-01T00:00:00.000Z");
  let seq = 0;
  const feed = (n: number, user: () => number) => {
    for (let i = 0; i < n; i++) {
      const e = event(r, user(), ts, seq++);
      ts += 1; // 1,000 events per second of event time
      ops.apply(enrichEvent(e, lookup), { topic: topicFor(e.type) });
    }
    ops.output();
  };
  // Warm-up: every user active once (in under the 2 h retention), so the state holds them all.
  let next = 0;
  const cp = new Checkpointer(checkpoints, `g-${users}`);
  const warm = Math.min(users, 7_000_000);
  feed(warm, () => next++);
  await cp.save(ops); // the full image, not counted: the steady state is what matters
  const bytes: number[] = [];
  const ms: number[] = [];
  let largest = 0;
  for (let k = 0; k < n; k++) {
    feed(perCheckpoint, () => Math.floor(r() * users));
    const c = await cp.save(ops);
    bytes.push(c.bytes);
    ms.push(c.ms);
    largest = Math.max(largest, c.largest);
  }
  const figures: CheckpointFigures = {
    users,
    state_entries: cp.lastEntries,
    checkpoints: n,
    bytes_p50: pct(bytes, 0.5),
    bytes_p95: pct(bytes, 0.95),
    bytes_max: Math.max(...bytes),
    ms_p50: Math.round(pct(ms, 0.5)),
    ms_p95: Math.round(pct(ms, 0.95)),
    ms_max: Math.round(Math.max(...ms)),
    largest_piece_bytes: largest,
    pieces_kept: cp.size?.pieces ?? 0,
    rss_mb: Math.round(Deno.memoryUsage().rss / 1048576),
  };
  const heapWith = liveHeapMb();
  if (ops.counters().events.view === 0) throw new Error("no views were applied");
  return { figures, heapWith };
}

export async function benchCheckpoints(o: {
  users: number[];
  host?: string;
  checkpoints?: number;
  log?: (line: string) => void;
}): Promise<CheckpointFigures[]> {
  const out: CheckpointFigures[] = [];
  const perCheckpoint = 5_000; // 1,000 events/s of event time, a checkpoint every 5 s
  for (const users of o.users) {
    const prefix = `bench-ckpt-${Date.now().toString(36)}-`;
    const store = await createStore({ elasticsearchHost: o.host, indexPrefix: prefix });
    await store.checkpoints.ensureIndex();
    // In a function of its own: once it returns, nothing (not a stale register) holds the state.
    const { figures, heapWith } = await oneSize(users, store.checkpoints, perCheckpoint, o.checkpoints ?? 30);
    const without = liveHeapMb();
    if (heapWith !== undefined && without !== undefined) {
      figures.state_heap_mb = Math.round(heapWith - without);
    }
    o.log?.(JSON.stringify(figures));
    out.push(figures);
    if (o.host) {
      const { createElasticsearchClient } = await import("../src/store/elasticsearch/client.ts");
      const es = createElasticsearchClient({ host: o.host });
      await es.indices.delete({ index: `${prefix}*`, ignore_unavailable: true, allow_no_indices: true });
      await es.close();
    }
    await store.close();
  }
  return out;
}

/** The soak: 2 h of event time at 1,000 events/s, replayed at full speed, one partition. */
export async function soakCheckpoints(o: { host?: string; log?: (line: string) => void; hours?: number }) {
  const options = OperatorOptions.parse({});
  const prefix = `bench-soak-${Date.now().toString(36)}-`;
  const store = await createStore({ elasticsearchHost: o.host, indexPrefix: prefix });
  await store.checkpoints.ensureIndex();
  const ops = new PartitionOperators(0, options);
  const cp = new Checkpointer(store.checkpoints, "soak");
  const r = mulberry32(9);
  let ts = Date.parse("2026-03-01T00:00:00.000Z");
  const total = Math.round((o.hours ?? 2) * 3600 * 1000);
  const users = 50_000;
  const curve: { minute: number; bytes: number; ms: number; pieces: number; rss_mb: number }[] = [];
  const t0 = performance.now();
  for (let seq = 0; seq < total;) {
    for (let i = 0; i < 5_000 && seq < total; i++, seq++) {
      const e = event(r, Math.floor(r() * users), ts, seq);
      ts += 1;
      ops.apply(enrichEvent(e, lookup), { topic: topicFor(e.type) });
    }
    ops.output();
    const c = await cp.save(ops);
    const minute = Math.floor(seq / 60_000);
    if (curve.length === 0 || curve.at(-1)!.minute !== minute) {
      const point = {
        minute,
        bytes: c.bytes,
        ms: Math.round(c.ms),
        pieces: cp.size?.pieces ?? 0,
        rss_mb: Math.round(Deno.memoryUsage().rss / 1048576),
      };
      curve.push(point);
      if (minute % 10 === 0) o.log?.(`soak: ${JSON.stringify(point)}`);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  if (o.host) {
    const { createElasticsearchClient } = await import("../src/store/elasticsearch/client.ts");
    const es = createElasticsearchClient({ host: o.host });
    await es.indices.delete({ index: `${prefix}*`, ignore_unavailable: true, allow_no_indices: true });
    await es.close();
  }
  await store.close();
  return {
    events: total,
    seconds: Math.round(seconds),
    events_per_s: Math.round(total / seconds),
    max_bytes: Math.max(...curve.map((p) => p.bytes)),
    max_ms: Math.max(...curve.map((p) => p.ms)),
    max_rss_mb: Math.max(...curve.map((p) => p.rss_mb)),
    curve,
  };
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: { users: { type: "string", default: "10000,100000,1000000" }, soak: { type: "boolean" } },
  });
  const host = Deno.env.get("ELASTICSEARCH_HOST") || undefined;
  const log = (line: string) => console.error(line);
  if (values.soak) console.log(JSON.stringify(await soakCheckpoints({ host, log }), null, 2));
  else {
    const users = values.users!.split(",").map(Number);
    console.log(JSON.stringify(await benchCheckpoints({ users, host, log }), null, 2));
  }
}
