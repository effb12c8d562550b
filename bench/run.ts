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
 *   deno task bench --count=100000       # catalog size for the seed benchmark
 *   deno task bench --only=scaleout      # opt-in (heavy): 1–3 processors on a 3-broker, 3-node cluster
 *
 * @module
 */
import { parseArgs } from "node:util";
import { benchStartup } from "./startup.ts";
import { benchSeed } from "./seed.ts";
import { benchGenerator } from "./generator.ts";
import { benchProcessor } from "./processor.ts";
import { benchScaleout } from "./scaleout.ts";

const { values } = parseArgs({
  args: Deno.args,
  options: {
    only: { type: "string" },
    count: { type: "string", default: "100000" },
    seconds: { type: "string", default: "20" },
    events: { type: "string", default: "100000" },
  },
});
const only = values.only ? new Set(values.only.split(",")) : undefined;
const want = (name: string) => !only || only.has(name);
const es = Deno.env.get("ELASTICSEARCH_HOST") || undefined;
const kafka = Deno.env.get("KAFKA_BOOTSTRAP_SERVERS")?.split(",") || undefined;

const out: Record<string, unknown> = {
  started_at: new Date().toISOString(),
  machine: { cpus: navigator.hardwareConcurrency, deno: Deno.version.deno, os: Deno.build.os },
};
const note = (name: string, need: string) => (out[name] = { skipped: `needs ${need}` });

if (want("startup")) out.startup = await benchStartup();
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
    ? (out.processor = await benchProcessor({ brokers: kafka, host: es, events: Number(values.events) }))
    : note("processor", "KAFKA_BOOTSTRAP_SERVERS and ELASTICSEARCH_HOST");
}
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

const json = JSON.stringify(out, null, 2);
await Deno.mkdir(new URL("./results/", import.meta.url), { recursive: true });
await Deno.writeTextFile(new URL("./results/latest.json", import.meta.url), json + "\n");
console.log(json);
