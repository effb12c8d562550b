/**
 * The README's configuration table, generated from `OPTIONS` so docs and behaviour
 * cannot drift: `deno run -A src/cli/config_table.ts --write` refreshes README.md and
 * a test fails when the README is stale.
 *
 * @module
 */
import { Config, OPTIONS } from "../domain/config.ts";

export function configTable(): string {
  const defaults = Config.parse({}) as Record<string, unknown>;
  const rows = OPTIONS.map((o) => {
    const d = defaults[o.key];
    const def = o.shown ? `\`${o.shown}\`` : d === undefined ? "unset" : `\`${String(d)}\``;
    const flag = o.type === "boolean" ? `\`--${o.flag}\`` : `\`--${o.flag}=…\``;
    return `| ${flag} | ${o.env ? `\`${o.env}\`` : ""} | ${def} | ${o.help} |`;
  });
  return ["| flag | env | default | meaning |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

const START = "<!-- config-table:start -->";
const END = "<!-- config-table:end -->";

/** Table rows as trimmed cells, so `deno fmt`'s column padding does not count as a change. */
export function tableCells(markdown: string): string[][] {
  const a = markdown.indexOf(START);
  const b = markdown.indexOf(END);
  const body = a >= 0 && b > a ? markdown.slice(a + START.length, b) : markdown;
  return body.split("\n").filter((l) => l.trim().startsWith("|"))
    .map((l) => l.trim().slice(1, -1).split(" | ").map((c) => c.trim().replace(/^-+$/, "---")));
}

/** README text with the table between the markers replaced. */
export function withConfigTable(readme: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error("README.md lacks the config-table markers");
  return readme.slice(0, a + START.length) + "\n" + configTable() + "\n" + readme.slice(b);
}

if (import.meta.main) {
  const url = new URL("../../README.md", import.meta.url);
  const readme = await Deno.readTextFile(url);
  const next = withConfigTable(readme);
  if (Deno.args.includes("--write")) await Deno.writeTextFile(url, next);
  else console.log(configTable());
}
