#!/usr/bin/env bash
# Compatibility matrix: runs the integration tests (by default all of them in distribution mode: every
# feature) with our jars, built against the project's Keycloak version (pom.xml), inside other
# Keycloak 26.x distributions. Operators upgrade Keycloak before its extensions, so a jar must keep
# working on the next minor. linkage-check.sh is the static half (seconds, no server).
#
#   integration-tests/compat/run-matrix.sh                 every version listed below
#   integration-tests/compat/run-matrix.sh 26.4.7 26.7.3   just these
#
# Each version costs one server start and the suite (about 20 min on 2 cores) and holds the lock
# ($COMPAT_LOCK_FILE, default /tmp/password-care-it.lock) for its run, since the tests use ports
# 8080/9000/3025. Results: target/compat/matrix.md (one line per version), target/compat/<v>.log
# (Maven) and target/compat/<v>-server.log (Keycloak). Exit code: 0 when every version passed.
#
# Environment: COMPAT_TESTS (the failsafe -Dit.test list; default *IT, i.e. the whole
# distribution-mode suite; the container tests stay out by their tag).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

# The newest patch of each 26.x minor whose distribution zip resolved from Maven Central on
# 2026-11-26 (no 26.6.x did); see docs/compatibility.md.
DEFAULT_VERSIONS=(26.0.8 26.1.4 26.2.5 26.3.5 26.4.7 26.5.6 26.7.3)
TESTS="${COMPAT_TESTS:-*IT}"
LOCK_FILE="${COMPAT_LOCK_FILE:-/tmp/password-care-it.lock}"
OUT="$ROOT/target/compat"
MATRIX="$OUT/matrix.md"
SERVER_LOG="$ROOT/integration-tests/target/keycloak-server.log"
mkdir -p "$OUT"

case "${1:-}" in
  -h | --help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac
VERSIONS=("$@")
[ ${#VERSIONS[@]} -gt 0 ] || VERSIONS=("${DEFAULT_VERSIONS[@]}")
BUILT_FOR=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$ROOT/pom.xml" | head -1)

say() { printf '\033[1m[compat]\033[0m %s\n' "$*"; }
record() { # version result reason
  printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "$(date -u +%Y-%m-%d)" | tee -a "$MATRIX"
}

[ -f "$MATRIX" ] || printf '| Keycloak | result | note | date |\n|---|---|---|---|\n' >"$MATRIX"
FAILED=0
for v in "${VERSIONS[@]}"; do
  if ! "$ROOT/mvnw" -q -B dependency:get -Dartifact="org.keycloak:keycloak-quarkus-dist:$v:zip" \
    -Dtransitive=false >/dev/null 2>&1; then
    record "$v" "not tested" "distribution zip does not resolve from Maven Central"
    continue
  fi
  say "Keycloak $v: $TESTS with jars built for $BUILT_FOR (waiting for $LOCK_FILE)"
  rm -f "$SERVER_LOG"
  flock "$LOCK_FILE" "$ROOT/mvnw" -B -ntp verify -pl integration-tests -am \
    -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test="$TESTS" \
    -Dpassword-care.dist.version="$v" >"$OUT/$v.log" 2>&1
  STATUS=$?
  cp -f "$SERVER_LOG" "$OUT/$v-server.log" 2>/dev/null || true
  COUNTS=$(grep -E '^\[(INFO|ERROR|WARNING)\] Tests run: [0-9]+, Failures' "$OUT/$v.log" | tail -1 |
    sed -E 's/^\[[A-Z]+\] //')
  # The server that ran must be the one asked for (the test framework would quietly start another).
  if ! grep -q "Keycloak $v on JVM" "$OUT/$v-server.log" 2>/dev/null; then
    record "$v" "FAIL" "the server log does not show Keycloak $v starting (see target/compat/$v.log)"
    FAILED=1
  elif [ "$STATUS" -eq 0 ]; then
    record "$v" "pass" "${COUNTS:-no test count found}"
  else
    record "$v" "FAIL" "${COUNTS:-build failed before the tests}; see target/compat/$v.log"
    FAILED=1
  fi
done
say "Matrix: ${MATRIX#"$ROOT"/}"
exit "$FAILED"
