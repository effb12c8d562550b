import assert from "node:assert/strict";
import { UnavailableError } from "./errors.ts";
import { isConnectionError, monitorStore } from "./store_health.ts";
import { eventually } from "../../tests/support/app_process.ts";

const refused = () =>
  Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9200"), { name: "ConnectionError" });

Deno.test("connection failures are told apart from answers the store gave", () => {
  assert.equal(isConnectionError(refused()), true);
  assert.equal(isConnectionError(Object.assign(new Error("timeout"), { name: "TimeoutError" })), true);
  assert.equal(isConnectionError(new Error("index_not_found_exception")), false);
  assert.equal(isConnectionError(undefined), false);
});

Deno.test("a store call failing to connect marks the store down: the next call is a 503 without calling it", async () => {
  let reachable = true;
  const health = monitorStore(() => reachable ? Promise.resolve() : Promise.reject(refused()), {
    intervalMs: 20,
  });
  try {
    assert.deepEqual(await health.settled(), { up: true, status: "ok" });
    reachable = false;
    await assert.rejects(health.call(() => Promise.reject(refused())), UnavailableError);
    let called = false;
    await assert.rejects(
      health.call(() => {
        called = true;
        return Promise.resolve(1);
      }),
      UnavailableError,
    );
    assert.equal(called, false, "no store call while it is known to be down");
    reachable = true;
    await eventually(() => health.up || undefined, {
      timeoutMs: 5000,
      what: "the monitor sees the store again",
    });
    assert.equal(await health.call(() => Promise.resolve(42)), 42);
  } finally {
    health.close();
  }
});

Deno.test("a call waiting on the store is released with a 503 when a ping finds it down", async () => {
  let reachable = true;
  const health = monitorStore(() => reachable ? Promise.resolve() : Promise.reject(refused()), {
    intervalMs: 20,
  });
  try {
    await health.settled();
    const hanging = health.call(() => new Promise<number>(() => {}));
    reachable = false;
    // The monitor's timer is unref'd: keep the test's event loop alive while it waits.
    const keepAlive = setInterval(() => {}, 10);
    try {
      await assert.rejects(hanging, UnavailableError);
    } finally {
      clearInterval(keepAlive);
    }
  } finally {
    health.close();
  }
});

Deno.test("an answer from the store that is not a connection failure leaves it up", async () => {
  const health = monitorStore(() => Promise.resolve(), { intervalMs: 1000 });
  try {
    await health.settled();
    await assert.rejects(
      health.call(() => Promise.reject(new Error("index_not_found_exception"))),
      UnavailableError,
    );
    assert.equal(health.up, true);
  } finally {
    health.close();
  }
});
