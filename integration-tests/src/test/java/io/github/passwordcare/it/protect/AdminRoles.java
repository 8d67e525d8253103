package io.github.passwordcare.it.protect;

import java.util.List;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;

/** Grants roles of a client ({@code realm-management}, or a master {@code <realm>-realm}). */
final class AdminRoles {

  private AdminRoles() {}

  static void grantToUser(RealmResource realm, String clientId, String userId, String... roles) {
    String id = clientUuid(realm, clientId);
    realm.users().get(userId).roles().clientLevel(id).add(roles(realm, id, roles));
  }

  static void grantToGroup(RealmResource realm, String clientId, String groupId, String... roles) {
    String id = clientUuid(realm, clientId);
    realm.groups().group(groupId).roles().clientLevel(id).add(roles(realm, id, roles));
  }

  private static String clientUuid(RealmResource realm, String clientId) {
    return realm.clients().findByClientId(clientId).get(0).getId();
  }

  private static List<RoleRepresentation> roles(RealmResource realm, String id, String... names) {
    return List.of(names).stream()
        .map(name -> realm.clients().get(id).roles().get(name).toRepresentation())
        .toList();
  }
}
