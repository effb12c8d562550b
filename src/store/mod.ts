/**
 * Builds a `Store`: Elasticsearch when a host is configured, the embedded
 * in-process index otherwise.
 *
 * @module
 */
import type { Store } from "./port.ts";
import {
  createElasticsearchClient,
  type ElasticsearchAuth,
  pingElasticsearch,
} from "./elasticsearch/client.ts";
import { ElasticsearchCatalog } from "./elasticsearch/catalog.ts";
import { ElasticsearchAnalytics } from "./elasticsearch/analytics.ts";
import { ElasticsearchCheckpoints } from "./elasticsearch/checkpoints.ts";
import { EmbeddedCatalog } from "./embedded/catalog.ts";
import { EmbeddedAnalytics } from "./embedded/analytics.ts";
import { EmbeddedCheckpoints } from "./embedded/checkpoints.ts";

export type * from "./port.ts";

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

export function createStore(options: StoreOptions): Store {
  if (options.elasticsearchHost) {
    const client = createElasticsearchClient({
      host: options.elasticsearchHost,
      auth: options.elasticsearchAuth,
      caCertPath: options.elasticsearchCaCert,
    });
    // `replicas` (ElasticsearchOptions) is read by the adapters that create indices.
    const adapter = { client, indexPrefix: options.indexPrefix ?? "", replicas: options.indexReplicas ?? 0 };
    return {
      kind: "elasticsearch",
      catalog: new ElasticsearchCatalog(adapter),
      analytics: new ElasticsearchAnalytics(adapter),
      checkpoints: new ElasticsearchCheckpoints(adapter),
      ping: (ping) => pingElasticsearch(client, ping),
      close: () => client.close(),
    };
  }
  const checkpoints = new EmbeddedCheckpoints({ dataDir: options.dataDir });
  const analytics = new EmbeddedAnalytics({ dataDir: options.dataDir, checkpoints });
  return {
    kind: "embedded",
    catalog: new EmbeddedCatalog(),
    analytics,
    checkpoints,
    ping: () => Promise.resolve(),
    close: () => analytics.close(),
  };
}
