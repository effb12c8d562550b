import assert from "node:assert/strict";
import { EmbeddedBus } from "../../src/bus/embedded.ts";
import { busContract } from "./bus_contract.ts";
import { eventually } from "../support/app_process.ts";

busContract((name, fn) => Deno.test(`[embedded bus] ${name}`, fn), () => new EmbeddedBus());

Deno.test("[embedded bus] with a data dir, the log and commits survive a restart", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "bus-" });
  try {
    const first = new EmbeddedBus({ dataDir });
    await first.ensureTopics([{ topic: "t", partitions: 2 }]);
    const pub = await first.publisher();
    await pub.publish("t", Array.from({ length: 20 }, (_, i) => ({ key: `k${i}`, value: `v${i}` })));
    const c = await first.consumer({ groupId: "g", topics: ["t"] });
    await c.run({ eachBatch: () => Promise.resolve() });
    await c.commit([{ topic: "t", partition: 0, offset: "3" }]);
    await c.stop();
    await first.close();

    const second = new EmbeddedBus({ dataDir });
    assert.equal(await second.partitionCount("t"), 2);
    const lag = await second.lag("g", ["t"]);
    const total = lag.reduce((a, l) => a + Number(l.end), 0);
    assert.equal(total, 20, "all 20 messages are still there");
    assert.equal(lag.find((l) => l.partition === 0)!.committed, "3");
    const seen: string[] = [];
    const c2 = await second.consumer({ groupId: "g", topics: ["t"] });
    await c2.run({ eachBatch: (b) => Promise.resolve(void seen.push(...b.messages.map((m) => m.offset))) });
    await eventually(() => (seen.length >= 17 ? true : undefined), { what: "resume" });
    await c2.stop();
    await second.close();
  } finally {
    await Deno.remove(dataDir, { recursive: true });
  }
});

Deno.test("[embedded bus] retention drops the oldest messages; offsets keep growing", async () => {
  const bus = new EmbeddedBus({ retainPerPartition: 5 });
  await bus.ensureTopics([{ topic: "r", partitions: 1 }]);
  const pub = await bus.publisher();
  await pub.publish("r", Array.from({ length: 12 }, (_, i) => ({ key: "k", value: `v${i}` })));
  const seen: string[] = [];
  const c = await bus.consumer({ groupId: "g", topics: ["r"] });
  await c.run({ eachBatch: (b) => Promise.resolve(void seen.push(...b.messages.map((m) => m.offset))) });
  await eventually(() => (seen.length >= 5 ? true : undefined), { what: "retained" });
  assert.deepEqual(seen, ["7", "8", "9", "10", "11"]);
  await c.stop();
  await bus.close();
});

Deno.test("[embedded bus] values arrive byte for byte, before and after a restart (UTF-8, invalid UTF-8, empty)", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "bus-" });
  const values: (string | Uint8Array)[] = [
    '{"q":"café ☕ 4k tv"}',
    new Uint8Array([0x00, 0x7f, 0x80, 0xc3, 0x28, 0xff, 0xfe]), // not UTF-8: a dead letter's bytes
    "",
    "plain ascii",
    new Uint8Array(70_000).map((_, i) => (i * 7) & 0xff), // more than one 32 KB chunk
  ];
  const bytes = (v: string | Uint8Array) => typeof v === "string" ? new TextEncoder().encode(v) : v;
  const consumeAll = async (bus: EmbeddedBus, groupId: string) => {
    const seen: Uint8Array[] = [];
    const c = await bus.consumer({ groupId, topics: ["b"] });
    await c.run({ eachBatch: (b) => Promise.resolve(void seen.push(...b.messages.map((m) => m.value))) });
    await eventually(() => (seen.length >= values.length ? true : undefined), { what: "all values" });
    await c.stop();
    return seen;
  };
  try {
    const first = new EmbeddedBus({ dataDir });
    await first.ensureTopics([{ topic: "b", partitions: 1 }]);
    await (await first.publisher()).publish("b", values.map((value) => ({ key: "k", value })));
    assert.deepEqual(await consumeAll(first, "g1"), values.map(bytes));
    await first.close();
    const second = new EmbeddedBus({ dataDir });
    assert.deepEqual(await consumeAll(second, "g2"), values.map(bytes));
    await second.close();
  } finally {
    await Deno.remove(dataDir, { recursive: true });
  }
});
