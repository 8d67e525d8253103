package io.github.passwordcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.util.JsonSerialization;

/**
 * The demo realm file imports without a single warning or error in the server log. It is imported
 * again under another name so that the log window holds that import only.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class RealmImportIT extends AbstractPasswordCareIT {

  /**
   * Keycloak gives its default roles to users it creates, not to imported ones: without them the
   * demo users' account console answered "Something went wrong" (no manage-account, view-profile).
   */
  @Test
  void demoUsersHoldTheRealmsDefaultRoles() {
    var demo = admin.realm(DEMO_REALM);
    for (var user : demo.users().list(0, 100)) {
      assertThat(
              demo.users()
                  .get(user.getId())
                  .roles()
                  .clientLevel(accountClient(demo))
                  .listEffective())
          .as(user.getUsername())
          .extracting(r -> r.getName())
          .contains("manage-account", "view-profile");
    }
  }

  private static String accountClient(org.keycloak.admin.client.resource.RealmResource demo) {
    return demo.clients().findByClientId("account").get(0).getId();
  }

  @Test
  void realmFileImportsCleanly() throws Exception {
    RealmRepresentation rep;
    try (InputStream in = getClass().getResourceAsStream("/password-care-demo-realm.json")) {
      rep = JsonSerialization.readValue(in, RealmRepresentation.class);
    }
    String name = "password-care-import-check-" + System.nanoTime();
    rep.setRealm(name);
    // The users hold the realm's default role, whose name follows the realm's.
    rep.getUsers().forEach(u -> u.setRealmRoles(List.of("default-roles-" + name)));

    long offset = ServerLog.size();
    admin.realms().create(rep);
    try {
      RealmRepresentation imported = admin.realm(name).toRepresentation();
      assertThat(imported.getLoginTheme()).isEqualTo("password-care");
      assertThat(imported.getAdminTheme()).isEqualTo("password-care");
      assertThat(admin.realm(name).users().count()).isEqualTo(rep.getUsers().size());
      assertThat(admin.realm(name).groups().groups()).hasSize(rep.getGroups().size());
    } finally {
      admin.realm(name).remove();
    }

    List<String> problems =
        ServerLog.linesSince(offset).stream()
            .filter(line -> line.contains(" WARN ") || line.contains(" ERROR "))
            .toList();
    assertThat(problems).as("warnings/errors logged while importing the realm file").isEmpty();
  }
}
