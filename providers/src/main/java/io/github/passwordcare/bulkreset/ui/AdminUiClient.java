package io.github.passwordcare.bulkreset.ui;

import java.util.List;
import java.util.Objects;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.common.util.Encode;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.protocol.oidc.OIDCConfigAttributes;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;

/**
 * The public OIDC client the Password care admin app signs admins in with, shaped like Keycloak's
 * own {@code account-console}: standard flow only, PKCE S256, URLs relative to the server so they
 * hold behind any host name, and limited to the app's path. Its Home URL is the app, which the
 * admin console's client list shows as a link.
 *
 * <p>Its tokens carry only the admin roles the page needs ({@link AdminUiClientScope}): no full
 * scope, so an admin who signs in here cannot use the token on the rest of the admin API. A client
 * carrying {@link #MANAGED} {@code =true} is ours and brought to this shape at every start; one
 * without it is the admin's and left alone.
 */
public final class AdminUiClient {

  public static final String CLIENT_ID = "password-care-admin-ui";

  /** Marks the client as created and kept up to date by this extension. */
  public static final String MANAGED = "password-care.managed";

  static final String NAME = "${passwordCareBulkResetUiClientName}";
  static final String DESCRIPTION =
      "Signs admins in to the Password care admin app (bulk reset, expiring passwords, settings).";

  /** The description before the admin app: updated to {@link #DESCRIPTION}. */
  static final String PAGE_DESCRIPTION =
      "Signs admins in to the bulk password reset page of keycloak-password-care.";

  /** The description version 0.1 wrote: clients with it (and no marker) are ours too. */
  static final String LEGACY_DESCRIPTION = "${passwordCareBulkResetUiClientDescription}";

  private static final Logger LOG = Logger.getLogger(AdminUiClient.class);

  private AdminUiClient() {}

  /**
   * Path of the admin app in a realm, relative to the server's base URL, the realm name encoded.
   */
  public static String pagePath(String realmName) {
    return pathIn(Encode.encodePathAsIs(realmName), AdminAppResource.PAGE);
  }

  private static String pathIn(String realmSegment, String page) {
    return "/realms/"
        + realmSegment
        + "/"
        + BulkResetUiResourceProviderFactory.PROVIDER_ID
        + "/"
        + page
        + "/";
  }

  /** Creates the client unless the realm has one with that id; returns whether it did. */
  static boolean create(KeycloakSession session, RealmModel realm) {
    if (realm.getClientByClientId(CLIENT_ID) != null) {
      return false;
    }
    String page = pagePath(realm.getName());
    ClientModel client = KeycloakModelUtils.createPublicClient(realm, CLIENT_ID);
    client.setName(NAME);
    client.setDescription(DESCRIPTION);
    client.setEnabled(true);
    client.setStandardFlowEnabled(true);
    client.setImplicitFlowEnabled(false);
    client.setDirectAccessGrantsEnabled(false);
    client.setServiceAccountsEnabled(false);
    client.setFullScopeAllowed(false);
    client.setRootUrl(Constants.AUTH_BASE_URL_PROP);
    client.setBaseUrl(page);
    client.addRedirectUri(page + "*");
    client.addWebOrigin("+");
    client.setAttribute(OIDCConfigAttributes.POST_LOGOUT_REDIRECT_URIS, "+");
    client.setAttribute(OIDCConfigAttributes.PKCE_CODE_CHALLENGE_METHOD, "S256");
    client.setAttribute("oauth2.device.authorization.grant.enabled", "false");
    client.setAttribute("oidc.ciba.grant.enabled", "false");
    client.setAttribute(MANAGED, "true");
    // Setting the protocol adds the realm's default client scopes (profile: locale, roles).
    client.setProtocol(OIDCLoginProtocol.LOGIN_PROTOCOL);
    AdminUiClientScope.grant(session, realm, client);
    LOG.debugf("Created client %s in realm %s", CLIENT_ID, realm.getName());
    return true;
  }

  /**
   * Brings our client in this realm to the current shape: no full scope, the app's admin roles, a
   * description the console can show, the admin app's URLs with the realm name encoded. Clients
   * without our marker (or the 0.1 description) are left as they are. Returns whether it changed
   * one.
   */
  static boolean update(KeycloakSession session, RealmModel realm) {
    ClientModel client = realm.getClientByClientId(CLIENT_ID);
    if (client == null || !isManaged(client)) {
      return false;
    }
    boolean legacy = client.getAttribute(MANAGED) == null;
    if (legacy) {
      client.setAttribute(MANAGED, "true");
      client.setDescription(DESCRIPTION);
      LOG.infof(
          "Client %s in realm %s: limited to the page's admin roles", CLIENT_ID, realm.getName());
    }
    client.setFullScopeAllowed(false);
    if (PAGE_DESCRIPTION.equals(client.getDescription())) {
      client.setDescription(DESCRIPTION);
    }
    moveToTheApp(client, realm.getName());
    AdminUiClientScope.grant(session, realm, client);
    return legacy;
  }

  /**
   * The bulk reset page's URLs (0.1 wrote the realm name unencoded, later versions encoded) become
   * the admin app's: its Home URL, and the one redirect URI the app signs in with. The old page
   * only redirects now, so its redirect URI is no longer needed.
   */
  private static void moveToTheApp(ClientModel client, String realmName) {
    String app = pagePath(realmName);
    for (String old :
        List.of(
            pathIn(realmName, AdminAppResource.OLD_PAGE),
            pathIn(Encode.encodePathAsIs(realmName), AdminAppResource.OLD_PAGE))) {
      if (client.getRedirectUris().contains(old + "*")) {
        client.removeRedirectUri(old + "*");
        client.addRedirectUri(app + "*");
      }
      if (old.equals(client.getBaseUrl())) {
        client.setBaseUrl(app);
      }
    }
  }

  static boolean isManaged(ClientModel client) {
    String marker = client.getAttribute(MANAGED);
    return marker == null
        ? LEGACY_DESCRIPTION.equals(client.getDescription())
        : Boolean.parseBoolean(marker);
  }

  static boolean isMaster(RealmModel realm) {
    return Objects.equals(realm.getName(), Config.getAdminRealm());
  }
}
