/**
 * `--role=all`: every role in one process, which is what makes the embedded demo
 * possible (the embedded log and index connect roles only in-process). The API serves
 * first, so `/health` answers at once; the catalog loads next (yielding, so the API keeps
 * answering), then the processor and the generator start.
 *
 * @module
 */
import type { Bus } from "../bus/port.ts";
import type { Store } from "../store/port.ts";
import { createChangeFeed } from "../api/stream.ts";
import type { StreamProcessor } from "../processing/processor.ts";
import { aborted, type RoleBase } from "./context.ts";
import { type ListenAddress, startApi } from "./api.ts";
import { ensureSeeded } from "./seed.ts";
import { startProcessor } from "./processor.ts";
import { runGenerator } from "./generator.ts";

/** What `all` needs: both adapters, besides the basics, and what the API shows. */
export interface AllDeps extends RoleBase {
  bus: Bus;
  store: Store;
  version: string;
  onListen?: (addr: ListenAddress) => void;
}

/** Runs API, seed, processor and generator until `signal` is aborted (or `--duration` passes). */
export async function runAll(deps: AllDeps): Promise<void> {
  const { config, log } = deps;
  // `--duration` bounds the whole demo, not only the generator.
  const stop = new AbortController();
  const signal = AbortSignal.any([deps.signal, stop.signal]);
  const timer = config.duration ? setTimeout(() => stop.abort(), config.duration) : undefined;
  const withSignal = { ...deps, signal };

  // The processor's flushes wake the API's live stream.
  const changes = createChangeFeed();
  const running: { processor?: StreamProcessor } = {};
  const api = startApi({
    ...withSignal,
    bus: deps.bus,
    inProcess: { processor: () => running.processor, changes },
  });
  try {
    await api.listening;
    await ensureSeeded(withSignal);
    const processor = running.processor = await startProcessor({ ...withSignal, onFlush: changes.notify });
    const generator = runGenerator(withSignal).catch((e) => {
      log(`[generator] failed: ${(e as Error).message}`);
    });
    await aborted(signal);
    log("[all] stopping");
    await generator;
    await processor.stop();
  } finally {
    clearTimeout(timer);
    stop.abort(); // ends the API when start-up failed
    await api.finished;
  }
}
