/**
 * Builds a `Store`: Elasticsearch when a host is configured, the embedded
 * in-process index otherwise.
 *
 * @module
 */
import type { Store } from "./port.ts";
import { createElasticsearchClient, pingElasticsearch } from "./elasticsearch/client.ts";
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
}

export function createStore(options: StoreOptions): Store {
  if (options.elasticsearchHost) {
    const client = createElasticsearchClient({ host: options.elasticsearchHost });
    const indexPrefix = options.indexPrefix ?? "";
    return {
      kind: "elasticsearch",
      catalog: new ElasticsearchCatalog({ client, indexPrefix }),
      analytics: new ElasticsearchAnalytics({ client, indexPrefix }),
      checkpoints: new ElasticsearchCheckpoints({ client, indexPrefix }),
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
