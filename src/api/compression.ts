/**
 * Response compression: gzip or brotli, as the client accepts; on a tie gzip for API
 * answers (made per request: the cheaper to compress) and brotli for everything else.
 *
 * Hono's `compress` middleware offers gzip and deflate only. Deno's
 * `CompressionStream` also takes a non-standard `"brotli"` format (checked at start-up
 * below), so `br` is offered when it is there. Server-Sent Events are never
 * compressed: a compressor buffers, and events must leave at once.
 *
 * @module
 */
import zlib from "node:zlib";
import type { MiddlewareHandler } from "hono";
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from "hono/utils/compress";

export type Encoding = "br" | "gzip";

/** Whether this runtime's CompressionStream can write brotli. */
export const BROTLI_SUPPORTED: boolean = (() => {
  try {
    new CompressionStream("brotli" as CompressionFormat);
    return true;
  } catch {
    return false;
  }
})();

const SUPPORTED: Encoding[] = BROTLI_SUPPORTED ? ["br", "gzip"] : ["gzip"];

/**
 * Picks the encoding from an Accept-Encoding header by q-value; on a tie `prefer` wins
 * (brotli, unless told otherwise).
 */
export function negotiateEncoding(
  header: string | undefined | null,
  prefer: Encoding = "br",
): Encoding | undefined {
  if (!header) return undefined;
  const q = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  let best: { enc: Encoding; q: number } | undefined;
  const order = SUPPORTED.includes(prefer) ? [prefer, ...SUPPORTED.filter((e) => e !== prefer)] : SUPPORTED;
  for (const enc of order) {
    const value = q.get(enc) ?? q.get("*") ?? 0;
    if (value > 0 && (!best || value > best.q)) best = { enc, q: value };
  }
  return best?.enc;
}

export function isCompressible(contentType: string | null): boolean {
  return !!contentType && COMPRESSIBLE_CONTENT_TYPE_REGEX.test(contentType);
}

/** A compressing transform for the encoding. */
export function compressor(encoding: Encoding): CompressionStream {
  return new CompressionStream((encoding === "br" ? "brotli" : "gzip") as CompressionFormat);
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

/**
 * Compresses bytes in one call: brotli at quality 4 (the usual level for answers made
 * per request; 11, the default, took 14 ms for a 12 KB answer) or gzip at level 6.
 */
export function compressNow(bytes: Uint8Array, encoding: Encoding): Uint8Array {
  return encoding === "br"
    ? zlib.brotliCompressSync(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    })
    : zlib.gzipSync(bytes);
}

/** Compresses whole bytes (used to cache static files compressed once). */
export async function compressBytes(bytes: Uint8Array, encoding: Encoding): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(compressor(encoding));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Adds `Accept-Encoding` to a response's Vary header. */
export function varyOnEncoding(headers: Headers): void {
  const vary = headers.get("Vary");
  if (vary === "*" || /(^|,)\s*accept-encoding\s*(,|$)/i.test(vary ?? "")) return;
  headers.set("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
}

/** Compresses compressible responses of at least `threshold` bytes (when their length is known). */
export function compression(options: { threshold?: number } = {}): MiddlewareHandler {
  const threshold = options.threshold ?? 1024;
  return async function compression(c, next) {
    await next();
    const res = c.res;
    const length = res.headers.get("Content-Length");
    if (
      !res.body || c.req.method === "HEAD" || res.status === 206 || res.status === 204 ||
      res.status === 304 ||
      res.headers.has("Content-Encoding") || (length !== null && Number(length) < threshold) ||
      !isCompressible(res.headers.get("Content-Type")) ||
      /(^|,)\s*no-transform\s*(,|$)/i.test(res.headers.get("Cache-Control") ?? "")
    ) return;
    const json = JSON_TYPE.test(res.headers.get("Content-Type") ?? "");
    // API answers are made per request: gzip on a tie (a 12 KB search answer: 0.11 ms,
    // 3.7 KB; brotli at quality 4: 0.27 ms, 3.65 KB). Static files are compressed once
    // and cached, so they take brotli (static_files.ts).
    const encoding = negotiateEncoding(c.req.header("Accept-Encoding"), json ? "gzip" : "br");
    let body: BodyInit = res.body;
    let applied = encoding;
    if (encoding && json) {
      // An API answer is whole in memory already: one call compresses it, at a fraction
      // of a stream's cost (0.60 ms for brotli and 0.26 ms for gzip through a
      // CompressionStream for that answer). Below the threshold it goes as it is.
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (bytes.length < threshold) applied = undefined;
      body = (applied ? compressNow(bytes, encoding) : bytes) as Uint8Array<ArrayBuffer>;
    } else if (encoding) {
      body = res.body.pipeThrough(compressor(encoding));
    }
    const compressed = new Response(body, res);
    varyOnEncoding(compressed.headers);
    if (applied) {
      compressed.headers.delete("Content-Length");
      compressed.headers.set("Content-Encoding", applied);
    }
    c.res = undefined;
    c.res = compressed;
  };
}
