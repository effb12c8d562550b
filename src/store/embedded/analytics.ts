/**
 * Analytics documents in memory, answering like the Elasticsearch adapter (same window
 * rule, orderings and tie-breaks). With a data dir they are saved as a snapshot of one
 * JSON line per document (at most every 5 s — less often once writing takes more than 5 %
 * of the time — and on close) so the dashboard keeps its history across restarts of the
 * embedded demo. Minute buckets are indexed by minute (`minute_docs.ts`), so a window
 * costs what it holds; trends and rates are kept an hour (the longest window asked of
 * them), funnels and queries a day.
 *
 * @module
 */
import {
  type ActivityPoint,
  type EventDoc,
  type FraudSignal,
  type FunnelBucket,
  type FunnelRow,
  funnelRow,
  type PartitionCounters,
  type QueryBucket,
  type QueryInsight,
  type RateBucket,
  type RatePoint,
  ratePoints,
  sumCounters,
  type TrendBucket,
  type TrendingHistoryItem,
  type TrendingProduct,
  type UserEvent,
  userEvent,
} from "../../domain/analytics.ts";
import type {
  AnalyticsStore,
  CheckpointStore,
  FraudQuery,
  FunnelQuery,
  HistoryQuery,
  QueriesQuery,
  Rollback,
  RolledBack,
  TrendingQuery,
  VersionedWrite,
  WriteReport,
} from "../port.ts";
import { latestAllowed, SEVERITY_RANK, windowEnd, windowStart } from "../window.ts";
import { documentVersion } from "../port.ts";
import { MinuteDocs } from "./minute_docs.ts";
import { iso } from "../../domain/time.ts";
import { type Origin, Origins } from "./origins.ts";

export class EmbeddedAnalytics implements AnalyticsStore {
  readonly #trends = new MinuteDocs<TrendBucket>();
  readonly #funnels = new MinuteDocs<FunnelBucket>();
  readonly #signals = new Map<string, FraudSignal>();
  readonly #queries = new MinuteDocs<QueryBucket>();
  readonly #rates = new MinuteDocs<RateBucket>();
  /** Where each value held came from (see VersionedWrite). */
  readonly #origins = new Origins();
  /** The newest sampled raw events (by id, insertion-ordered, with their origin's partition), bounded. */
  readonly #events = new Map<string, { doc: EventDoc; origin: number }>();
  readonly #file?: string;
  #checkpoints?: CheckpointStore;
  #saveTimer?: ReturnType<typeof setTimeout>;
  #prunedAt = -Infinity;
  readonly #pruneEvery: number;
  #saveEvery = SAVE_EVERY_MS;

  /** `pruneEveryMs`: how often old minute buckets are looked for (default 30 s; tests pass 0). */
  constructor(options: { dataDir?: string; checkpoints?: CheckpointStore; pruneEveryMs?: number } = {}) {
    this.#checkpoints = options.checkpoints;
    this.#pruneEvery = options.pruneEveryMs ?? PRUNE_EVERY_MS;
    if (options.dataDir) {
      Deno.mkdirSync(options.dataDir, { recursive: true });
      this.#file = `${options.dataDir}/analytics.json`;
      let text: string;
      try {
        text = Deno.readTextFileSync(this.#file);
      } catch {
        return; // first start
      }
      try {
        this.#restore(text);
      } catch { /* unreadable: start without history (it is the demo's history, not its truth) */ }
    }
  }

  /** Each kind's documents, by the names of the snapshot and of origins. */
  #maps(): [SnapshotKind, Docs][] {
    return [
      ["trends", this.#trends],
      ["funnels", this.#funnels],
      ["signals", this.#signals],
      ["queries", this.#queries],
      ["rates", this.#rates],
    ];
  }

  #restore(text: string) {
    const maps = new Map(this.#maps());
    const put = (kind: SnapshotKind, d: { id: string }) => {
      const docs = maps.get(kind);
      if (docs instanceof MinuteDocs) {
        const doc = d as { id: string; minute: string; partition: number };
        doc.minute = iso(Date.parse(doc.minute)); // one string per minute, as written
        docs.set(doc);
      } else docs?.set(d.id, d as FraudSignal);
    };
    // Saved as `kind|id` → origin.
    const origin = (key: string, o: unknown) => {
      const bar = key.indexOf("|");
      this.#origins.set(key.slice(0, bar), key.slice(bar + 1), o as Origin);
    };
    if (!text.startsWith(SNAPSHOT_HEADER)) { // one JSON object, as saved before 2026-12-04
      const saved = JSON.parse(text);
      for (const kind of maps.keys()) for (const d of saved[kind] ?? []) put(kind, d);
      for (const [k, v] of Object.entries(saved.origins ?? {})) origin(k, v);
      return;
    }
    for (const line of text.split("\n")) {
      if (!line || line === SNAPSHOT_HEADER) continue;
      const r = JSON.parse(line) as { k: SnapshotKind | "origin"; d: { id: string } | [string, unknown] };
      if (r.k === "origin") origin(...(r.d as [string, unknown]));
      else put(r.k, r.d as { id: string });
    }
  }

  /** Totals are read from the checkpoints; the embedded store passes its own in. */
  attachCheckpoints(checkpoints: CheckpointStore): void {
    this.#checkpoints = checkpoints;
  }

  ensureIndices(): Promise<void> {
    return Promise.resolve();
  }

  write(batches: VersionedWrite[]): Promise<WriteReport> {
    // As in Elasticsearch (external_gte on documentVersion): a write from an earlier owner,
    // or from the same owner at an earlier position, never replaces a newer one; where it
    // came from is kept for rollback.
    for (const { partition, owner, progress, docs } of batches) {
      const at = partition ?? -1;
      const fresh = (kind: string, id: string) => {
        if (owner === undefined) return true;
        const stored = this.#origins.get(kind, at, id);
        if (stored && documentVersion(stored.owner, stored.progress) > documentVersion(owner, progress)) {
          return false;
        }
        this.#origins.set(kind, id, { partition: at, owner, progress: progress ?? 0 });
        return true;
      };
      for (const d of docs.trends) if (fresh("trends", d.id)) this.#trends.set(d);
      for (const d of docs.funnels) if (fresh("funnels", d.id)) this.#funnels.set(d);
      for (const d of docs.signals) if (fresh("signals", d.id)) this.#signals.set(d.id, d);
      for (const id of docs.retracted_signals) if (fresh("signals", id)) this.#signals.delete(id);
      for (const d of docs.queries) if (fresh("queries", d.id)) this.#queries.set(d);
      for (const d of docs.rates ?? []) if (fresh("rates", d.id)) this.#rates.set(d);
      for (const d of docs.events ?? []) {
        if (!fresh("events", d.id)) continue;
        this.#events.delete(d.id);
        this.#events.set(d.id, { doc: d, origin: at });
      }
    }
    while (this.#events.size > 10_000) {
      const [oldest, { origin }] = this.#events.entries().next().value!;
      this.#events.delete(oldest);
      this.#origins.delete("events", origin, oldest); // else one origin per sampled event, forever
    }
    if (performance.now() - this.#prunedAt >= this.#pruneEvery) this.#prune();
    this.#scheduleSave();
    return Promise.resolve({ rejected: [] });
  }

  rollback(r: Rollback): Promise<RolledBack> {
    const removed: RolledBack = { trends: [], funnels: [], queries: [], signals: [], rates: [], events: [] };
    const maps: Record<string, { delete(id: string): boolean }> = {
      ...Object.fromEntries(this.#maps()),
      events: this.#events,
    };
    const taken = this.#origins.take(
      r.partition,
      (o) => o.progress > r.after && (r.ownerBelow === undefined || o.owner < r.ownerBelow),
    );
    for (const [kind, ids] of taken) {
      for (const id of ids) if (maps[kind]?.delete(id)) removed[kind as keyof RolledBack].push(id);
    }
    this.#scheduleSave();
    return Promise.resolve(removed);
  }

  /**
   * Forgets minute buckets no query can reach any more (trending and throughput windows
   * span at most an hour, funnels and queries a day, counted back from the newest bucket),
   * so a long-running demo's memory stays flat. A bucket rewritten after it went (a bot
   * flagged late moves views up to the processor's retention back) comes back whole and
   * goes again: documents hold totals, never increments.
   */
  #prune() {
    this.#prunedAt = performance.now();
    const newest = this.#trends.latest(latestAllowed());
    if (newest === 0) return;
    const drop = <T extends { id: string; minute: string; partition: number }>(
      kind: string,
      docs: MinuteDocs<T>,
      keepMs: number,
    ) => docs.dropBefore(newest - keepMs, (d) => this.#origins.delete(kind, d.partition, d.id));
    drop("trends", this.#trends, HOUR + MINUTE);
    drop("rates", this.#rates, HOUR + MINUTE);
    drop("funnels", this.#funnels, 25 * HOUR);
    drop("queries", this.#queries, 25 * HOUR);
  }

  #scheduleSave() {
    if (!this.#file || this.#saveTimer) return;
    this.#saveTimer = setTimeout(() => {
      this.#saveTimer = undefined;
      const t0 = performance.now();
      this.#save();
      // Writing every document takes longer as history grows: at most ~5 % of the time.
      this.#saveEvery = Math.max(SAVE_EVERY_MS, 20 * (performance.now() - t0));
    }, this.#saveEvery);
  }

  /**
   * One line per document, written in ~32 KB pieces: one string of the whole snapshot
   * (megabytes after a few minutes) went to V8's large-object space every 5 s, garbage
   * that only a full collection reclaims, and `--role=all`'s heap grew ~3 MB/s between them.
   */
  #save() {
    if (!this.#file) return;
    const tmp = `${this.#file}.tmp`;
    const file = Deno.openSync(tmp, { write: true, create: true, truncate: true });
    try {
      const encoder = new TextEncoder();
      let lines: string[] = [];
      let size = 0;
      const flush = () => {
        const bytes = encoder.encode(lines.join(""));
        for (let at = 0; at < bytes.length;) at += file.writeSync(bytes.subarray(at));
        lines = [];
        size = 0;
      };
      const put = (line: string) => {
        lines.push(line);
        if ((size += line.length) >= 32_768) flush();
      };
      put(`${SNAPSHOT_HEADER}\n`);
      for (const [k, docs] of this.#maps()) {
        for (const d of docs.values()) put(`${JSON.stringify({ k, d })}\n`);
      }
      for (const [kind, id, o] of this.#origins.entries()) {
        put(`${JSON.stringify({ k: "origin", d: [`${kind}|${id}`, o] })}\n`);
      }
      flush();
    } finally {
      file.close();
    }
    Deno.renameSync(tmp, this.#file);
  }

  close(): Promise<void> {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    this.#save();
    return Promise.resolve();
  }

  /** The documents of a window of `minutes` ending at `now`, or at the kind's newest minute. */
  #inWindow<T extends { id: string; minute: string }>(
    docs: MinuteDocs<T>,
    minutes: number,
    now?: number,
  ): T[] {
    const end = now ?? docs.latest(latestAllowed());
    return [...docs.inRange(windowStart(end, minutes), windowEnd(end))];
  }

  trending(q: TrendingQuery): Promise<TrendingProduct[]> {
    const sums = new Map<string, TrendingProduct>();
    for (const d of this.#trendsIn(q)) {
      const s = sums.get(d.product_id) ??
        { product_id: d.product_id, category: d.category, views: 0, carts: 0, purchases: 0, score: 0 };
      if (d.title && !s.title) {
        s.title = d.title;
        s.brand = d.brand;
      }
      s.views += d.views;
      s.carts += d.carts;
      s.purchases += d.purchases;
      s.score += d.score;
      sums.set(d.product_id, s);
    }
    return Promise.resolve(
      [...sums.values()].sort((a, b) => b.score - a.score || a.product_id.localeCompare(b.product_id)).slice(
        0,
        q.limit,
      ),
    );
  }

  funnels(q: FunnelQuery): Promise<FunnelRow[]> {
    const sums = new Map<string, [number, number, number]>();
    for (const d of this.#inWindow(this.#funnels, q.minutes, q.now)) {
      if (d.viewed <= 0) continue;
      if (d.bot && !q.includeBots) continue;
      const key = q.level === "top" ? d.top : d.category;
      const s = sums.get(key) ?? [0, 0, 0];
      s[0] += d.viewed;
      s[1] += d.carted;
      s[2] += d.purchased;
      sums.set(key, s);
    }
    return Promise.resolve(
      [...sums].map(([k, [v, c, p]]) => funnelRow(k, v, c, p))
        .sort((a, b) => b.viewed - a.viewed || a.category.localeCompare(b.category)),
    );
  }

  fraud(q: FraudQuery): Promise<FraudSignal[]> {
    return Promise.resolve(
      [...this.#signals.values()]
        .filter((s) => (!q.severity || s.severity === q.severity) && (!q.type || s.type === q.type))
        .sort((a, b) =>
          SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.last_seen.localeCompare(a.last_seen) ||
          a.id.localeCompare(b.id)
        )
        .slice(0, q.limit),
    );
  }

  topQueries(q: QueriesQuery): Promise<QueryInsight[]> {
    const sums = new Map<string, QueryInsight>();
    for (const d of this.#inWindow(this.#queries, q.minutes, q.now)) {
      if (d.searches <= 0) continue;
      if (d.bot && !q.includeBots) continue;
      const s = sums.get(d.query) ?? { query: d.query, searches: 0, zero_results: 0, converted: 0 };
      s.searches += d.searches;
      s.zero_results += d.zero_results;
      s.converted += d.converted;
      sums.set(d.query, s);
    }
    let rows = [...sums.values()];
    if (q.zeroResultsOnly) {
      rows = rows.filter((r) => r.zero_results > 0)
        .sort((a, b) => b.zero_results - a.zero_results || a.query.localeCompare(b.query));
    } else rows.sort((a, b) => b.searches - a.searches || a.query.localeCompare(b.query));
    return Promise.resolve(rows.slice(0, q.limit));
  }

  async totals(groupId: string): Promise<PartitionCounters> {
    const list = this.#checkpoints ? await this.#checkpoints.list(groupId) : [];
    return sumCounters(list.map((c) => c.counters));
  }

  docCounts(): Promise<Record<string, number>> {
    return Promise.resolve({
      "product-trends": this.#trends.size,
      "category-funnels": this.#funnels.size,
      "fraud-signals": this.#signals.size,
      "search-queries": this.#queries.size,
      "event-rates": this.#rates.size,
      events: this.#events.size,
    });
  }
  /** Trend documents of a trending query's window, category and bot filter. */
  #trendsIn(q: TrendingQuery): TrendBucket[] {
    return this.#inWindow(this.#trends, q.minutes, q.now).filter((d) =>
      d.score > 0 && (q.includeBots || !d.bot) &&
      (!q.category || d.category === q.category || d.category.startsWith(q.category + "."))
    );
  }

  async trendingHistory(q: TrendingQuery): Promise<TrendingHistoryItem[]> {
    const top = await this.trending(q);
    const docs = new Map<string, TrendBucket[]>(top.map((p) => [p.product_id, []]));
    for (const d of this.#trendsIn(q)) docs.get(d.product_id)?.push(d);
    return top.map(({ product_id, title, brand, category }) => ({
      product_id,
      ...(title ? { title, brand } : {}),
      category,
      points: activityPoints(docs.get(product_id)!),
    }));
  }

  throughput(q: HistoryQuery): Promise<RatePoint[]> {
    return Promise.resolve(ratePoints(this.#inWindow(this.#rates, q.minutes, q.now)));
  }

  productActivity(productId: string, q: HistoryQuery): Promise<ActivityPoint[]> {
    // The window ends where /trending's does: at the newest bucket of any product.
    const end = q.now ?? this.#trends.latest(latestAllowed());
    const docs = this.#inWindow(this.#trends, q.minutes, end)
      .filter((d) => d.product_id === productId && (q.includeBots || !d.bot));
    return Promise.resolve(activityPoints(docs));
  }

  userSignals(userId: string): Promise<FraudSignal[]> {
    return this.fraud({ limit: Infinity }).then((all) => all.filter((s) => s.user_id === userId));
  }

  userEvents(userId: string, limit: number): Promise<UserEvent[]> {
    const mine = [...this.#events.values()].map((e) => e.doc).filter((d) => d.event.user_id === userId)
      .map(userEvent);
    mine.sort((a, b) => b.ts.localeCompare(a.ts) || a.event_id.localeCompare(b.event_id));
    return Promise.resolve(mine.slice(0, limit));
  }
}

/** Trend documents summed per minute, oldest first. */
function activityPoints(docs: TrendBucket[]): ActivityPoint[] {
  const sums = new Map<number, ActivityPoint>();
  for (const d of docs) {
    const at = Date.parse(d.minute);
    const p = sums.get(at) ??
      { minute: new Date(at).toISOString(), views: 0, carts: 0, purchases: 0, score: 0 };
    p.views += d.views;
    p.carts += d.carts;
    p.purchases += d.purchases;
    p.score += d.score;
    sums.set(at, p);
  }
  return [...sums].sort(([a], [b]) => a - b).map(([, p]) => p);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** A kind's documents: minute buckets, or (signals) a plain map. */
type Docs = MinuteDocs<{ id: string; minute: string; partition: number }> | Map<string, FraudSignal>;
/** The analytics snapshot's first line; a file without it is the earlier one-object format. */
const SNAPSHOT_HEADER = `{"format":"shopstream-analytics-lines","version":1}`;
type SnapshotKind = "trends" | "funnels" | "signals" | "queries" | "rates";
/**
 * The snapshot file is rewritten at most this often (it is the demo's history, not its
 * truth), and less often once writing it takes more than 5 % of that.
 */
const SAVE_EVERY_MS = 5_000;
const PRUNE_EVERY_MS = 30_000;
