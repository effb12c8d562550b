/**
 * Serves the dashboard from `static/`, from disk under `deno run` and from inside
 * the binary under `deno compile --include static`: both read through a path
 * relative to this module (the compiled binary's virtual file system keeps the
 * project layout). Files are read once, and compressed once per encoding.
 *
 * @module
 */
import type { Context } from "hono";
import {
  compressBytes,
  type Encoding,
  isCompressible,
  negotiateEncoding,
  varyOnEncoding,
} from "./compression.ts";

/** `static/` at the project root, next to `src/`. */
export const STATIC_ROOT: URL = new URL("../../static/", import.meta.url);

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  json: "application/json; charset=utf-8",
  map: "application/json; charset=utf-8",
  svg: "image/svg+xml",
  png: "image/png",
  ico: "image/x-icon",
  txt: "text/plain; charset=utf-8",
  md: "text/plain; charset=utf-8",
  woff2: "font/woff2",
};

interface Entry {
  bytes: Uint8Array;
  type: string;
  etag: string;
  encoded: Map<Encoding, Promise<Uint8Array>>;
}

export interface StaticOptions {
  root?: URL;
  /** Cache-Control of the dashboard's own files. */
  cacheControl?: string;
  /** Cache-Control of third-party bundles under vendor/ (they change only with a new release). */
  vendorCacheControl?: string;
}

/** Maps a request path to a file path under the root, or undefined when it may not be served. */
export function staticPath(pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (path.endsWith("/")) path += "index.html";
  path = path.replace(/^\/+/, "");
  const segments = path.split("/");
  if (
    path.length > 300 || path.includes("\\") || path.includes("\0") ||
    segments.some((s) => s === "" || s === "." || s === ".." || s.startsWith("."))
  ) return undefined;
  return path;
}

/** A handler that answers files under the root, or calls `notFound` for anything else. */
export function staticFiles(
  options: StaticOptions = {},
): (c: Context, notFound: () => Response | Promise<Response>) => Promise<Response> {
  const root = options.root ?? STATIC_ROOT;
  const cacheControl = options.cacheControl ?? "public, max-age=60";
  const vendorCacheControl = options.vendorCacheControl ?? "public, max-age=86400";
  const cache = new Map<string, Promise<Entry | undefined>>();

  const load = (path: string): Promise<Entry | undefined> => {
    let entry = cache.get(path);
    if (!entry) {
      entry = readEntry(new URL(path, root), path);
      cache.set(path, entry);
      // Misses are not kept: a scan of random paths must not grow the cache.
      entry.then((e) => e || cache.delete(path));
    }
    return entry;
  };

  return async (c, notFound) => {
    const path = staticPath(new URL(c.req.url).pathname);
    const entry = path ? await load(path) : undefined;
    if (!path || !entry) return await notFound();
    const headers = new Headers({
      "Content-Type": entry.type,
      "Cache-Control": path.startsWith("vendor/") ? vendorCacheControl : cacheControl,
      ETag: entry.etag,
    });
    const compressible = isCompressible(entry.type) && entry.bytes.length >= 1024;
    if (compressible) varyOnEncoding(headers);
    if (c.req.header("If-None-Match") === entry.etag) return new Response(null, { status: 304, headers });
    const encoding = compressible ? negotiateEncoding(c.req.header("Accept-Encoding")) : undefined;
    let body = entry.bytes;
    if (encoding) {
      let encoded = entry.encoded.get(encoding);
      if (!encoded) {
        encoded = compressBytes(entry.bytes, encoding);
        entry.encoded.set(encoding, encoded);
      }
      body = await encoded;
      headers.set("Content-Encoding", encoding);
    }
    headers.set("Content-Length", String(body.length));
    return new Response(c.req.method === "HEAD" ? null : body as Uint8Array<ArrayBuffer>, {
      status: 200,
      headers,
    });
  };
}

async function readEntry(url: URL, path: string): Promise<Entry | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await Deno.readFile(url);
  } catch {
    return undefined; // missing, a directory, or not readable: all the same 404
  }
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-1", bytes as Uint8Array<ArrayBuffer>));
  const etag = `"${[...digest.slice(0, 10)].map((b) => b.toString(16).padStart(2, "0")).join("")}"`;
  return { bytes, type: TYPES[ext] ?? "application/octet-stream", etag, encoded: new Map() };
}
