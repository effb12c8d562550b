import assert from "node:assert/strict";
import { Partitioners } from "../../src/bus/kafkajs.ts";
import { KafkaBus } from "../../src/bus/kafka.ts";
import { partitionForKey } from "../../src/bus/partitioner.ts";
import { busContract } from "./bus_contract.ts";
import { integrationTest, kafkaBrokers } from "../support/services.ts";

busContract(
  (name, fn) => integrationTest(`[kafka bus] ${name}`, ["kafka"], fn, { timeoutMs: 120_000 }),
  () => new KafkaBus({ brokers: kafkaBrokers()! }),
);

Deno.test("partitionForKey picks the partition kafkajs's default (Java-compatible) partitioner picks", () => {
  const kafkajs = Partitioners.DefaultPartitioner();
  for (let n = 1; n <= 12; n++) {
    const partitionMetadata = Array.from({ length: n }, (_, i) => ({ partitionId: i, leader: 0 }));
    for (let i = 0; i < 300; i++) {
      // ASCII of every length mod 4, longer than the reused buffer, and non-ASCII (UTF-8).
      const key = `u-${i * 7919}-${"x".repeat(i % 9)}${i % 50 === 7 ? "y".repeat(100 + i) : ""}${
        i % 10 === 3 ? "é☕" : ""
      }`;
      const expected = kafkajs({
        topic: "t",
        partitionMetadata: partitionMetadata as unknown as Parameters<typeof kafkajs>[0]["partitionMetadata"],
        message: { key, value: null },
      });
      assert.equal(partitionForKey(key, n), expected, `key ${key}, ${n} partitions`);
    }
  }
});
