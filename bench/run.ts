/**
 * `deno task bench`: runs every benchmark and prints one JSON document (also written
 * to bench/results/latest.json). Each figure is paired with a baseline measured in
 * the same run, because these machines are noisy: compare ratios, not absolutes.
 *
 * Parts needing the live services run when KAFKA_BOOTSTRAP_SERVERS / ELASTICSEARCH_HOST
 * are set (`deno task services start`); they are reported as skipped otherwise.
 *
 *   deno task bench                      # everything that can run
 *   deno task bench --only=seed,startup  # a subset
 *   deno task bench --count=100000       # catalog size for the seed and search benchmarks
 *   deno task bench --only=search        # search latency (vs same-run baselines) and throughput
 *   deno task bench --only=processor --processor-events=300000  # the processor against a bare consumer
 *   deno task bench --only=memory --minutes=3  # opt-in: RSS of --role=all over a run with a restart
 *   deno task bench --only=soak          # opt-in: 2 h of event time at 1,000 events/s through checkpoints
 *   deno task bench --only=scaleout      # opt-in: 1–3 processors on a 3-broker/3-node loopback cluster
 *
 * @module
 */
import { parseArgs } from "node:util";
import { benchHealthDuringStartup, benchStartup } from "./startup.ts";
import { benchSeed } from "./seed.ts";
import { benchGenerator } from "./generator.ts";
import { benchProcessor } from "./processor.ts";
import { benchSearch } from "./search.ts";
import { benchLatency } from "./latency.ts";
import { benchMemory } from "./memory.ts";
import { benchCheckpoints, soakCheckpoints } from "./checkpoints.ts";
import { benchTakeover } from "./takeover.ts";
import { benchScaleout } from "./scaleout.ts";

const { values } = parseArgs({
  args: Deno.args,
  options: {
    only: { type: "string" },
    count: { type: "string", default: "100000" },
    seconds: { type: "string", default: "20" },
    events: { type: "string", default: "100000" },
    "processor-events": { type: "string", default: "300000" },
    "search-seconds": { type: "string", default: "30" },
    markers: { type: "string", default: "30" },
    minutes: { type: "string", default: "10" },
    users: { type: "string", default: "10000,100000,1000000" },
  },
});
const only = values.only ? new Set(values.only.split(",")) : undefined;
const want = (name: string) => !only || only.has(name);
const es = Deno.env.get("ELASTICSEARCH_HOST") || undefined;
const kafka = Deno.env.get("KAFKA_BOOTSTRAP_SERVERS")?.split(",") || undefined;

const out: Record<string, unknown> = {
  started_at: new Date().toISOString(),
  machine: { cpus: navigator.hardwareConcurrency, deno: Deno.version.deno, os: Deno.build.os },
  // Other work on the box moves every figure; the same-run baselines move with it.
  load_average_at_start: Deno.loadavg(),
};
const note = (name: string, need: string) => (out[name] = { skipped: `needs ${need}` });

if (want("startup")) {
  out.startup = await benchStartup();
  out.health_during_startup = await benchHealthDuringStartup(Number(values.count));
}
if (want("seed")) {
  es
    ? (out.seed = await benchSeed({ host: es, count: Number(values.count) }))
    : note("seed", "ELASTICSEARCH_HOST");
}
if (want("generator")) {
  kafka
    ? (out.generator = await benchGenerator({ brokers: kafka, seconds: Number(values.seconds) }))
    : note("generator", "KAFKA_BOOTSTRAP_SERVERS");
}
if (want("processor")) {
  kafka && es
    ? (out.processor = await benchProcessor({
      brokers: kafka,
      host: es,
      events: Number(values["processor-events"]),
    }))
    : note("processor", "KAFKA_BOOTSTRAP_SERVERS and ELASTICSEARCH_HOST");
}
if (want("search")) {
  // Embedded always; Elasticsearch when configured (reported as skipped otherwise).
  out.search = await benchSearch({
    host: es,
    count: Number(values.count),
    rounds: 10,
    clients: 20,
    seconds: Number(values["search-seconds"]),
  });
}
if (want("latency")) {
  out.latency = await benchLatency({ markers: Number(values.markers), brokers: kafka, host: es });
}
if (want("takeover")) {
  kafka && es
    ? (out.takeover = await benchTakeover())
    : note("takeover", "KAFKA_BOOTSTRAP_SERVERS and ELASTICSEARCH_HOST");
}
if (want("checkpoints")) {
  // Embedded store without ELASTICSEARCH_HOST; the figures that matter are on Elasticsearch.
  out.checkpoints = await benchCheckpoints({ users: values.users!.split(",").map(Number), host: es });
}
// Opt-in: these take minutes of wall time.
if (only?.has("memory")) out.memory = await benchMemory({ minutes: Number(values.minutes) });
if (only?.has("soak")) out.soak = await soakCheckpoints({ host: es });
if (only?.has("scaleout")) {
  kafka && es
    ? (out.scaleout = await benchScaleout({
      brokers: kafka,
      host: es,
      events: Number(values.events),
      seconds: 10,
    }))
    : note("scaleout", "KAFKA_BOOTSTRAP_SERVERS and ELASTICSEARCH_HOST");
}
out.finished_at = new Date().toISOString();
out.load_average_at_finish = Deno.loadavg();

const json = JSON.stringify(out, null, 2);
await Deno.mkdir(new URL("./results/", import.meta.url), { recursive: true });
await Deno.writeTextFile(new URL("./results/latest.json", import.meta.url), json + "\n");
console.log(json);
