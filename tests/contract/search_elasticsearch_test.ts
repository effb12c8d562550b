import assert from "node:assert/strict";
import { ElasticsearchCatalog } from "../../src/store/elasticsearch/catalog.ts";
import { SearchQuery, type SearchQueryInput } from "../../src/domain/search.ts";
import { createElasticsearchClient } from "../../src/store/elasticsearch/client.ts";
import { elasticsearchHost, ES_CLIENT_TIMER, integrationTest, uniqueName } from "../support/services.ts";
import { CONTRACT_PRODUCTS, searchContract } from "./search_contract.ts";

/**
 * The contract's cases run as steps of one live test, so the test index is created
 * once and deleted in its `finally`, whatever the steps did.
 */
const cases: { name: string; fn: () => Promise<void> }[] = [];
const prefix = `${uniqueName("search")}-`;
let ready: Promise<ElasticsearchCatalog> | undefined;
const client = () => createElasticsearchClient({ host: elasticsearchHost()! });
let es: ReturnType<typeof client> | undefined;
const catalog = () =>
  ready ??= (async () => {
    const c = new ElasticsearchCatalog({ client: es ??= client(), indexPrefix: prefix });
    await c.ensureIndex({ recreate: true });
    await c.index(CONTRACT_PRODUCTS);
    await c.refresh();
    return c;
  })();

searchContract((name, fn) => cases.push({ name, fn }), catalog);

cases.push({
  name: "a query with an unknown word answers the same from one request as from requests in turn",
  fn: async () => {
    await catalog();
    const queries: SearchQueryInput[] = [
      { q: "labtop" },
      { q: "headphons" },
      { q: "smartfone" },
      { q: "smartfone", fuzzy: "false" },
      { q: "head phones" },
      { q: "wirelss mouse" },
      { q: "keybord", brand: "Logitech" },
      { q: "televsion", page: "2", size: "5" },
      { q: "xqzzv" },
      // A word of the descriptions only: unknown to the spelling vocabulary (titles, brands,
      // categories, synonyms) and to the English word list, so a correction is guessed, but in
      // 47 descriptions: the exact matches are enough after all, and no correction shows.
      // ("colours" was one until "colour, color" became a synonym; "favourite" has no
      // correction to guess, so it goes out as the exact query alone.)
      { q: "workspaces" },
    ];
    // A new adapter has no vocabulary loaded: its first search sends its requests in turn.
    // One whose vocabulary has loaded sends a query with an unknown word as one request:
    // the typo query counting both totals, or (typos off) one _msearch.
    const warmClient = client();
    const warm = new ElasticsearchCatalog({ client: warmClient, indexPrefix: prefix });
    try {
      await warm.search(SearchQuery.parse({ q: "zzqqx" })); // waits for the vocabulary on its way
      const paths: string[] = [];
      warmClient.diagnostic.on("request", (_e, r) => {
        const path = (r as { meta?: { request?: { params?: { path?: string } } } } | null)?.meta?.request
          ?.params?.path;
        if (path) paths.push(path);
      });
      let single = 0;
      for (const input of queries) {
        const query = SearchQuery.parse(input);
        const cold = await new ElasticsearchCatalog({ client: es ??= client(), indexPrefix: prefix }).search(
          query,
        );
        paths.length = 0;
        const hot = await warm.search(query);
        // A correction found means the vocabulary knew a better word: then it went out at once.
        if (cold.corrected_query || cold.did_you_mean) {
          const expected = query.fuzzy ? [`/${prefix}products/_search`] : ["/_msearch"];
          // A later page is what page 1's answer means (one request), then that page (one more).
          const later = query.page > 1;
          assert.deepEqual(later ? paths.slice(0, 1) : paths, expected, `${input.q}: one request`);
          if (later) assert.equal(paths.length, 2, `${input.q}: page ${query.page} in one more request`);
          single++;
        }
        assert.deepEqual({ ...hot, took_ms: 0 }, { ...cold, took_ms: 0 }, JSON.stringify(input));
        if (input.q === "workspaces") {
          assert.ok(hot.total >= 10 && !hot.corrected_query && !hot.did_you_mean, "enough exact matches");
          assert.equal(paths.length, 2, "workspaces: the typo query, then the exact one");
        }
      }
      assert.ok(single >= 5, `most of these queries take one request (${single})`);
    } finally {
      await warmClient.close();
    }
  },
});

cases.push({
  name: "a search never waits for the vocabulary's reload: the old one answers meanwhile",
  fn: async () => {
    await catalog();
    const reloadingClient = client();
    // Trusted for 0 ms: every search starts a reload of the vocabulary.
    const c = new ElasticsearchCatalog({ client: reloadingClient, indexPrefix: prefix, vocabularyTtlMs: 0 });
    try {
      const first = await c.search(SearchQuery.parse({ q: "headphons" })); // the first load is waited for
      const bodies: string[] = [];
      reloadingClient.diagnostic.on("request", (_e, r) => {
        const body = (r as { meta?: { request?: { params?: { body?: unknown } } } } | null)?.meta?.request
          ?.params?.body;
        bodies.push(typeof body === "string" ? body : "");
      });
      const again = await c.search(SearchQuery.parse({ q: "headphons" }));
      const reloads = bodies.filter((b) => b.includes('"words"'));
      const searches = bodies.filter((b) => !b.includes('"words"'));
      assert.ok(reloads.length >= 1, "a reload started (one per look at the vocabulary, at 0 ms)");
      assert.equal(searches.length, 1, "the typo query went out at once, with the old vocabulary");
      assert.deepEqual({ ...again, took_ms: 0 }, { ...first, took_ms: 0 });
    } finally {
      await reloadingClient.close();
    }
  },
});

integrationTest("[elasticsearch search] the search contract", ["elasticsearch"], async (t) => {
  try {
    for (const c of cases) await t.step(c.name, c.fn);
  } finally {
    es ??= client();
    await es.indices.delete({ index: `${prefix}*`, allow_no_indices: true });
    await es.close();
  }
}, { timeoutMs: 300_000, sanitizers: ES_CLIENT_TIMER });
