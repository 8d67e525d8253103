#!/usr/bin/env bash
# Removes from a running Keycloak what keycloak-password-care put into its realms, with kcadm.sh:
#   - the client "password-care-admin-ui" (the bulk reset page's sign-in client), in every realm;
#   - the themes "password-care" where a realm uses them (login, email, admin, account): they are
#     set back to Keycloak's default.
#
#   remove-realm-data.sh SERVER_URL ADMIN_USER
#
# The password of ADMIN_USER (a master-realm admin) comes from PASSWORD_CARE_ADMIN_PASSWORD, or
# kcadm.sh asks for it on the terminal. kcadm.sh is taken from KCADM (default: kcadm.sh on the PATH; in the Keycloak
# image it is /opt/keycloak/bin/kcadm.sh).
#
# Run it AFTER the jars are gone (install-keycloak.sh --uninstall, then a restart): while the
# providers jar is installed, the server creates the client again at each start in every realm
# its admin-ui-client option covers (by default every realm except master).
# docs/install.md, "Uninstall", has the whole order; production-test/ runs it.
set -euo pipefail

[ $# -eq 2 ] || { sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2; }
SERVER_URL="$1"
ADMIN_USER="$2"
KCADM="${KCADM:-kcadm.sh}"
CLIENT_ID=password-care-admin-ui
THEME=password-care

say() { printf '[remove-realm-data] %s\n' "$*"; }

CONFIG_DIR="$(mktemp -d)"
trap 'rm -rf "$CONFIG_DIR"' EXIT
kcadm() { "$KCADM" "$@" --config "$CONFIG_DIR/kcadm.config"; }

login=(config credentials --server "$SERVER_URL" --realm master --user "$ADMIN_USER")
if [ -n "${PASSWORD_CARE_ADMIN_PASSWORD:-}" ]; then
  # kcadm has no other way to take it without a terminal; it is on its command line only briefly.
  kcadm "${login[@]}" --password "$PASSWORD_CARE_ADMIN_PASSWORD"
else
  kcadm "${login[@]}"
fi

for realm in $(kcadm get realms --fields realm --format csv --noquotes); do
  for id in $(kcadm get clients -r "$realm" -q clientId="$CLIENT_ID" --fields id --format csv --noquotes); do
    kcadm delete "clients/$id" -r "$realm"
    say "realm $realm: deleted client $CLIENT_ID"
  done
  themes=$(kcadm get "realms/$realm" --fields loginTheme,emailTheme,adminTheme,accountTheme)
  reset=()
  for field in loginTheme emailTheme adminTheme accountTheme; do
    if grep -q "\"$field\" : \"$THEME\"" <<<"$themes"; then
      reset+=("\"$field\": \"\"")
    fi
  done
  if [ ${#reset[@]} -gt 0 ]; then
    # An empty theme name means Keycloak's default. As JSON: kcadm's "-s field=" sends no value.
    body=$(IFS=,; echo "{${reset[*]}}")
    kcadm update "realms/$realm" -f - <<<"$body"
    say "realm $realm: back to the default theme: $body"
  fi
done
say "done"
