/** The fault proxy forwards to the real Elasticsearch, refuses while cut, and forwards again after restore. */
import assert from "node:assert/strict";
import { elasticsearchHost, integrationTest } from "./services.ts";
import { startFaultProxy } from "./fault_proxy.ts";

integrationTest("fault proxy: forwards, refuses while cut, forwards again after restore", [
  "elasticsearch",
], async () => {
  const target = new URL(elasticsearchHost()!);
  const proxy = await startFaultProxy({ hostname: target.hostname, port: Number(target.port) });
  try {
    const health = async () => (await fetch(`${proxy.url}/_cluster/health`)).json();
    assert.ok((await health()).cluster_name);
    await proxy.cut();
    await assert.rejects(health());
    proxy.restore();
    assert.ok((await health()).cluster_name);
  } finally {
    await proxy.close();
  }
});
