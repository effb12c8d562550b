// No static import of kafkajs_grouping.ts here: the modules load as the program loads them
// (deno test runs each test file in its own isolate, so no other file's imports count).
import assert from "node:assert/strict";
import { createRequire } from "node:module";

Deno.test("kafkajs: the linear grouping is in place once the Kafka adapter is loaded", async () => {
  // bus/mod.ts imports the adapter lazily; kafkajs' modules load with it.
  await import("./kafka.ts");
  const { groupMessagesPerPartition, linearGroupingInstalled } = await import("./kafkajs_grouping.ts");
  assert.equal(linearGroupingInstalled, true);
  const cache = createRequire(import.meta.url).cache as Record<string, { exports: unknown } | undefined>;
  const paths = Object.keys(cache);
  const grouping = paths.find((p) => p.endsWith("/src/producer/groupMessagesPerPartition.js"));
  assert.ok(grouping && paths.some((p) => p.endsWith("/src/producer/sendMessages.js")), "kafkajs loaded");
  assert.equal(cache[grouping]?.exports, groupMessagesPerPartition);
});

Deno.test("kafkajs: the request queue the Kafka adapter's connections use schedules no idle timer", async () => {
  await import("./kafka.ts");
  const { scheduleCheckPendingRequests } = await import("./kafkajs_request_queue.ts");
  const cache = createRequire(import.meta.url).cache as Record<string, { exports: unknown } | undefined>;
  const path = Object.keys(cache).find((p) =>
    p.replaceAll("\\", "/").endsWith("/src/network/requestQueue/index.js")
  );
  const queue = path &&
    cache[path]?.exports as { prototype: { scheduleCheckPendingRequests: unknown } } | undefined;
  assert.ok(queue, "kafkajs' request queue loaded");
  assert.equal(queue.prototype.scheduleCheckPendingRequests, scheduleCheckPendingRequests);
});
