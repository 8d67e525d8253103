#!/usr/bin/env bash
# Static half of the compatibility matrix: does our providers jar (built against pom.xml's Keycloak)
# link against another Keycloak distribution? No server, no lock, seconds per version. A method or
# class that a version lacks fails only when it is first called (NoSuchMethodError,
# NoClassDefFoundError, AbstractMethodError), so this lists every such call up front; the
# integration tests (run-matrix.sh) then show whether the features work.
#
#   integration-tests/compat/linkage-check.sh                  the versions below
#   integration-tests/compat/linkage-check.sh 26.3.5 26.7.3    just these
#
# Per version it unpacks lib/ of org.keycloak:keycloak-quarkus-dist:<v>:zip (Maven Central) and runs
# linkage_check.py: every class, method and field the jar refers to (its constant pool, what
# `javap -v` lists), every abstract method of the Keycloak types it implements, and the JPA entity
# fields our JPQL names. Then our templates' imports and macros in that version's keycloak.v2/base
# themes, whether its msg() can format our {0,choice} messages, and the admin console anchors our
# console script looks for. Results:
# target/compat/linkage-<v>.txt (problems, then every Keycloak class/member used, by jar).
# Exit code: 0 when no version has a problem. Needs providers/target/*.jar (./mvnw package).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
DEFAULT_VERSIONS=(26.3.5 26.4.7 26.5.6 26.7.3)
VERSIONS=("$@")
[ ${#VERSIONS[@]} -gt 0 ] || VERSIONS=("${DEFAULT_VERSIONS[@]}")
PROJECT_VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)
JAR="$ROOT/providers/target/keycloak-password-care-providers-$PROJECT_VERSION.jar"
OUT="$ROOT/target/compat"
JDK_DIR="$OUT/jdk"
[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw -B -o -q -pl providers -am package -DskipTests"; exit 2; }
mkdir -p "$OUT"

# The JDK's own classes, so members inherited from JDK types (Enum.name, Throwable.getMessage) resolve.
if [ ! -d "$JDK_DIR/java.base" ]; then
  JAVA_HOME_DIR=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  mkdir -p "$JDK_DIR" && (cd "$JDK_DIR" && jimage extract --dir . "$JAVA_HOME_DIR/lib/modules")
fi

# Parent-theme templates our templates import, and the macros they call from them.
THEME_NEEDS=(
  "keycloak.v2/login/template.ftl:registrationLayout"
  "keycloak.v2/login/field.ftl:password"
  "keycloak.v2/login/buttons.ftl:actionGroup"
  "keycloak.v2/login/buttons.ftl:button"
  "keycloak.v2/login/password-commons.ftl:logoutOtherSessions"
  "keycloak.v2/login/resources/css/styles.css:"
  "base/email/html/executeActions.ftl:"
  "base/email/html/password-reset.ftl:"
  "base/email/text/executeActions.ftl:"
  "base/email/text/password-reset.ftl:"
)
# data-testid anchors themes/.../admin/resources/js/password-care-console.js looks for.
CONSOLE_ANCHORS=('"add-user"' '"users-page"' '"nav-item"')

FAILED=0
for v in "${VERSIONS[@]}"; do
  DIST="$OUT/dist/$v"
  if [ ! -d "$DIST/keycloak-$v/lib" ]; then
    "$ROOT/mvnw" -q -B -N dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$v:zip" \
      -DoutputDirectory="$DIST" || { echo "$v: distribution does not resolve"; FAILED=1; continue; }
    (cd "$DIST" && unzip -q -o "keycloak-quarkus-dist-$v.zip" "keycloak-$v/lib/*" &&
      rm -f "keycloak-quarkus-dist-$v.zip")
  fi
  REPORT="$OUT/linkage-$v.txt"
  python3 "$ROOT/integration-tests/compat/linkage_check.py" --uses --jdk "$JDK_DIR" "$JAR" \
    "$DIST/keycloak-$v/lib" >"$REPORT"
  STATUS=$?

  MAIN="$DIST/keycloak-$v/lib/lib/main"
  THEMES=$(ls "$MAIN"/org.keycloak.keycloak-themes-"$v".jar)
  ADMIN_UI=$(ls "$MAIN"/org.keycloak.keycloak-admin-ui-"$v".jar)
  for need in "${THEME_NEEDS[@]}"; do
    file="theme/${need%%:*}" macro="${need#*:}"
    if ! unzip -l "$THEMES" "$file" >/dev/null 2>&1; then
      echo "PROBLEM missing theme file $file" >>"$REPORT"; STATUS=1
    elif [ -n "$macro" ] && ! unzip -p "$THEMES" "$file" | grep -q "<#macro $macro\b"; then
      echo "PROBLEM missing macro $macro in theme file $file" >>"$REPORT"; STATUS=1
    fi
  done
  CONSOLE_JS=$(unzip -p "$ADMIN_UI" 'theme/keycloak.v2/admin/resources/assets/*.js')
  for anchor in "${CONSOLE_ANCHORS[@]}"; do
    grep -qF -- "$anchor" <<<"$CONSOLE_JS" ||
      { echo "PROBLEM admin console markup has no $anchor (password-care-console.js)" >>"$REPORT"; STATUS=1; }
  done

  # Our bundles format numbers with {0,choice,...} through the templates' msg(). Keycloak's msg()
  # (MessageFormatterMethod) hands FreeMarker numbers to java.text.MessageFormat as numbers only
  # since 26.5; before, MessageFormat gets FreeMarker's wrapper and fails ("Cannot format given
  # Object as a Number"), so the page answers 500.
  if grep -rqE --include='*.properties' '\{[0-9]+,(choice|number)' "$ROOT/themes/src/main/resources/theme" &&
    ! unzip -p "$MAIN/org.keycloak.keycloak-services-$v.jar" \
      org/keycloak/theme/beans/MessageFormatterMethod.class | grep -q 'freemarker/template/SimpleNumber'; then
    echo "PROBLEM theme messages use {0,choice}/{0,number} in msg(), which this version's MessageFormatterMethod cannot format (FreeMarker numbers are not unwrapped): 500" >>"$REPORT"
    STATUS=1
  fi

  PROBLEMS=$(grep -c '^PROBLEM' "$REPORT")
  USES=$(grep -c '^USES' "$REPORT")
  echo "Keycloak $v: $PROBLEMS problem(s), $USES classes/members used ($REPORT)"
  grep '^PROBLEM' "$REPORT" | sed 's/^/  /'
  [ "$STATUS" -eq 0 ] || FAILED=1
done
exit "$FAILED"
