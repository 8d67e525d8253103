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

  @Test
  void realmFileImportsCleanly() throws Exception {
    RealmRepresentation rep;
    try (InputStream in = getClass().getResourceAsStream("/password-care-demo-realm.json")) {
      rep = JsonSerialization.readValue(in, RealmRepresentation.class);
    }
    String name = "password-care-import-check-" + System.nanoTime();
    rep.setRealm(name);

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
