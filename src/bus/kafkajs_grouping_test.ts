import assert from "node:assert/strict";
import {
  type GroupInput,
  groupMessagesPerPartition,
  kafkajsGroupMessagesPerPartition,
} from "./kafkajs_grouping.ts";

interface Msg {
  key: string;
  partition?: number;
}

function input(count: number, partitions: number, seed: number): GroupInput<Msg> {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31);
  const messages = Array.from({ length: count }, (_, i) => ({
    key: `k${i}`,
    partition: i % 3 === 0 ? undefined : next() % partitions,
  }));
  return {
    topic: "t",
    partitionMetadata: Array.from({ length: partitions }, (_, p) => ({ partitionId: p })),
    messages,
    // kafkajs' default partitioners honour an explicit partition; the rest by key here.
    partitioner: ({ message }) => message.partition ?? Number(message.key.slice(1)) % partitions,
  };
}

Deno.test("grouping: the same partitions, messages and order as kafkajs' own function", () => {
  for (const [count, partitions, seed] of [[0, 6, 1], [1, 1, 2], [7, 3, 3], [2_000, 6, 4], [500, 64, 5]]) {
    const i = input(count, partitions, seed);
    const mine = groupMessagesPerPartition(i);
    assert.deepEqual(mine, kafkajsGroupMessagesPerPartition(i));
    assert.deepEqual(Object.values(mine).flat().length, count);
  }
  assert.deepEqual(groupMessagesPerPartition({ ...input(5, 2, 1), partitionMetadata: [] }), {});
});

Deno.test("grouping: no module but kafkajs.ts takes kafkajs' main module", async () => {
  const root = new URL("../../", import.meta.url);
  const offenders: string[] = [];
  const walk = async (dir: URL) => {
    for await (const e of Deno.readDir(dir)) {
      const url = new URL(e.name + (e.isDirectory ? "/" : ""), dir);
      if (e.isDirectory) await walk(url);
      else if (e.name.endsWith(".ts") && !url.pathname.endsWith("/src/bus/kafkajs.ts")) {
        if (/(from|import)\s*\(?\s*["'](npm:)?kafkajs(@[^"'/]*)?["']/.test(await Deno.readTextFile(url))) {
          offenders.push(url.pathname.slice(root.pathname.length));
        }
      }
    }
  };
  for (const dir of ["src/", "tests/", "bench/"]) await walk(new URL(dir, root));
  assert.deepEqual(offenders, []);
});
