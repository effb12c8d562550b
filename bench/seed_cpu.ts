/**
 * Our process's CPU per seeded document: `seedCatalog` through the real adapter and the
 * real client, measured as the process's user + system CPU time (`process.cpuUsage()`),
 * not wall time, so Elasticsearch's share of the same two cores and the other work on
 * the machine move it far less. Each round seeds `count` products afresh.
 *
 *   deno run -A bench/seed_cpu.ts --sink=record   # the client's connection answers at once
 *   deno run -A bench/seed_cpu.ts --sink=es       # a fresh index per round on ELASTICSEARCH_HOST
 *   deno run -A bench/seed_cpu.ts --hash=20000    # SHA-256 of what the adapter sends for 20k products
 *
 * `record` isolates our CPU (no sockets, no waiting on the cluster); `es` is the load as
 * `--role=seed` does it. `--hash` pairs each action line with its document and hashes
 * the sorted pairs: a change that only reorders or re-chunks requests keeps the hash,
 * one that changes a byte sent does not.
 *
 * @module
 */
import { parseArgs } from "node:util";
import process from "node:process";
import {
  BaseConnection,
  Client,
  type ConnectionRequestParams,
  type ConnectionRequestResponse,
} from "@elastic/elasticsearch";
import { createElasticsearchClient } from "../src/store/elasticsearch/client.ts";
import { ElasticsearchCatalog } from "../src/store/elasticsearch/catalog.ts";
import { seedCatalog } from "../src/catalog/seed.ts";

/** Every request body the recording connection saw (only while `recording` is on). */
const bodies: string[] = [];
let recording = false;

/** A connection that answers every request at once, as an item-error-free `_bulk` would. */
class RecordingConnection extends BaseConnection {
  // deno-lint-ignore no-explicit-any -- the base also declares an overload for streams, never returned here
  override request(params: ConnectionRequestParams): Promise<any> {
    if (recording && params.path.endsWith("/_bulk") && typeof params.body === "string") {
      bodies.push(params.body);
    }
    const answer: ConnectionRequestResponse = {
      statusCode: 200,
      headers: { "content-type": "application/json", "x-elastic-product": "Elasticsearch" },
      body: '{"errors":false}',
    };
    return Promise.resolve(answer);
  }

  override close(): Promise<void> {
    return Promise.resolve();
  }
}

function recordingClient(): Client {
  return new Client({ node: "http://recorded.invalid:9200", Connection: RecordingConnection });
}

/** The SHA-256 of the sorted (action line, document line) pairs of `bodies`, and how many there were. */
export async function hashBodies(sent: string[]): Promise<{ docs: number; sha256: string }> {
  const pairs: string[] = [];
  for (const body of sent) {
    if (!body.endsWith("\n")) throw new Error("a _bulk body that does not end in a newline");
    const lines = body.slice(0, -1).split("\n");
    for (let i = 0; i < lines.length; i += 2) pairs.push(`${lines[i]}\n${lines[i + 1]}\n`);
  }
  pairs.sort();
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(pairs.join("")));
  const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return { docs: pairs.length, sha256 };
}

const cpuMicros = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round1 = (x: number) => Math.round(x * 10) / 10;

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      sink: { type: "string", default: "record" },
      count: { type: "string", default: "50000" },
      rounds: { type: "string", default: "3" },
      hash: { type: "string" },
    },
  });
  if (values.hash) {
    recording = true;
    const catalog = new ElasticsearchCatalog({ client: recordingClient(), indexPrefix: "recorded-" });
    await seedCatalog(catalog, { count: Number(values.hash), seed: 42, tty: false });
    console.log(JSON.stringify({ bodies: bodies.length, ...await hashBodies(bodies) }));
    Deno.exit(0);
  }

  const count = Number(values.count);
  const es = values.sink === "es";
  const host = Deno.env.get("ELASTICSEARCH_HOST") ?? "http://127.0.0.1:9200";
  const client = es ? createElasticsearchClient({ host, requestTimeoutMs: 120_000 }) : recordingClient();
  const tag = `seedcpu-${Date.now().toString(36)}`;
  const perDoc: number[] = [];
  const wall: number[] = [];
  try {
    for (let round = 0; round < Number(values.rounds); round++) {
      const catalog = new ElasticsearchCatalog({ client, indexPrefix: `${tag}-${round}-` });
      if (es) await catalog.ensureIndex({ recreate: true });
      const cpu = cpuMicros();
      const t = performance.now();
      const seeded = await seedCatalog(catalog, { count, seed: 42, tty: false });
      perDoc.push((cpuMicros() - cpu) / count);
      wall.push(performance.now() - t);
      await seeded.compaction?.finished();
      if (es) await client.indices.delete({ index: `${tag}-${round}-*` });
    }
  } finally {
    if (es) await client.indices.delete({ index: `${tag}-*`, allow_no_indices: true }).catch(() => {});
    await client.close();
  }
  console.log(JSON.stringify({
    sink: values.sink,
    count,
    cpu_us_per_doc: perDoc.map(round1),
    cpu_us_per_doc_min: round1(Math.min(...perDoc)),
    cpu_us_per_doc_median: round1(median(perDoc)),
    wall_docs_per_s: wall.map((ms) => Math.round(count / (ms / 1000))),
  }));
}
