package io.github.passwordcare.it.bulkreset;

import static io.github.passwordcare.it.bulkreset.BulkResetClient.PATH;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.body;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.json;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.PasswordCareServerConfig;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;

/** Who may call bulk reset: Keycloak's admin permissions decide, per user. */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class BulkResetAuthorizationIT extends AbstractPasswordCareIT {

  /** Another realm, created for this class and removed after it. */
  @InjectRealm(ref = "other")
  ManagedRealm otherRealm;

  @Test
  void realmAdminAndHelpDeskMayReset() throws Exception {
    String u1 = users().create("authz");

    for (String caller : List.of("realm-admin", "helpdesk")) {
      var response = post(PATH, tokenOf(caller), body("userIds", List.of(u1)), "application/json");

      assertThat(response.statusCode()).as(caller).isEqualTo(200);
      assertThat(row(json(response.body()), u1).path("status").asText()).isEqualTo("reset");
    }
  }

  @Test
  void viewOnlyAdminsAndOrdinaryUsersAreForbiddenAndChangeNothing() throws Exception {
    String u1 = users().create("authz");

    for (String caller : List.of("viewer", "alice")) {
      var response = post(PATH, tokenOf(caller), body("userIds", List.of(u1)), "application/json");

      assertThat(response.statusCode()).as(caller).isEqualTo(403);
      assertThat(json(response.body()).path("error").asText()).isNotBlank();
    }
    assertThat(passwordGrant(users().username(u1), DEMO_PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void noTokenIsUnauthorized() throws Exception {
    String u1 = users().create("authz");

    assertThat(post(PATH, null, body("userIds", List.of(u1)), "application/json").statusCode())
        .isEqualTo(401);
  }

  @Test
  void adminOfAnotherRealmIsForbidden() throws Exception {
    String u1 = users().create("authz");
    String otherAdmin = otherRealmAdmin();

    var response =
        post(
            PATH,
            tokenOf(otherRealm.getName(), otherAdmin, DEMO_PASSWORD),
            body("userIds", List.of(u1)),
            "application/json");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(passwordGrant(users().username(u1), DEMO_PASSWORD).statusCode()).isEqualTo(200);
  }

  /** A user with realm-admin in the other realm; removed with that realm. */
  private String otherRealmAdmin() {
    UserRepresentation user = new UserRepresentation();
    user.setUsername("other-admin");
    user.setEnabled(true);
    user.setFirstName("Other");
    user.setLastName("Admin");
    user.setEmail("other-admin@password-care.localhost");
    user.setEmailVerified(true);
    CredentialRepresentation password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setValue(DEMO_PASSWORD);
    user.setCredentials(List.of(password));
    var users = otherRealm.admin().users();
    if (users.search("other-admin", true).isEmpty()) {
      users.create(user).close();
      String id = users.search("other-admin", true).get(0).getId();
      var realmManagement = otherRealm.admin().clients().findByClientId("realm-management").get(0);
      var role =
          otherRealm.admin().clients().get(realmManagement.getId()).roles().get("realm-admin");
      users
          .get(id)
          .roles()
          .clientLevel(realmManagement.getId())
          .add(List.of(role.toRepresentation()));
    }
    return "other-admin";
  }
}
