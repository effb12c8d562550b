import assert from "node:assert/strict";
import { staticPath } from "./static_files.ts";

Deno.test("static paths map to files under the root and never escape it", () => {
  assert.equal(staticPath("/"), "index.html");
  assert.equal(staticPath("/js/search.js"), "js/search.js");
  assert.equal(staticPath("/vendor/"), "vendor/index.html");
  for (
    const bad of [
      "/../deno.json",
      "/%2e%2e/deno.json",
      "/js/..%2f..%2fmain.ts",
      "/.env",
      "/a//b",
      "/%00",
      "/%E0%A4%A",
    ]
  ) {
    assert.equal(staticPath(bad), undefined, bad);
  }
});
