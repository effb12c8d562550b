import assert from "node:assert/strict";
import { Hono } from "hono";
import { requestId } from "hono/request-id";
import { errorResponse, UnavailableError } from "./errors.ts";

function appThatThrows(fault: () => Promise<never>, log: string[]) {
  const app = new Hono();
  app.use(requestId());
  app.onError((err, c) => errorResponse(err, c, (l) => log.push(l)));
  app.get("/", async () => await fault());
  return app;
}

Deno.test("an internal fault is a 500 with a request id and no stack trace; the log gets the details", async () => {
  const log: string[] = [];
  const app = appThatThrows(() => Promise.reject(new TypeError("cannot read x of undefined")), log);
  const res = await app.request("/", { headers: { "X-Request-Id": "r-1" } });
  assert.equal(res.status, 500);
  const text = await res.text();
  assert.deepEqual(JSON.parse(text), {
    error: "internal_error",
    message: "internal error; see the server log",
    request_id: "r-1",
  });
  assert.ok(!text.includes("cannot read") && !text.includes("errors_test.ts"));
  assert.match(log.join("\n"), /r-1 500 GET \/: TypeError: cannot read x of undefined/);
});

Deno.test("a store failure is a 503 telling the client to retry", async () => {
  const log: string[] = [];
  const app = appThatThrows(
    () => Promise.reject(new UnavailableError("store", new Error("connect ECONNREFUSED 127.0.0.1:9200"))),
    log,
  );
  const res = await app.request("/");
  assert.equal(res.status, 503);
  const body = await res.json();
  assert.equal(body.error, "unavailable");
  assert.ok(!JSON.stringify(body).includes("ECONNREFUSED"), "connection details stay in the log");
  assert.match(log.join("\n"), /ECONNREFUSED/);
});
