/**
 * One place that builds the Elasticsearch client, so every ES adapter talks to the
 * server the same way (8.x client line: a 9.x client sends compatible-with=9 headers
 * that an 8.x server rejects), with the same credentials, CA and error messages: a
 * rejected password or an untrusted certificate names the option to fix, never the secret.
 *
 * @module
 */
import {
  Client,
  errors,
  type estypes,
  Transport,
  type TransportRequestOptions,
  type TransportRequestParams,
} from "@elastic/elasticsearch";
import { redactUrlCredentials } from "../../domain/config.ts";
import { FetchConnection } from "./fetch_connection.ts";

/** How to authenticate: an API key, or basic auth (a `user:password@` in the host works too). */
export interface ElasticsearchAuth {
  /** The base64 `encoded` form `POST /_security/api_key` returns. */
  apiKey?: string;
  username?: string;
  password?: string;
}

export interface ElasticsearchOptions {
  /** `http://127.0.0.1:9200`; several nodes comma-separated. */
  host: string;
  /** Prefix for every index name, so tests and several demos can share one cluster. */
  indexPrefix?: string;
  requestTimeoutMs?: number;
  /** Replicas of every index shopstream creates: 0 on one node, 1 on a cluster. */
  replicas?: number;
  auth?: ElasticsearchAuth;
  /** Path of a PEM file: the CA that signed the server's HTTP certificate. */
  caCertPath?: string;
}

/** Where each setting comes from, for messages that tell the user what to change. */
const OPTION = {
  apiKey: "--elasticsearch-api-key (ELASTICSEARCH_API_KEY)",
  basic: "--elasticsearch-username/--elasticsearch-password (ELASTICSEARCH_USERNAME/ELASTICSEARCH_PASSWORD)",
  caCert: "--elasticsearch-ca-cert (ELASTICSEARCH_CA_CERT)",
};

const TLS_FAILURE = /certificate|self[- ]signed|UNABLE_TO_VERIFY|CERT_|unknown ca|tls|ssl/i;

/** A readable error for the failures a user fixes in the configuration; others unchanged. */
export function explainElasticsearchError(error: unknown, options: ElasticsearchOptions): unknown {
  const where = redactUrlCredentials(options.host);
  if (error instanceof errors.ResponseError && error.statusCode === 401) {
    const auth = options.auth ?? {};
    const fix = auth.apiKey
      ? `check ${OPTION.apiKey}`
      : auth.username || /:\/\/[^/@]+@/.test(options.host)
      ? `check ${OPTION.basic}`
      : `it needs credentials: set ${OPTION.apiKey} or ${OPTION.basic}`;
    return new Error(`Elasticsearch at ${where} rejected the credentials (HTTP 401): ${fix}`);
  }
  if (error instanceof errors.ConnectionError && TLS_FAILURE.test(error.message)) {
    const fix = options.caCertPath
      ? `check that ${OPTION.caCert} (${options.caCertPath}) is the CA that signed the server's certificate`
      : `set ${OPTION.caCert} to the CA that signed the server's certificate`;
    return new Error(`TLS to Elasticsearch at ${where} failed (${error.message}): ${fix}`);
  }
  if (error instanceof Error && error.message.includes("@")) {
    error.message = redactUrlCredentials(error.message);
  }
  return error;
}

function readCaCert(path: string): string {
  try {
    return Deno.readTextFileSync(path);
  } catch (e) {
    throw new Error(`cannot read ${OPTION.caCert} file ${path}: ${(e as Error).message}`);
  }
}

export function createElasticsearchClient(options: ElasticsearchOptions): Client {
  const nodes = options.host.split(",").map((h) => h.trim()).filter(Boolean);
  const { apiKey, username, password } = options.auth ?? {};
  const auth = apiKey ? { apiKey } : username && password ? { username, password } : undefined;
  // Every API call goes through the transport: one place turns 401s and TLS failures into
  // messages that name the option (the client's own redaction keeps headers out of errors).
  class ExplainingTransport extends Transport {
    override async request<T>(
      params: TransportRequestParams,
      requestOptions?: TransportRequestOptions,
    ): Promise<T> {
      try {
        return await super.request<T>(params, requestOptions);
      } catch (e) {
        throw explainElasticsearchError(e, options);
      }
    }
  }
  return new Client({
    nodes,
    auth,
    tls: options.caCertPath ? { ca: readCaCert(options.caCertPath) } : undefined,
    Transport: ExplainingTransport,
    Connection: FetchConnection,
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
 * `replicas` (from `ElasticsearchOptions`) overrides the body's `number_of_replicas`.
 */
export async function createIndexIfMissing(
  client: Client,
  index: string,
  body: { settings?: object; mappings?: object },
  options: Pick<ElasticsearchOptions, "replicas"> = {},
): Promise<void> {
  if (await client.indices.exists({ index })) return;
  const settings = options.replicas === undefined
    ? body.settings
    : { ...body.settings, number_of_replicas: options.replicas };
  // Bodies are plain literals (analysis settings, mappings); ES validates them on create.
  await client.indices.create({ index, ...body, settings } as estypes.IndicesCreateRequest).catch((e) => {
    if (!String(e).includes("resource_already_exists_exception")) throw e;
  });
}
