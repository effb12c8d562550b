/**
 * One place that builds the Elasticsearch client, so every ES adapter talks to the
 * server the same way (8.x client line: a 9.x client sends compatible-with=9 headers
 * that an 8.x server rejects).
 *
 * @module
 */
import { Client, type estypes } from "@elastic/elasticsearch";

export interface ElasticsearchOptions {
  /** `http://127.0.0.1:9200`; several nodes comma-separated. */
  host: string;
  /** Prefix for every index name, so tests and several demos can share one cluster. */
  indexPrefix?: string;
  requestTimeoutMs?: number;
}

export function createElasticsearchClient(options: ElasticsearchOptions): Client {
  const nodes = options.host.split(",").map((h) => h.trim()).filter(Boolean);
  return new Client({
    nodes,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    maxRetries: 3,
    compression: false,
  });
}

/** Index name with the configured prefix. */
export function indexName(options: Pick<ElasticsearchOptions, "indexPrefix">, base: string): string {
  return (options.indexPrefix ?? "") + base;
}

/**
 * Fails with a readable message when the cluster is unreachable (GET / is absent on some
 * builds). With `timeoutMs` the request is bounded and not retried (health monitors).
 */
export async function pingElasticsearch(client: Client, options: { timeoutMs?: number } = {}): Promise<void> {
  const transport = options.timeoutMs === undefined
    ? undefined
    : { requestTimeout: options.timeoutMs, maxRetries: 0 };
  await client.cluster.health({ timeout: "5s" }, transport);
}

/**
 * Creates an index unless it exists. Two processes starting together may both see it
 * missing; the loser's `resource_already_exists_exception` is not an error.
 */
export async function createIndexIfMissing(
  client: Client,
  index: string,
  body: { settings?: object; mappings?: object },
): Promise<void> {
  if (await client.indices.exists({ index })) return;
  // Bodies are plain literals (analysis settings, mappings); ES validates them on create.
  await client.indices.create({ index, ...body } as estypes.IndicesCreateRequest).catch((e) => {
    if (!String(e).includes("resource_already_exists_exception")) throw e;
  });
}
