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
JFR_FILE=""
SERVER_JAVA_OPTS=""

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
  --jfr FILE              record the import with Java Flight Recorder (profile settings) into FILE
  --server-java-opt OPT   experiment: one more JVM option for the portal (repeatable)
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
    --jfr) JFR_FILE="${2:?--jfr needs a file}"; shift ;;
    --server-java-opt) SERVER_JAVA_OPTS+=" ${2:?}"; shift ;;
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

# shellcheck source=scripts/services.sh
source "$ROOT/bench/scripts/services.sh"
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_services
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
  create_database "$DATABASE"
  start_opensearch "$DATA_DIR/opensearch" "$OPENSEARCH_PORT" 384m
  BACKEND_ENV=(DICTUM_DB_DRIVER=postgresql DICTUM_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DATABASE"
    DICTUM_DB_USER=postgres DICTUM_DB_PASSWORD=postgres
    DICTUM_SEARCH_BACKEND=elasticsearch DICTUM_SEARCH_HOSTS="127.0.0.1:$OPENSEARCH_PORT")
fi

# The portal's first administrator, who makes the import's token.
DICTUM_ADMIN_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
export DICTUM_ADMIN_PASSWORD

say "starting the portal ($BACKEND) on port $PORT (heap $HEAP, data $DATA_DIR/portal); log $DATA_DIR/logs/portal.log"
STARTED_NS=$(date +%s%N)
start_portal "$DATA_DIR/logs/portal.log" ${BACKEND_ENV[@]+"${BACKEND_ENV[@]}"} DICTUM_DATA="$DATA_DIR/portal" \
  DICTUM_PORT="$PORT" DICTUM_MANAGEMENT_PORT="$MANAGEMENT_PORT" DICTUM_HTTPS_PORT="$((PORT + 363))" DICTUM_SAMPLE_DATA_ENABLED=false \
  JAVA_OPTS="$(portal_java_opts "$HEAP" "$PORT" "$MANAGEMENT_PORT")${JFR_FILE:+ -XX:FlightRecorderOptions:stackdepth=512}$SERVER_JAVA_OPTS"
await_deployed
await_ready "$MANAGEMENT_PORT"
READY_MS=$((($(date +%s%N) - STARTED_NS) / 1000000))
say "start to ready (deployed, page answering, /health/ready UP): $READY_MS ms"
SERVER_PID="$(cat "$ROOT/.dictum.pid")"
TOKEN="$(admin_token "$PORT" "$DICTUM_ADMIN_PASSWORD" "import benchmark")" || die "could not make a token as admin"

if [[ -n "$JFR_FILE" ]]; then
  JFR_FILE="$(cd "$(dirname "$JFR_FILE")" && pwd)/$(basename "$JFR_FILE")"
  jcmd "$SERVER_PID" JFR.start name=import settings=profile filename="$JFR_FILE" >/dev/null
fi
# CPU time of the batch and executor threads before the import, to subtract from that after it.
jcmd "$SERVER_PID" Thread.print >"$DATA_DIR/threads-before-import.txt"
process_cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat"; }
PROCESS_CPU_BEFORE="$(process_cpu "$SERVER_PID")"

# 4. The import, through the client a librarian uses; its own status gives the rate.
(cd "$ROOT" && DICTUM_TOOL_JAVA_OPTS=-Xmx256m ./dictum import "$IMPORT_FILE" --format jsonl \
  --url "http://127.0.0.1:$PORT/" --token "$TOKEN") | tee "$DATA_DIR/logs/import.log"
IMPORT_ID="$(grep -o 'import [0-9]*' "$DATA_DIR/logs/import.log" | head -1 | grep -o '[0-9]*')"
[[ -n "$IMPORT_ID" ]] || die "./dictum import named no import"
curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/imports/$IMPORT_ID" >"$DATA_DIR/import.json"

jcmd "$SERVER_PID" Thread.print >"$DATA_DIR/threads-after-import.txt"
if [[ -n "$JFR_FILE" ]]; then
  jcmd "$SERVER_PID" JFR.stop name=import >/dev/null
  say "flight recording of the import: $JFR_FILE"
fi
# The thread that stores (JBeret's "Batch Thread - N") and the executor's threads that extract
# ahead (EE-ManagedExecutorService-default-Thread-N): CPU seconds spent during the import.
thread_cpu() {
  awk -v pattern="$2" '$0 ~ "^\"(" pattern ")" { for (i = 1; i <= NF; i++) if ($i ~ /^cpu=/) { v = substr($i, 5); sub(/ms$/, "", v); sum += v } }
    END { printf "%.1f", sum / 1000 }' "$1"
}
say "CPU of the server process during the import: $(awk -v a="$(process_cpu "$SERVER_PID")" -v b="$PROCESS_CPU_BEFORE" 'BEGIN { printf "%.1f", a - b }') s"
# The JVM's own threads too: garbage collection (G1's parallel, concurrent and refinement threads)
# and the JIT compilers, which the rest of the server's CPU was not attributed to before.
for group in "Batch Thread=Batch Thread" "EE-ManagedExecutorService=EE-ManagedExecutorService" \
    "Hibernate Search=Hibernate Search" "garbage collector=GC Thread|G1 " "JIT compiler=C2 CompilerThread|C1 CompilerThread"; do
  label="${group%%=*}"
  pattern="${group#*=}"
  before="$(thread_cpu "$DATA_DIR/threads-before-import.txt" "$pattern")"
  after="$(thread_cpu "$DATA_DIR/threads-after-import.txt" "$pattern")"
  say "CPU of the $label threads during the import: $(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.1f", a - b }') s"
done
jcmd "$SERVER_PID" GC.heap_info >"$DATA_DIR/heap-after-import.txt"
jcmd "$SERVER_PID" GC.run >/dev/null
jcmd "$SERVER_PID" GC.heap_info >"$DATA_DIR/heap-after-gc.txt"

if [[ "$BACKEND" == lucene ]]; then STORE="H2 + Lucene"; else STORE="PostgreSQL + OpenSearch"; fi
say "figures:"
bench report --import "$DATA_DIR/import.json" --heap-info "$DATA_DIR/heap-after-import.txt" \
  --heap-info-after-gc "$DATA_DIR/heap-after-gc.txt" --ready-ms "$READY_MS" \
  --label "$STORE, heap $HEAP, commit $(cd "$ROOT" && git rev-parse --short HEAD)$(cd "$ROOT" && git diff --quiet HEAD -- . || echo "+changes")"
