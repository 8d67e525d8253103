package io.github.passwordcare.bulkreset.ui;

import org.jboss.logging.Logger;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.protocol.oidc.OIDCConfigAttributes;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;

/**
 * The public OIDC client the bulk reset page signs admins in with, shaped like Keycloak's own
 * {@code account-console}: standard flow only, PKCE S256, URLs relative to the server so they hold
 * behind any host name, and limited to the page's path. Its Home URL is the page, which the admin
 * console's client list shows as a link.
 */
public final class AdminUiClient {

  public static final String CLIENT_ID = "password-care-admin-ui";

  private static final Logger LOG = Logger.getLogger(AdminUiClient.class);

  private AdminUiClient() {}

  /** Path of the page in a realm, relative to the server's base URL. */
  public static String pagePath(String realmName) {
    return "/realms/"
        + realmName
        + "/"
        + BulkResetUiResourceProviderFactory.PROVIDER_ID
        + "/"
        + BulkResetUiResource.PAGE
        + "/";
  }

  /** Creates the client unless the realm has one with that id; an existing one is left alone. */
  public static boolean ensure(RealmModel realm) {
    if (realm.getClientByClientId(CLIENT_ID) != null) {
      return false;
    }
    String page = pagePath(realm.getName());
    ClientModel client = KeycloakModelUtils.createPublicClient(realm, CLIENT_ID);
    client.setName("${passwordCareBulkResetUiClientName}");
    client.setDescription("${passwordCareBulkResetUiClientDescription}");
    client.setEnabled(true);
    client.setStandardFlowEnabled(true);
    client.setImplicitFlowEnabled(false);
    client.setDirectAccessGrantsEnabled(false);
    client.setServiceAccountsEnabled(false);
    client.setFullScopeAllowed(true);
    client.setRootUrl(Constants.AUTH_BASE_URL_PROP);
    client.setBaseUrl(page);
    client.addRedirectUri(page + "*");
    client.addWebOrigin("+");
    client.setAttribute(OIDCConfigAttributes.POST_LOGOUT_REDIRECT_URIS, "+");
    client.setAttribute(OIDCConfigAttributes.PKCE_CODE_CHALLENGE_METHOD, "S256");
    client.setAttribute("oauth2.device.authorization.grant.enabled", "false");
    client.setAttribute("oidc.ciba.grant.enabled", "false");
    // Setting the protocol adds the realm's default client scopes (profile: locale, roles).
    client.setProtocol(OIDCLoginProtocol.LOGIN_PROTOCOL);
    LOG.debugf("Created client %s in realm %s", CLIENT_ID, realm.getName());
    return true;
  }
}
