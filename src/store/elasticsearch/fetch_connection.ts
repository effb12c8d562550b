/**
 * The Elasticsearch client's connection over the runtime's own `fetch`, in place of its
 * default undici connection.
 *
 * Under Deno, undici runs on the Node compatibility layer: every request goes through
 * `node:net` streams and a WebAssembly HTTP parser. In the API's CPU profile of `/search`
 * at 100k products, undici's socket writes alone took 16 % of the process's busy time
 * (0.43 ms per request), about as much as the search adapter itself. Deno's `fetch`
 * (native, connection-pooled) does the same exchange for a fraction of that.
 *
 * The contract is the transport's `BaseConnection.request`: status, lower-case headers
 * and the body as text, with its error classes (a refused or broken connection is a
 * `ConnectionError`, which the transport retries on another node and the adapters map to
 * "unavailable"; the request timeout a `TimeoutError`; the caller's abort a
 * `RequestAbortedError`). A custom CA (`tls.ca`) becomes a `Deno.HttpClient`. Like
 * curl, `fetch` honours `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY`. Responses are asked for
 * uncompressed (the client's `compression` is off; the cluster is near).
 *
 * @module
 */
import {
  BaseConnection,
  type ConnectionOptions,
  type ConnectionRequestOptions,
  type ConnectionRequestParams,
  type ConnectionRequestResponse,
  errors,
} from "@elastic/elasticsearch";
import { Buffer } from "node:buffer";

const BINARY = /cbor|smile|mapbox-vector-tile|vnd\.apache\.arrow/i;

export class FetchConnection extends BaseConnection {
  readonly #client?: Deno.HttpClient;
  readonly #base: string;

  constructor(options: ConnectionOptions) {
    super(options);
    const ca = options.tls?.ca;
    if (ca) {
      const pems = (Array.isArray(ca) ? ca : [ca]).map((c) =>
        typeof c === "string" ? c : Buffer.from(c).toString()
      );
      this.#client = Deno.createHttpClient({ caCerts: pems });
    }
    // The origin drops any `user:password@`: credentials travel in the headers.
    this.#base = this.url.origin + this.url.pathname.replace(/\/$/, "");
  }

  // deno-lint-ignore no-explicit-any -- the base also declares an overload for streams, never returned here
  override request(params: ConnectionRequestParams, options: ConnectionRequestOptions): Promise<any> {
    return this.#request(params, options);
  }

  async #request(
    params: ConnectionRequestParams,
    options: ConnectionRequestOptions,
  ): Promise<ConnectionRequestResponse> {
    if ((options as { asStream?: boolean }).asStream) {
      throw new errors.ConfigurationError("FetchConnection does not return bodies as streams");
    }
    const body = params.body;
    if (body != null && typeof body !== "string" && !(body instanceof Uint8Array)) {
      throw new errors.ConfigurationError("FetchConnection sends string or byte bodies only");
    }
    const path = params.path.startsWith("/") ? params.path : `/${params.path}`;
    const url = this.#base + path + (params.querystring ? `?${params.querystring}` : "");
    const headers = new Headers({ "accept-encoding": "identity" });
    for (const source of [this.headers, params.headers ?? {}]) {
      for (const [name, value] of Object.entries(source)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : String(value));
      }
    }

    const aborter = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      aborter.abort();
    }, options.timeout ?? this.timeout);
    const outer = options.signal;
    const onAbort = () => aborter.abort();
    outer?.addEventListener("abort", onAbort, { once: true });
    if (outer?.aborted) aborter.abort();
    try {
      const res = await fetch(url, {
        method: params.method,
        headers,
        body: body as BodyInit | null | undefined,
        signal: aborter.signal,
        client: this.#client,
      });
      const limit = options.maxResponseSize;
      const length = Number(res.headers.get("content-length") ?? NaN);
      if (limit !== undefined && length > limit) {
        await res.body?.cancel();
        throw new errors.RequestAbortedError(
          `The content length (${length}) is bigger than the maximum allowed string (${limit})`,
        );
      }
      const type = res.headers.get("content-type") ?? "";
      const text = params.method === "HEAD"
        ? (await res.body?.cancel(), "")
        : BINARY.test(type)
        ? Buffer.from(await res.arrayBuffer())
        : await res.text();
      return { statusCode: res.status, headers: Object.fromEntries(res.headers), body: text };
    } catch (e) {
      if (e instanceof errors.ElasticsearchClientError) throw e;
      if (aborter.signal.aborted) {
        throw timedOut
          ? new errors.TimeoutError("Request timed out")
          : new errors.RequestAbortedError("Request aborted");
      }
      const cause = (e as Error & { cause?: unknown }).cause;
      const detail = cause instanceof Error && !(e as Error).message.includes(cause.message)
        ? `: ${cause.message}`
        : "";
      throw new errors.ConnectionError(`${(e as Error).message}${detail}`);
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener("abort", onAbort);
    }
  }

  override close(): Promise<void> {
    this.#client?.close();
    return Promise.resolve();
  }
}
