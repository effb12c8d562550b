import assert from "node:assert/strict";
import { configTable, tableCells } from "./config_table.ts";

Deno.test("README's configuration table matches the options main.ts accepts", async () => {
  const readme = await Deno.readTextFile(new URL("../../README.md", import.meta.url));
  assert.deepEqual(
    tableCells(readme),
    tableCells(configTable()),
    "README.md is stale: run `deno run -A src/cli/config_table.ts --write`",
  );
});
