#!/usr/bin/env bash
# Mass reindex benchmark: start-to-ready time of the portal on a big archive, then a mass reindex
# over REST with its documents/s and the heap after indexing. A measurement, not a test: it never
# runs during mvn verify. See docs/BENCHMARKS.md, "Mass reindex".
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA_DIR=""
PORT=8380
MANAGEMENT_PORT=10290
HEAP=1g
TYPES=""
REGROUP=0
BUILD=1
BACKEND=lucene
DATABASE=dictum_bench_reindex
OPENSEARCH_PORT=9480
OPENSEARCH_HEAP=1g

say() { printf 'bench: %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

usage() {
  cat <<EOF
Usage: bench/run-reindex-benchmark.sh --data-dir DIR [options]

Starts the portal with ./dictum run on DIR (an archive, e.g. the one bench/run-search-benchmark.sh
--data-dir DIR built: a million statements), measures the time until it is ready (deployed, and
/health/ready UP), runs a mass reindex with ./dictum reindex --figures, prints documents/s and the
heap after indexing, and stops the portal. The administrator's password is DICTUM_ADMIN_PASSWORD,
or DIR/admin-password as run-search-benchmark.sh keeps it.

  --data-dir DIR          the archive (required)
  --port N                HTTP port of the portal (default $PORT)
  --management-port N     WildFly management port (default $MANAGEMENT_PORT)
  --heap SIZE             maximum heap of the portal, -Xmx (default $HEAP: the target is at most 1 GiB)
  --types LIST            what to reindex, e.g. statements (default: articles and statements)
  --regroup-stories       group articles without a story fingerprint first
  --backend B             lucene (the archive's H2 file and Lucene index, default) or opensearch:
                          the H2 archive copied into PostgreSQL database $DATABASE with
                          ./dictum migrate-db (timed), an OpenSearch node of its own on an empty
                          index (the portal's start-up check rebuilds it: timed, then reindexed);
                          the database is dropped at the end
  --opensearch-port N     HTTP port of the OpenSearch node (default $OPENSEARCH_PORT)
  --opensearch-heap SIZE  its -Xmx (default $OPENSEARCH_HEAP)
  --no-build              do not run mvn install first
EOF
}

while (($#)); do
  case "$1" in
    --data-dir) DATA_DIR="${2:?--data-dir needs a directory}"; shift ;;
    --port) PORT="${2:?}"; shift ;;
    --management-port) MANAGEMENT_PORT="${2:?}"; shift ;;
    --heap) HEAP="${2:?}"; shift ;;
    --types) TYPES="${2:?}"; shift ;;
    --regroup-stories) REGROUP=1 ;;
    --backend) BACKEND="${2:?--backend needs lucene or opensearch}"; shift ;;
    --opensearch-port) OPENSEARCH_PORT="${2:?}"; shift ;;
    --opensearch-heap) OPENSEARCH_HEAP="${2:?}"; shift ;;
    --no-build) BUILD=0 ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
  shift
done
[[ -n "$DATA_DIR" ]] || { usage >&2; exit 2; }
[[ "$BACKEND" == lucene || "$BACKEND" == opensearch ]] || die "--backend is lucene or opensearch"
[[ -d "$DATA_DIR/db" ]] || die "$DATA_DIR holds no archive (no db/ directory)"
DATA_DIR="$(cd "$DATA_DIR" && pwd)"
if [[ -z "${DICTUM_ADMIN_PASSWORD:-}" ]]; then
  [[ -s "$DATA_DIR/admin-password" ]] || die "set DICTUM_ADMIN_PASSWORD (no $DATA_DIR/admin-password)"
  DICTUM_ADMIN_PASSWORD="$(cat "$DATA_DIR/admin-password")"
fi
export DICTUM_ADMIN_PASSWORD

if ((BUILD)); then
  say "building the project (mvn -B -q -o install -DskipTests), so the portal runs this worktree's code"
  (cd "$ROOT" && mvn -B -q -o install -DskipTests)
fi

# shellcheck source=scripts/services.sh
source "$ROOT/bench/scripts/services.sh"
trap stop_services EXIT
trap 'exit 130' INT TERM

mkdir -p "$DATA_DIR/logs"
BACKEND_ENV=(DICTUM_DATA="$DATA_DIR")
if [[ "$BACKEND" == opensearch ]]; then
  create_database "$DATABASE"
  say "copying the H2 archive into PostgreSQL ($DATABASE) with ./dictum migrate-db"
  MIGRATE_STARTED=$(date +%s%N)
  (cd "$ROOT" && ./dictum migrate-db --from "jdbc:h2:file:$DATA_DIR/db/dictum" --from-user sa --from-password sa \
    --to "jdbc:postgresql://127.0.0.1:5432/$DATABASE" --to-user postgres) | tee "$DATA_DIR/logs/migrate-db.log"
  say "migrate-db: $((($(date +%s%N) - MIGRATE_STARTED) / 1000000)) ms"
  rm -rf "$DATA_DIR/opensearch-reindex"
  start_opensearch "$DATA_DIR/opensearch-reindex" "$OPENSEARCH_PORT" "$OPENSEARCH_HEAP"
  # The portal's own files (uploads, its Lucene directory, unused here) go to a directory of their own.
  BACKEND_ENV=(DICTUM_DATA="$DATA_DIR/opensearch-portal" DICTUM_DB_DRIVER=postgresql
    DICTUM_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DATABASE" DICTUM_DB_USER=postgres DICTUM_DB_PASSWORD=postgres
    DICTUM_SEARCH_BACKEND=elasticsearch DICTUM_SEARCH_HOSTS="127.0.0.1:$OPENSEARCH_PORT")
fi

LOG="$DATA_DIR/logs/reindex-benchmark-portal.log"
say "starting the portal ($BACKEND) on port $PORT (heap $HEAP, data $DATA_DIR); log $LOG"
STARTED_NS=$(date +%s%N)
elapsed_ms() { echo $((($(date +%s%N) - STARTED_NS) / 1000000)); }
start_portal "$LOG" "${BACKEND_ENV[@]}" DICTUM_PORT="$PORT" DICTUM_MANAGEMENT_PORT="$MANAGEMENT_PORT" DICTUM_HTTPS_PORT="$((PORT + 363))" \
  DICTUM_SAMPLE_DATA_ENABLED=false JAVA_OPTS="$(portal_java_opts "$HEAP" "$PORT" "$MANAGEMENT_PORT")"
await_deployed
DEPLOYED_MS="$(elapsed_ms)"
await_ready "$MANAGEMENT_PORT"
READY_MS="$(elapsed_ms)"
say "start to deployed: $DEPLOYED_MS ms; start to ready (/health/ready UP): $READY_MS ms"
server_log | grep -o "Search index rebuilt in [0-9]* ms" | tail -1 | sed 's/^/bench: start-up check: /' || true

TOKEN="$(admin_token "$PORT" "$DICTUM_ADMIN_PASSWORD" "reindex benchmark")" ||
  die "could not make a token as ${DICTUM_ADMIN_NAME:-admin}"
ARGS=(--url "http://127.0.0.1:$PORT" --token "$TOKEN" --figures --interval 10)
[[ -z "$TYPES" ]] || ARGS+=(--types "$TYPES")
((REGROUP == 0)) || ARGS+=(--regroup-stories)
(cd "$ROOT" && ./dictum reindex "${ARGS[@]}")
say "start to ready: $READY_MS ms (heap limit $HEAP, $BACKEND)"
