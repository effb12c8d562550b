/**
 * shopstream's single entry point: every part runs as a role picked by flag.
 *
 *   deno run -A main.ts --role=all          # everything, embedded stand-ins by default
 *   deno run -A main.ts --role=processor    # one processor of a consumer group (Kafka + ES)
 *
 * `deno task compile` builds the same entry into one binary, `./shopstream`.
 *
 * @module
 */
import { helpText, loadConfig } from "./src/cli/config.ts";
import { runRole } from "./src/roles/mod.ts";
import denoJson from "./deno.json" with { type: "json" };

export const VERSION: string = denoJson.version;

if (import.meta.main) {
  const result = loadConfig(Deno.args, Deno.env.toObject());
  if (result.ok === "help") {
    console.log(helpText(VERSION));
    Deno.exit(0);
  }
  if (result.ok === "version") {
    console.log(`shopstream ${VERSION}`);
    Deno.exit(0);
  }
  if (result.ok === false) {
    console.error(`shopstream: ${result.error}`);
    Deno.exit(2);
  }
  try {
    const code = await runRole(result.config, { version: VERSION });
    Deno.exit(code);
  } catch (e) {
    console.error(`shopstream: ${(e as Error).message ?? e}`);
    Deno.exit(1);
  }
}
