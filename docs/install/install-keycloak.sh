#!/usr/bin/env bash
# Installs keycloak-password-care into a Keycloak 26.5 server directory, or takes it out again,
# and runs Keycloak's build step so that `kc.sh start --optimized` starts the result.
#
#   install-keycloak.sh KEYCLOAK_HOME JAR... [-- BUILD_OPTION...]
#   install-keycloak.sh --uninstall KEYCLOAK_HOME [-- BUILD_OPTION...]
#
# JAR: keycloak-password-care-providers-<version>.jar and keycloak-password-care-themes-<version>.jar
# (-sources.jar and -javadoc.jar files among them are skipped); at most one of each, else it stops.
# Any keycloak-password-care-*.jar already in KEYCLOAK_HOME/providers (an older version) is removed
# first: two versions side by side would register every provider twice.
#
# Build options: --db=postgres --health-enabled=true --metrics-enabled=true
# --features=declarative-ui, each unless an option of the same name follows "--" (e.g. -- --db=mysql;
# a --features of your own must name declarative-ui too, or the realm settings cannot be saved and a
# realm export holding them does not import). KC_* variables work.
#
# This one script is what docs/install.md describes, what docs/install/Dockerfile runs in its builder
# stage, and what the production-mode test (production-test/) runs: the documented steps are the
# tested steps.
set -euo pipefail

DEFAULT_BUILD_OPTIONS=(--db=postgres --health-enabled=true --metrics-enabled=true --features=declarative-ui)
JAR_PATTERN='keycloak-password-care-*.jar'

usage() {
  sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
}
say() { printf '[install-keycloak] %s\n' "$*"; }
die() { printf '[install-keycloak] error: %s\n' "$*" >&2; exit 1; }

UNINSTALL=false
if [ "${1:-}" = "--uninstall" ]; then
  UNINSTALL=true
  shift
fi
[ $# -ge 1 ] || usage
case "$1" in -h | --help) usage ;; esac
KC_HOME="${1%/}"
shift

JARS=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  JARS+=("$1")
  shift
done
[ "${1:-}" = "--" ] && shift
EXTRA_OPTIONS=("$@")

[ -f "$KC_HOME/bin/kc.sh" ] || die "$KC_HOME is not a Keycloak directory (no bin/kc.sh)"
if $UNINSTALL; then
  [ ${#JARS[@]} -eq 0 ] || die "--uninstall takes no jars"
else
  [ ${#JARS[@]} -gt 0 ] || die "no jars given (keycloak-password-care-providers-<version>.jar and -themes-)"
  # A release directory also holds -sources.jar files: they carry no classes, leave them out.
  GIVEN=("${JARS[@]}")
  JARS=()
  for jar in "${GIVEN[@]}"; do
    case "$jar" in
      *-sources.jar | *-javadoc.jar) say "Skipped $(basename "$jar") (not a provider jar)" ;;
      *) JARS+=("$jar") ;;
    esac
  done
  [ ${#JARS[@]} -gt 0 ] || die "no provider jar among the files given"
  # Two versions of one jar (a glob that matched an old and a new build) would register every
  # provider twice: refuse rather than guess which one is meant.
  for kind in providers themes; do
    found=()
    for jar in "${JARS[@]}"; do
      case "$(basename "$jar")" in keycloak-password-care-"$kind"-*.jar) found+=("$jar") ;; esac
    done
    [ ${#found[@]} -le 1 ] || die "more than one $kind jar given (${found[*]}): give one version only"
  done
  for jar in "${JARS[@]}"; do
    [ -f "$jar" ] || die "$jar does not exist"
    # shellcheck disable=SC2053 # the pattern is a glob on purpose
    [[ "$(basename "$jar")" == $JAR_PATTERN ]] || die "$jar is not a keycloak-password-care jar"
    [ "$(head -c 2 "$jar")" = "PK" ] || die "$jar is not a jar (zip) file"
  done
fi

# Out with any earlier version (or, for --uninstall, with every version).
mkdir -p "$KC_HOME/providers"
for old in "$KC_HOME"/providers/$JAR_PATTERN; do
  [ -e "$old" ] || continue
  rm -f "$old"
  say "Removed providers/$(basename "$old")"
done
# ${a[@]+"${a[@]}"}: an empty array under set -u, also in macOS's bash 3.2.
for jar in ${JARS[@]+"${JARS[@]}"}; do
  cp "$jar" "$KC_HOME/providers/"
  say "Installed providers/$(basename "$jar")"
done

# Default build options, each unless the caller gave an option of the same name.
BUILD_OPTIONS=()
for default in "${DEFAULT_BUILD_OPTIONS[@]}"; do
  name="${default%%=*}"
  overridden=false
  for option in ${EXTRA_OPTIONS[@]+"${EXTRA_OPTIONS[@]}"}; do
    [ "${option%%=*}" = "$name" ] && overridden=true
  done
  $overridden || BUILD_OPTIONS+=("$default")
done
BUILD_OPTIONS+=(${EXTRA_OPTIONS[@]+"${EXTRA_OPTIONS[@]}"})

say "kc.sh build ${BUILD_OPTIONS[*]}"
# bash, not ./kc.sh: an unpacked zip may have lost the execute bits.
bash "$KC_HOME/bin/kc.sh" build "${BUILD_OPTIONS[@]}"
