import assert from "node:assert/strict";
import { V8_FLAGS_ARG } from "./runtime_flags.ts";

const root = new URL("../../", import.meta.url);
const read = (path: string) => Deno.readTextFileSync(new URL(path, root));

Deno.test("deno task start, deno task compile and the image run with the same V8 flags", () => {
  const tasks = JSON.parse(read("deno.json")).tasks as Record<string, string>;
  for (const task of ["start", "compile"]) {
    assert.ok(tasks[task].includes(` ${V8_FLAGS_ARG} `), `deno.json task "${task}" lacks ${V8_FLAGS_ARG}`);
  }
  const entrypoint = read("Dockerfile").split("\n").find((l) => l.startsWith("ENTRYPOINT"));
  assert.ok(entrypoint?.includes(`"${V8_FLAGS_ARG}"`), `the Dockerfile's ENTRYPOINT lacks ${V8_FLAGS_ARG}`);
});
