/**
 * The newcomer's path: `deno task start` with no Kafka or Elasticsearch configured
 * serves the API and shows events flowing, on the embedded stand-ins.
 */
import assert from "node:assert/strict";
import { eventually, startApp } from "../support/app_process.ts";

const noServices = { KAFKA_BOOTSTRAP_SERVERS: "", ELASTICSEARCH_HOST: "" };

Deno.test({
  name: "role=all on embedded backends serves /health and shows events flowing in /stats",
  fn: async () => {
    const dataDir = await Deno.makeTempDir({ prefix: "shopstream-e2e-" });
    const app = await startApp(["--role=all", "--port=0", `--data-dir=${dataDir}`, "--count=2000"], {
      env: noServices,
    });
    try {
      const health = await fetch(`${app.baseUrl}/health`);
      assert.equal(health.status, 200);
      assert.equal((await health.json()).status, "ok");

      // How fast is a benchmark figure (bench/startup.ts); here: that they flow at all.
      const stats = await eventually(async () => {
        const s = await (await fetch(`${app.baseUrl}/stats`)).json();
        return s.events?.total > 0 ? s : undefined;
      }, { timeoutMs: 30_000, what: "events in /stats" });
      assert.equal(stats.role, "all");
      assert.deepEqual(stats.backend, { bus: "embedded", store: "embedded" });
      // What flowed adds up: processed per type sums to the total, and nothing was
      // processed that the in-process generator did not publish.
      const byType: Record<string, number> = stats.events.by_type;
      assert.equal(Object.values(byType).reduce((a, b) => a + b, 0), stats.events.total);
      for (const [type, n] of Object.entries(byType)) {
        assert.ok(n <= (stats.generated.by_type[type] ?? 0), `${type}: processed ${n} ≤ generated`);
      }
    } finally {
      const code = await app.stop();
      assert.equal(code, 0, `graceful stop exits 0; log:\n${app.log()}`);
      await Deno.remove(dataDir, { recursive: true });
    }
  },
});

Deno.test({
  name: "a bad flag exits 2 naming the flag",
  fn: async () => {
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", new URL("../../main.ts", import.meta.url).pathname, "--role=nope"],
      stdout: "piped",
      stderr: "piped",
    }).output();
    assert.equal(out.code, 2);
    assert.match(new TextDecoder().decode(out.stderr), /--role/);
  },
});

Deno.test({
  name: "--role=processor without Kafka is refused with the env var to set",
  fn: async () => {
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", new URL("../../main.ts", import.meta.url).pathname, "--role=processor"],
      env: noServices,
      stdout: "piped",
      stderr: "piped",
    }).output();
    assert.equal(out.code, 2);
    assert.match(new TextDecoder().decode(out.stderr), /KAFKA_BOOTSTRAP_SERVERS/);
  },
});
