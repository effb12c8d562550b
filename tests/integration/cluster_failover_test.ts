/**
 * Failover (issue 15.2): on a loopback cluster of its own — 3 KRaft brokers, topics with
 * replication factor 3 and min.insync.replicas=2, 3 Elasticsearch nodes, indices with one
 * replica — a real generator subprocess publishes N events while 3 processors share the
 * group, and mid-stream one broker and one Elasticsearch node die with SIGKILL. The
 * generator still finishes, the log holds all N distinct events (a batch the producer
 * resent after a leader change is counted by the processor as a duplicate, once), the
 * group's checkpoints count each event exactly once, and the analytics equal, document
 * by document, a straight run of one processor over the same log.
 *
 * The faults are placed by construction: once half the events are on the log the
 * generator is frozen (SIGSTOP), and once a third are checkpointed the broker that
 * coordinates the processors' group and the elected Elasticsearch master are killed;
 * then the generator is thawed (SIGCONT) and publishes the other half into the degraded
 * cluster. Every other step waits for a state (events on the log, checkpoints, exits).
 */
import assert from "node:assert/strict";
import { ES_CLIENT_TIMER, integrationTest, uniqueName } from "../support/services.ts";
import { type AppProcess, eventually, startApp } from "../support/app_process.ts";
import { startCluster } from "../support/cluster.ts";
import { analyticsSnapshot, startProcessor, waitForProcessed } from "../support/pipeline.ts";
import { endOffsetTotal } from "./generator_support.ts";
import { Kafka, logLevel } from "../../src/bus/kafkajs.ts";
import { inputTopics, topicNames } from "../../src/domain/event.ts";
import { createStore } from "../../src/store/mod.ts";
import { createBus } from "../../src/bus/mod.ts";
import type { Store } from "../../src/store/port.ts";
import { generateCatalog } from "../../src/catalog/generate.ts";
import { INDICES, PROGRESS_SPAN } from "../../src/store/port.ts";
import { Client } from "@elastic/elasticsearch";

const N = 24_000;
const RATE = 1_500;
const PRODUCTS = 500;
const SEED = 20261125;
const PARTITIONS = 6;
/**
 * Every deadline here only tells a hang from slowness: each step waits for a state. Alone
 * on a 2-core box the whole test took 186 s; beside a second CI run, ~1.9× that, and the
 * 360 s it once had ran out in the straight run.
 */
const STEP_MS = 300_000;
const TEST_MS = 900_000;

/**
 * Where two runs' analytics documents differ, document by document (id, and what each
 * holds with the partition, owner and progress it came from): printed when the runs
 * disagree, to tell a lost write from a stale one.
 */
async function documentDiff(host: string, a: string, b: string): Promise<string> {
  const es = new Client({ nodes: host.split(",") });
  const out: string[] = [];
  try {
    for (const base of [INDICES.funnels, INDICES.queries, INDICES.trends, INDICES.signals]) {
      const read = async (prefix: string) => {
        await es.indices.refresh({ index: prefix + base, ignore_unavailable: true });
        const docs = new Map<string, string>();
        const r = await es.search<Record<string, unknown>>({
          index: prefix + base,
          size: 10_000,
          version: true,
          query: { match_all: {} },
          ignore_unavailable: true,
        });
        for (const h of r.hits.hits) docs.set(h._id!, JSON.stringify({ ...h._source, _version: h._version }));
        return docs;
      };
      const [x, y] = [await read(a), await read(b)];
      const strip = (s?: string) => s?.replace(/,?"(partition|owner|progress|_version)":\d+/g, "");
      // A document of zeros (a bucket emptied before it was ever written elsewhere) is as
      // good as none: flush timing decides whether it exists, the API's sums do not change.
      const empty = (s?: string) =>
        !s || !/"(viewed|carted|purchased|views|carts|purchases|searches|count)":[1-9]/.test(s);
      for (const id of new Set([...x.keys(), ...y.keys()])) {
        if (strip(x.get(id)) === strip(y.get(id))) continue;
        if (empty(x.get(id)) && empty(y.get(id))) continue;
        // A document the search did not return: does a realtime GET by id find it?
        const direct = x.has(id) ? "" : await es.get({ index: a + base, id }).then(
          (g) =>
            `\n  failover GET: found, version ${g._version}, seq_no ${g._seq_no}: ${
              JSON.stringify(g._source)
            }`,
          (e) => `\n  failover GET: ${(e as { meta?: { statusCode?: number } }).meta?.statusCode ?? e}`,
        );
        // Who deleted it: an external_gte write at version 1 is refused with the tombstone's
        // version (owner × PROGRESS_SPAN + progress), or goes through when no tombstone is left.
        const tombstone = x.has(id) ? "" : await es.index({
          index: a + base,
          id,
          document: {},
          version: 1,
          version_type: "external_gte",
        }).then(
          () => "\n  tombstone: none",
          (e) => {
            const m = /current version \[(\d+)\]/.exec(String((e as Error).message));
            const v = m ? Number(m[1]) : NaN;
            return `\n  tombstone: version ${v} = owner ${Math.floor(v / PROGRESS_SPAN)}, progress ${
              v % PROGRESS_SPAN
            }`;
          },
        );
        out.push(
          `${base} ${id}\n  failover: ${x.get(id) ?? "(missing)"}${direct}${tombstone}\n  straight: ${
            y.get(id) ?? "(missing)"
          }`,
        );
      }
    }
  } finally {
    await es.close();
  }
  return out.length
    ? `${out.length} documents differ:\n${out.slice(0, 30).join("\n")}`
    : "no document differs";
}

/** Checkpointed messages (valid, late and dead-lettered) of a group. */
async function checkpointed(store: Store, group: string): Promise<number> {
  const t = await store.analytics.totals(group);
  return Object.values(t.events).reduce((a, b) => a + b, 0) + t.dead_letters + t.late_events;
}

/** What a processor went through: its own lines after the start, and how often kafkajs complained of what. */
function notable(log: string): string {
  const lines = log.split("\n");
  // Repeats of one message (a retry every flush) collapse into one line with a count.
  const own: string[] = [];
  let last = "";
  let repeats = 0;
  for (const l of lines.filter((l) => /\[processor\]/.test(l) && !/bus=|running/.test(l))) {
    const message = l.replace(/^\S+Z /, "");
    if (message === last) {
      repeats++;
      continue;
    }
    if (repeats) own.push(`  … ${repeats} more like it until ${l.slice(0, 24)}`);
    own.push(l);
    last = message;
    repeats = 0;
  }
  if (repeats) own.push(`  … ${repeats} more like it`);
  const complaints = new Map<string, number>();
  for (const l of lines.filter((l) => l.startsWith("kafkajs"))) {
    const kind = l.replace(/\d+\.\d+\.\d+\.\d+:\d+/g, "<broker>");
    complaints.set(kind, (complaints.get(kind) ?? 0) + 1);
  }
  const generator = lines.filter((l) => /\[generator\]/.test(l));
  return [...generator, ...own, ...[...complaints].map(([kind, n]) => `${n} × ${kind}`)].join("\n");
}

/**
 * Event id by position (`topic/partition/offset`) of every message on the topics: a group
 * consumer may be handed a partition twice while its group settles on a degraded cluster,
 * and keying by position makes a second delivery harmless.
 */
async function readLog(brokers: string[], topics: string[], count: number): Promise<Map<string, string>> {
  const kafka = new Kafka({ brokers, logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `reader-${crypto.randomUUID()}`, maxWaitTimeInMs: 200 });
  const byPosition = new Map<string, string>();
  await consumer.connect();
  try {
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      eachMessage: ({ topic, partition, message }) => {
        const { event_id } = JSON.parse(message.value!.toString()) as { event_id: string };
        byPosition.set(`${topic}/${partition}/${message.offset}`, event_id);
        return Promise.resolve();
      },
    });
    await eventually(() => (byPosition.size >= count ? true : undefined), {
      timeoutMs: 60_000,
      what: `all ${count} messages read back`,
    });
  } finally {
    await consumer.disconnect();
  }
  return byPosition;
}

integrationTest(
  "a broker and an Elasticsearch node killed mid-stream: the generator finishes, each event counts once, the analytics equal a straight run",
  ["kafka", "elasticsearch"],
  async () => {
    const t0 = performance.now();
    const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
    const cluster = await startCluster({ kafkaBrokers: 3, esNodes: 3, log: console.log });
    const env = { ...cluster.env() };
    const topicPrefix = `${uniqueName("failover")}.`;
    const topics = inputTopics(topicNames(topicPrefix));
    const stores: Store[] = [];
    const processes: AppProcess[] = [];
    /** A fresh index prefix with the generator's catalog in it (one replica, like every index here). */
    const prepared = async (name: string) => {
      const indexPrefix = `${uniqueName(name)}-`;
      const store = await createStore({
        elasticsearchHost: env.ELASTICSEARCH_HOST,
        indexPrefix,
        indexReplicas: 1,
      });
      stores.push(store);
      await store.catalog.ensureIndex({ recreate: true });
      await store.catalog.index(generateCatalog({ count: PRODUCTS, seed: SEED }));
      await store.catalog.refresh();
      return { store, indexPrefix, group: `${indexPrefix}group` };
    };
    const processor = async (o: { indexPrefix: string; group: string }) => {
      const p = await startProcessor([
        "--role=processor",
        "--port=0",
        `--topic-prefix=${topicPrefix}`,
        `--index-prefix=${o.indexPrefix}`,
        `--group=${o.group}`,
        `--partitions=${PARTITIONS}`,
        "--replication-factor=3",
        "--index-replicas=1",
        "--checkpoint-interval=1",
      ], env);
      processes.push(p);
      return p;
    };
    let group = "";
    try {
      // ---- the failover run: 3 processors, the generator, two nodes killed mid-stream ----
      const failover = await prepared("failover");
      const { store, indexPrefix } = failover;
      group = failover.group;
      const trio = await Promise.all([1, 2, 3].map(() => processor({ indexPrefix, group })));
      const generator = await startApp([
        "--role=generator",
        `--events=${N}`,
        `--rate=${RATE}`,
        `--topic-prefix=${topicPrefix}`,
        `--count=${PRODUCTS}`,
        `--seed=${SEED}`,
        "--run=1",
        `--partitions=${PARTITIONS}`,
        "--replication-factor=3",
      ], { env: { ...env, ELASTICSEARCH_HOST: "" }, readyPattern: /\[generator\] run \d+/ });
      processes.push(generator);

      await eventually(
        async () => ((await endOffsetTotal(cluster.kafkaBrokers, topics)) >= N / 2 ? true : undefined),
        { timeoutMs: STEP_MS, intervalMs: 100, what: `${N / 2} events on the log` },
      );
      generator.child.kill("SIGSTOP");
      await eventually(async () => ((await checkpointed(store, group)) >= N / 3 ? true : undefined), {
        timeoutMs: STEP_MS,
        intervalMs: 100,
        what: `${N / 3} events checkpointed`,
      });
      const broker = await cluster.kafkaCoordinator(group);
      const node = await cluster.elasticsearchMaster();
      await Promise.all([cluster.killKafkaBroker(broker), cluster.killElasticsearchNode(node)]);
      const atKill = await checkpointed(store, group);
      console.log(
        `[${elapsed()}] killed broker ${broker} (the group's coordinator) and ES node ${node} (the master) ` +
          `with ${atKill}/${N} events checkpointed`,
      );
      assert.ok(atKill < N, "the faults land mid-stream");
      generator.child.kill("SIGCONT");

      assert.equal(await generator.exited(), 0, generator.log());
      assert.match(generator.log(), new RegExp(`done: ${N} events`));
      console.log(`[${elapsed()}] the generator finished`);
      const totals = await waitForProcessed(store, group, N, STEP_MS);
      console.log(`[${elapsed()}] all ${N} events checkpointed by the trio`);
      for (const p of trio) assert.equal(await p.stop(), 0, p.log());
      for (const [i, p] of trio.entries()) console.log(`--- processor ${i + 1}\n${notable(p.log())}`);
      for (const p of trio) assert.match(p.log(), /partition \d+: /, "each processor owned partitions");

      // What is on the log (the end offsets count it exactly, the read gives the ids), and
      // what the trio's checkpoints counted.
      const onLog = await endOffsetTotal(cluster.kafkaBrokers, topics);
      const ids = new Set((await readLog(cluster.kafkaBrokers, topics, onLog)).values());
      const counted = Object.values(totals.events).reduce((a, b) => a + b, 0) + totals.late_events +
        totals.dead_letters;
      const duplicates = totals.duplicates ?? 0;
      console.log(
        `on the log: ${onLog} messages, ${ids.size} distinct events; checkpoints count ${counted}, ` +
          `${duplicates} resent copies`,
      );
      assert.equal(ids.size, N, "every generated event reached the log");
      assert.equal(counted, N, "the checkpoints count each generated event exactly once");
      // kafkajs' idempotent producer may resend a batch after a leader change; the
      // processor counts such a copy (same event id, same topic) as a duplicate, once.
      assert.equal(counted + duplicates, onLog, "every message on the log is accounted for, once");
      const afterFailover = await analyticsSnapshot(store, group);

      // ---- the straight run: one processor, same log, same (now degraded) cluster, no faults ----
      const straight = await prepared("straight");
      const one = await processor(straight);
      await waitForProcessed(straight.store, straight.group, N, STEP_MS);
      assert.equal(await one.stop(), 0, one.log());
      const reference = await analyticsSnapshot(straight.store, straight.group);
      console.log(`[${elapsed()}] straight run done`);

      assert.ok(reference.trending.length > 0 && reference.funnelsTop.length > 0, "the run has analytics");
      assert.equal(afterFailover.totals.dead_letters, reference.totals.dead_letters);
      try {
        assert.deepEqual(afterFailover, reference);
      } catch (e) {
        console.log(await documentDiff(env.ELASTICSEARCH_HOST, indexPrefix, straight.indexPrefix));
        throw e;
      }
    } catch (e) {
      // What each process went through, and where the group stands, to tell which side failed.
      for (const [i, p] of processes.entries()) console.log(`--- process ${i + 1}\n${notable(p.log())}`);
      const bus = await createBus({ kafkaBrokers: cluster.kafkaBrokers });
      const lag = await bus.lag(group, topics).catch((err) => `lag unavailable: ${err}`);
      await bus.close().catch(() => {});
      console.log(`lag of ${group}: ${JSON.stringify(lag)}`);
      // Per partition: what its checkpoint accounts for, against what the log holds.
      if (Array.isArray(lag) && stores[0]) {
        const checkpoints = await stores[0].checkpoints.list(group).catch(() => []);
        for (const c of checkpoints) {
          const k = c.counters;
          const counted = Object.values(k.events).reduce((a, b) => a + b, 0);
          const onLog = lag.filter((l) => l.partition === c.partition).reduce((a, l) => a + Number(l.end), 0);
          console.log(
            `partition ${c.partition}: log ${onLog}; checkpoint at ${JSON.stringify(c.offsets)} counts ` +
              `${counted} events + ${k.late_events} late + ${k.dead_letters} dead + ${
                k.duplicates ?? 0
              } duplicates ` +
              `= ${counted + k.late_events + k.dead_letters + (k.duplicates ?? 0)}`,
          );
        }
      }
      throw e;
    } finally {
      for (const p of processes) {
        try {
          p.child.kill("SIGCONT");
        } catch { /* already gone */ }
        await p.stop("SIGKILL").catch(() => {});
      }
      for (const s of stores) await s.close().catch(() => {});
      await cluster.stop();
      console.log(`[${elapsed()}] cluster stopped`);
    }
  },
  { timeoutMs: TEST_MS, sanitizers: ES_CLIENT_TIMER },
);
