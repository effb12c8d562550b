import assert from "node:assert/strict";
import {
  kafkajsScheduleCheckPendingRequests,
  type QueueFields,
  RequestQueue,
  scheduleCheckPendingRequests,
} from "./kafkajs_request_queue.ts";

type Queue = QueueFields & {
  destroy(): void;
  fulfillRequest(answer: { correlationId: number; payload: unknown; size: number }): void;
};

const queue = (): Queue =>
  new (RequestQueue as unknown as new (options: object) => Queue)({
    maxInFlightRequests: null,
    requestTimeout: 30_000,
    enforceRequestTimeout: false,
    clientId: "test",
    broker: "127.0.0.1:9092",
    logger: { debug() {}, info() {}, warn() {}, error() {} },
  });

Deno.test("kafkajs request queue: kafkajs' own check schedules a timer with nothing to check", () => {
  const q = queue();
  kafkajsScheduleCheckPendingRequests.call(q);
  // The upstream loop this module removes: a timer due at once, rescheduling itself.
  assert.notEqual(q.throttleCheckTimeoutId, null);
  q.destroy();
});

Deno.test("kafkajs request queue: an idle queue schedules nothing after an answer", () => {
  const q = queue();
  assert.equal(RequestQueue.prototype.scheduleCheckPendingRequests, scheduleCheckPendingRequests);
  q.fulfillRequest({ correlationId: 1, payload: null, size: 0 }); // an answer nobody waits for
  q.checkPendingRequests();
  assert.equal(q.throttleCheckTimeoutId, null);
});

Deno.test("kafkajs request queue: a throttle still schedules its end, even with nothing waiting", () => {
  const q = queue();
  q.throttledUntil = Date.now() + 60_000;
  q.checkPendingRequests();
  assert.notEqual(q.throttleCheckTimeoutId, null);
  q.destroy();
});

Deno.test("kafkajs request queue: a waiting request is sent by the scheduled check", async () => {
  const q = queue();
  const sent = Promise.withResolvers<void>();
  q.pending.push({ correlationId: 7, expectResponse: true, send: () => sent.resolve() });
  scheduleCheckPendingRequests.call(q);
  assert.notEqual(q.throttleCheckTimeoutId, null);
  await sent.promise; // the check ran (no clock: it resolves when the request goes)
  assert.equal(q.pending.length, 0);
  assert.equal(q.throttleCheckTimeoutId, null, "and, the queue now empty, scheduled nothing more");
  q.destroy();
});
