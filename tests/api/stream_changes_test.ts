/**
 * `/stream` with a change feed (the processor's flush notifications), over a real
 * socket on the embedded store: a notification brings the next push forward, long
 * before the (here one-minute) fallback timer, with the data just written; a closed
 * connection stops listening.
 */
import assert from "node:assert/strict";
import { createApp } from "../../src/api/app.ts";
import type { ChangeFeed } from "../../src/api/stream.ts";
import { createStatsSource } from "../../src/api/stats_source.ts";
import { TrendingResponse } from "../../src/api/schemas.ts";
import { Registry } from "../../src/observability/metrics.ts";
import { createStore } from "../../src/store/mod.ts";
import { eventually } from "../support/app_process.ts";
import { readEvents } from "./api_contract.ts";
import { FIXTURE_GROUP, seedApiData } from "./fixtures.ts";

/** A change feed the test fires by hand. */
function manualFeed() {
  const listeners = new Set<() => void>();
  const feed: ChangeFeed = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { feed, listeners, notify: () => listeners.forEach((l) => l()) };
}

Deno.test({
  name: "/stream pushes soon after a change notification instead of waiting for its timer",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const store = await createStore({});
    const products = await seedApiData(store);
    const metrics = new Registry();
    const shutdown = new AbortController();
    const stats = createStatsSource({
      role: "api",
      backend: { bus: "embedded", store: "embedded" },
      store,
      groupId: FIXTURE_GROUP,
      metrics,
    });
    const { feed, listeners, notify } = manualFeed();
    const app = createApp({
      store,
      stats,
      role: "api",
      version: "0.0.0-test",
      metrics,
      signal: shutdown.signal,
      // The fallback timer alone would not push again within this test's deadlines.
      streamIntervalMs: 60_000,
      changes: feed,
      logger: () => {},
    });
    const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, app.fetch);
    const url = `http://127.0.0.1:${server.addr.port}/stream`;
    try {
      // A product nobody looked at becomes the top one after the "flush" below.
      const fresh = products[products.length - 1];
      const minute = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
      let notified = false;
      const events = await readEvents(url, (evs) => {
        const pushes = evs.filter((e) => e.event === "trending");
        if (pushes.length === 1 && !notified) {
          notified = true;
          store.analytics.write([{
            docs: {
              trends: [{
                id: `0:${fresh.id}:${minute}`,
                partition: 0,
                product_id: fresh.id,
                minute,
                views: 100_000,
                carts: 0,
                purchases: 0,
                score: 100_000,
                category: fresh.category,
              }],
              funnels: [],
              signals: [],
              retracted_signals: [],
              queries: [],
            },
          }]).then(notify);
        }
        return pushes.length >= 2;
      }, 15_000);
      const pushes = events.filter((e) => e.event === "trending").map((e) =>
        TrendingResponse.parse(JSON.parse(e.data))
      );
      assert.equal(pushes.length, 2, `trending pushes within 15 s: ${events.map((e) => e.event)}`);
      assert.notEqual(pushes[0].items[0].product_id, fresh.id);
      assert.equal(pushes[1].items[0].product_id, fresh.id, "the second push carries what was just written");
      assert.equal(events.filter((e) => e.event === "stats").length, 2, "stats go out with every push");

      // The client left: its listener is gone.
      await eventually(() => (listeners.size === 0 ? true : undefined), {
        timeoutMs: 10_000,
        what: "the closed stream unsubscribed",
      });
    } finally {
      shutdown.abort();
      await server.shutdown();
      stats.close();
      await store.close();
    }
  },
});
