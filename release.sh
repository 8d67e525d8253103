#!/usr/bin/env bash
# Builds a release of keycloak-password-care on this machine. It never pushes, tags or uploads.
#
#   ./release.sh 0.1.0                 set the version, run every test, build the jars
#   ./release.sh 0.1.0 --skip-tests    the same without tests (only when the commit was tested)
#
# Steps: checks that the version is semantic (MAJOR.MINOR.PATCH[-PRE]), that the git tree is clean
# and that CHANGELOG.md has a "## [VERSION]" section; sets the version in every pom.xml and in
# docker-compose.yml (versions:set); builds with the release profile (-sources.jar next to each
# jar); copies the provider and theme jars and their sources into target/release/ with a SHA-256
# checksum file next to each and one SHA256SUMS for all. The version change is left in the working
# tree: review it, then commit and tag yourself (the commands are printed at the end).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

say() { printf '[release] %s\n' "$*"; }
die() { printf '[release] error: %s\n' "$*" >&2; exit 1; }

VERSION="${1:-}"
SKIP_TESTS=false
case "${2:-}" in
  "") ;;
  --skip-tests) SKIP_TESTS=true ;;
  *) die "unknown option '$2' (usage: ./release.sh VERSION [--skip-tests])" ;;
esac
[ -n "$VERSION" ] || die "usage: ./release.sh VERSION [--skip-tests], e.g. ./release.sh 0.1.0"
[[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]] ||
  die "'$VERSION' is not a semantic version (MAJOR.MINOR.PATCH or MAJOR.MINOR.PATCH-PRE)"
[[ "$VERSION" != *-SNAPSHOT ]] || die "a release version does not end in -SNAPSHOT"

command -v sha256sum >/dev/null || die "sha256sum is needed (Debian: coreutils)"
if command -v git >/dev/null && git rev-parse --git-dir >/dev/null 2>&1; then
  [ -z "$(git status --porcelain)" ] || die "the git tree has uncommitted changes; commit or stash them first"
fi
grep -q "^## \[$VERSION\]" CHANGELOG.md ||
  die "CHANGELOG.md has no '## [$VERSION]' section: move the Unreleased entries under one first"

MVN=(./mvnw -B -ntp)
OLD_VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)

say "Setting the version $OLD_VERSION -> $VERSION"
"${MVN[@]}" -q versions:set -DnewVersion="$VERSION" -DgenerateBackupPoms=false -DprocessAllModules=true
sed -i "s/PASSWORD_CARE_VERSION:-$OLD_VERSION}/PASSWORD_CARE_VERSION:-$VERSION}/g" docker-compose.yml

if $SKIP_TESTS; then
  say "Building without tests (--skip-tests)"
  "${MVN[@]}" -Prelease -DskipTests clean package
else
  say "Building and running every test (./mvnw verify; the integration tests need ports 8080, 9000, 3025)"
  "${MVN[@]}" -Prelease clean verify
fi

OUT=target/release
rm -rf "$OUT"
mkdir -p "$OUT"
for module in providers themes; do
  name="keycloak-password-care-$module-$VERSION"
  for file in "$module/target/$name.jar" "$module/target/$name-sources.jar"; do
    [ -f "$file" ] || die "$file was not built"
    cp "$file" "$OUT/"
  done
done
(
  cd "$OUT"
  for jar in *.jar; do sha256sum "$jar" >"$jar.sha256"; done
  sha256sum ./*.jar | sed 's: \./: :' >SHA256SUMS
  sha256sum -c --quiet SHA256SUMS
)
say "Release $VERSION in $OUT/:"
ls -l "$OUT"
cat <<EOF

Nothing was committed, tagged or pushed. Next steps, when the jars are as intended:
  git commit -am "Release $VERSION" && git tag -a v$VERSION -m "keycloak-password-care $VERSION"
  ./mvnw -B -q versions:set -DnewVersion=<next>-SNAPSHOT -DgenerateBackupPoms=false   # then edit docker-compose.yml's default
Verify a download with: cd $OUT && sha256sum -c SHA256SUMS
EOF
