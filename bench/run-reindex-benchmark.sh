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
    --no-build) BUILD=0 ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
  shift
done
[[ -n "$DATA_DIR" ]] || { usage >&2; exit 2; }
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

LAUNCHER_PID=""
stop_portal() {
  if [[ -n "$LAUNCHER_PID" ]] && kill -0 "$LAUNCHER_PID" 2>/dev/null; then
    say "stopping the portal"
    (cd "$ROOT" && ./dictum stop) || true
    wait "$LAUNCHER_PID" 2>/dev/null || true
  fi
  LAUNCHER_PID=""
}
trap stop_portal EXIT
trap 'exit 130' INT TERM

mkdir -p "$DATA_DIR/logs"
LOG="$DATA_DIR/logs/reindex-benchmark-portal.log"
JAVA_OPTS="-Xms512m -Xmx$HEAP -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true"
JAVA_OPTS+=" -Djboss.https.port=$((PORT + 363)) -Djboss.management.https.port=$((MANAGEMENT_PORT + 3)) -Djboss.ajp.port=$((PORT - 71))"
say "starting the portal on port $PORT (heap $HEAP, data $DATA_DIR); log $LOG"
STARTED_NS=$(date +%s%N)
elapsed_ms() { local now; now=$(date +%s%N); echo $(( (now - STARTED_NS) / 1000000 )); }
(cd "$ROOT" && DICTUM_DATA="$DATA_DIR" DICTUM_PORT="$PORT" DICTUM_MANAGEMENT_PORT="$MANAGEMENT_PORT" \
  DICTUM_SAMPLE_DATA_ENABLED=false JAVA_OPTS="$JAVA_OPTS" exec ./dictum run) >"$LOG" 2>&1 &
LAUNCHER_PID=$!
until grep -q "Dictum is ready" "$LOG"; do
  if ! kill -0 "$LAUNCHER_PID" 2>/dev/null; then
    sed 's/^/  /' "$LOG" >&2
    LAUNCHER_PID=""
    die "the portal did not start"
  fi
  sleep 0.2
done
DEPLOYED_MS="$(elapsed_ms)"
until curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/health/ready" >/dev/null; do
  kill -0 "$LAUNCHER_PID" 2>/dev/null || die "the portal stopped before it was ready"
  sleep 0.2
done
READY_MS="$(elapsed_ms)"
say "start to deployed: $DEPLOYED_MS ms; start to ready (/health/ready UP): $READY_MS ms"

TOKEN="$(curl -sf -u "${DICTUM_ADMIN_NAME:-admin}:$DICTUM_ADMIN_PASSWORD" -X POST "http://127.0.0.1:$PORT/api/tokens" \
  -H 'Content-Type: application/json' -d '{"name":"reindex benchmark","scopes":["read","write"]}' |
  sed 's/.*"token":"\([^"]*\)".*/\1/')" || die "could not make a token as ${DICTUM_ADMIN_NAME:-admin}"
ARGS=(--url "http://127.0.0.1:$PORT" --token "$TOKEN" --figures --interval 10)
[[ -z "$TYPES" ]] || ARGS+=(--types "$TYPES")
((REGROUP == 0)) || ARGS+=(--regroup-stories)
(cd "$ROOT" && ./dictum reindex "${ARGS[@]}")
say "start to ready: $READY_MS ms (heap limit $HEAP)"
