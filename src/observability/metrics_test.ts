import assert from "node:assert/strict";
import { Registry } from "./metrics.ts";
import { processMetrics } from "./process.ts";

Deno.test("counters render per label set with HELP and TYPE lines", async () => {
  const r = new Registry();
  const c = r.counter("shopstream_events_processed_total", "Valid events applied", ["type"]);
  c.inc(3, { type: "view" });
  c.inc({ type: "view" });
  c.labels({ type: "purchase" }).inc(2);
  const text = await r.expose();
  assert.match(text, /^# HELP shopstream_events_processed_total Valid events applied$/m);
  assert.match(text, /^# TYPE shopstream_events_processed_total counter$/m);
  assert.match(text, /^shopstream_events_processed_total\{type="view"\} 4$/m);
  assert.match(text, /^shopstream_events_processed_total\{type="purchase"\} 2$/m);
  assert.equal(c.total(), 6);
  assert.ok(text.endsWith("\n"));
});

Deno.test("asking for a metric twice returns the same one; a type clash is refused", () => {
  const r = new Registry();
  r.counter("x_total", "x").inc();
  r.counter("x_total", "x").inc();
  assert.equal(r.counter("x_total", "x").value(), 2);
  assert.throws(() => r.gauge("x_total", "x"), /already registered as a counter/);
});

Deno.test("counters refuse to go down and undeclared labels are named", () => {
  const r = new Registry();
  const c = r.counter("y_total", "y", ["type"]);
  assert.throws(() => c.inc(-1), /finite amount/);
  assert.throws(() => c.inc(1, { kind: "a" }), /label "kind" is not declared/);
  assert.throws(() => r.counter("bad-name", "z"), /not a valid Prometheus name/);
});

Deno.test("histograms render cumulative buckets, +Inf, sum and count", async () => {
  const r = new Registry();
  const h = r.histogram("req_seconds", "latency", ["route"], [0.1, 1]);
  h.observe(0.05, { route: "/a" });
  h.observe(0.5, { route: "/a" });
  h.observe(5, { route: "/a" });
  const text = await r.expose();
  assert.match(text, /^req_seconds_bucket\{route="\/a",le="0.1"\} 1$/m);
  assert.match(text, /^req_seconds_bucket\{route="\/a",le="1"\} 2$/m);
  assert.match(text, /^req_seconds_bucket\{route="\/a",le="\+Inf"\} 3$/m);
  assert.match(text, /^req_seconds_sum\{route="\/a"\} 5.55$/m);
  assert.match(text, /^req_seconds_count\{route="\/a"\} 3$/m);
});

Deno.test("label values are escaped and collectors refresh gauges before exposition", async () => {
  const r = new Registry();
  const lag = r.gauge("lag", "consumer lag", ["topic"]);
  let calls = 0;
  r.onCollect(() => {
    calls++;
    lag.set(7, { topic: 'a"b\\c\nd' });
  });
  r.onCollect(() => {
    throw new Error("a broken collector must not break /metrics");
  });
  const text = await r.expose();
  assert.equal(calls, 1);
  assert.match(text, /^lag\{topic="a\\"b\\\\c\\nd"\} 7$/m);
});

Deno.test("the process's memory is exposed at every scrape", async () => {
  const registry = new Registry();
  const stop = processMetrics(registry);
  const value = (text: string, name: string) => Number(text.match(new RegExp(`^${name} (\\S+)$`, "m"))?.[1]);
  const text = await registry.expose();
  const rss = value(text, "process_resident_memory_bytes");
  assert.ok(rss > 1024 * 1024, `rss ${rss}`);
  assert.ok(value(text, "deno_heap_used_bytes") > 0);
  assert.ok(value(text, "deno_heap_total_bytes") >= value(text, "deno_heap_used_bytes"));
  assert.ok(value(text, "deno_external_memory_bytes") >= 0);
  // Refreshed when scraped, not frozen at registration: 64 MB of typed arrays show up.
  const held = new Uint8Array(64 * 1024 * 1024).fill(1);
  const after = await registry.expose();
  assert.ok(
    value(after, "deno_external_memory_bytes") >= value(text, "deno_external_memory_bytes") + held.length / 2,
  );
  stop();
});
