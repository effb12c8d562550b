/** The API contract over a real socket, on the embedded store (no services needed). */
import { createStore } from "../../src/store/mod.ts";
import { runApiContract } from "./api_contract.ts";

Deno.test({
  name: "API over HTTP on the embedded store",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async (t) => {
    const store = await createStore({});
    try {
      await runApiContract(t, store);
    } finally {
      await store.close();
    }
  },
});
