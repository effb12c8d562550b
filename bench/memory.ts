/**
 * Memory of `--role=all` on the embedded backends with default settings (50k products,
 * 100 events/s), issue 13.5: RSS sampled every second over `minutes`, with a restart
 * half-way (SIGTERM, then a new process on the same `--data-dir`). Reported as max and
 * p95, per phase too, with the growth rate over each phase's second half and what the
 * API says the store holds (`/stats` `index_docs`), so a structure that grows without
 * bound shows up next to the RSS that follows it.
 *
 * Opt-in (`deno task bench --only=memory --minutes=3`): it takes `minutes` of wall time.
 * Baseline in the same run: the RSS of a bare `Deno.serve` hello-world started the
 * same way, i.e. what the runtime alone costs.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { type AppProcess, startApp } from "../tests/support/app_process.ts";

export interface MemoryPhase {
  samples: number;
  max_mb: number;
  p95_mb: number;
  /** RSS growth over the phase's second half, MB per minute (least squares). */
  growth_mb_per_min: number;
  /** `/stats` index_docs at the phase's end. */
  index_docs_at_end: Record<string, number>;
  events_at_end: number;
}

export interface MemoryFigures {
  minutes: number;
  restart_after_s: number;
  max_rss_mb: number;
  p95_rss_mb: number;
  target_mb: number;
  meets_target: boolean;
  phases: MemoryPhase[];
  /** The embedded data dir after the run, bytes per file. */
  data_dir_bytes: Record<string, number>;
  baseline_hello_world_rss_mb: number;
}

const MB = 1024 * 1024;
const round = (x: number) => Math.round(x * 10) / 10;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resident set size of a process, from /proc (Linux). */
async function rssBytes(pid: number): Promise<number | undefined> {
  try {
    const status = await Deno.readTextFile(`/proc/${pid}/status`);
    const m = status.match(/^VmRSS:\s+(\d+) kB/m);
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Slope of y over x (least squares). */
function slope(points: [number, number][]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((a, p) => a + p[0], 0) / n;
  const my = points.reduce((a, p) => a + p[1], 0) / n;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

async function helloWorldRss(): Promise<number> {
  const code =
    `Deno.serve({ port: 0, onListen: () => console.error("listening") }, () => new Response("ok"));`;
  const child = new Deno.Command(Deno.execPath(), { args: ["eval", code], stderr: "piped", stdout: "null" })
    .spawn();
  const reader = child.stderr.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  while (!text.includes("listening")) {
    const { value, done } = await reader.read();
    if (done) break;
    text += value;
  }
  await sleep(1_000);
  const rss = (await rssBytes(child.pid)) ?? 0;
  child.kill();
  await child.status;
  await reader.cancel().catch(() => {});
  return rss;
}

async function dirSizes(dir: string, prefix = ""): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for await (const e of Deno.readDir(dir)) {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory) Object.assign(out, await dirSizes(path, `${prefix}${e.name}/`));
    else out[`${prefix}${e.name}`] = (await Deno.stat(path)).size;
  }
  return out;
}

async function runPhase(dataDir: string, seconds: number): Promise<MemoryPhase & { rss: number[] }> {
  const app: AppProcess = await startApp(["--role=all", "--port=0", `--data-dir=${dataDir}`], {
    env: { KAFKA_BOOTSTRAP_SERVERS: "", ELASTICSEARCH_HOST: "" },
    waitForListenMs: 120_000,
  });
  const samples: [number, number][] = [];
  let stats: { index_docs?: Record<string, number>; events?: { total?: number } } = {};
  const t0 = performance.now();
  try {
    for (let i = 0; performance.now() - t0 < seconds * 1000; i++) {
      const rss = await rssBytes(app.child.pid);
      if (rss !== undefined) samples.push([(performance.now() - t0) / 60_000, rss / MB]);
      if (i % 10 === 0) {
        stats = await fetch(`${app.baseUrl}/stats`).then((r) => r.json()).catch(() => stats);
      }
      await sleep(1_000 - ((performance.now() - t0) % 1_000));
    }
    stats = await fetch(`${app.baseUrl}/stats`).then((r) => r.json()).catch(() => stats);
  } finally {
    const code = await app.stop("SIGTERM");
    if (code !== 0) console.error(`--role=all exited with ${code}:\n${app.log().slice(-2_000)}`);
  }
  const mb = samples.map((s) => s[1]);
  const secondHalf = samples.filter((s) => s[0] >= seconds / 120);
  return {
    samples: samples.length,
    max_mb: round(Math.max(...mb)),
    p95_mb: round(pct(mb, 0.95)),
    growth_mb_per_min: round(slope(secondHalf)),
    index_docs_at_end: stats.index_docs ?? {},
    events_at_end: stats.events?.total ?? 0,
    rss: mb,
  };
}

export async function benchMemory(o: { minutes: number }): Promise<MemoryFigures> {
  const baseline = await helloWorldRss();
  const dataDir = await Deno.makeTempDir({ prefix: "shopstream-bench-memory-" });
  try {
    const half = (o.minutes * 60) / 2;
    const runs = [await runPhase(dataDir, half), await runPhase(dataDir, half)];
    const all = runs.flatMap((r) => r.rss);
    const max = round(Math.max(...all));
    const phases = runs.map(({ rss: _, ...phase }) => phase);
    return {
      minutes: o.minutes,
      restart_after_s: half,
      max_rss_mb: max,
      p95_rss_mb: round(pct(all, 0.95)),
      target_mb: 400,
      meets_target: max <= 400,
      phases,
      data_dir_bytes: await dirSizes(dataDir),
      baseline_hello_world_rss_mb: round(baseline / MB),
    };
  } finally {
    await Deno.remove(dataDir, { recursive: true }).catch(() => {});
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ args: Deno.args, options: { minutes: { type: "string", default: "10" } } });
  console.log(JSON.stringify(await benchMemory({ minutes: Number(values.minutes) }), null, 2));
}
