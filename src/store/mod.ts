/**
 * Builds a `Store`: Elasticsearch when a host is configured, the embedded
 * in-process index otherwise.
 *
 * Each adapter family is imported only when it is picked, so the embedded demo never
 * loads the Elasticsearch client (nor a cluster role MiniSearch). The Elasticsearch
 * specifiers are computed rather than string literals on purpose: Deno prefetches the
 * packages of literal dynamic imports at start-up, and a first `deno task start` on an
 * empty cache should download only what it runs. (`deno task compile` therefore names
 * those modules with `--include`.)
 *
 * @module
 */
import type { Store } from "./port.ts";
import type { ElasticsearchAuth } from "./elasticsearch/client.ts";

export type * from "./port.ts";

/** Imports `./elasticsearch/<name>.ts`, typed as that module. */
const adapter = <M>(name: string): Promise<M> =>
  import(new URL(`./elasticsearch/${name}.ts`, import.meta.url).href);

/** What `createStore` picks the adapter from. */
export interface StoreOptions {
  /** Elasticsearch URL(s); undefined → embedded. */
  elasticsearchHost?: string;
  /** Prefix for index names (Elasticsearch). */
  indexPrefix?: string;
  /** Where the embedded store keeps checkpoints and analytics between runs; undefined → memory only. */
  dataDir?: string;
  /** Elasticsearch only: replicas per created index (1 on a cluster). */
  indexReplicas?: number;
  /** Elasticsearch only: API key or username/password. */
  elasticsearchAuth?: ElasticsearchAuth;
  /** Elasticsearch only: PEM file of the CA that signed the server's certificate. */
  elasticsearchCaCert?: string;
}

/**
 * The Elasticsearch adapters when `elasticsearchHost` is set, else the embedded
 * index (analytics and checkpoints kept in memory, or under `dataDir`).
 *
 * @example
 * ```ts
 * import { createStore } from "./mod.ts";
 *
 * const store = await createStore({}); // embedded: no Elasticsearch client loaded
 * console.log(store.kind, await store.catalog.count()); // "embedded" 0
 * await store.close();
 * ```
 */
export function createStore(options: StoreOptions): Promise<Store> {
  return options.elasticsearchHost
    ? createElasticsearchStore(options.elasticsearchHost, options)
    : createEmbeddedStore(options.dataDir);
}

async function createElasticsearchStore(host: string, options: StoreOptions): Promise<Store> {
  const [{ createElasticsearchClient, pingElasticsearch }, catalog, analytics, checkpoints] = await Promise
    .all([
      adapter<typeof import("./elasticsearch/client.ts")>("client"),
      adapter<typeof import("./elasticsearch/catalog.ts")>("catalog"),
      adapter<typeof import("./elasticsearch/analytics.ts")>("analytics"),
      adapter<typeof import("./elasticsearch/checkpoints.ts")>("checkpoints"),
    ]);
  const client = createElasticsearchClient({
    host,
    auth: options.elasticsearchAuth,
    caCertPath: options.elasticsearchCaCert,
  });
  // `replicas` is read by the adapters that create indices.
  const shared = { client, indexPrefix: options.indexPrefix ?? "", replicas: options.indexReplicas ?? 0 };
  return {
    kind: "elasticsearch",
    catalog: new catalog.ElasticsearchCatalog(shared),
    analytics: new analytics.ElasticsearchAnalytics(shared),
    checkpoints: new checkpoints.ElasticsearchCheckpoints(shared),
    ping: (ping) => pingElasticsearch(client, ping),
    close: () => client.close(),
  };
}

async function createEmbeddedStore(dataDir: string | undefined): Promise<Store> {
  const [catalog, analytics, checkpoints] = await Promise.all([
    import("./embedded/catalog.ts"),
    import("./embedded/analytics.ts"),
    import("./embedded/checkpoints.ts"),
  ]);
  const saved = new checkpoints.EmbeddedCheckpoints({ dataDir });
  const stored = new analytics.EmbeddedAnalytics({ dataDir, checkpoints: saved });
  return {
    kind: "embedded",
    catalog: new catalog.EmbeddedCatalog(),
    analytics: stored,
    checkpoints: saved,
    ping: () => Promise.resolve(),
    close: () => stored.close(),
  };
}
