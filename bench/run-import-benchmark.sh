#!/usr/bin/env bash
# Bulk import benchmark: Reuters-21578 through the whole import pipeline (./dictum import) against
# the extraction-only ceiling measured on the same records in the same run, with the server's heap
# after the import and its start-to-ready time. A measurement, not a test: it never runs during
# mvn verify. See docs/BENCHMARKS.md, "Bulk import".
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REUTERS="$ROOT/../shared/data/reuters21578/reuters21578.jsonl"
BENCH_CP="$ROOT/bench/target/classes:$ROOT/bench/target/lib/*"

BACKEND=lucene
LIMIT=0
DATA_DIR=""
PORT=8480
MANAGEMENT_PORT=10390
OPENSEARCH_PORT=9480
HEAP=1g
DATABASE=dictum_bench
BUILD=1

say() { printf 'bench: %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

usage() {
  cat <<USAGE
Usage: bench/run-import-benchmark.sh [--backend lucene|opensearch] [--limit N] [--data-dir DIR] [options]

Converts Reuters-21578 into import JSON Lines, measures the extraction-only ceiling on those
records (one thread, the server's heap flags), starts the portal on a fresh data directory
(H2 + Lucene, or PostgreSQL database $DATABASE + an OpenSearch node of its own), imports the file
with ./dictum import, and prints records, stored, skipped, failed, import docs/s, ceiling docs/s,
their ratio, the server's heap after the import and its start-to-ready time. Stops everything it
started, also on error or Ctrl-C.

  --backend B             lucene (H2 + embedded Lucene, default) or opensearch (PostgreSQL + OpenSearch)
  --limit N               import the first N records only (default: all stories with text)
  --data-dir DIR          an empty directory for the portal's data (default: a temporary one, deleted)
  --port N                HTTP port of the portal (default $PORT)
  --management-port N     WildFly management port (default $MANAGEMENT_PORT)
  --opensearch-port N     HTTP port of the OpenSearch node (default $OPENSEARCH_PORT)
  --heap SIZE             -Xmx of the portal and of the ceiling's JVM (default $HEAP)
  --no-build              do not build first (mvn -B -q -o package -DskipTests)
USAGE
}

while (($#)); do
  case "$1" in
    --backend) BACKEND="${2:?--backend needs lucene or opensearch}"; shift ;;
    --limit) LIMIT="${2:?}"; shift ;;
    --data-dir) DATA_DIR="${2:?--data-dir needs a directory}"; shift ;;
    --port) PORT="${2:?}"; shift ;;
    --management-port) MANAGEMENT_PORT="${2:?}"; shift ;;
    --opensearch-port) OPENSEARCH_PORT="${2:?}"; shift ;;
    --heap) HEAP="${2:?}"; shift ;;
    --no-build) BUILD=0 ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
  shift
done
[[ "$BACKEND" == lucene || "$BACKEND" == opensearch ]] || die "--backend is lucene or opensearch"
[[ "$LIMIT" =~ ^[0-9]+$ ]] || die "--limit needs a number"
if [[ ! -f "$REUTERS" ]]; then
  say "skipped: $REUTERS not found (the benchmark imports Reuters-21578 from ../shared/data)"
  exit 0
fi

THROWAWAY=0
if [[ -z "$DATA_DIR" ]]; then
  DATA_DIR="$(mktemp -d "${TMPDIR:-/tmp}/dictum-import-bench.XXXXXX")"
  THROWAWAY=1
fi
mkdir -p "$DATA_DIR"
DATA_DIR="$(cd "$DATA_DIR" && pwd)"
[[ -z "$(ls -A "$DATA_DIR")" ]] || die "$DATA_DIR is not empty: the import is measured on a fresh archive"
FIGURES="$DATA_DIR/figures.properties"
IMPORT_FILE="$DATA_DIR/reuters-import.jsonl"
mkdir -p "$DATA_DIR/logs"

LAUNCHER_PID=""
OPENSEARCH_PID=""
DATABASE_CREATED=0
psql_admin() { psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -qc "$1"; }
stop_all() {
  if [[ -n "$LAUNCHER_PID" ]] && kill -0 "$LAUNCHER_PID" 2>/dev/null; then
    say "stopping the portal"
    (cd "$ROOT" && ./dictum stop) || true
    wait "$LAUNCHER_PID" 2>/dev/null || true
  fi
  LAUNCHER_PID=""
  if [[ -n "$OPENSEARCH_PID" ]] && kill -0 "$OPENSEARCH_PID" 2>/dev/null; then
    say "stopping the OpenSearch node (PID $OPENSEARCH_PID)"
    kill "$OPENSEARCH_PID" 2>/dev/null || true
    wait "$OPENSEARCH_PID" 2>/dev/null || true
  fi
  OPENSEARCH_PID=""
  if ((DATABASE_CREATED)); then
    say "dropping the database $DATABASE"
    psql_admin "DROP DATABASE IF EXISTS $DATABASE" || true
    DATABASE_CREATED=0
  fi
}
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_all
  if ((THROWAWAY)); then
    rm -rf "$DATA_DIR"
  elif ((rc != 0)); then
    say "logs kept in $DATA_DIR/logs"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ((BUILD)); then
  say "building the project (mvn -B -q -o package -DskipTests), so the portal runs this worktree's code"
  (cd "$ROOT" && mvn -B -q -o package -DskipTests)
fi
[[ -f "$ROOT/bench/target/classes/org/dictum/bench/imports/ImportBenchmark.class" ]] || die "bench module not built"

bench() { java -Xms512m -Xmx"$HEAP" -cp "$BENCH_CP" org.dictum.bench.imports.ImportBenchmark "$@" --figures "$FIGURES"; }

# 1. The import file; 2. the ceiling on it, with the portal's heap flags and, like the import's
# chunk step, one thread; before the portal starts, so that the two do not share the cores.
bench convert --reuters "$REUTERS" --out "$IMPORT_FILE" --limit "$LIMIT"
bench ceiling --file "$IMPORT_FILE"

# 3. The backend: nothing for Lucene (H2 and the index live in the data directory); for OpenSearch
# a database of our own and a node in a JVM of its own (the ITs' launcher, from it-tests).
BACKEND_ENV=()
if [[ "$BACKEND" == opensearch ]]; then
  command -v psql >/dev/null || die "psql is needed for the opensearch backend (PostgreSQL on 127.0.0.1:5432)"
  psql_admin "DROP DATABASE IF EXISTS $DATABASE"
  psql_admin "CREATE DATABASE $DATABASE"
  DATABASE_CREATED=1
  say "database $DATABASE created on 127.0.0.1:5432"
  [[ -f "$ROOT/it-tests/target/test-classes/org/dictum/it/opensearch/OpenSearchLauncher.class" ]] || die "it-tests not built"
  CP_FILE="$DATA_DIR/opensearch.classpath"
  (cd "$ROOT" && mvn -B -q -o -pl it-tests dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE") >/dev/null
  OS_DIR="$DATA_DIR/opensearch"
  mkdir -p "$OS_DIR"
  java -Xms128m -Xmx384m -Dlog4j.configurationFile="$ROOT/it-tests/target/test-classes/opensearch/log4j2.xml" \
    -Dopensearch.log.file="$OS_DIR/opensearch.log" -cp "$ROOT/it-tests/target/test-classes:$(cat "$CP_FILE")" \
    org.dictum.it.opensearch.OpenSearchLauncher "$OS_DIR" "$OPENSEARCH_PORT" >"$DATA_DIR/logs/opensearch-launcher.log" 2>&1 &
  OPENSEARCH_PID=$!
  say "starting an OpenSearch node on port $OPENSEARCH_PORT (PID $OPENSEARCH_PID)"
  until [[ -f "$OS_DIR/opensearch.port" ]]; do
    [[ ! -f "$OS_DIR/opensearch.failed" ]] || die "the OpenSearch node did not start: $(head -3 "$OS_DIR/opensearch.failed")"
    kill -0 "$OPENSEARCH_PID" 2>/dev/null || die "the OpenSearch node exited; see $DATA_DIR/logs/opensearch-launcher.log"
    sleep 0.5
  done
  BACKEND_ENV=(DICTUM_DB_DRIVER=postgresql DICTUM_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DATABASE"
    DICTUM_DB_USER=postgres DICTUM_DB_PASSWORD=postgres
    DICTUM_SEARCH_BACKEND=elasticsearch DICTUM_SEARCH_HOSTS="127.0.0.1:$OPENSEARCH_PORT")
fi

# The portal's first administrator, who makes the import's token.
DICTUM_ADMIN_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
export DICTUM_ADMIN_PASSWORD

LOG="$DATA_DIR/logs/portal.log"
# ./dictum honours JAVA_OPTS through WildFly's standalone.sh, which then drops its own defaults:
# they are repeated here with the heap, and ports of our own for the listeners ./dictum does not set.
JAVA_OPTS="-Xms512m -Xmx$HEAP -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true"
JAVA_OPTS+=" -Djboss.https.port=$((PORT + 363)) -Djboss.management.https.port=$((MANAGEMENT_PORT + 3)) -Djboss.ajp.port=$((PORT - 71))"
say "starting the portal ($BACKEND) on port $PORT (heap $HEAP, data $DATA_DIR/portal); log $LOG"
STARTED_NS=$(date +%s%N)
elapsed_ms() { local now; now=$(date +%s%N); echo $(((now - STARTED_NS) / 1000000)); }
(cd "$ROOT" && exec env ${BACKEND_ENV[@]+"${BACKEND_ENV[@]}"} DICTUM_DATA="$DATA_DIR/portal" DICTUM_PORT="$PORT" \
  DICTUM_MANAGEMENT_PORT="$MANAGEMENT_PORT" DICTUM_SAMPLE_DATA_ENABLED=false JAVA_OPTS="$JAVA_OPTS" ./dictum run) >"$LOG" 2>&1 &
LAUNCHER_PID=$!
until grep -q "Dictum is ready" "$LOG" && curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/health/ready" >/dev/null; do
  if ! kill -0 "$LAUNCHER_PID" 2>/dev/null; then
    sed 's/^/  /' "$LOG" >&2
    LAUNCHER_PID=""
    die "the portal did not start"
  fi
  sleep 0.2
done
READY_MS="$(elapsed_ms)"
say "start to ready (deployed, page answering, /health/ready UP): $READY_MS ms"
SERVER_PID="$(cat "$ROOT/.dictum.pid")"

TOKEN="$(curl -sf -u "admin:$DICTUM_ADMIN_PASSWORD" -X POST "http://127.0.0.1:$PORT/api/tokens" \
  -H 'Content-Type: application/json' -d '{"name":"import benchmark","scopes":["read","write"]}' |
  sed 's/.*"token":"\([^"]*\)".*/\1/')" || die "could not make a token as admin"

# 4. The import, through the client a librarian uses; its own status gives the rate.
(cd "$ROOT" && DICTUM_TOOL_JAVA_OPTS=-Xmx256m ./dictum import "$IMPORT_FILE" --format jsonl \
  --url "http://127.0.0.1:$PORT/" --token "$TOKEN") | tee "$DATA_DIR/logs/import.log"
IMPORT_ID="$(grep -o 'import [0-9]*' "$DATA_DIR/logs/import.log" | head -1 | grep -o '[0-9]*')"
[[ -n "$IMPORT_ID" ]] || die "./dictum import named no import"
curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/imports/$IMPORT_ID" >"$DATA_DIR/import.json"

jcmd "$SERVER_PID" GC.heap_info >"$DATA_DIR/heap-after-import.txt"
jcmd "$SERVER_PID" GC.run >/dev/null
jcmd "$SERVER_PID" GC.heap_info >"$DATA_DIR/heap-after-gc.txt"

if [[ "$BACKEND" == lucene ]]; then STORE="H2 + Lucene"; else STORE="PostgreSQL + OpenSearch"; fi
say "figures:"
bench report --import "$DATA_DIR/import.json" --heap-info "$DATA_DIR/heap-after-import.txt" \
  --heap-info-after-gc "$DATA_DIR/heap-after-gc.txt" --ready-ms "$READY_MS" \
  --label "$STORE, heap $HEAP, commit $(cd "$ROOT" && git rev-parse --short HEAD)$(cd "$ROOT" && git diff --quiet HEAD -- . || echo "+changes")"
