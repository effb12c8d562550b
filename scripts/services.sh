#!/usr/bin/env bash
# Real Kafka and Elasticsearch on 127.0.0.1, without Docker, from Maven Central.
#
#   bash scripts/services.sh start|stop|status|fetch|reset|logs [kafka|elasticsearch]
#   (also: deno task services start)
#
# Kafka 3.9.1 (org.apache.kafka:kafka_2.13) runs as a single KRaft broker+controller.
# Elasticsearch 8.14.1 is Elastic's own server distribution from Maven Central
# (org.elasticsearch.distribution.integ-test-zip), plus services/es-analysis: a small
# plugin exposing Lucene's edge_ngram / synonym_graph / asciifolding / porter_stem
# under the standard names (that distribution lacks the analysis-common module).
#
# State lives under .services/ (git-ignored; override with SHOPSTREAM_SERVICES_DIR):
#   cache/                 fetched jars, the unzipped ES, the built plugin (kept by `reset`)
#   kafka/{data,logs}      kafka/server.properties, kafka/log4j.properties
#   elasticsearch/{data,logs}
#   kafka.pid              the broker JVM
#   elasticsearch.pid      the ES server JVM; elasticsearch-launcher.pid: its CLI launcher JVM
#
# Environment: KAFKA_PORT (9092) KAFKA_CONTROLLER_PORT (9093) ES_PORT (9200)
#              KAFKA_HEAP (512m) ES_HEAP (1g) SHOPSTREAM_SERVICES_WAIT (120 s per service)
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
ES_PORT=${ES_PORT:-9200}
KAFKA_HEAP=${KAFKA_HEAP:-512m}
ES_HEAP=${ES_HEAP:-1g}
ES_USER=${SHOPSTREAM_ES_USER:-shopstream}
WAIT_SECONDS=${SHOPSTREAM_SERVICES_WAIT:-120}

KAFKA_PIDF=$DIR/kafka.pid
ES_PIDF=$DIR/elasticsearch.pid
ES_LAUNCHER_PIDF=$DIR/elasticsearch-launcher.pid

log() { printf '%s [services] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() {
  log "error: $*"
  exit 1
}

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
  if pid_alive "$ES_PIDF"; then log "  note: Elasticsearch is running; restart it to load the new plugin"; fi
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
es_healthy() {
  curl -fsS -m 8 "http://127.0.0.1:$ES_PORT/_cluster/health?wait_for_status=yellow&timeout=5s" >/dev/null 2>&1
}
kafka_healthy() {
  port_open "$KAFKA_PORT" || return 1
  if command -v kcat >/dev/null; then
    kcat -b "127.0.0.1:$KAFKA_PORT" -L -m 5 >/dev/null 2>&1
  fi
}

show_log_tail() { # lines file...
  local n=$1 f
  shift
  for f in "$@"; do
    [[ -s $f ]] || continue
    printf -- '----- last %s lines of %s\n' "$n" "$f" >&2
    tail -n "$n" "$f" >&2
  done
}

start_kafka() {
  local home=$DIR/kafka
  if pid_alive "$KAFKA_PIDF"; then
    if port_open "$KAFKA_PORT"; then
      log "kafka already running (pid $(<"$KAFKA_PIDF"), 127.0.0.1:$KAFKA_PORT)"
    else
      log "kafka already started (pid $(<"$KAFKA_PIDF")), waiting for its port"
    fi
    return
  fi
  rm -f "$KAFKA_PIDF"
  port_open "$KAFKA_PORT" && die "port $KAFKA_PORT is taken by another process (not ours): stop it or set KAFKA_PORT"
  port_open "$KAFKA_CONTROLLER_PORT" &&
    die "port $KAFKA_CONTROLLER_PORT is taken by another process (not ours): stop it or set KAFKA_CONTROLLER_PORT"
  mkdir -p "$home/data" "$home/logs"
  cat >"$home/server.properties" <<PROPS
# Written by scripts/services.sh on every start; edit the script, not this file.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$home/data
num.partitions=6
offsets.topic.replication.factor=1
offsets.topic.num.partitions=6
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
delete.topic.enable=true
PROPS
  # Everything at INFO to logs/server.log (rolling); only WARN+ to the console (logs/stdout.log).
  cat >"$home/log4j.properties" <<PROPS
log4j.rootLogger=INFO, file, console
log4j.appender.console=org.apache.log4j.ConsoleAppender
log4j.appender.console.Threshold=WARN
log4j.appender.console.layout=org.apache.log4j.PatternLayout
log4j.appender.console.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.appender.file=org.apache.log4j.RollingFileAppender
log4j.appender.file.File=$home/logs/server.log
log4j.appender.file.MaxFileSize=20MB
log4j.appender.file.MaxBackupIndex=2
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.request.logger=WARN
log4j.logger.org.apache.kafka.clients=WARN
log4j.logger.state.change.logger=WARN
PROPS
  local java
  java="$(java_home)/bin/java"
  if [[ ! -f $home/data/meta.properties ]]; then
    log "formatting Kafka storage in $home/data (first start only)"
    local id
    id=$("$java" -cp "$KAFKA_LIBS/*" -Dlog4j.configuration="file:$home/log4j.properties" \
      kafka.tools.StorageTool random-uuid 2>>"$home/logs/format.log")
    "$java" -cp "$KAFKA_LIBS/*" -Dlog4j.configuration="file:$home/log4j.properties" \
      kafka.tools.StorageTool format -t "$id" -c "$home/server.properties" >>"$home/logs/format.log" 2>&1 ||
      {
        show_log_tail 30 "$home/logs/format.log"
        die "kafka storage format failed"
      }
  else
    log "kafka storage already formatted (cluster $(sed -n 's/^cluster.id=//p' "$home/data/meta.properties"))"
  fi
  rotate_stdout "$home/logs"
  log "starting Kafka 3.9.1 on 127.0.0.1:$KAFKA_PORT (controller :$KAFKA_CONTROLLER_PORT, heap $KAFKA_HEAP)"
  # nohup execs java, so $! is the broker JVM itself.
  nohup "$java" -Xms"$KAFKA_HEAP" -Xmx"$KAFKA_HEAP" -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$home/log4j.properties" -cp "$KAFKA_LIBS/*" \
    kafka.Kafka "$home/server.properties" </dev/null >"$home/logs/stdout.log" 2>&1 &
  local pid=$!
  await_java_exec "$pid" kafka
  echo "$pid" >"$KAFKA_PIDF"
}

start_elasticsearch() {
  local home=$DIR/elasticsearch
  if pid_alive "$ES_PIDF" || pid_alive "$ES_LAUNCHER_PIDF"; then
    if port_open "$ES_PORT"; then
      log "elasticsearch already running (pid $(cat "$ES_PIDF" 2>/dev/null || cat "$ES_LAUNCHER_PIDF"), http://127.0.0.1:$ES_PORT)"
    else
      log "elasticsearch already started, waiting for its port"
    fi
    return
  fi
  rm -f "$ES_PIDF" "$ES_LAUNCHER_PIDF"
  port_open "$ES_PORT" && die "port $ES_PORT is taken by another process (not ours): stop it or set ES_PORT"
  mkdir -p "$home/data" "$home/logs"
  rm -f "$home/server.pid"
  local -a run=()
  if [[ $(id -u) == 0 ]]; then
    # Elasticsearch refuses to run as root; run it as an unprivileged system user.
    if ! id -u "$ES_USER" >/dev/null 2>&1; then
      log "creating system user $ES_USER (Elasticsearch will not run as root)"
      useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER"
    fi
    chown -R "$ES_USER:" "$home" "$ES_HOME"
    run=(setpriv --reuid="$ES_USER" --regid="$ES_USER" --clear-groups)
    "${run[@]}" test -x "$ES_HOME/bin/elasticsearch" -a -w "$home/data" ||
      die "user $ES_USER cannot reach $ES_HOME (a parent directory is not world-searchable?):" \
        "set SHOPSTREAM_SERVICES_DIR to a directory it can reach, e.g. /var/tmp/shopstream-services"
  fi
  rotate_stdout "$home/logs"
  log "starting Elasticsearch 8.14.1 on 127.0.0.1:$ES_PORT (heap $ES_HEAP)"
  # setpriv and bin/elasticsearch exec, so $! is the CLI launcher JVM; it forks the server JVM,
  # which writes its own pid to $home/server.pid (-p). We record both.
  ES_JAVA_HOME=$(java_home) ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP" nohup "${run[@]}" "$ES_HOME/bin/elasticsearch" \
    -p "$home/server.pid" \
    -E cluster.name=shopstream -E node.name=shopstream-1 \
    -E discovery.type=single-node -E network.host=127.0.0.1 -E http.port="$ES_PORT" \
    -E transport.port=9300-9399 \
    -E path.data="$home/data" -E path.logs="$home/logs" \
    -E xpack.security.enabled=false -E xpack.ml.enabled=false \
    -E cluster.routing.allocation.disk.threshold_enabled=false \
    -E action.destructive_requires_name=false \
    </dev/null >"$home/logs/stdout.log" 2>&1 &
  local pid=$!
  await_java_exec "$pid" "elasticsearch launcher"
  echo "$pid" >"$ES_LAUNCHER_PIDF"
}

wait_kafka() {
  local deadline=$((SECONDS + WAIT_SECONDS)) t0=$SECONDS
  local how="TCP + metadata (kcat -L)"
  command -v kcat >/dev/null || how="TCP only (no kcat)"
  until kafka_healthy; do
    if ! pid_alive "$KAFKA_PIDF"; then
      show_log_tail 30 "$DIR/kafka/logs/server.log" "$DIR/kafka/logs/stdout.log"
      rm -f "$KAFKA_PIDF"
      die "kafka exited during startup (logs: $DIR/kafka/logs)"
    fi
    if ((SECONDS > deadline)); then
      show_log_tail 30 "$DIR/kafka/logs/server.log"
      die "kafka not up after ${WAIT_SECONDS}s (logs: $DIR/kafka/logs; it is still running: stop it with '$0 stop kafka')"
    fi
    sleep 0.5
  done
  log "kafka is up: 127.0.0.1:$KAFKA_PORT, pid $(<"$KAFKA_PIDF") [$how, $((SECONDS - t0)) s]"
}

wait_elasticsearch() {
  local deadline=$((SECONDS + WAIT_SECONDS)) t0=$SECONDS home=$DIR/elasticsearch
  until es_healthy; do
    if ! pid_alive "$ES_LAUNCHER_PIDF" && ! pid_alive "$ES_PIDF"; then
      show_log_tail 30 "$home/logs/stdout.log"
      rm -f "$ES_PIDF" "$ES_LAUNCHER_PIDF"
      die "elasticsearch exited during startup (logs: $home/logs)"
    fi
    if ((SECONDS > deadline)); then
      show_log_tail 30 "$home/logs/stdout.log"
      die "elasticsearch not up after ${WAIT_SECONDS}s (logs: $home/logs; it is still running: stop it with '$0 stop elasticsearch')"
    fi
    # The server JVM writes its pid once it has started; take it from there.
    if [[ ! -f $ES_PIDF && -s $home/server.pid ]]; then echo "$(<"$home/server.pid")" >"$ES_PIDF"; fi
    sleep 1
  done
  if [[ ! -f $ES_PIDF && -s $home/server.pid ]]; then echo "$(<"$home/server.pid")" >"$ES_PIDF"; fi
  pid_alive "$ES_PIDF" || log "warning: elasticsearch is up but its server pid is unknown ($home/server.pid)"
  curl -fsS "http://127.0.0.1:$ES_PORT/_cat/plugins" | grep -q shopstream-analysis ||
    die "elasticsearch is up without the shopstream-analysis plugin"
  log "elasticsearch is up: http://127.0.0.1:$ES_PORT, pid $(cat "$ES_PIDF" 2>/dev/null || echo '?')" \
    "(launcher $(cat "$ES_LAUNCHER_PIDF" 2>/dev/null || echo '?')), plugin shopstream-analysis [$((SECONDS - t0)) s]"
}

# TERM exactly the pids in the given pid files, wait up to 30 s, then KILL; remove the files.
stop_pids() { # name pidfile...
  local name=$1
  shift
  local -a pids=()
  local f
  for f in "$@"; do pid_alive "$f" && pids+=("$(<"$f")"); done
  if ((${#pids[@]} == 0)); then
    rm -f "$@"
    log "$name not running"
    return
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

stop_kafka() { stop_pids kafka "$KAFKA_PIDF"; }
# The server JVM first (graceful shutdown); its launcher exits with it.
stop_elasticsearch() { stop_pids elasticsearch "$ES_PIDF" "$ES_LAUNCHER_PIDF"; }

status_line() { # name pidfile port address
  if pid_alive "$2"; then
    if port_open "$3"; then
      echo "$1: running, pid $(<"$2"), $4"
    else
      echo "$1: starting (port $3 not answering yet), pid $(<"$2"), $4"
    fi
  elif port_open "$3"; then
    echo "$1: stopped (but port $3 is answering: another process?)"
  else
    echo "$1: stopped"
  fi
}

# ---------------------------------------------------------------- commands

cmd=${1:-status}
only=${2:-}
case "$only" in "" | kafka | elasticsearch) ;; *) die "unknown service '$only' (kafka or elasticsearch)" ;; esac
want() { [[ -z "$only" || "$only" == "$1" ]]; }

case "$cmd" in
  fetch) fetch ;;
  start)
    t_start=$SECONDS
    fetch
    if want kafka; then start_kafka; fi
    if want elasticsearch; then start_elasticsearch; fi
    if want kafka; then wait_kafka; fi
    if want elasticsearch; then wait_elasticsearch; fi
    log "ready in $((SECONDS - t_start)) s; use:"
    if want kafka; then echo "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT"; fi
    if want elasticsearch; then echo "ELASTICSEARCH_HOST=http://127.0.0.1:$ES_PORT"; fi
    ;;
  stop)
    if want elasticsearch; then stop_elasticsearch; fi
    if want kafka; then stop_kafka; fi
    ;;
  status)
    if want kafka; then status_line kafka "$KAFKA_PIDF" "$KAFKA_PORT" "127.0.0.1:$KAFKA_PORT"; fi
    if want elasticsearch; then
      es_pidf=$ES_PIDF
      pid_alive "$ES_PIDF" || es_pidf=$ES_LAUNCHER_PIDF
      status_line elasticsearch "$es_pidf" "$ES_PORT" "http://127.0.0.1:$ES_PORT"
    fi
    ;;
  reset)
    if want elasticsearch; then
      stop_elasticsearch
      rm -rf "$DIR/elasticsearch"
    fi
    if want kafka; then
      stop_kafka
      rm -rf "$DIR/kafka"
    fi
    log "data removed (downloads kept in $CACHE)"
    ;;
  logs)
    if want kafka; then show_log_tail 50 "$DIR/kafka/logs/server.log" 2>&1; fi
    if want elasticsearch; then show_log_tail 50 "$DIR/elasticsearch/logs/stdout.log" 2>&1; fi
    ;;
  *)
    echo "usage: $0 start|stop|status|fetch|reset|logs [kafka|elasticsearch]" >&2
    exit 2
    ;;
esac
