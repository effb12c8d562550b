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
# Everything lives under .services/ (git-ignored); downloads are cached there.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIR=${SHOPSTREAM_SERVICES_DIR:-$ROOT/.services}
CACHE=$DIR/cache
KAFKA_LIBS=$CACHE/kafka-libs
ES_ZIP_DIR=$CACHE/es-zip
ES_HOME=$CACHE/elasticsearch-8.14.1
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
ES_PORT=${ES_PORT:-9200}
KAFKA_HEAP=${KAFKA_HEAP:-512m}
ES_HEAP=${ES_HEAP:-1g}
ES_USER=${SHOPSTREAM_ES_USER:-shopstream}
WAIT_SECONDS=${SHOPSTREAM_SERVICES_WAIT:-180}

log() { printf '%s [services] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

java_home() {
  if [[ -n "${JAVA_HOME:-}" ]]; then echo "$JAVA_HOME"; return; fi
  command -v java >/dev/null || die "java not found (Java 17+ is needed: apt-get install openjdk-17-jre-headless)"
  dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}

mvn_fetch() { # profile outdir
  command -v mvn >/dev/null || die "mvn not found (apt-get install maven)"
  local quiet=-q
  [[ "${SHOPSTREAM_VERBOSE:-0}" == 1 ]] && quiet=
  local mlog=$DIR/mvn-$1.log
  mkdir -p "$2"
  if ! mvn $quiet -B -f "$ROOT/services/pom.xml" -P"$1" dependency:copy-dependencies \
      -DoutputDirectory="$2" >"$mlog" 2>&1; then
    tail -n 40 "$mlog" >&2
    die "maven could not fetch profile $1 (log: $mlog)"
  fi
}

fetch() {
  mkdir -p "$CACHE"
  if [[ ! -f $KAFKA_LIBS/.complete ]]; then
    log "fetching Kafka 3.9.1 jars from Maven Central (~56 MB, once)…"
    rm -rf "$KAFKA_LIBS"
    mvn_fetch kafka "$KAFKA_LIBS"
    touch "$KAFKA_LIBS/.complete"
  fi
  if [[ ! -f $ES_HOME/.complete ]]; then
    log "fetching Elasticsearch 8.14.1 from Maven Central (~88 MB, once)…"
    rm -rf "$ES_ZIP_DIR" "$ES_HOME"
    mvn_fetch elasticsearch "$ES_ZIP_DIR"
    local zip
    zip=$(ls "$ES_ZIP_DIR"/elasticsearch-*.zip | head -n 1)
    (cd "$CACHE" && unzip -q "$zip")
    touch "$ES_HOME/.complete"
  fi
  build_plugin
}

build_plugin() {
  local src=$ROOT/services/es-analysis/src/dev/shopstream/analysis/ShopstreamAnalysisPlugin.java
  local dest=$ES_HOME/plugins/shopstream-analysis
  if [[ -f $dest/shopstream-analysis.jar && $dest/shopstream-analysis.jar -nt $src ]]; then return; fi
  log "building the shopstream-analysis ES plugin…"
  local build=$CACHE/plugin-build
  rm -rf "$build" && mkdir -p "$build/classes" "$dest"
  "$(java_home)/bin/javac" --release 17 -nowarn -d "$build/classes" -cp "$ES_HOME/lib/*" "$src"
  "$(java_home)/bin/jar" cf "$dest/shopstream-analysis.jar" -C "$build/classes" .
  cp "$ROOT/services/es-analysis/plugin-descriptor.properties" "$dest/"
}

pid_alive() { [[ -f $1 ]] && kill -0 "$(cat "$1")" 2>/dev/null; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_kafka() {
  local home=$DIR/kafka pidf=$DIR/kafka.pid
  if pid_alive "$pidf"; then log "kafka already running (pid $(cat "$pidf"))"; return; fi
  port_open "$KAFKA_PORT" && die "port $KAFKA_PORT is taken by another process (not ours): stop it or set KAFKA_PORT"
  mkdir -p "$home/data" "$home/logs"
  cat >"$home/server.properties" <<PROPS
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
  cat >"$home/log4j.properties" <<PROPS
log4j.rootLogger=WARN, file
log4j.appender.file=org.apache.log4j.RollingFileAppender
log4j.appender.file.File=$home/logs/server.log
log4j.appender.file.MaxFileSize=20MB
log4j.appender.file.MaxBackupIndex=2
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.server.KafkaServer=INFO
log4j.logger.kafka.server.BrokerServer=INFO
PROPS
  local java
  java="$(java_home)/bin/java"
  if [[ ! -f $home/data/meta.properties ]]; then
    log "formatting Kafka storage (first start)"
    local id
    id=$("$java" -cp "$KAFKA_LIBS/*" -Dlog4j.configuration="file:$home/log4j.properties" kafka.tools.StorageTool random-uuid)
    "$java" -cp "$KAFKA_LIBS/*" -Dlog4j.configuration="file:$home/log4j.properties" \
      kafka.tools.StorageTool format -t "$id" -c "$home/server.properties" >"$home/logs/format.log" 2>&1 ||
      { cat "$home/logs/format.log" >&2; die "kafka storage format failed"; }
  fi
  log "starting Kafka on 127.0.0.1:$KAFKA_PORT"
  nohup "$java" -Xms"$KAFKA_HEAP" -Xmx"$KAFKA_HEAP" -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$home/log4j.properties" -cp "$KAFKA_LIBS/*" \
    kafka.Kafka "$home/server.properties" >"$home/logs/stdout.log" 2>&1 &
  echo $! >"$pidf"
}

start_elasticsearch() {
  local home=$DIR/elasticsearch pidf=$DIR/elasticsearch.pid
  if pid_alive "$pidf"; then log "elasticsearch already running (pid $(cat "$pidf"))"; return; fi
  port_open "$ES_PORT" && die "port $ES_PORT is taken by another process (not ours): stop it or set ES_PORT"
  mkdir -p "$home/data" "$home/logs"
  local -a run=()
  if [[ $(id -u) == 0 ]]; then
    # Elasticsearch refuses to run as root; run it as an unprivileged system user.
    id -u "$ES_USER" >/dev/null 2>&1 ||
      useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER"
    chown -R "$ES_USER:" "$home" "$ES_HOME"
    run=(setpriv --reuid="$ES_USER" --regid="$ES_USER" --clear-groups)
  fi
  log "starting Elasticsearch on 127.0.0.1:$ES_PORT (heap $ES_HEAP)"
  # setpriv execs the launcher, so $! is the launcher's pid; it stops the server JVM on TERM.
  ES_JAVA_HOME=$(java_home) ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP" nohup "${run[@]}" "$ES_HOME/bin/elasticsearch" \
    -E cluster.name=shopstream -E node.name=shopstream-1 \
    -E discovery.type=single-node -E network.host=127.0.0.1 -E http.port="$ES_PORT" \
    -E transport.port=9300-9399 \
    -E path.data="$home/data" -E path.logs="$home/logs" \
    -E xpack.security.enabled=false -E xpack.ml.enabled=false \
    -E cluster.routing.allocation.disk.threshold_enabled=false \
    -E action.destructive_requires_name=false \
    >"$home/logs/stdout.log" 2>&1 &
  echo $! >"$pidf"
}

wait_kafka() {
  local deadline=$((SECONDS + WAIT_SECONDS))
  until port_open "$KAFKA_PORT" && { ! command -v kcat >/dev/null || kcat -b "127.0.0.1:$KAFKA_PORT" -L -m 5 >/dev/null 2>&1; }; do
    if ! pid_alive "$DIR/kafka.pid"; then tail -n 30 "$DIR/kafka/logs/"{stdout,server}.log >&2 || true; die "kafka exited"; fi
    if ((SECONDS > deadline)); then tail -n 30 "$DIR/kafka/logs/server.log" >&2 || true; die "kafka not up after ${WAIT_SECONDS}s"; fi
    sleep 1
  done
  log "kafka is up"
}

wait_elasticsearch() {
  local deadline=$((SECONDS + WAIT_SECONDS))
  until curl -fsS -m 5 "http://127.0.0.1:$ES_PORT/_cluster/health?wait_for_status=yellow&timeout=5s" >/dev/null 2>&1; do
    if ! pid_alive "$DIR/elasticsearch.pid"; then tail -n 30 "$DIR/elasticsearch/logs/stdout.log" >&2 || true; die "elasticsearch exited"; fi
    if ((SECONDS > deadline)); then tail -n 30 "$DIR/elasticsearch/logs/stdout.log" >&2 || true; die "elasticsearch not up after ${WAIT_SECONDS}s"; fi
    sleep 2
  done
  curl -fsS "http://127.0.0.1:$ES_PORT/_cat/plugins" | grep -q shopstream-analysis ||
    die "elasticsearch is up without the shopstream-analysis plugin"
  log "elasticsearch is up"
}

stop_one() { # name
  local pidf=$DIR/$1.pid
  if ! pid_alive "$pidf"; then rm -f "$pidf"; log "$1 not running"; return; fi
  local pid
  pid=$(cat "$pidf")
  log "stopping $1 (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then log "$1 did not stop in 30 s: KILL"; kill -KILL "$pid" 2>/dev/null || true; fi
  # The ES launcher's server JVM is its child: make sure it is gone too.
  pkill -KILL -P "$pid" 2>/dev/null || true
  rm -f "$pidf"
}

status_one() { # name address
  if pid_alive "$DIR/$1.pid"; then echo "$1: running (pid $(cat "$DIR/$1.pid")) at $2"; else echo "$1: stopped"; fi
}

want() { [[ -z "${2:-}" || "$2" == "$1" ]]; }

cmd=${1:-status}
only=${2:-}
case "$cmd" in
  fetch) fetch ;;
  start)
    fetch
    want kafka "$only" && start_kafka
    want elasticsearch "$only" && start_elasticsearch
    want kafka "$only" && wait_kafka
    want elasticsearch "$only" && wait_elasticsearch
    echo "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT"
    echo "ELASTICSEARCH_HOST=http://127.0.0.1:$ES_PORT"
    ;;
  stop)
    want elasticsearch "$only" && stop_one elasticsearch
    want kafka "$only" && stop_one kafka
    ;;
  status)
    status_one kafka "127.0.0.1:$KAFKA_PORT"
    status_one elasticsearch "http://127.0.0.1:$ES_PORT"
    ;;
  reset)
    "$0" stop
    rm -rf "$DIR/kafka" "$DIR/elasticsearch"
    log "data removed (downloads kept in $CACHE)"
    ;;
  logs)
    want kafka "$only" && tail -n 50 "$DIR/kafka/logs/server.log" 2>/dev/null
    want elasticsearch "$only" && tail -n 50 "$DIR/elasticsearch/logs/stdout.log" 2>/dev/null
    ;;
  *) echo "usage: $0 start|stop|status|fetch|reset|logs [kafka|elasticsearch]" >&2; exit 2 ;;
esac
