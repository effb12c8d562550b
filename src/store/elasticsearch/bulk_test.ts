import assert from "node:assert/strict";
import { type Client, Serializer } from "@elastic/elasticsearch";
import { type BulkAction, ndjson, storedId } from "./bulk.ts";
import { ElasticsearchCatalog } from "./catalog.ts";
import { productAt } from "../../catalog/generate.ts";

Deno.test("ndjson writes the bytes the client's serializer wrote for the same operations", () => {
  const long = `p-${"é".repeat(300)}`;
  const actions: BulkAction[] = [
    { action: "index", index: "products", id: "p-000001", doc: { title: 'Say "hi"\n', n: 1.5, tags: ["a"] } },
    { action: "index", index: "products", id: "p-000002", source: '{"title":"pre-serialised"}' },
    { action: "index", index: "trends", id: "0:p-1:2026", doc: { views: 1 }, version: 7 },
    { action: "delete", index: "fraud-signals", id: "bot:u-1", version: 3 },
    { action: "delete", index: "fraud-signals", id: long },
    { action: "index", index: "products", id: "p-000003" },
  ];
  // What bulkWrite handed the client before: action objects and documents, serialised by it.
  const operations: object[] = [];
  for (const a of actions) {
    const meta = {
      _index: a.index,
      _id: storedId(a.id),
      ...(a.version !== undefined ? { version: a.version, version_type: "external_gte" } : {}),
    };
    if (a.action === "delete") operations.push({ delete: meta });
    else operations.push({ index: meta }, a.source !== undefined ? JSON.parse(a.source) : a.doc ?? {});
  }
  assert.equal(`${ndjson(actions)}\n`, new Serializer().ndserialize(operations));
});

Deno.test("the catalog's documents are sent as JSON.stringify writes them: no whitespace from the gap", async () => {
  const products = Array.from({ length: 300 }, (_, i) => productAt(42, i));
  const lines: string[] = [];
  const recorder = {
    bulk: ({ operations }: { operations: string[] }) => {
      lines.push(...operations.join("\n").split("\n"));
      return Promise.resolve({ errors: false, items: [] });
    },
  } as unknown as Client;
  await new ElasticsearchCatalog({ client: recorder, indexPrefix: "recorded-" }).index(products);
  assert.equal(lines.length, 2 * products.length);
  for (let i = 0; i < lines.length; i += 2) {
    const doc = JSON.parse(lines[i + 1]) as { id: string };
    assert.equal(lines[i], `{"index":{"_index":"recorded-products","_id":"${doc.id}"}}`);
    assert.equal(lines[i + 1], JSON.stringify(doc));
  }
});
