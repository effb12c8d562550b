/**
 * Turns argv + environment into a validated `Config`, or a message naming the flag
 * (and its env variable) that was wrong.
 *
 * @example
 * ```ts
 * import { loadConfig } from "./config.ts";
 *
 * const r = loadConfig(["--role=api", "--port=9000"], {});
 * if (r.ok === true) console.log(r.config.port); // 9000
 * ```
 * @module
 */
import { parseArgs } from "node:util";
import { Config, OPTIONS, redactUrlCredentials } from "../domain/config.ts";

export type LoadResult =
  | { ok: true; config: Config }
  | { ok: false; error: string }
  | { ok: "help" }
  | { ok: "version" };

export function loadConfig(argv: string[], env: Record<string, string | undefined>): LoadResult {
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {
    help: { type: "boolean", short: "h" },
    version: { type: "boolean", short: "V" },
  };
  for (const o of OPTIONS) options[o.flag] = { type: o.type };

  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }));
  } catch (e) {
    // node:util names the flag itself: "Unknown option '--x'", "Option '--port <value>' argument missing"
    return { ok: false, error: `${(e as Error).message}\nRun with --help to see the options.` };
  }
  if (values.help) return { ok: "help" };
  if (values.version) return { ok: "version" };

  const raw: Record<string, unknown> = {};
  const origin: Record<string, string> = {};
  for (const o of OPTIONS) {
    const fromFlag = values[o.flag];
    const fromEnv = o.env ? env[o.env] : undefined;
    if (fromFlag !== undefined) {
      raw[o.key] = fromFlag;
      origin[o.key] = `--${o.flag}`;
    } else if (fromEnv !== undefined && fromEnv !== "") {
      raw[o.key] = fromEnv;
      origin[o.key] = `${o.env} (env)`;
    }
  }
  const parsed = Config.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? "");
      const option = OPTIONS.find((o) => o.key === key);
      const name = origin[key] ?? (option ? `--${option.flag}` : key);
      // Never echo a credential, nor the user:password@ of a URL.
      const given = !(key in raw)
        ? ""
        : option?.secret
        ? ""
        : ` (got ${redactUrlCredentials(JSON.stringify(raw[key]))})`;
      return `invalid ${name}${given}: ${issue.message}`;
    });
    return { ok: false, error: `${lines.join("\n")}\nRun with --help to see the options.` };
  }
  return { ok: true, config: parsed.data };
}

export function helpText(version: string): string {
  const rows = OPTIONS.map((o) => {
    const flag = o.type === "boolean" ? `--${o.flag}` : `--${o.flag}=…`;
    return `  ${flag.padEnd(26)} ${o.help}${o.env ? `  [${o.env}]` : ""}`;
  });
  return [
    `shopstream ${version}: real-time e-commerce analytics and search`,
    "",
    "Usage: shopstream [--role=all] [options]      (deno task start = --role=all)",
    "",
    "Without --kafka/--elasticsearch (or their env vars) --role=all runs on embedded",
    "stand-ins: an in-process log and search index, so it works with one command.",
    "",
    "Options (flags override environment variables, shown in brackets):",
    ...rows,
    "  --help, -h                 this text",
    "  --version, -V              print the version",
  ].join("\n");
}
