#!/usr/bin/env bash
# A quick look, without the test framework and without the integration-test lock: starts the
# given Keycloak distribution (start-dev, fresh data, ports 18180/19100 unless set) with our jars,
# then calls the admin resource (GET password-care/info) and a bulk-reset dry run as the master
# admin, prints the HTTP status of each and any Java linkage error in the server log, and stops it.
# For versions the full matrix (run-matrix.sh) has no time for; it proves less than the ITs.
#
#   integration-tests/compat/quick-smoke.sh 26.2.5
set -uo pipefail

V="${1:?usage: quick-smoke.sh <keycloak version>}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HTTP_PORT="${COMPAT_HTTP_PORT:-18180}"
MGMT_PORT="${COMPAT_MANAGEMENT_PORT:-19100}"
DIR="$ROOT/target/compat/quick-$V"
PROJECT_VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)

"$ROOT/mvnw" -q -B -N dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$V:zip" \
  -DoutputDirectory="$DIR" || { echo "$V: distribution does not resolve"; exit 1; }
rm -rf "$DIR/keycloak-$V"
(cd "$DIR" && unzip -q -o "keycloak-quarkus-dist-$V.zip" && rm -f "keycloak-quarkus-dist-$V.zip")
KC="$DIR/keycloak-$V"
cp "$ROOT/providers/target/keycloak-password-care-providers-$PROJECT_VERSION.jar" "$KC/providers/"
cp "$ROOT/themes/target/keycloak-password-care-themes-$PROJECT_VERSION.jar" "$KC/providers/"

KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin setsid "$KC/bin/kc.sh" start-dev \
  --http-port="$HTTP_PORT" --http-management-port="$MGMT_PORT" --health-enabled=true \
  >"$DIR/server.log" 2>&1 &
PID=$!
trap 'kill -TERM "$PID" 2>/dev/null; wait "$PID" 2>/dev/null' EXIT
for _ in $(seq 1 300); do
  curl -fsS "http://localhost:$MGMT_PORT/health/ready" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || { tail -n 20 "$DIR/server.log"; echo "$V: server did not start"; exit 1; }
  sleep 1
done
BASE="http://localhost:$HTTP_PORT"
TOKEN=$(curl -fsS -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
  "$BASE/realms/master/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
INFO=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
  "$BASE/admin/realms/master/password-care/info")
DRY=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -d '{"usernames":["admin"],"mode":"generate","dryRun":true}' \
  "$BASE/admin/realms/master/password-care/bulk-reset")
PAGE=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/realms/master/password-care/bulk-reset-ui/")
echo "$V: GET info $INFO, POST bulk-reset dry run $DRY, GET page $PAGE"
grep -oE '(NoClassDefFoundError|NoSuchMethodError|AbstractMethodError|ClassNotFoundException)[^ ]*( [^ ]*){0,3}' \
  "$DIR/server.log" | sort | uniq -c | head -5
