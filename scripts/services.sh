#!/usr/bin/env bash
# Real Kafka and Elasticsearch on 127.0.0.1, without Docker, from Maven Central.
#
#   bash scripts/services.sh start|stop|status|fetch|reset|logs [kafka|elasticsearch] [options]
#   (also: deno task services start)
#
#   --kafka-brokers=N  (KAFKA_BROKERS, default 1)  N KRaft brokers, each broker+controller, N voters
#   --es-nodes=N       (ES_NODES, default 1)       an N-node Elasticsearch cluster
#                      (a plain start reuses the last start's counts; changing them needs `reset`)
#   --secure           (SHOPSTREAM_SECURE=1)       also a secured ES (TLS + password) and a
#                                                  SASL_SSL (SCRAM-SHA-512) Kafka broker; their
#                                                  CA, URLs and credentials go to $DIR/secure.env
#
# Kafka 3.9.1 (org.apache.kafka:kafka_2.13) runs as KRaft broker+controller node(s).
# Elasticsearch 8.14.1 is Elastic's own server distribution from Maven Central
# (org.elasticsearch.distribution.integ-test-zip), plus services/es-analysis: a small
# plugin exposing Lucene's edge_ngram / synonym_graph / asciifolding / porter_stem
# under the standard names (that distribution lacks the analysis-common module).
#
# State lives under .services/ (git-ignored; override with SHOPSTREAM_SERVICES_DIR):
#   cache/                 fetched jars, the unzipped ES, the built plugin (kept by `reset`)
#   kafka/{data,logs}      node 1: kafka/server.properties, kafka/log4j.properties
#   kafka-N/               broker N of a cluster (N ≥ 2), kafka-N.pid
#   elasticsearch/{data,logs}, elasticsearch-N/ (node N ≥ 2), elasticsearch-N{,-launcher}.pid
#   kafka.pid              the broker JVM
#   elasticsearch.pid      the ES server JVM; elasticsearch-launcher.pid: its CLI launcher JVM
#   topology.env           how many brokers/nodes the last `start` ran (stop/status/logs read it)
#   secure/                --secure: CA + node certificate, keystores; kafka-secure/, elasticsearch-secure/
#   secure.env             --secure: `export SECURE_…=…` lines for tests (mode 600)
#
# Environment: KAFKA_PORT (9092) KAFKA_CONTROLLER_PORT (9093)  broker N: +2(N-1) on both
#              ES_PORT (9200) ES_TRANSPORT_PORT (9300)         node N: +(N-1) on both
#              KAFKA_SECURE_PORT (9192) KAFKA_SECURE_CONTROLLER_PORT (9193)
#              ES_SECURE_PORT (9210) ES_SECURE_TRANSPORT_PORT (9310)
#              KAFKA_HEAP (512m; 256m per broker in a cluster and for the secured broker)
#              ES_HEAP (1g; 512m per node in a cluster and for the secured node)
#              SHOPSTREAM_SERVICES_WAIT (120 s per service)
#              SHOPSTREAM_VERBOSE=1 (full Maven output) SHOPSTREAM_ES_USER (shopstream, when root)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIR=${SHOPSTREAM_SERVICES_DIR:-$ROOT/.services}
CACHE=$DIR/cache
KAFKA_LIBS=$CACHE/kafka-libs
ES_ZIP_DIR=$CACHE/es-zip
ES_HOME=$CACHE/elasticsearch-8.14.1
PLUGIN_SRC=$ROOT/services/es-analysis/src/dev/shopstream/analysis/ShopstreamAnalysisPlugin.java
PLUGIN_DESCRIPTOR=$ROOT/services/es-analysis/plugin-descriptor.properties
PLUGIN_DIR=$ES_HOME/plugins/shopstream-analysis
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
KAFKA_SECURE_PORT=${KAFKA_SECURE_PORT:-9192}
KAFKA_SECURE_CONTROLLER_PORT=${KAFKA_SECURE_CONTROLLER_PORT:-9193}
ES_PORT=${ES_PORT:-9200}
ES_TRANSPORT_PORT=${ES_TRANSPORT_PORT:-9300}
ES_SECURE_PORT=${ES_SECURE_PORT:-9210}
ES_SECURE_TRANSPORT_PORT=${ES_SECURE_TRANSPORT_PORT:-9310}
ES_USER=${SHOPSTREAM_ES_USER:-shopstream}
WAIT_SECONDS=${SHOPSTREAM_SERVICES_WAIT:-120}
SECURE_DIR=$DIR/secure
SECURE_ENV=$DIR/secure.env
TOPOLOGY=$DIR/topology.env

log() { printf '%s [services] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() {
  log "error: $*"
  exit 1
}

# ---------------------------------------------------------------- arguments

cmd=${1:-status}
(($# > 0)) && shift
only=""
flag_brokers="" flag_nodes="" flag_secure=""
for arg in "$@"; do
  case "$arg" in
    kafka | elasticsearch) only=$arg ;;
    --kafka-brokers=*) flag_brokers=${arg#*=} ;;
    --es-nodes=*) flag_nodes=${arg#*=} ;;
    --secure) flag_secure=1 ;;
    *) die "unknown argument '$arg' (kafka, elasticsearch, --kafka-brokers=N, --es-nodes=N, --secure)" ;;
  esac
done
# Flags over env over what the last start ran (topology.env) over 1: a plain `start` restarts
# the same topology; another count needs `reset` first (a formatted quorum cannot change size).
last_brokers=1 last_nodes=1 last_secure=0
if [[ -f $TOPOLOGY ]]; then
  last_brokers=$(sed -n 's/^KAFKA_BROKERS=//p' "$TOPOLOGY")
  last_nodes=$(sed -n 's/^ES_NODES=//p' "$TOPOLOGY")
  last_secure=$(sed -n 's/^SECURE=//p' "$TOPOLOGY")
fi
BROKERS=${flag_brokers:-${KAFKA_BROKERS:-${last_brokers:-1}}}
NODES=${flag_nodes:-${ES_NODES:-${last_nodes:-1}}}
if [[ $cmd == start ]]; then
  SECURE=${flag_secure:-${SHOPSTREAM_SECURE:-0}} # --secure is asked for on each start
else
  SECURE=${flag_secure:-${SHOPSTREAM_SECURE:-${last_secure:-0}}}
fi
[[ $BROKERS =~ ^[1-9]$ ]] || die "--kafka-brokers / KAFKA_BROKERS must be 1–9 (got '$BROKERS')"
[[ $NODES =~ ^[1-9]$ ]] || die "--es-nodes / ES_NODES must be 1–9 (got '$NODES')"
[[ $SECURE == 1 ]] || SECURE=0
if ((BROKERS > 1)); then KAFKA_HEAP=${KAFKA_HEAP:-256m}; else KAFKA_HEAP=${KAFKA_HEAP:-512m}; fi
if ((NODES > 1)); then ES_HEAP=${ES_HEAP:-512m}; else ES_HEAP=${ES_HEAP:-1g}; fi
KAFKA_SECURE_HEAP=${KAFKA_SECURE_HEAP:-256m}
ES_SECURE_HEAP=${ES_SECURE_HEAP:-512m}
want() { [[ -z "$only" || "$only" == "$1" ]]; }
java_home() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    echo "$JAVA_HOME"
    return
  fi
  command -v java >/dev/null || die "java not found (Java 17+ is needed: apt-get install openjdk-17-jdk-headless)"
  dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}

# ---------------------------------------------------------------- fetch

mvn_fetch() { # profile outdir
  command -v mvn >/dev/null || die "mvn not found (apt-get install maven)"
  local -a quiet=(-q)
  [[ "${SHOPSTREAM_VERBOSE:-0}" == 1 ]] && quiet=()
  local mlog=$DIR/mvn-$1.log
  mkdir -p "$2"
  if [[ "${SHOPSTREAM_VERBOSE:-0}" == 1 ]]; then
    mvn -B -Dstyle.color=never -f "$ROOT/services/pom.xml" -P"$1" dependency:copy-dependencies \
      -DoutputDirectory="$2" 2>&1 | tee "$mlog" >&2 || {
      die "maven could not fetch profile $1 (log: $mlog)"
    }
  elif ! mvn "${quiet[@]}" -B -Dstyle.color=never -f "$ROOT/services/pom.xml" -P"$1" \
    dependency:copy-dependencies -DoutputDirectory="$2" >"$mlog" 2>&1; then
    tail -n 40 "$mlog" >&2
    die "maven could not fetch profile $1 (log: $mlog)"
  fi
}

# Fetches what the selected services need (`start kafka` must not rebuild the ES plugin).
fetch() {
  mkdir -p "$CACHE"
  local t0=$SECONDS
  if ! want kafka; then
    :
  elif [[ -f $KAFKA_LIBS/.complete ]]; then
    log "Kafka 3.9.1 jars: cached in $KAFKA_LIBS"
  else
    log "fetching Kafka 3.9.1 jars from Maven Central (~56 MB, once) into $KAFKA_LIBS …"
    rm -rf "$KAFKA_LIBS"
    mvn_fetch kafka "$KAFKA_LIBS"
    touch "$KAFKA_LIBS/.complete"
    log "  $(find "$KAFKA_LIBS" -name '*.jar' | wc -l) jars in $((SECONDS - t0)) s"
  fi
  want elasticsearch || return 0
  if [[ -f $ES_HOME/.complete ]]; then
    log "Elasticsearch 8.14.1: cached in $ES_HOME"
  else
    t0=$SECONDS
    log "fetching Elasticsearch 8.14.1 (integ-test-zip) from Maven Central (~88 MB, once) …"
    rm -rf "$ES_ZIP_DIR" "$ES_HOME"
    mvn_fetch elasticsearch "$ES_ZIP_DIR"
    local zip
    zip=$(find "$ES_ZIP_DIR" -name 'elasticsearch-*.zip' | head -n 1)
    [[ -n $zip ]] || die "maven fetched no elasticsearch zip into $ES_ZIP_DIR"
    log "  unzipping $(basename "$zip") into $CACHE"
    command -v unzip >/dev/null || die "unzip not found (apt-get install unzip)"
    (cd "$CACHE" && unzip -q "$zip")
    [[ -x $ES_HOME/bin/elasticsearch ]] || die "$zip did not unzip to $ES_HOME"
    touch "$ES_HOME/.complete"
    log "  done in $((SECONDS - t0)) s"
  fi
  build_plugin
}

build_plugin() {
  local jar=$PLUGIN_DIR/shopstream-analysis.jar
  if [[ -f $jar && $jar -nt $PLUGIN_SRC && $PLUGIN_DIR/plugin-descriptor.properties -nt $PLUGIN_DESCRIPTOR ]]; then
    log "shopstream-analysis ES plugin: up to date"
    return
  fi
  log "building the shopstream-analysis ES plugin (javac against $ES_HOME/lib) …"
  local jh
  jh=$(java_home)
  [[ -x $jh/bin/javac ]] || die "javac not found in $jh (a JDK is needed: apt-get install openjdk-17-jdk-headless)"
  local build=$CACHE/plugin-build
  rm -rf "$build" && mkdir -p "$build/classes" "$PLUGIN_DIR"
  "$jh/bin/javac" --release 17 -nowarn -d "$build/classes" -cp "$ES_HOME/lib/*" "$PLUGIN_SRC"
  "$jh/bin/jar" cf "$jar" -C "$build/classes" .
  cp "$PLUGIN_DESCRIPTOR" "$PLUGIN_DIR/plugin-descriptor.properties"
  if pid_alive "$DIR/elasticsearch.pid"; then log "  note: Elasticsearch is running; restart it to load the new plugin"; fi
}

# ---------------------------------------------------------------- processes

# A pid file counts only if its process is alive and is a JVM (guards against pid reuse).
pid_alive() {
  [[ -f $1 ]] || return 1
  local pid
  pid=$(<"$1")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
    [[ $(readlink "/proc/$pid/exe" 2>/dev/null || true) == */java ]]
}
# After `nohup [setpriv] script &`, $! goes through exec's until it is the JVM: wait for that,
# so the pid we record is the java process itself (up to 15 s; a pid that died is left to wait_*).
await_java_exec() { # pid name
  local _
  for _ in $(seq 1 150); do
    kill -0 "$1" 2>/dev/null || return 0
    [[ $(readlink "/proc/$1/exe" 2>/dev/null || true) == */java ]] && return 0
    sleep 0.1
  done
  log "warning: $2 pid $1 is not a java process after 15 s: $(readlink "/proc/$1/exe" 2>/dev/null || true)"
}
# Keep the previous run's console output as stdout.log.1, so a failure shows this run's lines.
rotate_stdout() { # logsdir
  if [[ -f $1/stdout.log ]]; then mv -f "$1/stdout.log" "$1/stdout.log.1"; fi
}
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

show_log_tail() { # lines file...
  local n=$1 f
  shift
  for f in "$@"; do
    [[ -s $f ]] || continue
    printf -- '----- last %s lines of %s\n' "$n" "$f" >&2
    tail -n "$n" "$f" >&2
  done
}
# Resident memory of the JVMs in the given pid files, in MiB (0 when none runs).
rss_mib() { # pidfile...
  local f kb=0 v
  for f in "$@"; do
    pid_alive "$f" || continue
    v=$(awk '/^VmRSS:/ { print $2 }' "/proc/$(<"$f")/status" 2>/dev/null || echo 0)
    kb=$((kb + ${v:-0}))
  done
  echo $((kb / 1024))
}

# ---------------------------------------------------------------- node layout
# Node 1 keeps the single-node paths (kafka/, kafka.pid, …); node N ≥ 2 gets a -N suffix.

kafka_home() { if (($1 == 1)); then echo "$DIR/kafka"; else echo "$DIR/kafka-$1"; fi; }
kafka_pidf() { if (($1 == 1)); then echo "$DIR/kafka.pid"; else echo "$DIR/kafka-$1.pid"; fi; }
kafka_port() { echo $((KAFKA_PORT + 2 * ($1 - 1))); }
kafka_ctrl_port() { echo $((KAFKA_CONTROLLER_PORT + 2 * ($1 - 1))); }
es_home() { if (($1 == 1)); then echo "$DIR/elasticsearch"; else echo "$DIR/elasticsearch-$1"; fi; }
es_pidf() { if (($1 == 1)); then echo "$DIR/elasticsearch.pid"; else echo "$DIR/elasticsearch-$1.pid"; fi; }
es_launcher_pidf() {
  if (($1 == 1)); then echo "$DIR/elasticsearch-launcher.pid"; else echo "$DIR/elasticsearch-$1-launcher.pid"; fi
}
es_port() { echo $((ES_PORT + $1 - 1)); }
es_transport_port() { echo $((ES_TRANSPORT_PORT + $1 - 1)); }
KAFKA_SECURE_HOME=$DIR/kafka-secure
KAFKA_SECURE_PIDF=$DIR/kafka-secure.pid
ES_SECURE_HOME=$DIR/elasticsearch-secure
ES_SECURE_PIDF=$DIR/elasticsearch-secure.pid
ES_SECURE_LAUNCHER_PIDF=$DIR/elasticsearch-secure-launcher.pid

kafka_bootstrap() {
  local i out=""
  for ((i = 1; i <= BROKERS; i++)); do out+="${out:+,}127.0.0.1:$(kafka_port "$i")"; done
  echo "$out"
}
es_hosts() {
  local i out=""
  for ((i = 1; i <= NODES; i++)); do out+="${out:+,}http://127.0.0.1:$(es_port "$i")"; done
  echo "$out"
}

# Data formatted for one topology must not be started as another (a 1-voter quorum cannot
# become a 3-voter one by restarting): the node-1 data dir records what it was made for.
check_topology() { # name home count resetcmd
  local f=$2/topology
  if [[ -f $f && $(<"$f") != "$3" ]]; then
    die "$1 data in $2 was made for $(<"$f") node(s), not $3: run '$0 reset $1' first (or start with --$4=$(<"$f"))"
  fi
}

# ---------------------------------------------------------------- kafka

write_kafka_log4j() { # home
  # Everything at INFO to logs/server.log (rolling); only WARN+ to the console (logs/stdout.log).
  cat >"$1/log4j.properties" <<PROPS
log4j.rootLogger=INFO, file, console
log4j.appender.console=org.apache.log4j.ConsoleAppender
log4j.appender.console.Threshold=WARN
log4j.appender.console.layout=org.apache.log4j.PatternLayout
log4j.appender.console.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.appender.file=org.apache.log4j.RollingFileAppender
log4j.appender.file.File=$1/logs/server.log
log4j.appender.file.MaxFileSize=20MB
log4j.appender.file.MaxBackupIndex=2
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.request.logger=WARN
log4j.logger.org.apache.kafka.clients=WARN
log4j.logger.state.change.logger=WARN
PROPS
}

kafka_java() { "$(java_home)/bin/java" -cp "$KAFKA_LIBS/*" "$@"; }

# Formats the node's storage once (a cluster shares one cluster id); extra args e.g. --add-scram.
format_kafka() { # home clusterid extra...
  local home=$1 id=$2
  shift 2
  [[ -f $home/data/meta.properties ]] && return 0
  log "formatting Kafka storage in $home/data (first start only)"
  kafka_java -Dlog4j.configuration="file:$home/log4j.properties" kafka.tools.StorageTool format \
    -t "$id" -c "$home/server.properties" "$@" >>"$home/logs/format.log" 2>&1 || {
    show_log_tail 30 "$home/logs/format.log"
    die "kafka storage format failed ($home)"
  }
}

launch_kafka() { # label home pidfile heap port
  local label=$1 home=$2 pidf=$3 heap=$4 port=$5
  rotate_stdout "$home/logs"
  log "starting $label on 127.0.0.1:$port (heap $heap)"
  # nohup execs java, so $! is the broker JVM itself.
  nohup "$(java_home)/bin/java" -Xms"$heap" -Xmx"$heap" -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$home/log4j.properties" -cp "$KAFKA_LIBS/*" \
    kafka.Kafka "$home/server.properties" </dev/null >"$home/logs/stdout.log" 2>&1 &
  local pid=$!
  await_java_exec "$pid" "$label"
  echo "$pid" >"$pidf"
}

# True when the pid file's JVM runs (logged); false when a start is needed. Dies on a foreign port.
already_running() { # label pidfile port portvar [pidfile2]
  if pid_alive "$2" || { [[ -n ${5:-} ]] && pid_alive "$5"; }; then
    log "$1 already running (pid $(cat "$2" 2>/dev/null || cat "$5"), 127.0.0.1:$3)"
    return 0
  fi
  rm -f "$2" ${5:+"$5"}
  port_open "$3" && die "port $3 is taken by another process (not ours): stop it or set $4"
  return 1
}

start_kafka_cluster() {
  local i n=$BROKERS voters="" id=""
  for ((i = 1; i <= n; i++)); do voters+="${voters:+,}$i@127.0.0.1:$(kafka_ctrl_port "$i")"; done
  mkdir -p "$(kafka_home 1)"
  check_topology kafka "$(kafka_home 1)" "$n" kafka-brokers
  local rf=$((n < 3 ? n : 3)) isr=$((n < 2 ? 1 : 2))
  for ((i = 1; i <= n; i++)); do
    local home port ctrl
    home=$(kafka_home "$i") port=$(kafka_port "$i") ctrl=$(kafka_ctrl_port "$i")
    already_running "kafka $i/$n" "$(kafka_pidf "$i")" "$port" KAFKA_PORT && continue
    port_open "$ctrl" && die "port $ctrl is taken by another process (not ours): stop it or set KAFKA_CONTROLLER_PORT"
    mkdir -p "$home/data" "$home/logs"
    cat >"$home/server.properties" <<PROPS
# Written by scripts/services.sh on every start; edit the script, not this file.
process.roles=broker,controller
node.id=$i
controller.quorum.voters=$voters
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$ctrl
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$home/data
num.partitions=6
offsets.topic.replication.factor=$rf
offsets.topic.num.partitions=6
transaction.state.log.replication.factor=$rf
transaction.state.log.min.isr=$isr
group.initial.rebalance.delay.ms=0
# Lets a processor ask for a 3 s session, so a killed one's partitions move on quickly.
group.min.session.timeout.ms=1000
auto.create.topics.enable=false
delete.topic.enable=true
PROPS
    write_kafka_log4j "$home"
    if [[ ! -f $home/data/meta.properties ]]; then
      # One cluster id for every broker: node 1's if it has one, else a new one.
      [[ -z $id && -f $(kafka_home 1)/data/meta.properties ]] &&
        id=$(sed -n 's/^cluster.id=//p' "$(kafka_home 1)/data/meta.properties")
      [[ -n $id ]] || id=$(kafka_java kafka.tools.StorageTool random-uuid 2>>"$home/logs/format.log")
      format_kafka "$home" "$id"
    fi
    echo "$n" >"$(kafka_home 1)/topology"
    local label="Kafka 3.9.1"
    ((n > 1)) && label="Kafka 3.9.1 broker $i/$n"
    launch_kafka "$label" "$home" "$(kafka_pidf "$i")" "$KAFKA_HEAP" "$port"
  done
}

# kcat -L on one broker; in a cluster, also that the broker sees all n brokers.
kafka_healthy() { # port n [kcat -F config]
  port_open "$1" || return 1
  command -v kcat >/dev/null || return 0
  local -a conf=()
  [[ -n ${3:-} ]] && conf=(-F "$3")
  local meta
  meta=$(kcat "${conf[@]}" -b "127.0.0.1:$1" -L -m 5 2>/dev/null) || return 1
  grep -qE "^ *$2 brokers:" <<<"$meta"
}

wait_until() { # label seconds-between logs-on-failure stop-hint alive-cmd healthy-cmd
  local label=$1 pause=$2 logs=$3 hint=$4 alive=$5 healthy=$6
  local deadline=$((SECONDS + WAIT_SECONDS))
  until eval "$healthy"; do
    if ! eval "$alive"; then
      # shellcheck disable=SC2086
      show_log_tail 30 $logs
      die "$label exited during startup (logs: $(dirname "${logs%% *}"))"
    fi
    if ((SECONDS > deadline)); then
      # shellcheck disable=SC2086
      show_log_tail 30 $logs
      die "$label not up after ${WAIT_SECONDS}s (still running: stop it with '$0 stop $hint')"
    fi
    sleep "$pause"
  done
}

wait_kafka_cluster() {
  local i t0=$SECONDS how="TCP + metadata (kcat -L)"
  command -v kcat >/dev/null || how="TCP only (no kcat)"
  for ((i = 1; i <= BROKERS; i++)); do
    local home pidf
    home=$(kafka_home "$i") pidf=$(kafka_pidf "$i")
    wait_until "kafka $i/$BROKERS" 0.5 "$home/logs/server.log $home/logs/stdout.log" kafka \
      "pid_alive '$pidf'" "kafka_healthy $(kafka_port "$i") $BROKERS"
  done
  log "kafka is up: $(kafka_bootstrap), $BROKERS broker(s) [$how, $((SECONDS - t0)) s]"
}

# ---------------------------------------------------------------- elasticsearch

# Elasticsearch refuses to run as root: sets ES_RUN to run it as an unprivileged system user.
ES_RUN=()
es_run_as() { # dir-it-must-write
  ES_RUN=()
  [[ $(id -u) == 0 ]] || return 0
  if ! id -u "$ES_USER" >/dev/null 2>&1; then
    log "creating system user $ES_USER (Elasticsearch will not run as root)"
    useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER"
  fi
  chown -R "$ES_USER:" "$1" "$ES_HOME"
  ES_RUN=(setpriv --reuid="$ES_USER" --regid="$ES_USER" --clear-groups)
  "${ES_RUN[@]}" test -x "$ES_HOME/bin/elasticsearch" -a -w "$1" ||
    die "user $ES_USER cannot reach $ES_HOME (a parent directory is not world-searchable?):" \
      "set SHOPSTREAM_SERVICES_DIR to a directory it can reach, e.g. /var/tmp/shopstream-services"
}

launch_es() { # label home launcher-pidfile port heap [ES_PATH_CONF or ""] -E settings...
  local label=$1 home=$2 lpidf=$3 port=$4 heap=$5 conf=$6
  shift 6
  rotate_stdout "$home/logs"
  rm -f "$home/server.pid"
  log "starting $label on 127.0.0.1:$port (heap $heap)"
  # setpriv and bin/elasticsearch exec, so $! is the CLI launcher JVM; it forks the server JVM,
  # which writes its own pid to $home/server.pid (-p). We record both.
  env ${conf:+ES_PATH_CONF="$conf"} ES_JAVA_HOME="$(java_home)" ES_JAVA_OPTS="-Xms$heap -Xmx$heap" \
    nohup "${ES_RUN[@]}" "$ES_HOME/bin/elasticsearch" -p "$home/server.pid" \
    -E network.host=127.0.0.1 -E http.port="$port" \
    -E path.data="$home/data" -E path.logs="$home/logs" \
    -E xpack.ml.enabled=false \
    -E cluster.routing.allocation.disk.threshold_enabled=false \
    -E action.destructive_requires_name=false "$@" \
    </dev/null >"$home/logs/stdout.log" 2>&1 &
  local pid=$!
  await_java_exec "$pid" "$label launcher"
  echo "$pid" >"$lpidf"
}

# A node creates the keystore of the config it reads on its first start. The nodes here share
# $ES_HOME/config, and two creating it at once (or a copy taken meanwhile) trip over its .tmp
# file: it is made once, before any node starts.
ensure_es_keystore() {
  [[ -f $ES_HOME/config/elasticsearch.keystore ]] && return 0
  rm -f "$ES_HOME/config/elasticsearch.keystore.tmp"
  env ES_JAVA_HOME="$(java_home)" "${ES_RUN[@]}" "$ES_HOME/bin/elasticsearch-keystore" create \
    >"$1/keystore.log" 2>&1 || {
    show_log_tail 20 "$1/keystore.log"
    die "elasticsearch-keystore create failed"
  }
}

start_es_cluster() {
  local i n=$NODES seeds="" masters=""
  for ((i = 1; i <= n; i++)); do
    seeds+="${seeds:+,}127.0.0.1:$(es_transport_port "$i")"
    masters+="${masters:+,}shopstream-$i"
  done
  mkdir -p "$(es_home 1)"
  check_topology elasticsearch "$(es_home 1)" "$n" es-nodes
  mkdir -p "$(es_home 1)/logs"
  es_run_as "$(es_home 1)"
  ensure_es_keystore "$(es_home 1)/logs"
  for ((i = 1; i <= n; i++)); do
    local home port
    home=$(es_home "$i") port=$(es_port "$i")
    already_running "elasticsearch $i/$n" "$(es_pidf "$i")" "$port" ES_PORT "$(es_launcher_pidf "$i")" && continue
    mkdir -p "$home/data" "$home/logs"
    echo "$n" >"$(es_home 1)/topology"
    es_run_as "$home"
    local -a cluster=(-E discovery.type=single-node -E transport.port="$ES_TRANSPORT_PORT-$((ES_TRANSPORT_PORT + 99))")
    if ((n > 1)); then
      port_open "$(es_transport_port "$i")" &&
        die "port $(es_transport_port "$i") is taken by another process (not ours): stop it or set ES_TRANSPORT_PORT"
      # initial_master_nodes only matters for the very first election; ES ignores it afterwards.
      cluster=(-E transport.port="$(es_transport_port "$i")" -E discovery.seed_hosts="$seeds"
        -E cluster.initial_master_nodes="$masters")
    fi
    local label="Elasticsearch 8.14.1"
    ((n > 1)) && label="Elasticsearch 8.14.1 node $i/$n"
    launch_es "$label" "$home" "$(es_launcher_pidf "$i")" "$port" "$ES_HEAP" "" \
      -E cluster.name=shopstream -E node.name="shopstream-$i" -E xpack.security.enabled=false "${cluster[@]}"
  done
}

# The server JVM writes its pid once it has started; take it from there.
adopt_es_pid() { # home pidfile
  if [[ ! -f $2 && -s $1/server.pid ]]; then echo "$(<"$1/server.pid")" >"$2"; fi
  return 0
}

es_healthy() { # port nodes
  adopt_es_pid "$(es_home 1)" "$(es_pidf 1)"
  curl -fsS -m 8 "http://127.0.0.1:$1/_cluster/health?wait_for_status=yellow&wait_for_nodes=$2&timeout=5s" \
    >/dev/null 2>&1
}

wait_es_cluster() {
  local i t0=$SECONDS
  for ((i = 1; i <= NODES; i++)); do
    local home pidf lpidf
    home=$(es_home "$i") pidf=$(es_pidf "$i") lpidf=$(es_launcher_pidf "$i")
    wait_until "elasticsearch $i/$NODES" 1 "$home/logs/stdout.log" elasticsearch \
      "adopt_es_pid '$home' '$pidf'; pid_alive '$lpidf' || pid_alive '$pidf'" "es_healthy $(es_port "$i") $NODES"
    adopt_es_pid "$home" "$pidf"
    pid_alive "$pidf" || log "warning: elasticsearch $i is up but its server pid is unknown ($home/server.pid)"
  done
  curl -fsS "http://127.0.0.1:$ES_PORT/_cat/plugins" | grep -q shopstream-analysis ||
    die "elasticsearch is up without the shopstream-analysis plugin"
  log "elasticsearch is up: $(es_hosts), $NODES node(s), plugin shopstream-analysis [$((SECONDS - t0)) s]"
}

# ---------------------------------------------------------------- secured services (--secure)

# A dev CA and one node certificate (127.0.0.1 / localhost), made once with openssl; Kafka
# reads a PKCS12 keystore and truststore (keytool), Elasticsearch the PEM files.
make_certs() {
  local s=$SECURE_DIR
  mkdir -p "$s"
  chmod 700 "$s"
  [[ -f $s/.complete ]] && return 0
  command -v openssl >/dev/null || die "openssl not found (apt-get install openssl)"
  log "making a dev CA and a node certificate for 127.0.0.1 in $s"
  rm -f "$s"/*.{crt,key,p12,csr,srl,pass} 2>/dev/null || true
  {
    openssl req -x509 -newkey rsa:2048 -nodes -days 825 -subj "/CN=shopstream dev CA" \
      -keyout "$s/ca.key" -out "$s/ca.crt"
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$s/node.key" -out "$s/node.csr"
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth,clientAuth\n' >"$s/node.ext"
    openssl x509 -req -in "$s/node.csr" -CA "$s/ca.crt" -CAkey "$s/ca.key" -CAcreateserial -days 825 \
      -extfile "$s/node.ext" -out "$s/node.crt"
  } >"$s/openssl.log" 2>&1 || {
    show_log_tail 20 "$s/openssl.log"
    die "openssl could not make the certificates"
  }
  # Keystore passwords never leave this directory (files, mode 600).
  openssl rand -hex 16 >"$s/store.pass"
  chmod 600 "$s/store.pass" "$s/ca.key" "$s/node.key"
  openssl pkcs12 -export -in "$s/node.crt" -inkey "$s/node.key" -certfile "$s/ca.crt" -name node \
    -out "$s/kafka.keystore.p12" -passout "file:$s/store.pass" 2>>"$s/openssl.log"
  keytool -importcert -noprompt -alias ca -file "$s/ca.crt" -storetype PKCS12 \
    -keystore "$s/kafka.truststore.p12" -storepass:file "$s/store.pass" >>"$s/openssl.log" 2>&1 ||
    die "keytool could not make the truststore (see $s/openssl.log)"
  chmod 600 "$s"/*.p12
  touch "$s/.complete"
}

# Generated once per state dir and kept (the ES `elastic` password lives in its security index).
secret() { # name
  local f=$SECURE_DIR/$1.pass
  [[ -s $f ]] || { openssl rand -hex 16 >"$f" && chmod 600 "$f"; }
  cat "$f"
}

start_kafka_secure() {
  local home=$KAFKA_SECURE_HOME port=$KAFKA_SECURE_PORT ctrl=$KAFKA_SECURE_CONTROLLER_PORT
  already_running "secured kafka" "$KAFKA_SECURE_PIDF" "$port" KAFKA_SECURE_PORT && return 0
  port_open "$ctrl" && die "port $ctrl is taken by another process (not ours): stop it or set KAFKA_SECURE_CONTROLLER_PORT"
  mkdir -p "$home/data" "$home/logs"
  chmod 700 "$home"
  local store admin user
  store=$(<"$SECURE_DIR/store.pass") admin=$(secret kafka-admin) user=$(secret kafka-user)
  # Clients and the broker itself (inter-broker) speak SASL_SSL with SCRAM-SHA-512; only the
  # loopback controller listener is plaintext. No authorizer: any authenticated user may do anything.
  (
    umask 077
    cat >"$home/server.properties" <<PROPS
# Written by scripts/services.sh on every start (contains credentials: mode 600).
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$ctrl
listeners=SASL_SSL://127.0.0.1:$port,CONTROLLER://127.0.0.1:$ctrl
advertised.listeners=SASL_SSL://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT
inter.broker.listener.name=SASL_SSL
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$admin";
ssl.keystore.type=PKCS12
ssl.keystore.location=$SECURE_DIR/kafka.keystore.p12
ssl.keystore.password=$store
ssl.key.password=$store
ssl.truststore.type=PKCS12
ssl.truststore.location=$SECURE_DIR/kafka.truststore.p12
ssl.truststore.password=$store
ssl.endpoint.identification.algorithm=https
log.dirs=$home/data
num.partitions=6
offsets.topic.replication.factor=1
offsets.topic.num.partitions=6
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
# Lets a processor ask for a 3 s session, so a killed one's partitions move on quickly.
group.min.session.timeout.ms=1000
auto.create.topics.enable=false
delete.topic.enable=true
PROPS
    # kcat's client config for the health check (passwords stay out of argv).
    cat >"$home/kcat.conf" <<PROPS
security.protocol=SASL_SSL
sasl.mechanisms=SCRAM-SHA-512
sasl.username=shopstream
sasl.password=$user
ssl.ca.location=$SECURE_DIR/ca.crt
PROPS
  )
  write_kafka_log4j "$home"
  if [[ ! -f $home/data/meta.properties ]]; then
    local id
    id=$(kafka_java kafka.tools.StorageTool random-uuid 2>>"$home/logs/format.log")
    # SCRAM credentials go into the metadata log at format time (KIP-900); a config file, not argv.
    format_kafka "$home" "$id" --add-scram "SCRAM-SHA-512=[name=admin,password=$admin]" \
      --add-scram "SCRAM-SHA-512=[name=shopstream,password=$user]"
  fi
  launch_kafka "Kafka 3.9.1 (SASL_SSL, SCRAM-SHA-512)" "$home" "$KAFKA_SECURE_PIDF" "$KAFKA_SECURE_HEAP" "$port"
}

wait_kafka_secure() {
  local t0=$SECONDS home=$KAFKA_SECURE_HOME
  wait_until "secured kafka" 0.5 "$home/logs/server.log $home/logs/stdout.log" kafka \
    "pid_alive '$KAFKA_SECURE_PIDF'" "kafka_healthy $KAFKA_SECURE_PORT 1 '$home/kcat.conf'"
  log "secured kafka is up: SASL_SSL 127.0.0.1:$KAFKA_SECURE_PORT, user shopstream [$((SECONDS - t0)) s]"
}

start_es_secure() {
  local home=$ES_SECURE_HOME port=$ES_SECURE_PORT conf=$ES_SECURE_HOME/config
  already_running "secured elasticsearch" "$ES_SECURE_PIDF" "$port" ES_SECURE_PORT "$ES_SECURE_LAUNCHER_PIDF" &&
    return 0
  port_open "$ES_SECURE_TRANSPORT_PORT" &&
    die "port $ES_SECURE_TRANSPORT_PORT is taken by another process (not ours): stop it or set ES_SECURE_TRANSPORT_PORT"
  mkdir -p "$home/data" "$home/logs"
  chmod 700 "$home"
  # Its own config dir (ES_PATH_CONF): the certificates and a keystore holding the bootstrap
  # password of `elastic`, which ES copies into its security index on the first start.
  if [[ ! -f $conf/.complete ]]; then
    rm -rf "$conf"
    mkdir -p "$conf"
    # Without the shared config's keystore, nor a half-written one (elasticsearch.keystore.tmp
    # while a node creates it): a copy that caught one made `keystore create` fail.
    (cd "$ES_HOME/config" && tar cf - --exclude='elasticsearch.keystore*' .) | tar xf - -C "$conf"
    mkdir -p "$conf/certs"
    cp "$SECURE_DIR/ca.crt" "$SECURE_DIR/node.crt" "$SECURE_DIR/node.key" "$conf/certs/"
  fi
  es_run_as "$home"
  if [[ ! -f $conf/.complete ]]; then
    log "creating the secured node's keystore (bootstrap password of elastic)"
    local -a tool=(env ES_PATH_CONF="$conf" ES_JAVA_HOME="$(java_home)" "${ES_RUN[@]}")
    "${tool[@]}" "$ES_HOME/bin/elasticsearch-keystore" create >"$home/logs/keystore.log" 2>&1 &&
      secret elastic | "${tool[@]}" "$ES_HOME/bin/elasticsearch-keystore" add -x bootstrap.password \
        >>"$home/logs/keystore.log" 2>&1 || {
      show_log_tail 20 "$home/logs/keystore.log"
      die "elasticsearch-keystore failed"
    }
    touch "$conf/.complete"
  fi
  launch_es "Elasticsearch 8.14.1 (TLS + security)" "$home" "$ES_SECURE_LAUNCHER_PIDF" "$port" \
    "$ES_SECURE_HEAP" "$conf" \
    -E cluster.name=shopstream-secure -E node.name=shopstream-secure \
    -E discovery.type=single-node -E transport.port="$ES_SECURE_TRANSPORT_PORT" \
    -E xpack.security.enabled=true -E xpack.security.http.ssl.enabled=true \
    -E xpack.security.http.ssl.key=certs/node.key -E xpack.security.http.ssl.certificate=certs/node.crt \
    -E xpack.security.http.ssl.certificate_authorities=certs/ca.crt \
    -E xpack.security.transport.ssl.enabled=false
}

# curl as elastic, password through a config on stdin (never in argv).
es_secure_curl() { # path [curl args...]
  local path=$1
  shift
  printf 'user = "elastic:%s"\n' "$(secret elastic)" |
    curl -fsS -m 10 -K - --cacert "$SECURE_DIR/ca.crt" "$@" "https://127.0.0.1:$ES_SECURE_PORT$path"
}

wait_es_secure() {
  local t0=$SECONDS home=$ES_SECURE_HOME
  wait_until "secured elasticsearch" 1 "$home/logs/stdout.log" elasticsearch \
    "adopt_es_pid '$home' '$ES_SECURE_PIDF'; pid_alive '$ES_SECURE_LAUNCHER_PIDF' || pid_alive '$ES_SECURE_PIDF'" \
    "es_secure_curl '/_cluster/health?wait_for_status=yellow&timeout=5s' >/dev/null 2>&1"
  adopt_es_pid "$home" "$ES_SECURE_PIDF"
  log "secured elasticsearch is up: https://127.0.0.1:$ES_SECURE_PORT, user elastic [$((SECONDS - t0)) s]"
}

# An API key for tests (made once; kept in secure/es-api-key.pass).
es_api_key() {
  local f=$SECURE_DIR/es-api-key.pass
  if [[ ! -s $f ]]; then
    es_secure_curl /_security/api_key -X POST -H 'content-type: application/json' \
      -d '{"name":"shopstream-dev"}' | sed -n 's/.*"encoded":"\([^"]*\)".*/\1/p' >"$f" || true
    chmod 600 "$f"
    [[ -s $f ]] || die "could not create an Elasticsearch API key"
  fi
  cat "$f"
}

write_secure_env() {
  local tmp=$SECURE_ENV.tmp api_key=""
  if want elasticsearch; then api_key=$(es_api_key) || exit 1; fi
  (
    umask 077
    {
      echo "# Written by scripts/services.sh start --secure: the secured services, for tests (secrets: mode 600)."
      if want elasticsearch; then
        echo "export SECURE_ELASTICSEARCH_HOST=https://127.0.0.1:$ES_SECURE_PORT"
        echo "export SECURE_ELASTICSEARCH_CA_CERT=$SECURE_DIR/ca.crt"
        echo "export SECURE_ELASTICSEARCH_USERNAME=elastic"
        echo "export SECURE_ELASTICSEARCH_PASSWORD=$(secret elastic)"
        echo "export SECURE_ELASTICSEARCH_API_KEY=$api_key"
      fi
      if want kafka; then
        echo "export SECURE_KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_SECURE_PORT"
        echo "export SECURE_KAFKA_SSL_CA_CERT=$SECURE_DIR/ca.crt"
        echo "export SECURE_KAFKA_SASL_MECHANISM=scram-sha-512"
        echo "export SECURE_KAFKA_SASL_USERNAME=shopstream"
        echo "export SECURE_KAFKA_SASL_PASSWORD=$(secret kafka-user)"
      fi
    } >"$tmp"
  )
  mv -f "$tmp" "$SECURE_ENV"
}

# ---------------------------------------------------------------- stop / status

# TERM exactly the pids in the given pid files, wait up to 30 s, then KILL; remove the files.
stop_pids() { # name pidfile...
  local name=$1
  shift
  local -a pids=()
  local f
  for f in "$@"; do pid_alive "$f" && pids+=("$(<"$f")"); done
  if ((${#pids[@]} == 0)); then
    rm -f "$@"
    return 1
  fi
  log "stopping $name (pid ${pids[*]})"
  kill -TERM "${pids[@]}" 2>/dev/null || true
  local p alive
  for _ in $(seq 1 60); do
    alive=()
    for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive+=("$p"); done
    ((${#alive[@]} == 0)) && break
    sleep 0.5
  done
  if ((${#alive[@]} > 0)); then
    log "$name did not stop in 30 s: KILL ${alive[*]}"
    kill -KILL "${alive[@]}" 2>/dev/null || true
    sleep 0.5
  fi
  rm -f "$@"
  log "$name stopped"
}

# Every node with a pid file, whatever topology started it. A cluster's brokers stop together:
# one by one, the last would wait for a controller quorum that has already gone.
stop_kafka() {
  local -a files=()
  local f
  for f in "$DIR"/kafka.pid "$DIR"/kafka-[0-9]*.pid; do [[ -e $f ]] && files+=("$f"); done
  if ((${#files[@]} == 0)) || ! stop_pids kafka "${files[@]}"; then log "kafka not running"; fi
  if [[ -e $KAFKA_SECURE_PIDF ]]; then stop_pids "secured kafka" "$KAFKA_SECURE_PIDF" || true; fi
}
# The server JVM first (graceful shutdown); its launcher exits with it. Nodes stop together.
stop_elasticsearch() {
  local -a files=()
  local f
  for f in "$DIR"/elasticsearch.pid "$DIR"/elasticsearch-launcher.pid "$DIR"/elasticsearch-[0-9]*.pid; do
    [[ -e $f ]] && files+=("$f")
  done
  if ((${#files[@]} == 0)) || ! stop_pids elasticsearch "${files[@]}"; then log "elasticsearch not running"; fi
  if [[ -e $ES_SECURE_PIDF || -e $ES_SECURE_LAUNCHER_PIDF ]]; then
    stop_pids "secured elasticsearch" "$ES_SECURE_PIDF" "$ES_SECURE_LAUNCHER_PIDF" || true
  fi
}

status_line() { # name port address pidfile...
  local name=$1 port=$2 addr=$3 f pid=""
  shift 3
  for f in "$@"; do pid_alive "$f" && pid=$(<"$f") && break; done
  if [[ -n $pid ]]; then
    local rss
    rss=$(rss_mib "$@")
    if port_open "$port"; then
      echo "$name: running, pid $pid, $addr, RSS ${rss} MiB"
    else
      echo "$name: starting (port $port not answering yet), pid $pid, $addr"
    fi
  elif port_open "$port"; then
    echo "$name: stopped (but port $port is answering: another process?)"
  else
    echo "$name: stopped"
  fi
}

status_all() {
  local i total=0
  if want kafka; then
    for ((i = 1; i <= BROKERS; i++)); do
      local name=kafka
      ((BROKERS > 1)) && name="kafka $i/$BROKERS"
      status_line "$name" "$(kafka_port "$i")" "127.0.0.1:$(kafka_port "$i")" "$(kafka_pidf "$i")"
      total=$((total + $(rss_mib "$(kafka_pidf "$i")")))
    done
    if ((SECURE)); then
      status_line "kafka (SASL_SSL)" "$KAFKA_SECURE_PORT" "127.0.0.1:$KAFKA_SECURE_PORT" "$KAFKA_SECURE_PIDF"
      total=$((total + $(rss_mib "$KAFKA_SECURE_PIDF")))
    fi
  fi
  if want elasticsearch; then
    for ((i = 1; i <= NODES; i++)); do
      local name=elasticsearch
      ((NODES > 1)) && name="elasticsearch $i/$NODES"
      status_line "$name" "$(es_port "$i")" "http://127.0.0.1:$(es_port "$i")" "$(es_pidf "$i")" "$(es_launcher_pidf "$i")"
      total=$((total + $(rss_mib "$(es_pidf "$i")" "$(es_launcher_pidf "$i")")))
    done
    if ((SECURE)); then
      status_line "elasticsearch (TLS + security)" "$ES_SECURE_PORT" "https://127.0.0.1:$ES_SECURE_PORT" \
        "$ES_SECURE_PIDF" "$ES_SECURE_LAUNCHER_PIDF"
      total=$((total + $(rss_mib "$ES_SECURE_PIDF" "$ES_SECURE_LAUNCHER_PIDF")))
    fi
  fi
  echo "total RSS of the JVMs: ${total} MiB"
}

# ---------------------------------------------------------------- commands

case "$cmd" in
  fetch) fetch ;;
  start)
    t_start=$SECONDS
    mkdir -p "$DIR"
    fetch
    if want kafka; then check_topology kafka "$(kafka_home 1)" "$BROKERS" kafka-brokers; fi
    if want elasticsearch; then check_topology elasticsearch "$(es_home 1)" "$NODES" es-nodes; fi
    # What runs now, for stop/status/logs (a service not started here keeps its last count).
    want kafka || BROKERS=$last_brokers
    want elasticsearch || NODES=$last_nodes
    printf 'KAFKA_BROKERS=%s\nES_NODES=%s\nSECURE=%s\n' "$BROKERS" "$NODES" "$SECURE" >"$TOPOLOGY"
    if ((SECURE)); then make_certs; fi
    if want kafka; then start_kafka_cluster; fi
    if want elasticsearch; then start_es_cluster; fi
    if ((SECURE)) && want kafka; then start_kafka_secure; fi
    if ((SECURE)) && want elasticsearch; then start_es_secure; fi
    if want kafka; then wait_kafka_cluster; fi
    if want elasticsearch; then wait_es_cluster; fi
    if ((SECURE)) && want kafka; then wait_kafka_secure; fi
    if ((SECURE)) && want elasticsearch; then wait_es_secure; fi
    if ((SECURE)); then write_secure_env; fi
    log "ready in $((SECONDS - t_start)) s; use:"
    if want kafka; then echo "KAFKA_BOOTSTRAP_SERVERS=$(kafka_bootstrap)"; fi
    if want elasticsearch; then echo "ELASTICSEARCH_HOST=$(es_hosts)"; fi
    if ((BROKERS >= 3)) && want kafka; then echo "KAFKA_REPLICATION_FACTOR=3"; fi
    if ((NODES >= 2)) && want elasticsearch; then echo "ES_INDEX_REPLICAS=1"; fi
    if ((SECURE)); then log "secured services: credentials and CA in $SECURE_ENV (source it; SECURE_* variables)"; fi
    ;;
  stop)
    if want elasticsearch; then stop_elasticsearch; fi
    if want kafka; then stop_kafka; fi
    ;;
  status) status_all ;;
  reset)
    if want elasticsearch; then
      stop_elasticsearch
      rm -rf "$DIR"/elasticsearch "$DIR"/elasticsearch-[0-9]* "$ES_SECURE_HOME"
      rm -f "$SECURE_DIR/elastic.pass" "$SECURE_DIR/es-api-key.pass"
    fi
    if want kafka; then
      stop_kafka
      rm -rf "$DIR"/kafka "$DIR"/kafka-[0-9]* "$KAFKA_SECURE_HOME"
    fi
    if [[ -z $only ]]; then rm -rf "$SECURE_DIR" "$SECURE_ENV" "$TOPOLOGY"; fi
    log "data removed (downloads kept in $CACHE)"
    ;;
  logs)
    if want kafka; then
      for ((i = 1; i <= BROKERS; i++)); do show_log_tail 50 "$(kafka_home "$i")/logs/server.log" 2>&1; done
      if ((SECURE)); then show_log_tail 50 "$KAFKA_SECURE_HOME/logs/server.log" 2>&1; fi
    fi
    if want elasticsearch; then
      for ((i = 1; i <= NODES; i++)); do show_log_tail 50 "$(es_home "$i")/logs/stdout.log" 2>&1; done
      if ((SECURE)); then show_log_tail 50 "$ES_SECURE_HOME/logs/stdout.log" 2>&1; fi
    fi
    ;;
  *)
    echo "usage: $0 start|stop|status|fetch|reset|logs [kafka|elasticsearch] [--kafka-brokers=N] [--es-nodes=N] [--secure]" >&2
    exit 2
    ;;
esac
