/**
 * Time from process start to /health answering and to the first events in /stats,
 * for `--role=all` on the embedded backends (the newcomer's `deno task start`).
 * Baseline in the same run: a bare `Deno.serve` hello-world started the same way,
 * so the ratio says what shopstream adds over the runtime's own start-up.
 *
 * @module
 */
import { startApp } from "../tests/support/app_process.ts";

export interface StartupFigures {
  runs: number;
  health_ms_median: number;
  first_events_ms_median: number;
  baseline_hello_ms_median: number;
  health_vs_baseline_ratio: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function helloWorldMs(): Promise<number> {
  const t0 = performance.now();
  const code =
    `Deno.serve({ port: 0, onListen: (a) => console.error("listening on http://127.0.0.1:" + a.port) }, () => new Response("ok"));`;
  const child = new Deno.Command(Deno.execPath(), { args: ["eval", code], stderr: "piped", stdout: "null" })
    .spawn();
  const reader = child.stderr.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  while (!/listening on (\S+)/.test(text)) {
    const { value, done } = await reader.read();
    if (done) throw new Error("hello world did not start");
    text += value;
  }
  const url = text.match(/listening on (\S+)/)![1];
  await (await fetch(url)).text();
  const ms = performance.now() - t0;
  child.kill();
  await child.status;
  return ms;
}

export async function benchStartup(runs = 3): Promise<StartupFigures> {
  const health: number[] = [];
  const firstEvents: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < runs; i++) {
    baseline.push(await helloWorldMs());
    const dataDir = await Deno.makeTempDir({ prefix: "shopstream-bench-" });
    const t0 = performance.now();
    const app = await startApp(["--role=all", "--port=0", `--data-dir=${dataDir}`], {
      env: { KAFKA_BOOTSTRAP_SERVERS: "", ELASTICSEARCH_HOST: "" },
    });
    while ((await fetch(`${app.baseUrl}/health`)).status !== 200) await new Promise((r) => setTimeout(r, 20));
    health.push(performance.now() - t0);
    for (;;) {
      const s = await (await fetch(`${app.baseUrl}/stats`)).json();
      if (s.events?.total > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    firstEvents.push(performance.now() - t0);
    await app.stop();
    await Deno.remove(dataDir, { recursive: true });
  }
  const h = median(health);
  const b = median(baseline);
  return {
    runs,
    health_ms_median: Math.round(h),
    first_events_ms_median: Math.round(median(firstEvents)),
    baseline_hello_ms_median: Math.round(b),
    health_vs_baseline_ratio: Math.round((h / b) * 100) / 100,
  };
}

if (import.meta.main) console.log(JSON.stringify(await benchStartup(), null, 2));
