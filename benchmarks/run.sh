#!/usr/bin/env bash
# Bulk password reset benchmark: builds, starts Keycloak with our jars through ../run.sh on ports of
# its own (HTTP 8380, management 9300, SMTP 3325, IMAP 3443, mail API 8325) from a Keycloak
# installation of its own (target/benchmark/run, fresh data each time, plus the benchmark's hash
# probe), runs the benchmark, prints the report (also saved in target/benchmark/), and stops the
# server it started, also on Ctrl-C or failure. The report is a measurement: the exit code is 0
# whatever the verdicts.
#
#   ./benchmarks/run.sh             build, start, measure, stop
#   ./benchmarks/run.sh --no-build  use the jars built last time
#   ./benchmarks/run.sh --lock      hold $BENCH_LOCK_FILE (default /tmp/password-care-it.lock) while
#                                   measuring, so no integration-test run shares the machine
#
# Environment: PASSWORD_CARE_*_PORT as for ../run.sh; BENCH_USERS (1000), BENCH_ROUNDS (2),
# BENCH_CLIENT_THREADS (cores), BENCH_WARMUP_USERS (1000), BENCH_PHASE_TIMEOUT_SECONDS (900),
# BENCH_SETTLE_SECONDS (30), BENCH_BULK_LOGOUT_SESSIONS (true; false for a diagnostic run),
# BENCH_GENERATE_FIRST (false; true times bulk generate before bulk set).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

export PASSWORD_CARE_HTTP_PORT="${PASSWORD_CARE_HTTP_PORT:-8380}"
export PASSWORD_CARE_MANAGEMENT_PORT="${PASSWORD_CARE_MANAGEMENT_PORT:-9300}"
export PASSWORD_CARE_SMTP_PORT="${PASSWORD_CARE_SMTP_PORT:-3325}"
export PASSWORD_CARE_IMAP_PORT="${PASSWORD_CARE_IMAP_PORT:-3443}"
export PASSWORD_CARE_MAIL_API_PORT="${PASSWORD_CARE_MAIL_API_PORT:-8325}"
export BENCH_KEYCLOAK_URL="http://localhost:$PASSWORD_CARE_HTTP_PORT"
LOCK_FILE="${BENCH_LOCK_FILE:-/tmp/password-care-it.lock}"

BUILD=true
LOCK=false
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=false ;;
    --lock) LOCK=true ;;
    -h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "benchmarks/run.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1m[benchmark]\033[0m %s\n' "$*"; }
die() { printf '[benchmark] error: %s\n' "$*" >&2; exit 1; }

OUT="$ROOT/target/benchmark"
mkdir -p "$OUT"
SERVER_LOG="$OUT/server.log"

if $BUILD; then
  say "Building the provider, theme and benchmark jars"
  "$ROOT/mvnw" -q -B -DskipTests -Dspotless.check.skip=true package -pl providers,themes,benchmarks -am
fi
CLASSPATH_FILE="$ROOT/benchmarks/target/runtime-classpath.txt"
[ -f "$CLASSPATH_FILE" ] || die "benchmarks are not built: run without --no-build"
PROJECT_VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)
PROBE_JAR="$ROOT/benchmarks/target/keycloak-password-care-benchmarks-$PROJECT_VERSION-probe.jar"
[ -f "$PROBE_JAR" ] || die "the hash probe is not built: run without --no-build"
# A Keycloak of its own: the probe never lands in the one ./run.sh starts, and the data is fresh.
export PASSWORD_CARE_RUN_DIR="$OUT/run"
export PASSWORD_CARE_EXTRA_PROVIDERS="$PROBE_JAR"

SERVER_PID=""
stop_server() {
  trap - INT TERM EXIT
  [ -n "$SERVER_PID" ] || return 0
  say "Stopping the Keycloak this benchmark started"
  kill -TERM "$SERVER_PID" 2>/dev/null || true
  for _ in $(seq 1 60); do
    kill -0 "$SERVER_PID" 2>/dev/null || return 0
    sleep 1
  done
  # ../run.sh did not stop within 60 s: end its whole process group (it runs in a session of its own).
  kill -KILL -- "-$SERVER_PID" 2>/dev/null || true
}
trap stop_server EXIT
trap 'exit 130' INT TERM

say "Starting Keycloak through ./run.sh on port $PASSWORD_CARE_HTTP_PORT (log: target/benchmark/server.log)"
setsid "$ROOT/run.sh" --no-build --fresh >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!

START=$SECONDS
until curl -fsS "http://localhost:$PASSWORD_CARE_MANAGEMENT_PORT/health/ready" >/dev/null 2>&1; do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    tail -n 30 "$SERVER_LOG" >&2
    SERVER_PID=""
    die "Keycloak did not start (last lines above)"
  fi
  [ $((SECONDS - START)) -lt 600 ] || die "Keycloak was not ready after 600 s (see $SERVER_LOG)"
  sleep 2
done
say "Keycloak is ready after $((SECONDS - START)) s"

if $LOCK; then
  exec 9>"$LOCK_FILE"
  say "Waiting for $LOCK_FILE (at most 30 min) so no test suite runs during the measurement"
  flock -w 1800 9 || die "could not get $LOCK_FILE within 30 min"
fi

REPORT="$OUT/report-$(date -u +%Y%m%dT%H%M%SZ).txt"
say "uptime before: $(uptime)"
set +e
java -cp "$ROOT/benchmarks/target/classes:$(cat "$CLASSPATH_FILE")" \
  io.github.passwordcare.benchmark.BulkResetBenchmark 2>&1 | tee "$REPORT"
STATUS=${PIPESTATUS[0]}
set -e
say "uptime after: $(uptime)"
$LOCK && flock -u 9
[ "$STATUS" -eq 0 ] || die "the benchmark could not run (exit $STATUS); report so far: $REPORT"
say "Report saved in ${REPORT#"$ROOT"/}"
