package io.github.passwordcare.settings;

import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * {@link RealmLookup} against a live realm. Admin roles are the roles of the {@code
 * realm-management} client; the master realm has none, so there they are those of the client that
 * administers the master realm itself ({@code master-realm}).
 */
public record KeycloakRealmLookup(KeycloakSession session, RealmModel realm)
    implements RealmLookup {

  @Override
  public boolean groupExists(String path) {
    try {
      return KeycloakModelUtils.findGroupByPath(session, realm, path) != null;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public boolean isAdminRole(String role) {
    ClientModel client = realm.getClientByClientId(Constants.REALM_MANAGEMENT_CLIENT_ID);
    if (client == null) {
      client = realm.getMasterAdminClient();
    }
    return client != null && client.getRole(role) != null;
  }
}
