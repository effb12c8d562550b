/**
 * The roles `main.ts` runs, as a table: each role names the adapters it needs and gets
 * them opened (and closed afterwards), non-optional in its types. Adapters are built
 * only for the role that runs, and only the picked adapter's module is loaded.
 *
 * | role        | needs         | runs                                              |
 * | ----------- | ------------- | ------------------------------------------------- |
 * | `seed`      | store         | `runSeed`: index `--count` products               |
 * | `generator` | bus           | `runGenerator`: publish the clickstream           |
 * | `processor` | bus, store    | `runProcessor`: events → analytics, checkpointed  |
 * | `api`       | store (+ bus) | `runApi`: HTTP API and dashboard                  |
 * | `all`       | bus, store    | `runAll`: the four above in one process           |
 *
 * @module
 */
import type { Config, Role } from "../domain/config.ts";
import { type Bus, createBus } from "../bus/mod.ts";
import { createStore, type Store } from "../store/mod.ts";
import { Registry } from "../observability/metrics.ts";
import { describeBackends, type Log, type RoleBase } from "./context.ts";
import type { ListenAddress } from "./api.ts";
import { runSeed } from "./seed.ts";
import { runGenerator } from "./generator.ts";
import { runProcessor } from "./processor.ts";
import { runApi } from "./api.ts";
import { runAll } from "./all.ts";

/** The adapters a role can ask for. */
type Port = "bus" | "store";
type Opened<P extends Port> = { [K in P]: K extends "bus" ? Bus : Store };

/** What `runRole` passes every role besides its adapters. */
export interface RoleEnv extends RoleBase {
  version: string;
  onListen?: (addr: ListenAddress) => void;
}

interface RoleEntry<P extends Port, O extends Port> {
  /** Opened before the role runs; a role other than `all` needs the real engine behind each. */
  needs: readonly P[];
  /** Opened only when its real engine is configured (e.g. the API pings Kafka). */
  uses?: readonly O[];
  /** Runs on the embedded stand-ins (only roles sharing one process can). */
  embedded: boolean;
  run(deps: RoleEnv & Opened<P> & Partial<Opened<O>>): Promise<void>;
}

const entry = <P extends Port, O extends Port = never>(e: RoleEntry<P, O>) => e;

/** Every role: what it needs and what it runs. */
export const ROLE_TABLE = {
  seed: entry({ needs: ["store"], embedded: false, run: runSeed }),
  generator: entry({ needs: ["bus"], embedded: false, run: runGenerator }),
  processor: entry({ needs: ["bus", "store"], embedded: false, run: runProcessor }),
  api: entry({ needs: ["store"], uses: ["bus"], embedded: false, run: runApi }),
  all: entry({ needs: ["bus", "store"], embedded: true, run: runAll }),
} satisfies Record<Role, unknown>;

const configured = (config: Config, port: Port) =>
  port === "bus" ? config.kafkaBootstrapServers !== undefined : config.elasticsearchHost !== undefined;

/** Why a role cannot run on what is configured, or undefined when it can. */
export function backendProblem(config: Config): string | undefined {
  const role: RoleEntry<Port, Port> = ROLE_TABLE[config.role];
  if (role.embedded) return undefined;
  if (role.needs.includes("bus") && !configured(config, "bus")) {
    return `--role=${config.role} needs Kafka: set KAFKA_BOOTSTRAP_SERVERS or --kafka=host:port. ` +
      `The embedded log only connects roles inside one process; use --role=all for the embedded demo.`;
  }
  if (role.needs.includes("store") && !configured(config, "store")) {
    return `--role=${config.role} needs Elasticsearch: set ELASTICSEARCH_HOST or --elasticsearch=http://host:9200. ` +
      `The embedded index lives inside one process; use --role=all for the embedded demo.`;
  }
  return undefined;
}

/** How `runRole` is called: what tests and `main.ts` may set. */
export interface RunRoleOptions {
  version: string;
  /** Aborted to stop the role, besides SIGINT/SIGTERM (tests). */
  signal?: AbortSignal;
  log?: Log;
  /** Called with the bound API address once it listens (tests use port 0). */
  onListen?: (addr: ListenAddress) => void;
}

/** How long a signalled role may take to stop gracefully before it exits anyway. */
export const SHUTDOWN_GRACE_MS = 20_000;

const defaultLog: Log = (line) => console.error(`${new Date().toISOString()} ${line}`);

/** Runs the configured role until it finishes or is signalled; resolves with an exit code. */
export async function runRole(config: Config, options: RunRoleOptions): Promise<number> {
  const log = options.log ?? defaultLog;
  const problem = backendProblem(config);
  if (problem) {
    log(`error: ${problem}`);
    return 2;
  }
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  // A graceful stop (final flush and checkpoint, leaving the group) is bounded: a cluster
  // that stopped answering must not keep the process alive. Exiting without it is a crash,
  // which the checkpoints make safe. A second signal exits at once.
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  const onSignal = () => {
    if (stop.signal.aborted) {
      log(`[${config.role}] second signal: exiting now`);
      Deno.exit(130);
    }
    stop.abort();
    const timer = setTimeout(() => {
      log(`[${config.role}] graceful stop took over ${SHUTDOWN_GRACE_MS / 1000} s: exiting now`);
      Deno.exit(1);
    }, SHUTDOWN_GRACE_MS);
    Deno.unrefTimer(timer);
    watchdog = timer;
  };
  const signals: Deno.Signal[] = ["SIGINT", "SIGTERM"];
  for (const s of signals) Deno.addSignalListener(s, onSignal);

  const backends = describeBackends(config);
  log(`[${config.role}] bus=${backends.bus} store=${backends.store}`);
  const role: RoleEntry<Port, Port> = ROLE_TABLE[config.role];
  const wanted = [...role.needs, ...(role.uses ?? []).filter((p) => configured(config, p))];
  const opened: Partial<Opened<Port>> = {};
  try {
    if (wanted.includes("bus")) opened.bus = await openBus(config);
    if (wanted.includes("store")) opened.store = await openStore(config);
    await role.run({
      config,
      metrics: new Registry(),
      log,
      signal,
      version: options.version,
      onListen: options.onListen,
      ...opened as Opened<Port>,
    });
    return 0;
  } finally {
    clearTimeout(watchdog);
    for (const s of signals) Deno.removeSignalListener(s, onSignal);
    await opened.bus?.close().catch(() => {});
    await opened.store?.close().catch(() => {});
  }
}

function openBus(config: Config): Promise<Bus> {
  return createBus({
    kafkaBrokers: config.kafkaBootstrapServers?.split(","),
    dataDir: `${config.dataDir}/bus`,
    clientId: `shopstream-${config.role}`,
    replicationFactor: config.replicationFactor,
    kafkaSecurity: {
      ssl: config.kafkaSsl,
      caCertPath: config.kafkaSslCaCert,
      sasl: config.kafkaSaslUsername && config.kafkaSaslPassword
        ? {
          mechanism: config.kafkaSaslMechanism ?? "scram-sha-512",
          username: config.kafkaSaslUsername,
          password: config.kafkaSaslPassword,
        }
        : undefined,
    },
  });
}

function openStore(config: Config): Promise<Store> {
  return createStore({
    elasticsearchHost: config.elasticsearchHost,
    indexPrefix: config.indexPrefix,
    dataDir: `${config.dataDir}/store`,
    indexReplicas: config.indexReplicas,
    elasticsearchAuth: {
      apiKey: config.elasticsearchApiKey,
      username: config.elasticsearchUsername,
      password: config.elasticsearchPassword,
    },
    elasticsearchCaCert: config.elasticsearchCaCert,
  });
}
