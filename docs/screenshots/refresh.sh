#!/usr/bin/env bash
# Refreshes the curated screenshots in docs/screenshots/ from the evidence tests.
#
#   docs/screenshots/refresh.sh              # run the evidence tests (under the shared IT lock), then copy
#   docs/screenshots/refresh.sh --copy-only  # copy from the last run's integration-tests/target/screenshots
#
# The tests (SignInPagesEvidenceIT, AdminAppEvidenceIT) write every page in en and nl to
# integration-tests/target/screenshots/<lang>/<page>.png; this copies the set below as
# <page>-<lang>.png and shrinks each with pngquant (lossy, 256 colours) and optipng when installed.
set -euo pipefail
cd "$(dirname "$0")/../.."

CURATED=(
  sspr-method-en
  sspr-questions-en
  sspr-code-nl
  sspr-help-desk-nl
  recovery-contacts-en
  security-questions-nl
  expiry-warning-en
  admin-app-bulk-reset-en
  admin-app-expiring-passwords-nl
  admin-app-settings-en
  update-password-nl
  admin-app-activity-en
)

if [[ "${1:-}" != "--copy-only" ]]; then
  flock /tmp/password-care-it.lock ./mvnw -B -ntp verify -pl integration-tests -am \
    -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test='SignInPagesEvidenceIT,AdminAppEvidenceIT'
fi

for name in "${CURATED[@]}"; do
  lang="${name##*-}"
  page="${name%-*}"
  from="integration-tests/target/screenshots/$lang/$page.png"
  to="docs/screenshots/$name.png"
  [[ -f "$from" ]] || { echo "missing $from: did the evidence tests run?" >&2; exit 1; }
  cp "$from" "$to"
  if command -v pngquant >/dev/null; then
    pngquant --force --skip-if-larger --strip --quality=60-90 --output "$to" "$to" || true
  fi
  if command -v optipng >/dev/null; then
    optipng -quiet -o2 -strip all "$to"
  fi
  size=$(stat -c %s "$to")
  echo "$to $((size / 1024)) KB"
  if (( size > 150 * 1024 )); then
    echo "  warning: larger than 150 KB" >&2
  fi
done
