/**
 * Starts `main.ts` as a real subprocess (the same entry `deno task start` and the
 * compiled binary use) and finds the port it bound from its log.
 *
 * @module
 */
import { V8_FLAGS_ARG } from "../../src/cli/runtime_flags.ts";

export interface AppProcess {
  child: Deno.ChildProcess;
  baseUrl: string;
  /** Everything the process wrote to stderr so far. */
  log(): string;
  /** SIGTERM (graceful) and wait; returns the exit code. */
  stop(signal?: Deno.Signal): Promise<number>;
  /** Waits for the process to exit by itself; returns the exit code. */
  exited(): Promise<number>;
}

const MAIN = new URL("../../main.ts", import.meta.url).pathname;

/**
 * Every subprocess still running, killed when the test process exits: a test that timed
 * out (its own cleanup never ran) must not leave processes behind for the next one.
 */
const running = new Set<Deno.ChildProcess>();
globalThis.addEventListener("unload", () => {
  for (const child of running) {
    try {
      child.kill("SIGKILL");
    } catch { /* already gone */ }
  }
});

export async function startApp(
  args: string[],
  options: {
    env?: Record<string, string>;
    cwd?: string;
    waitForListenMs?: number;
    /** For roles that serve no HTTP: ready when the log matches this (baseUrl is then ""). */
    readyPattern?: RegExp;
  } = {},
): Promise<AppProcess> {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", V8_FLAGS_ARG, MAIN, ...args],
    env: options.env,
    cwd: options.cwd,
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  running.add(child);
  child.status.then(() => running.delete(child), () => running.delete(child));
  let text = "";
  const decoder = new TextDecoder();
  let resolveUrl!: (u: string) => void;
  const url = new Promise<string>((r) => (resolveUrl = r));
  const pump = async (stream: ReadableStream<Uint8Array>) => {
    for await (const chunk of stream) {
      text += decoder.decode(chunk, { stream: true });
      if (options.readyPattern?.test(text)) resolveUrl("");
      const m = text.match(/listening on (http:\/\/[^\s]+)/);
      if (m) resolveUrl(m[1].replace("localhost", "127.0.0.1"));
    }
  };
  const pumps = Promise.all([pump(child.stdout), pump(child.stderr)]);
  const timeoutMs = options.waitForListenMs ?? 60_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const baseUrl = await Promise.race([
    url,
    child.status.then((s) => {
      throw new Error(`main.ts exited with ${s.code} before listening:\n${text}`);
    }),
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`main.ts did not listen within ${timeoutMs} ms:\n${text}`)),
        timeoutMs,
      );
    }),
  ]).finally(() => clearTimeout(timer));
  return {
    child,
    baseUrl,
    log: () => text,
    exited: async () => {
      const status = await child.status;
      await pumps.catch(() => {});
      return status.code;
    },
    stop: async (signal: Deno.Signal = "SIGTERM") => {
      try {
        child.kill(signal);
      } catch { /* already gone */ }
      const status = await child.status;
      await pumps.catch(() => {});
      return status.code;
    },
  };
}

/** Polls `fn` until it returns a value (not undefined) or the deadline passes. */
export async function eventually<T>(
  fn: () => T | undefined | Promise<T | undefined>,
  { timeoutMs = 30_000, intervalMs = 200, what = "condition" } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await fn();
      if (v !== undefined) return v;
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`${what} not reached within ${timeoutMs} ms${lastError ? `: ${lastError}` : ""}`);
}

/**
 * The longest wait for a state of the page: a ceiling, never a delay (each wait returns as
 * soon as the state holds, well under a second on an idle box). Generous, as a loaded box
 * (a second suite beside the browser tests) once took the 10 s ceiling for autocomplete's products.
 */
export const UI_WAIT_MS = 30_000;
