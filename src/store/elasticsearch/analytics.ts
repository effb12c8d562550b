/**
 * Analytics documents in Elasticsearch. Documents are per input partition with
 * deterministic ids; queries sum them across partitions in aggregations, using the
 * window rule of ../window.ts with `now` defaulting to the newest bucket. Writes use
 * the index's 1 s refresh interval: what a flush wrote is visible within a second.
 *
 * @module
 */
import type { Client } from "@elastic/elasticsearch";
import {
  type ActivityPoint,
  type EventDoc,
  type FraudSignal,
  type FunnelRow,
  funnelRow,
  type PartitionCounters,
  type QueryInsight,
  type RateBucket,
  type RatePoint,
  ratePoints,
  sumCounters,
  type TrendingHistoryItem,
  type TrendingProduct,
  type UserEvent,
  userEvent,
} from "../../domain/analytics.ts";
import type {
  AnalyticsStore,
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
import { documentVersion, INDICES } from "../port.ts";
import { latestAllowed, SEVERITY_RANK, windowEnd, windowStart } from "../window.ts";
import { createIndexIfMissing, indexName } from "./client.ts";
import { type BulkAction, bulkWrite, deleteMatching, unavailable } from "./bulk.ts";

const common = { number_of_shards: 1, number_of_replicas: 0, refresh_interval: "1s" };
const int = { type: "integer" } as const;
const kw = { type: "keyword" } as const;

/** Raw events: the common fields indexed, the rest kept in _source only. */
const EVENT_FIELDS = {
  partition: int,
  topic: kw,
  event: {
    type: "object",
    dynamic: false,
    properties: {
      event_id: kw,
      type: kw,
      ts: { type: "date" },
      user_id: kw,
      session_id: kw,
      actor: kw,
      product_id: kw,
      category: kw,
      order_id: kw,
      query: { type: "text" },
      price: { type: "double" },
      amount: { type: "double" },
    },
  },
  products: { type: "object", enabled: false },
  unknown_products: kw,
};

/** Where a document came from (see VersionedWrite): kept for rollback after a takeover. */
const ORIGIN = { partition: int, progress: { type: "long" }, owner: int } as const;

const MAPPINGS = {
  [INDICES.events]: { ...EVENT_FIELDS, ...ORIGIN },
  [INDICES.trends]: {
    ...ORIGIN,
    partition: int,
    product_id: kw,
    minute: { type: "date" },
    views: int,
    carts: int,
    purchases: int,
    score: { type: "double" },
    title: { type: "keyword", index: false },
    brand: { type: "keyword", index: false },
    category: kw,
    category_levels: kw,
    bot: { type: "boolean" },
  },
  [INDICES.funnels]: {
    ...ORIGIN,
    partition: int,
    category: kw,
    top: kw,
    minute: { type: "date" },
    viewed: int,
    carted: int,
    purchased: int,
    bot: { type: "boolean" },
  },
  [INDICES.signals]: {
    ...ORIGIN,
    type: kw,
    severity: kw,
    severity_rank: int,
    user_id: kw,
    evidence: { type: "object", enabled: false },
    first_seen: { type: "date" },
    last_seen: { type: "date" },
  },
  [INDICES.rates]: {
    ...ORIGIN,
    partition: int,
    minute: { type: "date" },
    total: int,
    by_type: { type: "object", dynamic: false, properties: {} },
  },
  [INDICES.queries]: {
    ...ORIGIN,
    partition: int,
    query: kw,
    minute: { type: "date" },
    searches: int,
    zero_results: int,
    converted: int,
    bot: { type: "boolean" },
  },
} as const;

/** Documents counted from users flagged as bots are left out unless asked for. */
const humansOnly = (includeBots?: boolean) => (includeBots ? [] : [{ term: { bot: true } }]);

const levels = (category: string) => category.split(".").map((_, i, a) => a.slice(0, i + 1).join("."));

export class ElasticsearchAnalytics implements AnalyticsStore {
  readonly #es: Client;
  readonly #prefix: { indexPrefix?: string };
  readonly #replicas?: number;

  constructor(options: { client: Client; indexPrefix?: string; replicas?: number }) {
    this.#es = options.client;
    this.#prefix = { indexPrefix: options.indexPrefix };
    this.#replicas = options.replicas;
  }

  #name(base: string) {
    return indexName(this.#prefix, base);
  }

  async ensureIndices(): Promise<void> {
    for (const [base, properties] of Object.entries(MAPPINGS)) {
      await createIndexIfMissing(this.#es, this.#name(base), {
        settings: common,
        mappings: { dynamic: "strict", properties },
      }, { replicas: this.#replicas });
    }
  }

  async write(batches: VersionedWrite[]): Promise<WriteReport> {
    const actions: BulkAction[] = [];
    for (const { partition, owner, progress, docs } of batches) {
      // Where it came from, for rollback (see VersionedWrite); owner and progress version it.
      const origin = owner === undefined ? {} : { partition, owner, progress };
      const version = owner === undefined ? undefined : documentVersion(owner, progress);
      const put = (base: string, id: string, doc: object) =>
        actions.push({
          action: "index",
          index: this.#name(base),
          id,
          doc: { ...doc, ...origin },
          version,
        });
      for (const { id, ...d } of docs.trends) {
        put(INDICES.trends, id, { ...d, category_levels: levels(d.category) });
      }
      for (const { id, ...d } of docs.funnels) put(INDICES.funnels, id, d);
      for (const { id, ...d } of docs.queries) put(INDICES.queries, id, d);
      for (const { id, ...d } of docs.rates ?? []) put(INDICES.rates, id, d);
      for (const s of docs.signals) {
        const { id, ...d } = s;
        put(INDICES.signals, id, { ...d, severity_rank: SEVERITY_RANK[s.severity] });
      }
      for (const { id, ...d } of docs.events ?? []) put(INDICES.events, id, d);
      for (const id of docs.retracted_signals) {
        actions.push({ action: "delete", index: this.#name(INDICES.signals), id, version });
      }
    }
    const rejected: WriteReport["rejected"] = [];
    // ~4,000 documents (a few MB) per request: large enough to be efficient, far below
    // Elasticsearch's 100 MB request limit.
    for (let i = 0; i < actions.length; i += 4000) {
      const r = await bulkWrite(this.#es, actions.slice(i, i + 4000));
      for (const x of r.rejected) {
        rejected.push({ index: x.index, id: x.id, reason: `${x.status} ${x.reason}` });
      }
    }
    return { rejected };
  }

  async rollback(r: Rollback): Promise<RolledBack> {
    const indices = Object.keys(MAPPINGS).map((base) => this.#name(base));
    const query = {
      bool: {
        filter: [
          { term: { partition: r.partition } },
          { range: { progress: { gt: r.after } } },
          ...(r.ownerBelow !== undefined ? [{ range: { owner: { lt: r.ownerBelow } } }] : []),
        ],
      },
    };
    try {
      // Deletes carry the new owner's generation (at progress 0), so an earlier owner cannot
      // write them back, while the new owner's own writes (at any progress) can.
      const version = r.owner === undefined ? undefined : documentVersion(r.owner);
      const tried = await deleteMatching(this.#es, indices, query, { version });
      const removed: RolledBack = {
        trends: [],
        funnels: [],
        queries: [],
        signals: [],
        rates: [],
        events: [],
      };
      const kinds: Record<string, keyof RolledBack> = {
        [this.#name(INDICES.trends)]: "trends",
        [this.#name(INDICES.funnels)]: "funnels",
        [this.#name(INDICES.queries)]: "queries",
        [this.#name(INDICES.signals)]: "signals",
        [this.#name(INDICES.rates)]: "rates",
        [this.#name(INDICES.events)]: "events",
      };
      for (const { index, id } of tried) {
        const kind = kinds[index];
        if (kind) removed[kind].push(id);
      }
      return removed;
    } catch (e) {
      throw unavailable(e);
    }
  }

  /**
   * Makes every index this store reads searchable as written, on every copy: the analytics
   * and the checkpoints `totals` sums. (Each copy of a shard refreshes on its own clock: on
   * a cluster with replicas, a search answered by a copy not yet refreshed missed a
   * partition's first checkpoint, and the totals of a finished run read low.)
   */
  async refresh(): Promise<void> {
    await this.#es.indices.refresh({
      index: [...Object.keys(MAPPINGS), INDICES.checkpoints].map((b) => this.#name(b)),
      ignore_unavailable: true,
    });
  }

  async #latest(index: string): Promise<number | undefined> {
    const r = await this.#es.search<never, { latest: { value: number | null } }>({
      index: this.#name(index),
      size: 0,
      query: { range: { minute: { lte: latestAllowed(), format: "epoch_millis" } } },
      aggs: { latest: { max: { field: "minute" } } },
      ignore_unavailable: true,
    });
    const v = r.aggregations?.latest.value;
    return typeof v === "number" ? v : undefined;
  }

  async #window(index: string, minutes: number, now?: number) {
    const end = now ?? await this.#latest(index);
    if (end === undefined) return undefined;
    return {
      range: { minute: { gte: windowStart(end, minutes), lte: windowEnd(end), format: "epoch_millis" } },
    };
  }

  /**
   * The window's top products by score (people only unless asked), each bucket with its
   * score, descriptive fields and the `extra` sub-aggregations.
   */
  async #topProducts<B extends { key: string; info: TrendInfo }>(
    q: TrendingQuery,
    extra: Record<string, unknown>,
  ): Promise<B[]> {
    const range = await this.#window(INDICES.trends, q.minutes, q.now);
    if (!range) return [];
    // A bucket emptied by moving a user to the bot side counts for nothing.
    const filter: object[] = [range, { range: { score: { gt: 0 } } }];
    if (q.category) filter.push({ term: { category_levels: q.category } });
    const r = await this.#es.search<never, { products: { buckets: B[] } }>({
      index: this.#name(INDICES.trends),
      size: 0,
      query: { bool: { filter, must_not: humansOnly(q.includeBots) } },
      aggs: {
        products: {
          terms: {
            field: "product_id",
            size: q.limit,
            order: [{ score: "desc" }, { _key: "asc" }],
            shard_size: Math.max(100, q.limit * 10),
          },
          aggs: {
            score: SUMS.score,
            info: { top_hits: { size: 1, _source: ["title", "brand", "category"] } },
            ...extra,
          },
        },
      },
    });
    return r.aggregations?.products.buckets ?? [];
  }

  async trending(q: TrendingQuery): Promise<TrendingProduct[]> {
    const { views, carts, purchases } = SUMS;
    const buckets = await this.#topProducts<TrendingBucket>(q, { views, carts, purchases });
    return buckets.map((b) => ({
      ...productInfo(b),
      views: b.views.value,
      carts: b.carts.value,
      purchases: b.purchases.value,
      score: b.score.value,
    }));
  }

  async funnels(q: FunnelQuery): Promise<FunnelRow[]> {
    const range = await this.#window(INDICES.funnels, q.minutes, q.now);
    if (!range) return [];
    const r = await this.#es.search<never, { groups: { buckets: FunnelGroupBucket[] } }>({
      index: this.#name(INDICES.funnels),
      size: 0,
      query: {
        bool: { filter: [range, { range: { viewed: { gt: 0 } } }], must_not: humansOnly(q.includeBots) },
      },
      aggs: {
        groups: {
          terms: { field: q.level === "top" ? "top" : "category", size: 1000 },
          aggs: {
            viewed: { sum: { field: "viewed" } },
            carted: { sum: { field: "carted" } },
            purchased: { sum: { field: "purchased" } },
          },
        },
      },
    });
    return (r.aggregations?.groups.buckets ?? [])
      .map((b) => funnelRow(b.key, b.viewed.value, b.carted.value, b.purchased.value))
      .sort((a, b) => b.viewed - a.viewed || a.category.localeCompare(b.category));
  }

  async fraud(q: FraudQuery): Promise<FraudSignal[]> {
    const filter: object[] = [];
    if (q.severity) filter.push({ term: { severity: q.severity } });
    if (q.type) filter.push({ term: { type: q.type } });
    const r = await this.#es.search<StoredSignal>({
      index: this.#name(INDICES.signals),
      size: q.limit,
      query: { bool: { filter } },
      // (type, user_id) orders like the id `${type}:${user_id}` (no type name prefixes another).
      sort: [{ severity_rank: "desc" }, { last_seen: "desc" }, { type: "asc" }, { user_id: "asc" }] as never,
      ignore_unavailable: true,
    });
    return r.hits.hits.map((h) => ({ id: h._id!, ...signalFields(h._source!) }));
  }

  async topQueries(q: QueriesQuery): Promise<QueryInsight[]> {
    const range = await this.#window(INDICES.queries, q.minutes, q.now);
    if (!range) return [];
    const order = q.zeroResultsOnly
      ? [{ zero_results: "desc" }, { _key: "asc" }]
      : [{ searches: "desc" }, { _key: "asc" }];
    const r = await this.#es.search<never, { queries: { buckets: QueryBucketAgg[] } }>({
      index: this.#name(INDICES.queries),
      size: 0,
      query: {
        bool: { filter: [range, { range: { searches: { gt: 0 } } }], must_not: humansOnly(q.includeBots) },
      },
      aggs: {
        queries: {
          terms: { field: "query", size: q.limit * (q.zeroResultsOnly ? 5 : 1) + 50, order: order as never },
          aggs: {
            searches: { sum: { field: "searches" } },
            zero_results: { sum: { field: "zero_results" } },
            converted: { sum: { field: "converted" } },
          },
        },
      },
    });
    let rows: QueryInsight[] = (r.aggregations?.queries.buckets ?? []).map((b) => ({
      query: b.key,
      searches: b.searches.value,
      zero_results: b.zero_results.value,
      converted: b.converted.value,
    }));
    if (q.zeroResultsOnly) rows = rows.filter((x) => x.zero_results > 0);
    return rows.slice(0, q.limit);
  }

  async totals(groupId: string): Promise<PartitionCounters> {
    const r = await this.#es.search<{ counters: PartitionCounters }>({
      index: this.#name(INDICES.checkpoints),
      size: 1000,
      _source: ["counters"],
      query: { term: { groupId } },
      ignore_unavailable: true,
    });
    return sumCounters(r.hits.hits.map((h) => h._source!.counters));
  }

  async docCounts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const base of [INDICES.products, ...Object.keys(MAPPINGS)]) {
      // A missing index holds 0 documents; an unreachable cluster is not 0 but an error.
      out[base] = await this.#es.count({ index: this.#name(base) }).then((r) => r.count).catch((e) => {
        if (String(e).includes("index_not_found")) return 0;
        throw e;
      });
    }
    return out;
  }
  async trendingHistory(q: TrendingQuery): Promise<TrendingHistoryItem[]> {
    const buckets = await this.#topProducts<ProductBucket>(q, {
      minutes: { date_histogram: { field: "minute", fixed_interval: "1m", min_doc_count: 1 }, aggs: SUMS },
    });
    return buckets.map((b) => ({ ...productInfo(b), points: b.minutes.buckets.map(activityPoint) }));
  }

  async throughput(q: HistoryQuery): Promise<RatePoint[]> {
    const range = await this.#window(INDICES.rates, q.minutes, q.now);
    if (!range) return [];
    // by_type is not indexed (its keys are open-ended): sum the documents here. One per
    // partition per minute, so a 60-minute window is a few thousand at most.
    const r = await this.#es.search<Pick<RateBucket, "minute" | "total" | "by_type">>({
      index: this.#name(INDICES.rates),
      size: 10_000,
      _source: ["minute", "total", "by_type"],
      query: { bool: { filter: [range] } },
      ignore_unavailable: true,
    });
    return ratePoints(r.hits.hits.map((h) => h._source!));
  }

  async productActivity(productId: string, q: HistoryQuery): Promise<ActivityPoint[]> {
    const range = await this.#window(INDICES.trends, q.minutes, q.now);
    if (!range) return [];
    const r = await this.#es.search<never, { minutes: { buckets: MinuteBucket[] } }>({
      index: this.#name(INDICES.trends),
      size: 0,
      query: {
        bool: { filter: [range, { term: { product_id: productId } }], must_not: humansOnly(q.includeBots) },
      },
      aggs: {
        minutes: { date_histogram: { field: "minute", fixed_interval: "1m", min_doc_count: 1 }, aggs: SUMS },
      },
    });
    const minutes = r.aggregations?.minutes ?? { buckets: [] };
    return minutes.buckets.map(activityPoint);
  }

  async userSignals(userId: string): Promise<FraudSignal[]> {
    const r = await this.#es.search<StoredSignal>({
      index: this.#name(INDICES.signals),
      size: 100,
      query: { bool: { filter: [{ term: { user_id: userId } }] } },
      sort: [{ severity_rank: "desc" }, { last_seen: "desc" }, { type: "asc" }] as never,
      ignore_unavailable: true,
    });
    return r.hits.hits.map((h) => ({ id: h._id!, ...signalFields(h._source!) }));
  }

  async userEvents(userId: string, limit: number): Promise<UserEvent[]> {
    const r = await this.#es.search<Omit<EventDoc, "id">>({
      index: this.#name(INDICES.events),
      size: limit,
      query: { bool: { filter: [{ term: { "event.user_id": userId } }] } },
      sort: [{ "event.ts": "desc" }, { "event.event_id": "asc" }] as never,
      ignore_unavailable: true,
    });
    return r.hits.hits.map((h) => userEvent({ id: h._id!, ...h._source! }));
  }
}

/** Per-minute sums of trend documents. */
const SUMS = {
  score: { sum: { field: "score" } },
  views: { sum: { field: "views" } },
  carts: { sum: { field: "carts" } },
  purchases: { sum: { field: "purchases" } },
} as const;

type Sum = { value: number };
/** A `top_hits` of one trend document's descriptive fields. */
type TrendInfo = { hits: { hits: { _source?: { title?: string; brand?: string; category?: string } }[] } };
interface TrendingBucket {
  key: string;
  score: Sum;
  views: Sum;
  carts: Sum;
  purchases: Sum;
  info: TrendInfo;
}
interface FunnelGroupBucket {
  key: string;
  viewed: Sum;
  carted: Sum;
  purchased: Sum;
}
interface QueryBucketAgg {
  key: string;
  searches: Sum;
  zero_results: Sum;
  converted: Sum;
}
interface MinuteBucket {
  key: number;
  score: Sum;
  views: Sum;
  carts: Sum;
  purchases: Sum;
}
interface ProductBucket {
  key: string;
  score: Sum;
  info: TrendInfo;
  minutes: { buckets: MinuteBucket[] };
}

/** A signal as stored: its rank for sorting, and where it came from (see VersionedWrite). */
type StoredSignal = Omit<FraudSignal, "id"> & {
  severity_rank: number;
  partition?: number;
  progress?: number;
  owner?: number;
};

/** A stored signal without the fields only the store uses (its rank, where it came from). */
function signalFields(stored: StoredSignal): Omit<FraudSignal, "id"> {
  const { severity_rank: _r, partition: _p, progress: _g, owner: _o, ...signal } = stored;
  return signal;
}

/** A top-products bucket's id and descriptive fields (title and brand only when known). */
function productInfo(b: { key: string; info: TrendInfo }) {
  const s = b.info.hits.hits[0]?._source ?? {};
  return {
    product_id: b.key,
    ...(s.title ? { title: s.title, brand: s.brand } : {}),
    category: s.category ?? "",
  };
}

const activityPoint = (b: MinuteBucket): ActivityPoint => ({
  minute: new Date(b.key).toISOString(),
  views: b.views.value,
  carts: b.carts.value,
  purchases: b.purchases.value,
  score: b.score.value,
});
