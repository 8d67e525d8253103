#!/usr/bin/env bash
# Removes from a running Keycloak what keycloak-password-care put into its realms, with kcadm.sh.
# In every realm:
#   - the reset-credentials binding: where the realm's flow uses the SSPR step (password-care-sspr),
#     Keycloak's "reset credentials" is bound again; the copied flow is kept, unbound (delete it in
#     Authentication > Flows if you like);
#   - password-care-expiry(...) and password-care-expiry-notice(...) from the password policy;
#   - password-care-notify from the event listeners;
#   - the Password care settings (the component with provider id password-care-settings);
#   - the required action password-care-expiry-warning;
#   - the client "password-care-admin-ui" (the bulk reset page's sign-in client);
#   - the themes "password-care" where a realm uses them (login, email, admin, account): they are
#     set back to Keycloak's default.
# It changes only what it finds, so it can run again.
#
#   remove-realm-data.sh SERVER_URL ADMIN_USER
#
# The password of ADMIN_USER (a master-realm admin) comes from PASSWORD_CARE_ADMIN_PASSWORD, or
# kcadm.sh asks for it on the terminal. kcadm.sh is taken from KCADM (default: kcadm.sh on the PATH; in the Keycloak
# image it is /opt/keycloak/bin/kcadm.sh).
#
# Run it WHILE the providers jar is still installed: a realm whose password policy names a policy
# provider the server does not know cannot be loaded or saved. Then take the jars out, restart, and
# run it once more: a start with the jar in registers the required action (and the client, unless
# admin-ui-client is none) again, and the second run removes what came back.
# docs/install.md, "Uninstall", has the whole order; production-test/ runs it.
set -euo pipefail

[ $# -eq 2 ] || { sed -n '2,27p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2; }
SERVER_URL="$1"
ADMIN_USER="$2"
KCADM="${KCADM:-kcadm.sh}"
CLIENT_ID=password-care-admin-ui
THEME=password-care
SSPR=password-care-sspr
SETTINGS=password-care-settings
SETTINGS_TYPE=org.keycloak.services.ui.extend.UiTabProvider
LISTENER=password-care-notify
REQUIRED_ACTION=password-care-expiry-warning
STOCK_RESET_FLOW="reset credentials"

say() { printf '[remove-realm-data] %s\n' "$*"; }

CONFIG_DIR="$(mktemp -d)"
trap 'rm -rf "$CONFIG_DIR"' EXIT
kcadm() { "$KCADM" "$@" --config "$CONFIG_DIR/kcadm.config"; }
# One field of a realm, as plain text (kcadm's csv without quotes; a missing field gives "").
realm_field() { kcadm get "realms/$1" --fields "$2" --format csv --noquotes; }
# A flow alias as a URL path segment (the executions endpoint takes the alias, which has spaces).
urlencode() {
  local LC_ALL=C s="$1" out="" c i
  for ((i = 0; i < ${#s}; i++)); do
    c="${s:i:1}"
    case "$c" in
      [A-Za-z0-9._~-]) out+="$c" ;;
      *) out+=$(printf '%%%02X' "'$c") ;;
    esac
  done
  printf '%s' "$out"
}

login=(config credentials --server "$SERVER_URL" --realm master --user "$ADMIN_USER")
if [ -n "${PASSWORD_CARE_ADMIN_PASSWORD:-}" ]; then
  # kcadm has no other way to take it without a terminal; it is on its command line only briefly.
  kcadm "${login[@]}" --password "$PASSWORD_CARE_ADMIN_PASSWORD"
else
  kcadm "${login[@]}"
fi

for realm in $(kcadm get realms --fields realm --format csv --noquotes); do
  # The reset-credentials flow: bind Keycloak's own again where the bound one runs the SSPR step.
  flow=$(realm_field "$realm" resetCredentialsFlow)
  if [ -n "$flow" ] && [ "$flow" != "$STOCK_RESET_FLOW" ]; then
    if kcadm get "authentication/flows/$(urlencode "$flow")/executions" -r "$realm" \
      --fields providerId --format csv --noquotes | grep -qx "$SSPR"; then
      kcadm update "realms/$realm" -f - <<<"{\"resetCredentialsFlow\": \"$STOCK_RESET_FLOW\"}"
      say "realm $realm: reset credentials flow is \"$STOCK_RESET_FLOW\" again; \"$flow\" is kept, unbound"
    fi
  fi

  # The password policy without our two policies (policies are joined by " and ").
  policy=$(realm_field "$realm" passwordPolicy)
  if grep -q 'password-care-' <<<"$policy"; then
    kept=$(printf '%s\n' "${policy// and /$'\n'}" | grep -v '^password-care-' |
      awk 'NR > 1 { printf " and " } { printf "%s", $0 }' || true)
    # As JSON, so that quotes and backslashes of a regexPattern(...) stay what they were.
    escaped=$(sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' <<<"$kept")
    kcadm update "realms/$realm" -f - <<<"{\"passwordPolicy\": \"$escaped\"}"
    say "realm $realm: password policy is now \"$kept\""
  fi

  # The event listeners without ours.
  listeners=$(kcadm get "realms/$realm" --fields eventsListeners)
  if grep -q "\"$LISTENER\"" <<<"$listeners"; then
    kept=$(grep -o '"[^"]*"' <<<"$listeners" | grep -vx "\"eventsListeners\"" |
      grep -vx "\"$LISTENER\"" | paste -sd, - || true)
    kcadm update "realms/$realm" -f - <<<"{\"eventsListeners\": [$kept]}"
    say "realm $realm: event listeners are now [$kept]"
  fi

  # The Password care settings. The components endpoint filters by type, not by provider id, so
  # the provider id is checked here: never delete a component of another provider.
  for id in $(kcadm get components -r "$realm" -q type="$SETTINGS_TYPE" --fields id,providerId \
    --format csv --noquotes | awk -F, -v p="$SETTINGS" '$2 == p { print $1 }'); do
    kcadm delete "components/$id" -r "$realm"
    say "realm $realm: deleted the settings ($SETTINGS)"
  done

  # The required action.
  if kcadm get authentication/required-actions -r "$realm" --fields alias --format csv --noquotes |
    grep -qx "$REQUIRED_ACTION"; then
    kcadm delete "authentication/required-actions/$REQUIRED_ACTION" -r "$realm"
    say "realm $realm: removed the required action $REQUIRED_ACTION"
  fi

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
