#!/usr/bin/env bash
# Bulk password reset benchmark: builds, starts Keycloak with our jars through ../run.sh on ports of
# its own (HTTP 8380, management 9300, SMTP 3325, IMAP 3443, mail API 8325) from a Keycloak
# installation of its own (target/benchmark/run, fresh data each time, plus the benchmark's hash
# probe), runs the benchmark, prints the report (also saved in target/benchmark/), and stops the
# server it started, also on Ctrl-C or failure. The report is a measurement: the exit code is 0
# whatever the verdicts.
#
#   ./benchmarks/run.sh [BENCHMARK] [--no-build] [--lock]
#   BENCHMARK   bulk-reset (default): bulk reset against stock resets and the hash limit
#               history: bulk generate in a passwordHistory(3) realm against one without history
#               sign-in: sign-in latency during a bulk reset against idle, one server per
#                        bulk-reset-threads value in BENCH_SIGNIN_THREADS ("cores cores/2")
#               large: one streamed bulk reset of BENCH_LARGE_USERS (5000) users against the
#                      same number in BENCH_LARGE_CALLS (5) JSON calls, in the same run
#               expiry: the expiring-passwords report against walking the users, and the reminder
#                       dry run's heap, at BENCH_EXPIRY_CHECKPOINT (10000) and BENCH_EXPIRY_USERS
#                       (100000) users; BENCH_EXPIRY_WALK_SAMPLE (500) users walked
#               login: browser sign-ins per second through the demo realm's flow against stock
#                      Keycloak, one server per heap setting in BENCH_LOGIN_HEAPS
#   --no-build  use the jars built last time
#   --lock      hold $BENCH_LOCK_FILE (default /tmp/password-care-it.lock) while measuring, so no
#               integration-test run shares the machine
#
# Environment: PASSWORD_CARE_*_PORT as for ../run.sh; BENCH_USERS (1000), BENCH_ROUNDS (2),
# BENCH_CLIENT_THREADS (cores), BENCH_WARMUP_USERS (1000), BENCH_PHASE_TIMEOUT_SECONDS (900),
# BENCH_SETTLE_SECONDS (30), BENCH_BULK_LOGOUT_SESSIONS (true; false for a diagnostic run),
# BENCH_GENERATE_FIRST (false; true times bulk generate before bulk set); sign-in only:
# BENCH_SIGNIN_THREADS, BENCH_SIGNIN_INTERVAL_MS (200), BENCH_SIGNIN_IDLE_SECONDS (30); login only:
# BENCH_LOGIN_ROUNDS (3), BENCH_LOGIN_SECONDS (15), BENCH_LOGIN_WARMUP_SECONDS (20) and
# BENCH_LOGIN_HEAPS ("default young32m": names of the JAVA_OPTS_APPEND settings below).
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
BENCHMARK=bulk-reset
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=false ;;
    --lock) LOCK=true ;;
    bulk-reset | history | sign-in | expiry | login | large) BENCHMARK="$arg" ;;
    -h | --help) sed -n '2,31p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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
  [ -n "$SERVER_PID" ] || return 0
  say "Stopping the Keycloak this benchmark started"
  kill -TERM "$SERVER_PID" 2>/dev/null || true
  for _ in $(seq 1 60); do
    kill -0 "$SERVER_PID" 2>/dev/null || { SERVER_PID=""; return 0; }
    sleep 1
  done
  # ../run.sh did not stop within 60 s: end its whole process group (it runs in a session of its own).
  kill -KILL -- "-$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}
trap 'trap - INT TERM EXIT; stop_server' EXIT
trap 'exit 130' INT TERM

# Starts Keycloak through ../run.sh with fresh data; extra Keycloak options in $1, extra JVM
# options (kc.sh's JAVA_OPTS_APPEND) in $2.
start_server() {
  say "Starting Keycloak through ./run.sh on port $PASSWORD_CARE_HTTP_PORT${1:+ with $1}${2:+ with JAVA_OPTS_APPEND=$2} (log: target/benchmark/server.log)"
  JAVA_OPTS_APPEND="${2:-}" PASSWORD_CARE_KC_OPTIONS="${1:-}" setsid "$ROOT/run.sh" --no-build --fresh >"$SERVER_LOG" 2>&1 &
  SERVER_PID=$!
  local start=$SECONDS
  until curl -fsS "http://localhost:$PASSWORD_CARE_MANAGEMENT_PORT/health/ready" >/dev/null 2>&1; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      tail -n 30 "$SERVER_LOG" >&2
      SERVER_PID=""
      die "Keycloak did not start (last lines above)"
    fi
    [ $((SECONDS - start)) -lt 600 ] || die "Keycloak was not ready after 600 s (see $SERVER_LOG)"
    sleep 2
  done
  say "Keycloak is ready after $((SECONDS - start)) s"
}

LOCKED=false
take_lock() {
  if $LOCK && ! $LOCKED; then
    exec 9>"$LOCK_FILE"
    say "Waiting for $LOCK_FILE (at most 30 min) so no test suite runs during the measurement"
    flock -w 1800 9 || die "could not get $LOCK_FILE within 30 min"
    LOCKED=true
  fi
}

# Runs one benchmark class against the running server; its output goes to the report too.
measure() { # main class, environment assignments...
  local main="$1"
  shift
  take_lock
  say "uptime before: $(uptime)"
  set +e
  env "$@" java -cp "$ROOT/benchmarks/target/classes:$(cat "$CLASSPATH_FILE")" "$main" 2>&1 | tee -a "$REPORT"
  local status=${PIPESTATUS[0]}
  set -e
  say "uptime after: $(uptime)" | tee -a "$REPORT"
  [ "$status" -eq 0 ] || die "the benchmark could not run (exit $status); report so far: $REPORT"
}

REPORT="$OUT/report-$BENCHMARK-$(date -u +%Y%m%dT%H%M%SZ).txt"
PACKAGE=io.github.passwordcare.benchmark
case "$BENCHMARK" in
  bulk-reset)
    start_server
    measure "$PACKAGE.BulkResetBenchmark"
    ;;
  history)
    start_server
    measure "$PACKAGE.history.HistoryBenchmark"
    ;;
  large)
    start_server
    measure "$PACKAGE.large.LargeResetBenchmark"
    ;;
  expiry)
    start_server
    # The Keycloak JVM listening on the HTTP port, whose heap the benchmark reads with jstat.
    SERVER_JVM=$(ss -ltnpH "sport = :$PASSWORD_CARE_HTTP_PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
    measure "$PACKAGE.expiry.ExpiryReportBenchmark" "BENCH_SERVER_PID=${SERVER_JVM:-0}"
    ;;
  sign-in)
    CORES=$(nproc)
    HALF=$((CORES / 2 > 0 ? CORES / 2 : 1))
    for threads in ${BENCH_SIGNIN_THREADS:-$CORES $HALF}; do
      start_server "--spi-admin-realm-restapi-extension--password-care--bulk-reset-threads=$threads"
      measure "$PACKAGE.signin.SignInLatencyBenchmark" "BENCH_BULK_THREADS=$threads"
      stop_server
    done
    ;;
  login)
    # Heap settings by name: kc.sh's own heap options (-Xms64m -Xmx512m outside a container) and
    # the same with a smaller G1 young generation (argon2 hashes faster when its memory stays warm).
    for heap in ${BENCH_LOGIN_HEAPS:-default young32m}; do
      case "$heap" in
        default) opts="" ;;
        young*m) opts="-XX:MaxNewSize=${heap#young}" ;;
        *) die "unknown heap setting '$heap' in BENCH_LOGIN_HEAPS (default, young<N>m)" ;;
      esac
      start_server "" "$opts"
      measure "$PACKAGE.login.LoginBenchmark" "BENCH_HEAP=$heap${opts:+ ($opts)}"
      stop_server
    done
    ;;
esac
$LOCKED && flock -u 9
say "Report saved in ${REPORT#"$ROOT"/}"
