/**
 * The bus contract: the same cases against the embedded log and the live Kafka.
 *
 * @module
 */
import assert from "node:assert/strict";
import type { Bus, BusMessage, Consumer } from "../../src/bus/port.ts";
import { partitionForKey } from "../../src/bus/partitioner.ts";
import { eventually } from "../support/app_process.ts";
import { uniqueName } from "../support/services.ts";

export type Register = (name: string, fn: () => Promise<void>) => void;

const text = (m: BusMessage) => new TextDecoder().decode(m.value);

interface Collected {
  messages: BusMessage[];
  /** Each batch's read position and first offset. */
  fetched: { from: string; first: string }[];
  owned: Set<number>;
  assigned: number[][];
  revoked: number[][];
  consumer: Consumer;
}

async function collect(bus: Bus, groupId: string, topics: string[]): Promise<Collected> {
  const consumer = await bus.consumer({ groupId, topics });
  const c: Collected = { messages: [], fetched: [], owned: new Set(), assigned: [], revoked: [], consumer };
  await consumer.run({
    onAssigned: (ps) => {
      c.assigned.push(ps);
      ps.forEach((p) => c.owned.add(p));
      return Promise.resolve();
    },
    onRevoked: (ps) => {
      c.revoked.push(ps);
      ps.forEach((p) => c.owned.delete(p));
      return Promise.resolve();
    },
    eachBatch: (b) => {
      c.messages.push(...b.messages);
      if (b.messages.length) c.fetched.push({ from: b.fetchedOffset, first: b.messages[0].offset });
      return Promise.resolve();
    },
  });
  return c;
}

/** One key per partition, so a message can be sent to each. */
function markerKeys(partitions: number): string[] {
  const keys: string[] = [];
  for (let p = 0; p < partitions; p++) {
    let i = 0;
    while (partitionForKey(`marker-${i}`, partitions) !== p) i++;
    keys.push(`marker-${i}`);
  }
  return keys;
}

export function busContract(register: Register, makeBus: () => Bus, partitions = 3): void {
  register("keyed messages keep partition and order; offsets run from 0; headers round-trip", async () => {
    const bus = makeBus();
    const topic = uniqueName("bus-order");
    try {
      await bus.ensureTopics([{ topic, partitions }]);
      await bus.ensureTopics([{ topic, partitions }]); // idempotent
      assert.equal(await bus.partitionCount(topic), partitions);
      const pub = await bus.publisher();
      const sent = Array.from(
        { length: 60 },
        (_, i) => ({ key: `u-${i % 7}`, value: `m${i}`, headers: { n: String(i) } }),
      );
      await pub.publish(topic, sent.slice(0, 30));
      await pub.publish(topic, sent.slice(30));
      await pub.close();
      const c = await collect(bus, uniqueName("g"), [topic]);
      await eventually(() => (c.messages.length >= 60 ? true : undefined), { what: "60 messages" });
      await c.consumer.stop();
      assert.equal(c.messages.length, 60);
      for (const m of c.messages) {
        assert.equal(m.partition, partitionForKey(m.key!, partitions), "Kafka's murmur2 partitioner");
        assert.equal(m.headers.n, text(m).slice(1));
      }
      for (let p = 0; p < partitions; p++) {
        const mine = c.messages.filter((m) => m.partition === p);
        assert.deepEqual(
          mine.map((m) => Number(m.offset)),
          mine.map((_, i) => i),
          "contiguous offsets from 0",
        );
      }
      for (let u = 0; u < 7; u++) {
        const order = c.messages.filter((m) => m.key === `u-${u}`).map((m) => Number(text(m).slice(1)));
        assert.deepEqual(order, [...order].sort((a, b) => a - b), `order of u-${u} kept`);
      }
    } finally {
      await bus.close();
    }
  });

  register("a group resumes after its commit; without a commit it starts at the beginning", async () => {
    const bus = makeBus();
    const topic = uniqueName("bus-commit");
    const group = uniqueName("g");
    try {
      await bus.ensureTopics([{ topic, partitions }]);
      const pub = await bus.publisher();
      await pub.publish(topic, Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, value: `a${i}` })));
      const first = await collect(bus, group, [topic]);
      await eventually(() => (first.messages.length >= 30 ? true : undefined), { what: "first 30" });
      // Commit only partition 0's first half; nothing elsewhere.
      const p0 = first.messages.filter((m) => m.partition === 0);
      const half = Math.floor(p0.length / 2);
      await first.consumer.commit([{ topic, partition: 0, offset: String(half) }]);
      await first.consumer.stop();

      const second = await collect(bus, group, [topic]);
      const expected = 30 - half;
      // One marker per partition, published after: per-partition order means anything
      // re-read beyond `expected` arrives before the markers do.
      await pub.publish(topic, markerKeys(partitions).map((key) => ({ key, value: "marker" })));
      await eventually(
        () => (second.messages.filter((m) => text(m) === "marker").length === partitions ? true : undefined),
        { what: "resume and markers" },
      );
      const reRead = second.messages.filter((m) => text(m) !== "marker");
      assert.equal(reRead.length, expected, "resumed after the commit, re-read the rest");
      assert.equal(
        Math.min(...reRead.filter((m) => m.partition === 0).map((m) => Number(m.offset)), 1e9),
        p0.length > half ? half : 1e9,
      );
      const lag = await bus.lag(group, [topic]);
      assert.equal(lag.length, partitions);
      const l0 = lag.find((l) => l.partition === 0)!;
      assert.equal(l0.committed, String(half));
      assert.equal(l0.lag, p0.length - half + 1, "the unread rest plus the marker");
      await second.consumer.stop();
      await pub.close();
    } finally {
      await bus.close();
    }
  });

  register("two members split partitions co-partitioned; a leaving member's partitions move", async () => {
    const bus = makeBus();
    const a = uniqueName("bus-a");
    const b = uniqueName("bus-b");
    const group = uniqueName("g");
    try {
      await bus.ensureTopics([{ topic: a, partitions }, { topic: b, partitions }]);
      const one = await collect(bus, group, [a, b]);
      await eventually(() => (one.owned.size === partitions ? true : undefined), {
        what: "all to one",
      });
      const two = await collect(bus, group, [a, b]);
      await eventually(
        () => (one.owned.size > 0 && two.owned.size > 0 &&
            one.owned.size + two.owned.size === partitions
          ? true
          : undefined),
        { what: "split", timeoutMs: 60_000 },
      );
      assert.ok(one.revoked.length > 0, "the first member was told what it lost");
      for (const p of one.owned) assert.ok(!two.owned.has(p), "no partition owned twice");

      // Co-partitioned: whoever owns p gets p's messages of both topics.
      const pub = await bus.publisher();
      const keys = Array.from({ length: 40 }, (_, i) => `user-${i}`);
      await pub.publish(a, keys.map((k) => ({ key: k, value: `a:${k}` })));
      await pub.publish(b, keys.map((k) => ({ key: k, value: `b:${k}` })));
      await eventually(() => (one.messages.length + two.messages.length >= 80 ? true : undefined), {
        what: "80",
      });
      for (const c of [one, two]) {
        const usersA = new Set(c.messages.filter((m) => m.topic === a).map((m) => m.key));
        const usersB = new Set(c.messages.filter((m) => m.topic === b).map((m) => m.key));
        assert.deepEqual(
          [...usersA].sort(),
          [...usersB].sort(),
          "a user's messages on both topics reach one member",
        );
      }
      await two.consumer.stop();
      assert.ok(two.revoked.length > 0, "stop() revokes");
      await eventually(() => (one.owned.size === partitions ? true : undefined), {
        what: "all back",
        timeoutMs: 60_000,
      });
      await one.consumer.stop();
      await pub.close();
    } finally {
      await bus.close();
    }
  });

  register("seek moves the read position of an owned partition", async () => {
    const bus = makeBus();
    const topic = uniqueName("bus-seek");
    try {
      await bus.ensureTopics([{ topic, partitions: 1 }]);
      const pub = await bus.publisher();
      await pub.publish(topic, Array.from({ length: 10 }, (_, i) => ({ key: "k", value: `s${i}` })));
      const c = await collect(bus, uniqueName("g"), [topic]);
      await eventually(() => (c.messages.length >= 10 ? true : undefined), { what: "10" });
      c.consumer.seek({ topic, partition: 0, offset: "4" });
      await pub.publish(topic, [{ key: "k", value: "s10" }]); // wakes the consumer
      await eventually(() => (c.messages.length >= 10 + 7 ? true : undefined), {
        what: "re-read from 4",
      });
      assert.deepEqual(c.messages.slice(10).map((m) => Number(m.offset)), [4, 5, 6, 7, 8, 9, 10]);
      // Each batch says where it was read from: the seek's offset, and the first message there.
      assert.ok(c.fetched.some((f) => f.from === "4" && f.first === "4"), JSON.stringify(c.fetched));
      for (const f of c.fetched) assert.equal(f.first, f.from, "a log without holes starts where it is read");
      await c.consumer.stop();
      await pub.close();
    } finally {
      await bus.close();
    }
  });

  register(
    "a handler that takes part of a batch gets the rest again; pause holds partitions in the group",
    async () => {
      const bus = makeBus();
      const topic = uniqueName("bus-pause");
      try {
        await bus.ensureTopics([{ topic, partitions: 2 }]);
        const [k0, k1] = markerKeys(2);
        const pub = await bus.publisher();
        await pub.publish(topic, Array.from({ length: 10 }, (_, i) => ({ key: k0, value: `m${i}` })));
        const seen: BusMessage[] = [];
        const revoked: number[][] = [];
        let declined = false;
        const consumer = await bus.consumer({ groupId: uniqueName("g"), topics: [topic] });
        await consumer.run({
          onRevoked: (ps) => Promise.resolve(void revoked.push(ps)),
          eachBatch: (b) => {
            if (b.partition === 0 && !declined && b.messages.length > 3) {
              declined = true; // take only the first three: the rest must come again
              seen.push(...b.messages.slice(0, 3));
              return Promise.resolve({ consumed: 3 });
            }
            seen.push(...b.messages);
            return Promise.resolve();
          },
        });
        await eventually(() => (seen.length >= 10 ? true : undefined), { what: "10 messages" });
        assert.deepEqual(
          seen.map(text),
          Array.from({ length: 10 }, (_, i) => `m${i}`),
          "each once, in order",
        );

        consumer.pause([0]);
        await pub.publish(topic, [{ key: k0, value: "held" }]);
        await pub.publish(topic, [{ key: k1, value: "other" }]);
        await eventually(() => (seen.some((m) => text(m) === "other") ? true : undefined), {
          what: "the unpaused partition's message",
        });
        assert.ok(!seen.some((m) => text(m) === "held"), "a paused partition delivers nothing");
        consumer.resume([0]);
        await eventually(() => (seen.some((m) => text(m) === "held") ? true : undefined), {
          what: "the held message after resume",
        });
        assert.deepEqual(revoked, [], "pausing kept the partitions");
        await consumer.stop();
        await pub.close();
      } finally {
        await bus.close();
      }
    },
  );
}
