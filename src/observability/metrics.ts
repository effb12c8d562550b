/**
 * A small Prometheus registry (counters, gauges, histograms with labels) and the
 * text exposition format 0.0.4, without dependencies. The API, the processor and
 * the generator share one registry per process; `/metrics` renders it.
 *
 * @example
 * ```ts
 * import { Registry } from "./metrics.ts";
 *
 * const metrics = new Registry();
 * const events = metrics.counter("shopstream_events_processed_total", "Valid events applied", ["type"]);
 * events.inc(3, { type: "view" });
 * events.labels({ type: "purchase" }).inc();
 * metrics.gauge("shopstream_checkpoint_age_seconds", "Seconds since the last checkpoint").set(1.5);
 * const latency = metrics.histogram("http_request_duration_seconds", "Request latency", ["route"]);
 * latency.observe(0.012, { route: "/search" });
 * console.log(await metrics.expose()); // # HELP … # TYPE … lines, ready for Prometheus
 * ```
 *
 * @module
 */

/** Label values by label name. Numbers are rendered as strings. */
export type Labels = Record<string, string | number>;

export type MetricType = "counter" | "gauge" | "histogram";

/** Prometheus' text format version, for the Content-Type of `/metrics`. */
export const CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

/** The client libraries' default latency buckets, in seconds. */
export const DEFAULT_BUCKETS: readonly number[] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** One labelled time series' value, as read back by `series()`. */
export interface Sample {
  labels: Record<string, string>;
  value: number;
}

abstract class Metric {
  abstract readonly type: MetricType;
  constructor(readonly name: string, readonly help: string, readonly labelNames: readonly string[]) {
    if (!METRIC_NAME.test(name)) throw new Error(`metric name "${name}" is not a valid Prometheus name`);
    for (const l of labelNames) {
      if (!LABEL_NAME.test(l) || l.startsWith("__")) {
        throw new Error(`label name "${l}" of ${name} is not valid`);
      }
    }
  }

  /** Canonical key of a label set; also checks the labels against the declared names. */
  protected key(labels: Labels | undefined): string {
    const given = labels ?? {};
    for (const k of Object.keys(given)) {
      if (!this.labelNames.includes(k)) {
        throw new Error(
          `label "${k}" is not declared for ${this.name} (declared: ${this.labelNames.join(", ")})`,
        );
      }
    }
    return JSON.stringify(this.labelNames.map((n) => (given[n] === undefined ? "" : String(given[n]))));
  }

  protected labelsOf(key: string): Record<string, string> {
    const values = JSON.parse(key) as string[];
    const out: Record<string, string> = {};
    this.labelNames.forEach((n, i) => {
      if (values[i] !== "") out[n] = values[i];
    });
    return out;
  }

  abstract render(): string[];
}

/** Accepts both `inc(2, {type})` and `inc({type}, 2)`, as the common client libraries do. */
function amountAndLabels(a?: number | Labels, b?: number | Labels): [number, Labels | undefined] {
  if (typeof a === "object") return [typeof b === "number" ? b : 1, a];
  return [a ?? 1, typeof b === "object" ? b : undefined];
}

/** A value that only goes up (resets when the process restarts). */
export class Counter extends Metric {
  readonly type = "counter";
  #values = new Map<string, number>();

  inc(amount?: number, labels?: Labels): void;
  inc(labels: Labels, amount?: number): void;
  inc(a?: number | Labels, b?: number | Labels): void {
    const [amount, labels] = amountAndLabels(a, b);
    if (!(amount >= 0) || !Number.isFinite(amount)) {
      throw new Error(`counter ${this.name} can only grow by a finite amount ≥ 0 (got ${amount})`);
    }
    const k = this.key(labels);
    this.#values.set(k, (this.#values.get(k) ?? 0) + amount);
  }

  /** A handle bound to one label set. */
  labels(labels: Labels): { inc(amount?: number): void } {
    return { inc: (amount = 1) => this.inc(amount, labels) };
  }

  /** Current value of one label set (0 when never incremented). */
  value(labels?: Labels): number {
    return this.#values.get(this.key(labels)) ?? 0;
  }

  /** Sum over every label set. */
  total(): number {
    let sum = 0;
    for (const v of this.#values.values()) sum += v;
    return sum;
  }

  series(): Sample[] {
    return [...this.#values].map(([k, value]) => ({ labels: this.labelsOf(k), value }));
  }

  render(): string[] {
    return [...this.#values].map(([k, v]) =>
      `${this.name}${formatLabels(this.labelsOf(k))} ${formatNumber(v)}`
    );
  }
}

/** A value that goes up and down. */
export class Gauge extends Metric {
  readonly type = "gauge";
  #values = new Map<string, number>();

  set(value: number, labels?: Labels): void {
    this.#values.set(this.key(labels), value);
  }

  inc(amount?: number, labels?: Labels): void;
  inc(labels: Labels, amount?: number): void;
  inc(a?: number | Labels, b?: number | Labels): void {
    const [amount, labels] = amountAndLabels(a, b);
    const k = this.key(labels);
    this.#values.set(k, (this.#values.get(k) ?? 0) + amount);
  }

  dec(amount = 1, labels?: Labels): void {
    this.inc(-amount, labels);
  }

  labels(
    labels: Labels,
  ): { set(value: number): void; inc(amount?: number): void; dec(amount?: number): void } {
    return {
      set: (v) => this.set(v, labels),
      inc: (a = 1) => this.inc(a, labels),
      dec: (a = 1) => this.dec(a, labels),
    };
  }

  value(labels?: Labels): number | undefined {
    return this.#values.get(this.key(labels));
  }

  /** Forgets every label set: for gauges rebuilt at each scrape (e.g. lag per partition). */
  reset(): void {
    this.#values.clear();
  }

  series(): Sample[] {
    return [...this.#values].map(([k, value]) => ({ labels: this.labelsOf(k), value }));
  }

  render(): string[] {
    return [...this.#values].map(([k, v]) =>
      `${this.name}${formatLabels(this.labelsOf(k))} ${formatNumber(v)}`
    );
  }
}

/** Observations counted into cumulative buckets, with their sum and count. */
export class Histogram extends Metric {
  readonly type = "histogram";
  readonly buckets: readonly number[];
  #series = new Map<string, { counts: number[]; sum: number; count: number }>();

  constructor(name: string, help: string, labelNames: readonly string[], buckets: readonly number[]) {
    super(name, help, labelNames);
    if (labelNames.includes("le")) throw new Error(`histogram ${name} cannot use the reserved label "le"`);
    const sorted = [...new Set(buckets)].filter(Number.isFinite).sort((a, b) => a - b);
    if (sorted.length === 0) throw new Error(`histogram ${name} needs at least one finite bucket`);
    this.buckets = sorted;
  }

  observe(value: number, labels?: Labels): void {
    if (Number.isNaN(value)) return;
    const k = this.key(labels);
    let s = this.#series.get(k);
    if (!s) {
      s = { counts: this.buckets.map(() => 0), sum: 0, count: 0 };
      this.#series.set(k, s);
    }
    // Stored per bucket; rendered cumulatively.
    const i = this.buckets.findIndex((b) => value <= b);
    if (i >= 0) s.counts[i]++;
    s.sum += value;
    s.count++;
  }

  /** Starts a timer; calling the result observes the elapsed seconds. */
  startTimer(labels?: Labels): (more?: Labels) => number {
    const start = performance.now();
    return (more) => {
      const seconds = (performance.now() - start) / 1000;
      this.observe(seconds, { ...labels, ...more });
      return seconds;
    };
  }

  /** Count and sum of one label set. */
  stats(labels?: Labels): { count: number; sum: number } {
    const s = this.#series.get(this.key(labels));
    return { count: s?.count ?? 0, sum: s?.sum ?? 0 };
  }

  render(): string[] {
    const lines: string[] = [];
    for (const [k, s] of this.#series) {
      const labels = this.labelsOf(k);
      let cumulative = 0;
      this.buckets.forEach((b, i) => {
        cumulative += s.counts[i];
        lines.push(`${this.name}_bucket${formatLabels({ ...labels, le: formatNumber(b) })} ${cumulative}`);
      });
      lines.push(`${this.name}_bucket${formatLabels({ ...labels, le: "+Inf" })} ${s.count}`);
      lines.push(`${this.name}_sum${formatLabels(labels)} ${formatNumber(s.sum)}`);
      lines.push(`${this.name}_count${formatLabels(labels)} ${s.count}`);
    }
    return lines;
  }
}

/**
 * The metrics of one process. Asking twice for the same name returns the same metric,
 * so modules can declare what they use where they use it.
 */
export class Registry {
  #metrics = new Map<string, Metric>();
  #collectors = new Set<() => void | Promise<void>>();

  counter(name: string, help: string, labelNames: readonly string[] = []): Counter {
    return this.#getOrCreate(
      name,
      "counter",
      labelNames,
      () => new Counter(name, help, labelNames),
    ) as Counter;
  }

  gauge(name: string, help: string, labelNames: readonly string[] = []): Gauge {
    return this.#getOrCreate(name, "gauge", labelNames, () => new Gauge(name, help, labelNames)) as Gauge;
  }

  histogram(
    name: string,
    help: string,
    labelNames: readonly string[] = [],
    buckets: readonly number[] = DEFAULT_BUCKETS,
  ): Histogram {
    return this.#getOrCreate(
      name,
      "histogram",
      labelNames,
      () => new Histogram(name, help, labelNames, buckets),
    ) as Histogram;
  }

  /** A registered metric, to read values back (e.g. for /stats rates). */
  get(name: string): Counter | Gauge | Histogram | undefined {
    return this.#metrics.get(name) as Counter | Gauge | Histogram | undefined;
  }

  /**
   * Runs `fn` before every exposition, to refresh gauges whose source is elsewhere
   * (consumer lag, checkpoint age). Returns a function that unregisters it.
   */
  onCollect(fn: () => void | Promise<void>): () => void {
    this.#collectors.add(fn);
    return () => this.#collectors.delete(fn);
  }

  /** The text exposition format 0.0.4. A failing collector leaves its gauges as they were. */
  async expose(): Promise<string> {
    await Promise.allSettled([...this.#collectors].map(async (fn) => await fn()));
    const out: string[] = [];
    for (const m of this.#metrics.values()) {
      out.push(`# HELP ${m.name} ${escapeHelp(m.help)}`, `# TYPE ${m.name} ${m.type}`, ...m.render());
    }
    return out.length ? out.join("\n") + "\n" : "";
  }

  #getOrCreate(name: string, type: MetricType, labelNames: readonly string[], create: () => Metric): Metric {
    const existing = this.#metrics.get(name);
    if (existing) {
      if (existing.type !== type) {
        throw new Error(`metric ${name} is already registered as a ${existing.type}`);
      }
      if (labelNames.length && existing.labelNames.join() !== labelNames.join()) {
        throw new Error(
          `metric ${name} is already registered with labels [${existing.labelNames.join(", ")}]`,
        );
      }
      return existing;
    }
    const m = create();
    this.#metrics.set(name, m);
    return m;
  }
}

function escapeHelp(help: string): string {
  return help.replaceAll("\\", "\\\\").replaceAll("\n", "\\n");
}

function escapeLabelValue(v: string): string {
  return v.replaceAll("\\", "\\\\").replaceAll("\n", "\\n").replaceAll('"', '\\"');
}

function formatLabels(labels: Record<string, string>): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return "";
  return `{${entries.map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(",")}}`;
}

/** Go's float formatting as Prometheus expects it: +Inf, -Inf, NaN. */
export function formatNumber(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (n === Infinity) return "+Inf";
  if (n === -Infinity) return "-Inf";
  return String(n);
}
