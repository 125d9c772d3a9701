# Shared by the benchmark scripts (sourced, not run): the portal started with ./dictum run, an
# OpenSearch node in a JVM of its own, and a PostgreSQL database of the benchmark's own. Each
# start_* remembers what it started; stop_services stops all of it by PID and drops the database,
# and is safe to call twice (the scripts call it from their EXIT trap).
#
# Needs: ROOT (the project root), say and die (the calling script's messages).

LAUNCHER_PID=""
OPENSEARCH_PID=""
BENCH_DATABASE=""
PORTAL_LOG=""
# The server's own log, which ./dictum run appends to; the launcher's output (PORTAL_LOG) holds
# only ./dictum's messages.
SERVER_LOG="$ROOT/web-ui/target/server/standalone/log/server.log"
SERVER_LOG_START=1

psql_admin() { psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -qc "$1"; }

# create_database NAME: a new, empty PostgreSQL database on 127.0.0.1:5432, dropped by stop_services.
create_database() {
  command -v psql >/dev/null || die "psql is needed for the opensearch backend (PostgreSQL on 127.0.0.1:5432)"
  psql_admin "DROP DATABASE IF EXISTS $1"
  psql_admin "CREATE DATABASE $1"
  BENCH_DATABASE="$1"
  say "database $1 created on 127.0.0.1:5432"
}

# start_opensearch DIR PORT HEAP: an OpenSearch 2.19.6 node with its data in DIR (the ITs' launcher,
# from it-tests/target, on Maven Central jars); returns once it answers.
start_opensearch() {
  local dir="$1" port="$2" heap="$3"
  [[ -f "$ROOT/it-tests/target/test-classes/org/dictum/it/opensearch/OpenSearchLauncher.class" ]] ||
    die "it-tests not built (mvn -B -q -o package -DskipTests)"
  mkdir -p "$dir"
  local classpath="$dir/launcher.classpath"
  (cd "$ROOT" && mvn -B -q -o -pl it-tests dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$classpath") >/dev/null
  java -Xms128m -Xmx"$heap" -Dlog4j.configurationFile="$ROOT/it-tests/target/test-classes/opensearch/log4j2.xml" \
    -Dopensearch.log.file="$dir/opensearch.log" -cp "$ROOT/it-tests/target/test-classes:$(cat "$classpath")" \
    org.dictum.it.opensearch.OpenSearchLauncher "$dir" "$port" >"$dir/launcher.log" 2>&1 &
  OPENSEARCH_PID=$!
  say "starting an OpenSearch node on port $port (heap $heap, PID $OPENSEARCH_PID)"
  until [[ -f "$dir/opensearch.port" ]]; do
    [[ ! -f "$dir/opensearch.failed" ]] || die "the OpenSearch node did not start: $(head -3 "$dir/opensearch.failed")"
    kill -0 "$OPENSEARCH_PID" 2>/dev/null || die "the OpenSearch node exited; see $dir/launcher.log"
    sleep 0.5
  done
}

# portal_java_opts HEAP PORT MANAGEMENT_PORT: JAVA_OPTS for ./dictum run. WildFly's standalone.sh
# drops its own defaults when JAVA_OPTS is set, so they are repeated here with the heap, and ports of
# our own for the listeners ./dictum does not set.
portal_java_opts() {
  local heap="$1" port="$2" management_port="$3"
  printf '%s' "-Xms512m -Xmx$heap -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman" \
    " -Djava.awt.headless=true -Djboss.https.port=$((port + 363))" \
    " -Djboss.management.https.port=$((management_port + 3)) -Djboss.ajp.port=$((port - 71))"
}

# start_portal LOG [NAME=VALUE ...]: ./dictum run with that environment (DICTUM_PORT,
# DICTUM_MANAGEMENT_PORT, JAVA_OPTS and the rest come from the caller). Returns at once.
start_portal() {
  PORTAL_LOG="$1"
  shift
  SERVER_LOG_START=$(($( [[ -f "$SERVER_LOG" ]] && wc -l <"$SERVER_LOG" || echo 0) + 1))
  SERVER_LOG_FIRST_LINE="$(head -1 "$SERVER_LOG" 2>/dev/null || true)"
  (cd "$ROOT" && exec env "$@" ./dictum run) >"$PORTAL_LOG" 2>&1 &
  LAUNCHER_PID=$!
}

# server_log: what the server logged since the last start_portal. WildFly rolls server.log over at
# midnight (to server.log.YYYY-MM-DD): when the file no longer starts with the line it started with
# then, the start's lines are in the newest rolled file and the new file follows them.
server_log() {
  local rolled
  if [[ -n "${SERVER_LOG_FIRST_LINE:-}" && "$(head -1 "$SERVER_LOG" 2>/dev/null)" != "$SERVER_LOG_FIRST_LINE" ]]; then
    rolled="$(ls -t "$SERVER_LOG".* 2>/dev/null | head -1)"
    if [[ -n "$rolled" ]]; then
      tail -n +"$SERVER_LOG_START" "$rolled"
    fi
    cat "$SERVER_LOG" 2>/dev/null || true
  else
    tail -n +"$SERVER_LOG_START" "$SERVER_LOG" 2>/dev/null || true
  fi
}

# await_deployed: until the server log says the WAR is deployed; dies when the portal exits first.
await_deployed() {
  until grep -q "Dictum is ready" "$PORTAL_LOG"; do
    portal_alive
    sleep 0.2
  done
}

# await_ready MANAGEMENT_PORT: until /health/ready answers UP. Every 2 s: WildFly logs a warning for
# each probe that finds the portal not ready (as while the start-up check rebuilds the index).
await_ready() {
  until curl -sf "http://127.0.0.1:$1/health/ready" >/dev/null; do
    portal_alive
    sleep 2
  done
}

portal_alive() {
  if ! kill -0 "$LAUNCHER_PID" 2>/dev/null; then
    sed 's/^/  /' "$PORTAL_LOG" >&2
    LAUNCHER_PID=""
    die "the portal stopped; its log is above"
  fi
}

# admin_token PORT PASSWORD NAME: a read/write API token of the administrator "admin".
admin_token() {
  curl -sf -u "${DICTUM_ADMIN_NAME:-admin}:$2" -X POST "http://127.0.0.1:$1/api/tokens" \
    -H 'Content-Type: application/json' -d "{\"name\":\"$3\",\"scopes\":[\"read\",\"write\"]}" |
    sed 's/.*"token":"\([^"]*\)".*/\1/'
}

stop_services() {
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
  if [[ -n "$BENCH_DATABASE" ]]; then
    say "dropping the database $BENCH_DATABASE"
    psql_admin "DROP DATABASE IF EXISTS $BENCH_DATABASE WITH (FORCE)" || true
    BENCH_DATABASE=""
  fi
}
