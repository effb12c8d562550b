import assert from "node:assert/strict";
import { BROTLI_SUPPORTED, compressBytes, negotiateEncoding } from "./compression.ts";
import { gunzipSync } from "node:zlib";

Deno.test("Accept-Encoding negotiation follows q-values and prefers brotli on a tie", () => {
  assert.equal(negotiateEncoding("gzip"), "gzip");
  assert.equal(negotiateEncoding("gzip, deflate, br"), BROTLI_SUPPORTED ? "br" : "gzip");
  assert.equal(negotiateEncoding("br;q=0.5, gzip"), "gzip");
  assert.equal(negotiateEncoding("gzip;q=0, br;q=0"), undefined);
  assert.equal(negotiateEncoding("identity"), undefined);
  assert.equal(negotiateEncoding("*"), BROTLI_SUPPORTED ? "br" : "gzip");
  assert.equal(negotiateEncoding(undefined), undefined);
  assert.equal(negotiateEncoding("gzip;q=abc"), undefined);
});

Deno.test("compressed bytes decompress to the original", async () => {
  const text = "shopstream ".repeat(500);
  const gz = await compressBytes(new TextEncoder().encode(text), "gzip");
  assert.ok(gz.length < text.length / 10);
  assert.equal(new TextDecoder().decode(gunzipSync(gz)), text);
});
