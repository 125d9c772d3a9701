#!/usr/bin/env bash
# Faceted statement search benchmark: REST latency against the same query run directly on the
# server's Lucene index, on an archive of at least a million statements built from Reuters-21578.
# A measurement, not a test: it never runs during mvn verify. See docs/BENCHMARKS.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REUTERS="$ROOT/../shared/data/reuters21578/reuters21578.jsonl"
SERVER="$ROOT/web-ui/target/server"
BENCH_CP="$ROOT/bench/target/classes:$ROOT/bench/target/lib/*"

DATA_DIR=""
REUSE=0
KEEP=0
PORT=8380
MANAGEMENT_PORT=10290
HEAP=2g
ITERATIONS=1000
WARMUP=2000
WARMUP_MAX=20000
JIT_SETTLED_MS=0.5
STATEMENTS=1000000
CLIENTS=2
BUILD=1
PROFILE=1
SERVER_JAVA_OPTS=""
MERGE=0
# Rebuilding the index of a million statements and 900,000 articles takes most of an hour here:
# far beyond WildFly's 300 s transaction and 600 s deployment timeouts (see docs/BENCHMARKS.md).
LONG_TIMEOUT=14400

say() { printf 'bench: %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

usage() {
  cat <<EOF
Usage: bench/run-search-benchmark.sh [options]

Builds the project, starts the portal with ./dictum run on a throw-away data directory and
non-default ports, loads Reuters-21578 over REST, replicates it in the database to at least
--statements statements, restarts the portal (which rebuilds the index), then measures
GET /api/search/statements against the same query on Lucene and prints the table.

  --data-dir DIR          keep the dataset in DIR (default: a temporary directory, deleted at the end)
  --reuse                 DIR already holds a dataset from an earlier run: skip the steps it records
  --keep                  keep the temporary data directory
  --port N                HTTP port of the portal (default $PORT)
  --management-port N     WildFly management port (default $MANAGEMENT_PORT)
  --heap SIZE             maximum heap of the portal, -Xmx (default $HEAP)
  --iterations N          timed requests per side (default $ITERATIONS)
  --warmup N              warm-up requests per side at least (default $WARMUP); then rounds of 500
                          until the server's JIT compiler uses under --jit-settled-ms of CPU per request
  --warmup-max N          warm-up requests per side at most (default $WARMUP_MAX)
  --jit-settled-ms MS     the compiler's CPU per request that counts as settled (default $JIT_SETTLED_MS)
  --statements N          statements to replicate to at least (default $STATEMENTS)
  --clients N             concurrent clients while loading (default $CLIENTS)
  --no-build              do not run mvn install first
  --no-profile            skip the profile of where REST's time goes
  --server-java-opt OPT   experiment: one more JVM option for the portal (repeatable)
  --merge-segments        experiment: merge the statement index into one segment before measuring
                          (what the mass indexer's mergeSegmentsOnFinish would do; changes DIR's index)
EOF
}

while (($#)); do
  case "$1" in
    --data-dir) DATA_DIR="${2:?--data-dir needs a directory}"; shift ;;
    --reuse) REUSE=1 ;;
    --keep) KEEP=1 ;;
    --port) PORT="${2:?}"; shift ;;
    --management-port) MANAGEMENT_PORT="${2:?}"; shift ;;
    --heap) HEAP="${2:?}"; shift ;;
    --iterations) ITERATIONS="${2:?}"; shift ;;
    --warmup) WARMUP="${2:?}"; shift ;;
    --warmup-max) WARMUP_MAX="${2:?}"; shift ;;
    --jit-settled-ms) JIT_SETTLED_MS="${2:?}"; shift ;;
    --server-java-opt) SERVER_JAVA_OPTS+=" ${2:?}"; shift ;;
    --statements) STATEMENTS="${2:?}"; shift ;;
    --clients) CLIENTS="${2:?}"; shift ;;
    --no-build) BUILD=0 ;;
    --no-profile) PROFILE=0 ;;
    --merge-segments) MERGE=1 ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
  shift
done

# shellcheck source=scripts/services.sh
source "$ROOT/bench/scripts/services.sh"
cleanup() {
  local rc=$?
  stop_services
  if ((THROWAWAY && !KEEP)); then
    rm -rf "$DATA_DIR"
  elif ((rc != 0)); then
    say "data directory kept: $DATA_DIR (rerun with --data-dir $DATA_DIR --reuse)"
  fi
  exit "$rc"
}

THROWAWAY=0
if [[ -z "$DATA_DIR" ]]; then
  ((REUSE == 0)) || die "--reuse needs --data-dir"
  DATA_DIR="$(mktemp -d "${TMPDIR:-/tmp}/dictum-search-bench.XXXXXX")"
  THROWAWAY=1
fi
mkdir -p "$DATA_DIR"
DATA_DIR="$(cd "$DATA_DIR" && pwd)"
INFO="$DATA_DIR/bench-dataset.properties"
if [[ -e "$DATA_DIR/db" && $REUSE -eq 0 ]]; then
  die "$DATA_DIR already holds a dataset: add --reuse to measure it again, or choose an empty directory"
fi
recorded() { [[ -f "$INFO" ]] && grep -q "^$1=" "$INFO"; }

# The portal's first administrator, who posts the stories: the password stays with the dataset
# (created once, private to its owner), so that a --reuse run logs in again.
if [[ -z "${DICTUM_ADMIN_PASSWORD:-}" ]]; then
  if [[ ! -s "$DATA_DIR/admin-password" ]]; then
    (umask 077 && head -c 18 /dev/urandom | base64 | tr '+/' '-_' >"$DATA_DIR/admin-password")
  fi
  DICTUM_ADMIN_PASSWORD="$(cat "$DATA_DIR/admin-password")"
fi
export DICTUM_ADMIN_PASSWORD

trap cleanup EXIT
trap 'exit 130' INT TERM

if ! recorded load.seconds && [[ ! -f "$REUTERS" ]]; then
  say "skipped: $REUTERS not found (the benchmark loads Reuters-21578 from ../shared/data)"
  exit 0
fi

bench() {
  java -Xmx1g -cp "$BENCH_CP" org.dictum.bench.search.SearchBenchmark "$@" --data-dir "$DATA_DIR"
}

if ((BUILD)); then
  say "building the project (mvn -B -q -o install -DskipTests), so the portal runs this worktree's code"
  (cd "$ROOT" && mvn -B -q -o install -DskipTests)
fi
[[ -f "$ROOT/bench/target/classes/org/dictum/bench/search/SearchBenchmark.class" ]] || die "bench module not built"

# The portal runs on the provisioned WildFly with a copy of its configuration, so that the
# benchmark can raise two timeouts without touching the server the other commands use.
server_config() {
  local config="$DATA_DIR/server-config"
  rm -rf "$config"
  cp -r "$SERVER/standalone/configuration" "$config"
  rm -rf "$config/standalone_xml_history"
  local xml="$config/standalone-microprofile.xml"
  sed -i "s|<coordinator-environment |<coordinator-environment default-timeout=\"$LONG_TIMEOUT\" |" "$xml"
  sed -i "s|<deployment-scanner path=\"deployments\"|<deployment-scanner deployment-timeout=\"$LONG_TIMEOUT\" path=\"deployments\"|" "$xml"
  grep -q "default-timeout=\"$LONG_TIMEOUT\"" "$xml" && grep -q "deployment-timeout=\"$LONG_TIMEOUT\"" "$xml" ||
    die "could not set the timeouts in $xml"
  printf '%s' "$config"
}

RUN=0
start_portal_on_dataset() {
  RUN=$((RUN + 1))
  local config log
  config="$(server_config)"
  mkdir -p "$DATA_DIR/logs"
  log="$DATA_DIR/logs/portal-$RUN.log"
  # ./dictum honours JAVA_OPTS through WildFly's standalone.sh, which then drops its own defaults:
  # they are repeated here, with the heap, the configuration copy, ports of our own for the
  # listeners ./dictum does not set, and a deep stack for the flight recorder's profile.
  local java_opts
  java_opts="$(portal_java_opts "$HEAP" "$PORT" "$MANAGEMENT_PORT") -Djboss.server.config.dir=$config"
  java_opts+=" -Djboss.as.management.blocking.timeout=$LONG_TIMEOUT -XX:FlightRecorderOptions:stackdepth=2048$SERVER_JAVA_OPTS"
  say "starting the portal on port $PORT (heap $HEAP, data $DATA_DIR); log $log"
  STARTED_AT=$SECONDS
  start_portal "$log" DICTUM_DATA="$DATA_DIR" DICTUM_PORT="$PORT" DICTUM_MANAGEMENT_PORT="$MANAGEMENT_PORT" DICTUM_HTTPS_PORT="$((PORT + 363))" \
    DICTUM_SAMPLE_DATA_ENABLED=false DICTUM_STARTUP_TIMEOUT="$LONG_TIMEOUT" JAVA_OPTS="$java_opts"
  local next_report=$((SECONDS + 60))
  until grep -q "Dictum is ready" "$log"; do
    if ! kill -0 "$LAUNCHER_PID" 2>/dev/null; then
      sed 's/^/  /' "$log" >&2
      LAUNCHER_PID=""
      die "the portal did not start; server log: $SERVER_LOG"
    fi
    if ((SECONDS >= next_report)); then
      local progress
      progress="$(server_log | grep -o 'Reindex run [0-9]* progress: [a-z]* [0-9.]*%' | tail -1 || true)"
      say "waiting for the portal, $((SECONDS - STARTED_AT)) s${progress:+; $progress}"
      next_report=$((SECONDS + 60))
    fi
    sleep 2
  done
  say "portal ready after $((SECONDS - STARTED_AT)) s"
  wait_for_index
  READY_SECONDS=$((SECONDS - STARTED_AT))
}

# The portal checks its index against the database at start-up and, when they differ (as after
# replicating), rebuilds it in the background while already answering: wait for the verdict.
wait_for_index() {
  local next_report=$((SECONDS + 60)) verdict
  while :; do
    verdict="$(server_log | grep -o -e 'Search index in step with the database' \
      -e 'Search index rebuilt in [0-9]* ms' -e 'Search index rebuild failed' -e 'Search index rebuild interrupted' | tail -1 || true)"
    case "$verdict" in
      "Search index in step"*) return 0 ;;
      "Search index rebuilt in"*) say "${verdict} after the portal was ready"; return 0 ;;
      "Search index rebuild"*) die "$verdict; server log: $SERVER_LOG" ;;
    esac
    kill -0 "$LAUNCHER_PID" 2>/dev/null || die "the portal stopped while its index was checked; server log: $SERVER_LOG"
    if ((SECONDS >= next_report)); then
      local progress
      progress="$(server_log | grep -o 'Reindex run [0-9]* progress: [a-z]* [0-9.]*%' | tail -1 || true)"
      say "waiting for the index, $((SECONDS - STARTED_AT)) s${progress:+; $progress}"
      next_report=$((SECONDS + 60))
    fi
    sleep 5
  done
}

if ! recorded load.seconds; then
  start_portal_on_dataset
  bench load --url "http://127.0.0.1:$PORT" --reuters "$REUTERS" --clients "$CLIENTS"
  stop_services
fi

if ! recorded replicate.seconds; then
  bench replicate --target "$STATEMENTS"
fi

if ! recorded complete; then
  start_portal_on_dataset # finds the index out of step with the database and rebuilds it (waited for)
  rebuild_ms="$(server_log | grep -o 'Search index rebuilt in [0-9]* ms' | grep -o '[0-9]*' | tail -1 || true)"
  [[ -n "$rebuild_ms" ]] || say "note: no index rebuild seen in the server log"
  bench indexed --seconds "$READY_SECONDS" ${rebuild_ms:+--rebuild-ms "$rebuild_ms"} --heap "$HEAP"
  ((MERGE == 0)) || stop_services
fi
if ((MERGE)); then
  bench merge-segments
fi
[[ -n "$LAUNCHER_PID" ]] || start_portal_on_dataset

measure_args=(--url "http://127.0.0.1:$PORT" --iterations "$ITERATIONS" --warmup "$WARMUP" --warmup-max "$WARMUP_MAX" --jit-settled-ms "$JIT_SETTLED_MS" --server-heap "$HEAP"
  --server-pid "$(cat "$ROOT/.dictum.pid")"
  --commit "$(cd "$ROOT" && git rev-parse --short HEAD)$(cd "$ROOT" && git diff --quiet HEAD -- . || echo '+changes')")
if ((PROFILE)); then
  measure_args+=(--profile --profile-dir "$DATA_DIR/logs")
fi
bench measure "${measure_args[@]}"
