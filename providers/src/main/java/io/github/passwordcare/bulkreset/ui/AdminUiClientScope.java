package io.github.passwordcare.bulkreset.ui;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.AdminRoles;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;

/**
 * The admin roles in the scope of the page's client: what the page calls and nothing more, so a
 * token from it is refused by the rest of the admin API. Keycloak's admin API grants a role only
 * when the user holds it AND the token's client has it in scope ({@code AdminAuth.hasAppRole}). In
 * a realm the roles belong to {@code realm-management}; in master, to each realm's {@code
 * <realm>-realm} client there.
 */
final class AdminUiClientScope {

  /**
   * What the app calls: list realms and groups, search users, reset their passwords, the expiry
   * report (view users), the Password care settings (view / manage realm).
   */
  static final List<String> ADMIN_ROLES =
      List.of(
          AdminRoles.QUERY_USERS,
          AdminRoles.VIEW_USERS,
          AdminRoles.MANAGE_USERS,
          AdminRoles.QUERY_GROUPS,
          AdminRoles.VIEW_REALM,
          AdminRoles.MANAGE_REALM);

  private AdminUiClientScope() {}

  /**
   * Maps the page's admin roles into the client's scope. In master, the roles of every realm's
   * admin client in master; elsewhere those of the realm's {@code realm-management}.
   */
  static void grant(KeycloakSession session, RealmModel realm, ClientModel client) {
    if (AdminUiClient.isMaster(realm)) {
      session.realms().getRealmsStream().forEach(r -> addScope(client, r.getMasterAdminClient()));
    } else {
      addScope(client, realm.getClientByClientId(Constants.REALM_MANAGEMENT_CLIENT_ID));
    }
  }

  /** Adds one realm's admin roles to the master realm's client, when that client is ours. */
  static void grantInMaster(KeycloakSession session, RealmModel created) {
    RealmModel master = session.realms().getRealmByName(Config.getAdminRealm());
    ClientModel client =
        master == null ? null : master.getClientByClientId(AdminUiClient.CLIENT_ID);
    if (client != null
        && AdminUiClient.isManaged(client)
        && !created.getId().equals(master.getId())) {
      addScope(client, created.getMasterAdminClient());
    }
  }

  private static void addScope(ClientModel client, ClientModel adminClient) {
    if (adminClient == null) {
      return;
    }
    for (String name : ADMIN_ROLES) {
      RoleModel role = adminClient.getRole(name);
      if (role != null && !client.hasDirectScope(role)) {
        client.addScopeMapping(role);
      }
    }
  }
}
