/**
 * Analytics documents in memory, answering like the Elasticsearch adapter (same window
 * rule, orderings and tie-breaks). With a data dir they are saved as one JSON snapshot
 * (at most once a second, and on close) so the dashboard keeps its history across
 * restarts of the embedded demo.
 *
 * @module
 */
import {
  type AnalyticsWrite,
  type EventDoc,
  type FraudSignal,
  type FunnelBucket,
  type FunnelRow,
  funnelRow,
  type PartitionCounters,
  type QueryBucket,
  type QueryInsight,
  sumCounters,
  type TrendBucket,
  type TrendingProduct,
} from "../../domain/analytics.ts";
import type { AnalyticsStore, CheckpointStore, FraudQuery, FunnelQuery, TrendingQuery } from "../port.ts";
import { SEVERITY_RANK, windowEnd, windowStart } from "../window.ts";

export class EmbeddedAnalytics implements AnalyticsStore {
  readonly #trends = new Map<string, TrendBucket>();
  readonly #funnels = new Map<string, FunnelBucket>();
  readonly #signals = new Map<string, FraudSignal>();
  readonly #queries = new Map<string, QueryBucket>();
  /** The newest sampled raw events (by id, insertion-ordered), bounded. */
  readonly #events = new Map<string, EventDoc>();
  readonly #file?: string;
  #checkpoints?: CheckpointStore;
  #saveTimer?: ReturnType<typeof setTimeout>;

  constructor(options: { dataDir?: string; checkpoints?: CheckpointStore } = {}) {
    this.#checkpoints = options.checkpoints;
    if (options.dataDir) {
      Deno.mkdirSync(options.dataDir, { recursive: true });
      this.#file = `${options.dataDir}/analytics.json`;
      try {
        const saved = JSON.parse(Deno.readTextFileSync(this.#file));
        for (const d of saved.trends ?? []) this.#trends.set(d.id, d);
        for (const d of saved.funnels ?? []) this.#funnels.set(d.id, d);
        for (const d of saved.signals ?? []) this.#signals.set(d.id, d);
        for (const d of saved.queries ?? []) this.#queries.set(d.id, d);
      } catch { /* first start */ }
    }
  }

  /** Totals are read from the checkpoints; the embedded store passes its own in. */
  attachCheckpoints(checkpoints: CheckpointStore): void {
    this.#checkpoints = checkpoints;
  }

  ensureIndices(): Promise<void> {
    return Promise.resolve();
  }

  write(batch: AnalyticsWrite): Promise<void> {
    for (const d of batch.trends) this.#trends.set(d.id, d);
    for (const d of batch.funnels) this.#funnels.set(d.id, d);
    for (const d of batch.signals) this.#signals.set(d.id, d);
    for (const id of batch.retracted_signals) this.#signals.delete(id);
    for (const d of batch.queries) this.#queries.set(d.id, d);
    for (const d of batch.events ?? []) {
      this.#events.delete(d.id);
      this.#events.set(d.id, d);
    }
    while (this.#events.size > 10_000) this.#events.delete(this.#events.keys().next().value!);
    this.#scheduleSave();
    return Promise.resolve();
  }

  #scheduleSave() {
    if (!this.#file || this.#saveTimer) return;
    this.#saveTimer = setTimeout(() => {
      this.#saveTimer = undefined;
      this.#save();
    }, 1000);
  }

  #save() {
    if (!this.#file) return;
    const body = JSON.stringify({
      trends: [...this.#trends.values()],
      funnels: [...this.#funnels.values()],
      signals: [...this.#signals.values()],
      queries: [...this.#queries.values()],
    });
    Deno.writeTextFileSync(`${this.#file}.tmp`, body);
    Deno.renameSync(`${this.#file}.tmp`, this.#file);
  }

  close(): Promise<void> {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    this.#save();
    return Promise.resolve();
  }

  #latest(docs: Iterable<{ minute: string }>): number {
    let max = 0;
    for (const d of docs) max = Math.max(max, Date.parse(d.minute));
    return max;
  }

  #inWindow<T extends { minute: string }>(docs: Iterable<T>, minutes: number, now?: number): T[] {
    const all = [...docs];
    const end = now ?? this.#latest(all);
    const from = windowStart(end, minutes);
    const to = windowEnd(end);
    return all.filter((d) => {
      const m = Date.parse(d.minute);
      return m >= from && m <= to;
    });
  }

  trending(q: TrendingQuery): Promise<TrendingProduct[]> {
    const sums = new Map<string, TrendingProduct>();
    for (const d of this.#inWindow(this.#trends.values(), q.minutes, q.now)) {
      if (q.category && d.category !== q.category && !d.category.startsWith(q.category + ".")) continue;
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
    for (const d of this.#inWindow(this.#funnels.values(), q.minutes, q.now)) {
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

  topQueries(
    q: { minutes: number; limit: number; zeroResultsOnly?: boolean; now?: number },
  ): Promise<QueryInsight[]> {
    const sums = new Map<string, QueryInsight>();
    for (const d of this.#inWindow(this.#queries.values(), q.minutes, q.now)) {
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
      events: this.#events.size,
    });
  }
}
