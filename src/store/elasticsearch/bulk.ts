/**
 * The one `_bulk` writer every Elasticsearch adapter uses: items rejected for now (429
 * queue full, 5xx, unavailable shards) are retried with backoff; an item refused for
 * good (a mapping error, an invalid id) is reported, never taking the rest of the
 * request with it; a version conflict means a newer value is already stored, and a
 * delete of a missing document is done — both count as written. A cluster that cannot
 * be reached throws `StoreUnavailableError`.
 *
 * @example
 * ```ts
 * import type { Client } from "@elastic/elasticsearch";
 * import { bulkWrite } from "./bulk.ts";
 *
 * // Needs a reachable cluster: declared (and type-checked) here, not run.
 * export async function writeTrends(client: Client): Promise<void> {
 *   const { rejected } = await bulkWrite(client, [
 *     { action: "index", index: "product-trends", id: "0:p-1:2026-01-01T00:00:00.000Z", doc: { views: 1 } },
 *     { action: "delete", index: "fraud-signals", id: "bot:u-1" },
 *   ], { refresh: true });
 *   // The rest was written; these were refused for good (e.g. a mapping error).
 *   for (const r of rejected) console.error(`${r.index}/${r.id}: ${r.status} ${r.reason}`);
 * }
 * ```
 *
 * @module
 */
import type { Client, estypes } from "@elastic/elasticsearch";
import { StoreUnavailableError } from "../port.ts";
import { backoffMs } from "../../shared/backoff.ts";
import { fnv1a } from "../../shared/hash.ts";

export interface BulkAction {
  action: "index" | "delete";
  index: string;
  id: string;
  doc?: unknown;
  /** The document already serialised (`JSON.stringify(doc)`), sent as it is in place of `doc`. */
  source?: string;
  /** Written only if no document from a later version is stored (`version_type: external_gte`). */
  version?: number;
}

export interface BulkRejection {
  index: string;
  id: string;
  status: number;
  reason: string;
}

export interface BulkWriteOptions {
  /** Retries of items rejected for now (default 4). */
  retries?: number;
  refresh?: boolean;
}

/** Elasticsearch refuses `_id`s over 512 bytes; longer ids are shortened deterministically. */
const MAX_ID_BYTES = 512;
const encoder = new TextEncoder();

/** The `_id` stored for a document id: the id itself, or a readable prefix plus a hash when too long. */
export function storedId(id: string): string {
  // A UTF-16 unit is at most 3 UTF-8 bytes: short ids (every product's) need no encoding
  // to know they fit, which spared a byte array per document indexed.
  if (id.length * 3 <= MAX_ID_BYTES || encoder.encode(id).length <= MAX_ID_BYTES) return id;
  const hash = fnv1a(id).toString(16).padStart(8, "0") + fnv1a(id, 0x1b873593).toString(16).padStart(8, "0");
  return `${id.slice(0, 100)}~${hash}`;
}

const TRANSIENT = new Set([429, 502, 503, 504]);

export async function bulkWrite(
  es: Client,
  actions: BulkAction[],
  options: BulkWriteOptions = {},
): Promise<{ rejected: BulkRejection[] }> {
  const retries = options.retries ?? 4;
  const rejected: BulkRejection[] = [];
  let pending = actions;
  for (let attempt = 0; pending.length > 0; attempt++) {
    let response: estypes.BulkResponse;
    try {
      // Only each item's status and error are read: the rest of an item's answer (index, id,
      // version, shards, seq_no …) was most of a response, parsed for nothing.
      response = await es.bulk<string>({
        operations: [ndjson(pending)],
        refresh: options.refresh ?? false,
        filter_path: "errors,items.*.status,items.*.error",
      });
    } catch (e) {
      throw unavailable(e);
    }
    const again: BulkAction[] = [];
    if (response.errors === false) break;
    response.items.forEach((item, i) => {
      const result = item.index ?? item.delete ?? item.create ?? item.update;
      const status = result?.status ?? 500;
      if (!result?.error) return;
      if (status === 409) return; // a newer version is stored: ours is superseded
      if (status === 404 && pending[i].action === "delete") return;
      if (TRANSIENT.has(status) || status >= 500) {
        again.push(pending[i]);
        return;
      }
      rejected.push({
        index: pending[i].index,
        id: pending[i].id,
        status,
        reason: result.error.reason ?? result.error.type,
      });
    });
    if (again.length === 0) break;
    if (attempt >= retries) {
      throw new StoreUnavailableError(
        `${again.length} document(s) still rejected for now (e.g. 429) after ${retries} retries`,
      );
    }
    await new Promise((r) => setTimeout(r, backoffMs(attempt, { baseMs: 100, maxMs: 3_000 })));
    pending = again;
  }
  return { rejected };
}

/**
 * The `_bulk` body for `actions`, each line as the client's serializer would write it
 * (`JSON.stringify` of the action and of the document), without the final newline, which
 * the client adds to the one string it is given. Written here as one string rather than
 * handed over as objects: the client's loop over a list of operations (each through its
 * serializer, with a debug call, into a growing string) was a fifth of the seeder's CPU.
 */
export function ndjson(actions: readonly BulkAction[]): string {
  const lines: string[] = [];
  let index = "";
  let indexJson = "";
  for (const a of actions) {
    if (a.index !== index) indexJson = JSON.stringify(index = a.index);
    const version = a.version === undefined
      ? ""
      : `,"version":${JSON.stringify(a.version)},"version_type":"external_gte"`;
    lines.push(`{"${a.action}":{"_index":${indexJson},"_id":${JSON.stringify(storedId(a.id))}${version}}}`);
    if (a.action !== "delete") lines.push(a.source ?? JSON.stringify(a.doc ?? {}));
  }
  return lines.join("\n");
}

/** A client error as a store outage, when it is one (unreachable, timed out, overloaded). */
export function unavailable(e: unknown): Error {
  if (e instanceof StoreUnavailableError) return e;
  const err = e as { name?: string; meta?: { statusCode?: number }; message?: string };
  const status = err?.meta?.statusCode;
  const transport = ["ConnectionError", "TimeoutError", "NoLivingConnectionsError", "RequestAbortedError"];
  if (
    transport.includes(err?.name ?? "") || (status !== undefined && (TRANSIENT.has(status) || status >= 500))
  ) {
    return new StoreUnavailableError(`Elasticsearch unavailable: ${err?.message ?? e}`, { cause: e });
  }
  return e instanceof Error ? e : new Error(String(e));
}

/**
 * `_mget` answers 200 even when no copy of a document's shard could answer (a node just
 * died): that per-document error is an outage, never "not found".
 */
export function assertAnswered<T>(
  doc: estypes.MgetResponseItem<T>,
  what: string,
): asserts doc is estypes.GetGetResult<T> {
  if ("error" in doc) {
    throw new StoreUnavailableError(`${what} ${doc._id}: ${doc.error.type}: ${doc.error.reason ?? ""}`);
  }
}

export interface ChunkedBulkOptions {
  chunk: number;
  concurrency: number;
  maxRetries?: number;
  onProgress?: (indexed: number) => void;
}

/**
 * Indexes many documents: chunks of `chunk` with at most `concurrency` requests in
 * flight (the seeding path). Any document refused for good fails the whole call.
 */
export async function bulkWithRetry(
  es: Client,
  docs: { id: string; doc?: unknown; source?: string }[],
  index: string,
  o: ChunkedBulkOptions,
): Promise<void> {
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < docs.length) {
      const part = docs.slice(next, next + o.chunk);
      next += o.chunk;
      const { rejected } = await bulkWrite(
        es,
        part.map((d) => ({ action: "index", index, id: d.id, doc: d.doc, source: d.source })),
        { retries: o.maxRetries ?? 6 },
      );
      if (rejected.length) {
        throw new Error(`bulk indexing ${rejected[0].id} into ${index} failed: ${rejected[0].reason}`);
      }
      done += part.length;
      o.onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency) }, worker));
}

/**
 * Deletes every document of `indices` matching `query`, in rounds of search + bulk delete
 * (the distribution this project tests on has no delete_by_query: that is the reindex
 * module). Deletes carry `version` (external_gte) when given. Stops once a round finds
 * nothing it has not already tried to delete; returns what it tried (a document a newer
 * version kept is listed too).
 */
export async function deleteMatching(
  es: Client,
  indices: string[],
  query: object,
  options: { version?: number } = {},
): Promise<{ index: string; id: string }[]> {
  const tried = new Set<string>();
  for (;;) {
    // A search sees what a refresh made visible: make every acknowledged write (and delete)
    // so. A shard that could not refresh or answer (a node just died) would hide documents:
    // that counts as unavailable, to be retried, never as "nothing left".
    const refreshed = await es.indices.refresh({ index: indices, ignore_unavailable: true });
    const found = await es.search({
      index: indices,
      size: 5_000,
      _source: false,
      query,
      ignore_unavailable: true,
      allow_no_indices: true,
    });
    if ((refreshed._shards?.failed ?? 0) > 0 || found._shards.failed > 0 || found.timed_out) {
      throw new StoreUnavailableError(`not every shard of ${indices.join(", ")} answered; retrying`);
    }
    const fresh = found.hits.hits.filter((h) => !tried.has(`${h._index}/${h._id}`));
    if (fresh.length === 0) {
      return [...tried].map((key) => {
        const slash = key.indexOf("/");
        return { index: key.slice(0, slash), id: key.slice(slash + 1) };
      });
    }
    for (const h of fresh) tried.add(`${h._index}/${h._id}`);
    const { rejected } = await bulkWrite(
      es,
      fresh.map((h) => ({
        action: "delete" as const,
        index: h._index,
        id: h._id!,
        version: options.version,
      })),
    );
    if (rejected.length) {
      throw new Error(`deleting ${rejected[0].index}/${rejected[0].id}: ${rejected[0].reason}`);
    }
  }
}
