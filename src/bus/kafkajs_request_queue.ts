/**
 * kafkajs' request queue without its idle timer loop.
 *
 * kafkajs 2.2.4 checks a connection's queue of requests waiting to be sent after every
 * answer, and each check schedules the next one. With nothing waiting and no broker
 * throttling, the next is due at `throttledUntil - Date.now()`, a large negative number
 * (`throttledUntil` starts at -1), which timers run after 1 ms: every connection to a
 * broker then wakes its process ~1,000 times a second for as long as it lives (kafkajs
 * issues #1556 and #1704, open upstream; Deno prints it as a `TimeoutNegativeWarning`).
 * An idle `--role=api` with Kafka used 7.6 % of a core doing it.
 *
 * The replacement schedules exactly as kafkajs does, except that it schedules nothing
 * when nothing waits and no throttle is to be waited out: a request that has to wait is
 * queued by `push`, which schedules a check itself, and every answer checks the queue
 * again. The class is patched on its prototype, so connections made before this module
 * loaded get it too; `kafkajs.ts` imports it.
 *
 * @module
 */
import RequestQueue from "kafkajs/src/network/requestQueue/index.js";

/** The fields of kafkajs' `RequestQueue` the check reads and writes. */
export interface QueueFields {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: ReturnType<typeof setTimeout> | null;
  checkPendingRequests(): void;
}

/** kafkajs' own interval between checks while requests wait (`CHECK_PENDING_REQUESTS_INTERVAL`). */
const CHECK_PENDING_REQUESTS_INTERVAL = 10;

/** kafkajs' `scheduleCheckPendingRequests`, minus the timer when there is nothing to check. */
export function scheduleCheckPendingRequests(this: QueueFields): void {
  if (this.throttleCheckTimeoutId) return;
  let scheduleAt = this.throttledUntil - Date.now();
  if (this.pending.length > 0) scheduleAt = scheduleAt > 0 ? scheduleAt : CHECK_PENDING_REQUESTS_INTERVAL;
  else if (scheduleAt <= 0) return;
  this.throttleCheckTimeoutId = setTimeout(() => {
    this.throttleCheckTimeoutId = null;
    this.checkPendingRequests();
  }, scheduleAt);
}

const proto = (RequestQueue as { prototype: { scheduleCheckPendingRequests: unknown } }).prototype;
/** kafkajs' own function (for the test that shows its loop). */
export const kafkajsScheduleCheckPendingRequests = proto.scheduleCheckPendingRequests as (
  this: QueueFields,
) => void;
proto.scheduleCheckPendingRequests = scheduleCheckPendingRequests;

/** kafkajs' `RequestQueue` class, patched. */
export { RequestQueue };
