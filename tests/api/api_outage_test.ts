/**
 * Elasticsearch going away, for real: the API reaches the live cluster through a
 * fault-injecting TCP proxy. Once the proxy is cut, every store-backed endpoint and
 * /ready answer 503 with the JSON error within 1 s; once it is restored, everything
 * answers 200 again, with the real numbers.
 */
import assert from "node:assert/strict";
import { ErrorBody, ReadyResponse } from "../../src/api/schemas.ts";
import { StatsSnapshot } from "../../src/domain/stats.ts";
import { createStore } from "../../src/store/mod.ts";
import { eventually } from "../support/app_process.ts";
import { startFaultProxy } from "../support/fault_proxy.ts";
import { elasticsearchHost, ES_CLIENT_TIMER, integrationTest, uniqueName } from "../support/services.ts";
import { serveApi } from "./api_contract.ts";
import { seedApiData } from "./fixtures.ts";

const STORE_BACKED = [
  "/search?q=headphones",
  "/autocomplete?q=head",
  "/trending",
  "/funnels",
  "/fraud",
  "/queries",
  "/stats",
  "/trending/history",
  "/stats/history",
  "/products/p-000001",
  "/users/u-fraud-1",
];
const BOUND_MS = 1000;

integrationTest("with Elasticsearch cut off, the API answers 503 within 1 s and recovers", [
  "elasticsearch",
], async (t) => {
  const host = new URL(elasticsearchHost()!);
  const indexPrefix = `${uniqueName("outage")}-`;
  const direct = await createStore({ elasticsearchHost: host.origin, indexPrefix });
  const proxy = await startFaultProxy({ hostname: host.hostname, port: Number(host.port || 9200) });
  const viaProxy = await createStore({ elasticsearchHost: proxy.url, indexPrefix });
  let api: ReturnType<typeof serveApi> | undefined;
  try {
    await seedApiData(direct);
    api = serveApi(viaProxy);
    const url = (path: string) => `${api!.baseUrl}${path}`;
    const statusOf = async (path: string) => {
      const res = await fetch(url(path));
      await res.body?.cancel();
      return res.status;
    };

    await t.step("all store-backed endpoints answer 200 while the store is up", async () => {
      for (const path of [...STORE_BACKED, "/ready"]) assert.equal(await statusOf(path), 200, path);
    });

    await proxy.cut();

    await t.step("/ready turns 503 and names the store", async () => {
      // A state to wait for, not a time: the bound below is measured once it holds.
      const body = await eventually(async () => {
        const res = await fetch(url("/ready"));
        const json = await res.json();
        return res.status === 503 ? json : undefined;
      }, { timeoutMs: 15_000, what: "/ready 503 after the cut" });
      const ready = ReadyResponse.parse(body);
      assert.equal(ready.ok, false);
      assert.notEqual(ready.checks.store, "ok");
    });

    await t.step(`each store-backed endpoint and /ready answers 503 JSON within ${BOUND_MS} ms`, async () => {
      for (const path of [...STORE_BACKED, "/ready"]) {
        const started = performance.now();
        const res = await fetch(url(path));
        const body = await res.json();
        const ms = performance.now() - started;
        assert.equal(res.status, 503, path);
        assert.ok(ms < BOUND_MS, `${path} took ${ms.toFixed(0)} ms`);
        if (path === "/ready") continue;
        const error = ErrorBody.parse(body);
        assert.equal(error.error, "unavailable", path);
        assert.equal(error.request_id, res.headers.get("x-request-id"));
      }
    });

    proxy.restore();

    await t.step("after restore() every endpoint answers 200, /stats with the real totals", async () => {
      await eventually(async () => (await statusOf("/ready")) === 200 || undefined, {
        timeoutMs: 15_000,
        what: "/ready 200 after the restore",
      });
      for (const path of STORE_BACKED) {
        await eventually(async () => (await statusOf(path)) === 200 || undefined, {
          timeoutMs: 15_000,
          what: `${path} 200 after the restore`,
        });
      }
      const stats = StatsSnapshot.parse(await (await fetch(url("/stats"))).json());
      assert.equal(stats.events.by_type.view, 500);
      assert.ok(Object.values(stats.index_docs).some((n) => n > 0), JSON.stringify(stats.index_docs));
    });
  } finally {
    await api?.close();
    await proxy.close();
    await viaProxy.close();
    await direct.close();
    const listed = await fetch(`${host.origin}/_cat/indices/${indexPrefix}*?format=json&h=index`);
    for (const { index } of listed.ok ? await listed.json() as { index: string }[] : []) {
      await (await fetch(`${host.origin}/${index}`, { method: "DELETE" })).body?.cancel();
    }
  }
}, { sanitizers: ES_CLIENT_TIMER });
