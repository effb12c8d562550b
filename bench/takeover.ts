/**
 * Takeover after a crash (issue 9.6): a processor (a real `main.ts --role=processor`) owns
 * all six partitions; it is killed with SIGKILL and a replacement is started at once. The
 * figure is the time from the kill until the replacement has been given every partition
 * (it logs `partition N: …` for each). Baseline in the same run: the same with the earlier
 * 15 s session timeout (`--session-timeout=15s`).
 *
 *   deno run -A bench/takeover.ts     (needs KAFKA_BOOTSTRAP_SERVERS and ELASTICSEARCH_HOST)
 *
 * @module
 */
import { startApp } from "../tests/support/app_process.ts";
import { ensureDatasetTopics, PARTITIONS, processorArgs } from "../tests/support/pipeline.ts";

export interface TakeoverFigures {
  session_timeout_s: number;
  takeover_s: number[];
  baseline_session_timeout_s: number;
  baseline_takeover_s: number[];
}

async function once(sessionTimeout: string): Promise<number> {
  const id = `bench-takeover-${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 4)}`;
  await ensureDatasetTopics(`${id}.`);
  const args = [
    ...processorArgs({ topicPrefix: `${id}.`, indexPrefix: `${id}-`, group: `${id}-group` }),
    `--session-timeout=${sessionTimeout}`,
  ];
  const env = {
    KAFKA_BOOTSTRAP_SERVERS: Deno.env.get("KAFKA_BOOTSTRAP_SERVERS")!,
    ELASTICSEARCH_HOST: Deno.env.get("ELASTICSEARCH_HOST")!,
  };
  const owns = (log: string) =>
    new Set([...log.matchAll(/partition (\d+): (resumed|no checkpoint)/g)].map((m) => m[1]));
  const ready = /\[processor\] group \S+ running/;
  const first = await startApp(args, { env, readyPattern: ready });
  while (owns(first.log()).size < PARTITIONS) await new Promise((r) => setTimeout(r, 50));
  const killed = performance.now();
  await first.stop("SIGKILL");
  const second = await startApp(args, { env, readyPattern: ready });
  while (owns(second.log()).size < PARTITIONS) await new Promise((r) => setTimeout(r, 50));
  const seconds = (performance.now() - killed) / 1000;
  await second.stop();
  return Math.round(seconds * 10) / 10;
}

export async function benchTakeover(rounds = 3): Promise<TakeoverFigures> {
  const ours: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < rounds; i++) {
    ours.push(await once("3s"));
    baseline.push(await once("15s"));
  }
  return {
    session_timeout_s: 3,
    takeover_s: ours,
    baseline_session_timeout_s: 15,
    baseline_takeover_s: baseline,
  };
}

if (import.meta.main) console.log(JSON.stringify(await benchTakeover(), null, 2));
