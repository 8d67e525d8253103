#!/usr/bin/env bash
# Runs keycloak-password-care locally, no Docker needed:
#   builds the jars, fetches the Keycloak distribution from Maven Central (once, cached in target/),
#   installs our jars, imports the demo realm, starts a GreenMail mail sink and Keycloak (start-dev).
# Ctrl-C stops everything it started.
#
#   ./run.sh            build and start (the demo realm is imported when it does not exist yet)
#   ./run.sh --fresh    wipe Keycloak's data first, so the demo realm is imported anew
#   ./run.sh --no-build start with the jars built last time
#
# Ports (override with environment variables): Keycloak 8080 (PASSWORD_CARE_HTTP_PORT),
# management 9000 (PASSWORD_CARE_MANAGEMENT_PORT), SMTP 3025 (PASSWORD_CARE_SMTP_PORT), IMAP 3143
# (PASSWORD_CARE_IMAP_PORT), mail web/API 8025 (PASSWORD_CARE_MAIL_API_PORT). The demo realm's SMTP
# settings point at localhost:3025; another SMTP port is written into the copy that is imported.
# PASSWORD_CARE_RUN_DIR (default target/run) holds the unpacked Keycloak and its data;
# PASSWORD_CARE_EXTRA_PROVIDERS lists more provider jars to install (benchmarks/run.sh uses both);
# PASSWORD_CARE_KC_OPTIONS adds Keycloak options (e.g. an SPI option; the sign-in benchmark uses it).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

HTTP_PORT="${PASSWORD_CARE_HTTP_PORT:-8080}"
MANAGEMENT_PORT="${PASSWORD_CARE_MANAGEMENT_PORT:-9000}"
MAIL_API_PORT="${PASSWORD_CARE_MAIL_API_PORT:-8025}"
SMTP_PORT="${PASSWORD_CARE_SMTP_PORT:-3025}"
IMAP_PORT="${PASSWORD_CARE_IMAP_PORT:-3143}"
ADMIN_USER="${PASSWORD_CARE_ADMIN_USER:-admin}"
ADMIN_PASSWORD="${PASSWORD_CARE_ADMIN_PASSWORD:-admin}"
REALM=password-care-demo
REALM_FILE="$ROOT/realm-export/$REALM-realm.json"

FRESH=false
BUILD=true
for arg in "$@"; do
  case "$arg" in
    --fresh) FRESH=true ;;
    --no-build) BUILD=false ;;
    -h | --help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1m[run.sh]\033[0m %s\n' "$*"; }
die() { printf '[run.sh] error: %s\n' "$*" >&2; exit 1; }

command -v java >/dev/null || die "Java 17 or newer is needed (java not found on PATH)"
JAVA_MAJOR=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
[ "${JAVA_MAJOR:-0}" -ge 17 ] || die "Java 17 or newer is needed (found ${JAVA_MAJOR:-unknown})"
command -v curl >/dev/null || die "curl is needed to see when Keycloak is ready (Debian: apt-get install curl)"

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$HTTP_PORT" "$MANAGEMENT_PORT" "$SMTP_PORT" "$IMAP_PORT" "$MAIL_API_PORT"; do
  port_busy "$p" && die "port $p is in use (another Keycloak, or the integration tests?). Stop it, or set the PASSWORD_CARE_*_PORT variables."
done

MVN=("$ROOT/mvnw" -q -B)
pom_value() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -1; }
KC_VERSION=$(pom_value keycloak.version)
GREENMAIL_VERSION=$(pom_value greenmail.version)
PROJECT_VERSION=$(pom_value version)
RUN_DIR="${PASSWORD_CARE_RUN_DIR:-$ROOT/target/run}"
KC_HOME="$RUN_DIR/keycloak-$KC_VERSION"
mkdir -p "$RUN_DIR"

if $BUILD; then
  say "Building the provider and theme jars"
  "${MVN[@]}" -DskipTests -Dspotless.check.skip=true package -pl providers,themes -am
fi

# The distribution: Maven fetches it from Maven Central into its local cache once; unpacked once.
if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  command -v unzip >/dev/null || die "unzip is needed to unpack Keycloak (Debian: apt-get install unzip)"
  say "Fetching Keycloak $KC_VERSION from Maven Central (once)"
  "${MVN[@]}" -N dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
    -DoutputDirectory="$RUN_DIR" -Dmdep.overWriteIfNewer=true
  (cd "$RUN_DIR" && unzip -q -o "keycloak-quarkus-dist-$KC_VERSION.zip" && rm -f "keycloak-quarkus-dist-$KC_VERSION.zip")
fi
GREENMAIL_JAR="$RUN_DIR/greenmail-standalone-$GREENMAIL_VERSION.jar"
if [ ! -f "$GREENMAIL_JAR" ]; then
  say "Fetching the GreenMail mail sink $GREENMAIL_VERSION (once)"
  "${MVN[@]}" -N dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" -DoutputDirectory="$RUN_DIR"
fi

# Our jars: copied only when they changed, so an unchanged restart needs no re-augmentation.
install_jar() {
  local src="$1" dst="$KC_HOME/providers/$2"
  [ -f "$src" ] || die "$src is missing: run without --no-build"
  cmp -s "$src" "$dst" 2>/dev/null || { cp "$src" "$dst"; say "Installed $(basename "$dst")"; }
}
install_jar "providers/target/keycloak-password-care-providers-$PROJECT_VERSION.jar" keycloak-password-care-providers.jar
install_jar "themes/target/keycloak-password-care-themes-$PROJECT_VERSION.jar" keycloak-password-care-themes.jar
for extra in ${PASSWORD_CARE_EXTRA_PROVIDERS:-}; do
  install_jar "$extra" "$(basename "$extra")"
done

if $FRESH; then
  say "Wiping Keycloak's data (--fresh)"
  rm -rf "$KC_HOME/data"
fi
mkdir -p "$KC_HOME/data/import"
# The demo user erin's password was set 85 days ago (inside the 14-day expiry notice of the
# 90-day policy, docs/features/expiry.md): the export's fixed createdDate is moved to now - 85 days.
ERIN_SET_AT=$((($(date +%s) - 85 * 86400) * 1000))
sed -e "s/\"port\": \"3025\"/\"port\": \"$SMTP_PORT\"/" \
  -e "s/\"createdDate\": 1788336000000/\"createdDate\": $ERIN_SET_AT/" \
  "$REALM_FILE" >"$KC_HOME/data/import/$REALM-realm.json"

PIDS=()
cleanup() {
  trap - INT TERM EXIT
  if [ ${#PIDS[@]} -gt 0 ]; then
    say "Stopping"
    kill "${PIDS[@]}" 2>/dev/null || true
    wait "${PIDS[@]}" 2>/dev/null || true
  fi
}
trap cleanup INT TERM EXIT

say "Starting the GreenMail mail sink (SMTP $SMTP_PORT, IMAP $IMAP_PORT, web/API $MAIL_API_PORT)"
java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" \
  -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$IMAP_PORT" \
  -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" \
  -jar "$GREENMAIL_JAR" >"$RUN_DIR/greenmail.log" 2>&1 &
PIDS+=($!)

say "Starting Keycloak $KC_VERSION (log: ${RUN_DIR#"$ROOT"/}/keycloak.log)"
KC_BOOTSTRAP_ADMIN_USERNAME="$ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  "$KC_HOME/bin/kc.sh" start-dev \
  --features=declarative-ui \
  --import-realm \
  --spi-realm-restapi-extension--password-care--admin-ui-client=all \
  --spi-password-care-sms-sender--provider=log \
  --http-port="$HTTP_PORT" \
  --http-management-port="$MANAGEMENT_PORT" \
  --health-enabled=true \
  ${PASSWORD_CARE_KC_OPTIONS:-} \
  >"$RUN_DIR/keycloak.log" 2>&1 &
KC_PID=$!
PIDS+=("$KC_PID")

START=$SECONDS
until curl -fsS "http://localhost:$MANAGEMENT_PORT/health/ready" >/dev/null 2>&1; do
  if ! kill -0 "$KC_PID" 2>/dev/null; then
    tail -n 40 "$RUN_DIR/keycloak.log" >&2
    die "Keycloak stopped during start-up (last lines above; whole log: ${RUN_DIR#"$ROOT"/}/keycloak.log)"
  fi
  [ $((SECONDS - START)) -lt 300 ] || die "Keycloak was not ready after 300 s (see ${RUN_DIR#"$ROOT"/}/keycloak.log)"
  sleep 1
done

# The master realm's console gets our entry points too (docs/admin-console.md). Keycloak has no
# server-wide default for the admin theme alone (--spi-theme--default sets every theme type), so
# master's own setting is made here: once, and only while master has no admin theme of its own.
KCADM=("$KC_HOME/bin/kcadm.sh")
KCADM_CONFIG="$RUN_DIR/kcadm.config"
if "${KCADM[@]}" config credentials --server "http://localhost:$HTTP_PORT" --realm master \
  --user "$ADMIN_USER" --password "$ADMIN_PASSWORD" --config "$KCADM_CONFIG" >/dev/null 2>&1; then
  if ! "${KCADM[@]}" get realms/master --fields adminTheme --config "$KCADM_CONFIG" | grep -q '"adminTheme"'; then
    "${KCADM[@]}" update realms/master -s adminTheme=password-care --config "$KCADM_CONFIG"
    say "Master realm: admin theme set to password-care (console entry points)"
  fi
else
  say "Could not sign in as $ADMIN_USER to set the master realm's admin theme; see docs/admin-console.md"
fi

if grep -q "Realm '$REALM' already exists. Import skipped" "$RUN_DIR/keycloak.log"; then
  IMPORT_NOTE="(kept from an earlier run; ./run.sh --fresh imports realm-export/ anew)"
else
  IMPORT_NOTE="(imported from realm-export/)"
fi

BASE="http://localhost:$HTTP_PORT"
cat <<EOF

  Keycloak $KC_VERSION with keycloak-password-care is ready in $((SECONDS - START)) s.

  Admin console     $BASE/admin/master/console/#/$REALM      ($ADMIN_USER / $ADMIN_PASSWORD)
  Demo realm        $REALM $IMPORT_NOTE
  Account console   $BASE/realms/$REALM/account/
  Admin app         $BASE/realms/$REALM/password-care/admin/   (realm-admin, helpdesk or viewer)
  Demo users        realm-admin, helpdesk, viewer, alice, bob, carol, dave, erin   (password: Care-Demo-2026!)
  Mail (GreenMail)  http://localhost:$MAIL_API_PORT/  - e.g. curl http://localhost:$MAIL_API_PORT/api/user/alice@password-care.localhost/messages/
                    or IMAP localhost:$IMAP_PORT (user = the email address, any password)
  SMS (log sender)  texts are not sent: each one, code included, is a "DEVELOPMENT SMS SENDER"
                    line in ${RUN_DIR#"$ROOT"/}/keycloak.log (grep 'DEVELOPMENT SMS SENDER')
  Logs              ${RUN_DIR#"$ROOT"/}/keycloak.log, ${RUN_DIR#"$ROOT"/}/greenmail.log

  Ctrl-C stops Keycloak and the mail sink.
EOF

wait "$KC_PID"
