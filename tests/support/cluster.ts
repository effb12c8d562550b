/**
 * A loopback Kafka + Elasticsearch cluster of a test's (or a benchmark's) own:
 * `scripts/services.sh start --kafka-brokers=N --es-nodes=M` under a temporary
 * `SHOPSTREAM_SERVICES_DIR`, on ports that clash with neither the shared single-node
 * services (9092/9093, 9200/9300, the secured 9192/9193 and 9210/9310) nor CI's
 * alternates (2x092…): a slot of 100 ports from 31000 up (below Linux's ephemeral range),
 * the next slot when another run holds one. Nodes are killed one by one with SIGKILL,
 * read from the state dir's pid files; `stop()` stops the rest and removes the state.
 *
 * The downloads are reused, never fetched and never modified: Kafka's jars are linked,
 * and Elasticsearch's home is hard-linked file by file with its `config/` and `plugins/`
 * copied, so that services.sh never rebuilds the analysis plugin in a shared cache (it
 * would, in a git worktree whose plugin source is newer than that cache's jar).
 *
 * @module
 */
import { Kafka, logLevel } from "../../src/bus/kafkajs.ts";
import { portFree, servicesCache } from "./local_services.ts";

const SCRIPT = new URL("../../scripts/services.sh", import.meta.url).pathname;
const ES_DIR = "elasticsearch-8.14.1";

/** A running cluster of our own. Node numbers are 1-based, as in services.sh. */
export interface LoopbackCluster {
  /** Its `SHOPSTREAM_SERVICES_DIR`. */
  dir: string;
  /** `127.0.0.1:port` of every broker, node 1 first. */
  kafkaBrokers: string[];
  /** `http://127.0.0.1:port` of every Elasticsearch node, node 1 first. */
  elasticsearchUrls: string[];
  /** `KAFKA_BOOTSTRAP_SERVERS` and `ELASTICSEARCH_HOST` naming every node. */
  env(): { KAFKA_BOOTSTRAP_SERVERS: string; ELASTICSEARCH_HOST: string };
  /** The broker that coordinates `group` (leads its `__consumer_offsets` partition). */
  kafkaCoordinator(group: string): Promise<number>;
  /** The elected Elasticsearch master. */
  elasticsearchMaster(): Promise<number>;
  /** SIGKILL broker n's JVM and wait until it is gone. */
  killKafkaBroker(n: number): Promise<void>;
  /** SIGKILL node n's server JVM (its launcher follows) and wait until it is gone. */
  killElasticsearchNode(n: number): Promise<void>;
  /** Stops every node still running and removes the state. */
  stop(): Promise<void>;
}

/** Where the fetched jars, the unzipped ES and its plugin live (see servicesCache). */
function clusterCache(): Promise<string | undefined> {
  return servicesCache([
    "kafka-libs/.complete",
    `${ES_DIR}/.complete`,
    `${ES_DIR}/plugins/shopstream-analysis/shopstream-analysis.jar`,
  ]);
}

async function run(cmd: string, args: string[], env?: Record<string, string>): Promise<string> {
  const out = await new Deno.Command(cmd, { args, env, stdout: "piped", stderr: "piped" }).output();
  const text = new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr);
  if (!out.success) throw new Error(`${cmd} ${args.join(" ")} failed:\n${text}`);
  return text;
}

/** A private cache: linked Kafka jars, a hard-linked ES home with its own config/ and plugins/. */
async function privateCache(shared: string, dir: string): Promise<void> {
  await Deno.mkdir(`${dir}/cache`);
  await Deno.symlink(`${shared}/kafka-libs`, `${dir}/cache/kafka-libs`);
  const es = `${dir}/cache/${ES_DIR}`;
  await run("cp", ["-al", `${shared}/${ES_DIR}`, es]).catch(() =>
    run("cp", ["-r", `${shared}/${ES_DIR}`, es])
  );
  for (const sub of ["config", "plugins"]) {
    await Deno.remove(`${es}/${sub}`, { recursive: true });
    await run("cp", ["-r", `${shared}/${ES_DIR}/${sub}`, `${es}/${sub}`]);
  }
}

async function alive(pid: number): Promise<boolean> {
  try {
    await Deno.stat(`/proc/${pid}`);
    return true;
  } catch {
    return false;
  }
}

/** SIGKILLs every process a cluster dir's pid files name and removes the dir (at exit: synchronous). */
function killAllSync(dir: string): void {
  try {
    for (const f of Deno.readDirSync(dir)) {
      if (!f.name.endsWith(".pid")) continue;
      const pid = Number(Deno.readTextFileSync(`${dir}/${f.name}`).trim());
      if (!Number.isInteger(pid) || pid <= 1) continue;
      try {
        Deno.kill(pid, "SIGKILL");
      } catch { /* already gone */ }
    }
    Deno.removeSync(dir, { recursive: true });
  } catch { /* nothing left to clean */ }
}

async function killPidFile(file: string): Promise<void> {
  const pid = Number((await Deno.readTextFile(file)).trim());
  if (!Number.isInteger(pid) || pid <= 1) throw new Error(`no pid in ${file}`);
  try {
    Deno.kill(pid, "SIGKILL");
  } catch { /* already gone */ }
  const deadline = Date.now() + 30_000;
  while (await alive(pid)) {
    if (Date.now() > deadline) throw new Error(`pid ${pid} (${file}) still alive 30 s after SIGKILL`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Java's `String.hashCode`, which places a group on a `__consumer_offsets` partition. */
function javaHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * Starts `kafkaBrokers` KRaft brokers and `esNodes` Elasticsearch nodes (both ≥ 1) and
 * waits until they are all up (services.sh's own checks: every broker sees all brokers,
 * the ES cluster is yellow with every node).
 */
export async function startCluster(
  o: { kafkaBrokers: number; esNodes: number; log?: (line: string) => void },
): Promise<LoopbackCluster> {
  const shared = await clusterCache();
  if (!shared) {
    throw new Error(
      "no fetched Kafka + Elasticsearch found: run `deno task services fetch` (or set SHOPSTREAM_SERVICES_DIR)",
    );
  }
  let lastError: unknown;
  for (let base = 31000; base < 32000; base += 100) {
    const kafkaPorts = Array.from({ length: o.kafkaBrokers }, (_, i) => base + 2 * i);
    const ports = [
      ...kafkaPorts.flatMap((p) => [p, p + 1]),
      ...Array.from({ length: o.esNodes }, (_, i) => [base + 20 + i, base + 40 + i]).flat(),
    ];
    if (!ports.every(portFree)) continue;
    const dir = await Deno.makeTempDir({ prefix: "shopstream-cluster-" });
    // Elasticsearch runs as an unprivileged user when we are root: it must reach its dirs.
    await Deno.chmod(dir, 0o755);
    await privateCache(shared, dir);
    const env = {
      SHOPSTREAM_SERVICES_DIR: dir,
      KAFKA_PORT: String(base),
      KAFKA_CONTROLLER_PORT: String(base + 1),
      ES_PORT: String(base + 20),
      ES_TRANSPORT_PORT: String(base + 40),
    };
    const script = (...args: string[]) => run("bash", [SCRIPT, ...args], env);
    // If the process exits before stop() (a test that timed out), its JVMs go with it.
    const onExit = () => killAllSync(dir);
    globalThis.addEventListener("unload", onExit);
    const stop = async () => {
      globalThis.removeEventListener("unload", onExit);
      await script("stop").catch(() => {});
      await Deno.remove(dir, { recursive: true }).catch(() => {});
    };
    const t0 = performance.now();
    try {
      await script("start", `--kafka-brokers=${o.kafkaBrokers}`, `--es-nodes=${o.esNodes}`);
    } catch (e) {
      lastError = e;
      await stop();
      continue;
    }
    o.log?.(
      `cluster of ${o.kafkaBrokers} brokers + ${o.esNodes} ES nodes up on ${base}… in ` +
        `${((performance.now() - t0) / 1000).toFixed(1)} s (${dir})`,
    );
    const kafkaBrokers = kafkaPorts.map((p) => `127.0.0.1:${p}`);
    const elasticsearchUrls = Array.from(
      { length: o.esNodes },
      (_, i) => `http://127.0.0.1:${base + 20 + i}`,
    );
    const suffix = (n: number) => (n === 1 ? "" : `-${n}`);
    return {
      dir,
      kafkaBrokers,
      elasticsearchUrls,
      env: () => ({
        KAFKA_BOOTSTRAP_SERVERS: kafkaBrokers.join(","),
        ELASTICSEARCH_HOST: elasticsearchUrls.join(","),
      }),
      async kafkaCoordinator(group: string) {
        const admin = new Kafka({ brokers: kafkaBrokers, logLevel: logLevel.NOTHING }).admin();
        await admin.connect();
        try {
          const meta = await admin.fetchTopicMetadata({ topics: ["__consumer_offsets"] });
          const partitions = meta.topics[0].partitions;
          const p = (javaHash(group) & 0x7fffffff) % partitions.length;
          return partitions.find((x) => x.partitionId === p)!.leader;
        } finally {
          await admin.disconnect();
        }
      },
      async elasticsearchMaster() {
        for (const url of elasticsearchUrls) {
          try {
            const res = await fetch(`${url}/_cat/master?format=json`);
            const [{ node }] = await res.json() as { node: string }[];
            const n = Number(/^shopstream-(\d+)$/.exec(node)?.[1]);
            if (n) return n;
          } catch { /* try the next node */ }
        }
        throw new Error("no Elasticsearch node names a master");
      },
      killKafkaBroker: (n) => killPidFile(`${dir}/kafka${suffix(n)}.pid`),
      killElasticsearchNode: (n) => killPidFile(`${dir}/elasticsearch${suffix(n)}.pid`),
      stop,
    };
  }
  throw new Error(`no loopback cluster could start: ${lastError ?? "no free port slot in 31000–31999"}`);
}
