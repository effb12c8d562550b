/**
 * Bulk indexing with bounded concurrency and retries: chunks of documents go out with
 * at most `concurrency` requests in flight; items rejected with 429 (queue full) are
 * retried with exponential backoff; any other item error fails with its reason.
 *
 * @module
 */
import type { Client } from "@elastic/elasticsearch";

export interface BulkOptions {
  chunk: number;
  concurrency: number;
  maxRetries?: number;
  onProgress?: (indexed: number) => void;
}

export async function bulkWithRetry(
  es: Client,
  docs: { id: string; doc: unknown }[],
  index: string,
  o: BulkOptions,
): Promise<void> {
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < docs.length) {
      const part = docs.slice(next, next + o.chunk);
      next += o.chunk;
      await sendChunk(es, part, index, o.maxRetries ?? 6);
      done += part.length;
      o.onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency) }, worker));
}

async function sendChunk(es: Client, part: { id: string; doc: unknown }[], index: string, retries: number) {
  let pending = part;
  for (let attempt = 0; pending.length > 0; attempt++) {
    const operations = pending.flatMap((d) => [{ index: { _index: index, _id: d.id } }, d.doc]);
    const r = await es.bulk({ operations, refresh: false });
    if (!r.errors) return;
    const again: typeof pending = [];
    r.items.forEach((item, i) => {
      const res = item.index!;
      if (!res.error) return;
      if (res.status === 429) again.push(pending[i]);
      else {throw new Error(
          `bulk indexing ${pending[i].id} into ${index} failed: ${res.error.reason ?? res.error.type}`,
        );}
    });
    if (attempt >= retries) {
      throw new Error(`bulk indexing into ${index}: still rejected (429) after ${retries} retries`);
    }
    await new Promise((res) => setTimeout(res, 100 * 2 ** attempt));
    pending = again;
  }
}
