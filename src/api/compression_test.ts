import assert from "node:assert/strict";
import { Hono } from "hono";
import {
  BROTLI_SUPPORTED,
  compressBytes,
  compression,
  compressNow,
  negotiateEncoding,
} from "./compression.ts";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

Deno.test("Accept-Encoding negotiation follows q-values and prefers brotli on a tie", () => {
  assert.equal(negotiateEncoding("gzip"), "gzip");
  assert.equal(negotiateEncoding("gzip, deflate, br"), BROTLI_SUPPORTED ? "br" : "gzip");
  assert.equal(negotiateEncoding("br;q=0.5, gzip"), "gzip");
  assert.equal(negotiateEncoding("gzip;q=0, br;q=0"), undefined);
  assert.equal(negotiateEncoding("identity"), undefined);
  assert.equal(negotiateEncoding("*"), BROTLI_SUPPORTED ? "br" : "gzip");
  assert.equal(negotiateEncoding(undefined), undefined);
  assert.equal(negotiateEncoding("gzip;q=abc"), undefined);
  assert.equal(negotiateEncoding("gzip, br", "gzip"), "gzip");
  assert.equal(negotiateEncoding("gzip;q=0.5, br", "gzip"), BROTLI_SUPPORTED ? "br" : "gzip");
});

Deno.test("compressed bytes decompress to the original", async () => {
  const text = "shopstream ".repeat(500);
  const gz = await compressBytes(new TextEncoder().encode(text), "gzip");
  assert.ok(gz.length < text.length / 10);
  assert.equal(new TextDecoder().decode(gunzipSync(gz)), text);
});

Deno.test("JSON answers are compressed in one call, both encodings, and small ones left alone", async () => {
  const app = new Hono();
  app.use(compression());
  const rows = Array.from({ length: 200 }, (_, i) => ({ id: `p-${i}`, title: `Sony Headphones ${i}` }));
  app.get("/big", (c) => c.json({ rows }));
  app.get("/small", (c) => c.json({ ok: true }));
  const expected = JSON.stringify({ rows });
  for (const encoding of ["br", "gzip"] as const) {
    const res = await app.request("/big", { headers: { "Accept-Encoding": encoding } });
    assert.equal(res.headers.get("Content-Encoding"), encoding);
    assert.match(res.headers.get("Vary") ?? "", /Accept-Encoding/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.ok(bytes.length < expected.length / 4, `${encoding} shrinks the answer`);
    const plain = encoding === "br" ? brotliDecompressSync(bytes) : gunzipSync(bytes);
    assert.equal(new TextDecoder().decode(plain), expected);
    assert.deepEqual(compressNow(new TextEncoder().encode(expected), encoding).length, bytes.length);
  }
  const tie = await app.request("/big", { headers: { "Accept-Encoding": "br, gzip" } });
  assert.equal(tie.headers.get("Content-Encoding"), "gzip", "gzip for an API answer on a tie");
  const small = await app.request("/small", { headers: { "Accept-Encoding": "br, gzip" } });
  assert.equal(small.headers.get("Content-Encoding"), null);
  assert.deepEqual(await small.json(), { ok: true });
  const identity = await app.request("/big", { headers: { "Accept-Encoding": "identity" } });
  assert.equal(identity.headers.get("Content-Encoding"), null);
  assert.equal(await identity.text(), expected);
});
