package io.github.passwordcare.it.protect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.TestUsers;
import jakarta.ws.rs.core.Response;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Protected admins in bulk reset: the demo realm's {@code helpdesk} (manage-users) may not reset an
 * admin whose realm-management roles it does not all hold; that user is skipped as {@code
 * privileged}, in a dry run too, and nothing changes. Admins with more rights may; with {@code
 * protectAdmins} off the stock behaviour returns. Each test signs each demo user in once: the demo
 * realm's brute-force protection counts quick repeated sign-ins as failures.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class ProtectedAdminsBulkResetIT extends AbstractPasswordCareIT {

  private static final String PATH = "/admin/realms/" + DEMO_REALM + "/password-care/bulk-reset";
  private static final String MANAGEMENT = "realm-management";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void helpDeskCannotResetTheRealmAdminNotEvenInADryRun() throws Exception {
    String realmAdmin = userId("realm-admin");
    String otherAdmin = users().create("pa-admin");
    AdminRoles.grantToUser(demo(), MANAGEMENT, otherAdmin, "realm-admin");
    String plain = users().create("pa-plain");
    String token = tokenOf("helpdesk");

    JsonNode dryRun = reset(token, "userIds", List.of(realmAdmin, plain), "dryRun", true);
    JsonNode real = reset(token, "userIds", List.of(otherAdmin, plain));

    assertSkippedAsPrivileged(dryRun, realmAdmin);
    assertThat(status(dryRun, plain)).isEqualTo("would-reset");
    assertSkippedAsPrivileged(real, otherAdmin);
    assertThat(status(real, plain)).isEqualTo("reset");
    assertThat(passwordGrant(users().username(otherAdmin), DEMO_PASSWORD).statusCode())
        .isEqualTo(200);
  }

  /**
   * A security review reset a user holding only {@code impersonation}, signed in as that user and
   * impersonated {@code realm-admin}: roles that let their holder act as another user, or map roles
   * to users, make an admin by default too.
   */
  @Test
  void anImpersonatorOrIdentityProviderManagerIsAnAdminTheHelpDeskMayNotReset() throws Exception {
    String impersonator = users().create("pa-impersonator");
    AdminRoles.grantToUser(demo(), MANAGEMENT, impersonator, "impersonation");
    String idpManager = users().create("pa-idp-manager");
    AdminRoles.grantToUser(demo(), MANAGEMENT, idpManager, "manage-identity-providers");

    JsonNode result =
        reset(tokenOf("helpdesk"), "userIds", List.of(impersonator, idpManager), "dryRun", true);

    assertSkippedAsPrivileged(result, impersonator);
    assertSkippedAsPrivileged(result, idpManager);
  }

  @Test
  void theRealmAdminMayResetTheHelpDesk() throws Exception {
    String helpdesk = userId("helpdesk");
    String otherHelpdesk = users().create("pa-helpdesk");
    AdminRoles.grantToUser(
        demo(), MANAGEMENT, otherHelpdesk, "manage-users", "view-users", "query-users");
    // A realm-admin of its own: the demo realm-admin may need a second factor to sign in.
    String realmAdmin = users().create("pa-realm-admin");
    AdminRoles.grantToUser(demo(), MANAGEMENT, realmAdmin, "realm-admin");
    String token = tokenOf(users().username(realmAdmin));

    JsonNode dryRun = reset(token, "userIds", List.of(helpdesk), "dryRun", true);
    JsonNode real = reset(token, "userIds", List.of(otherHelpdesk));

    assertThat(status(dryRun, helpdesk)).isEqualTo("would-reset");
    assertThat(status(real, otherHelpdesk)).isEqualTo("reset");
  }

  @Test
  void rolesCountEffectivelyAndAnAdminWithNoMoreRightsThanTheCallerMayBeReset() throws Exception {
    String group = users().group("pa-realm-managers", null);
    AdminRoles.grantToGroup(demo(), MANAGEMENT, group, "manage-realm");
    String viaGroup = users().create("pa-via-group");
    users().join(viaGroup, group);
    String peer = users().create("pa-peer");
    AdminRoles.grantToUser(demo(), MANAGEMENT, peer, "manage-users", "view-users");
    String token = tokenOf("helpdesk");

    JsonNode result = reset(token, "userIds", List.of(viaGroup, peer), "dryRun", true);

    assertSkippedAsPrivileged(result, viaGroup);
    assertThat(status(result, peer)).isEqualTo("would-reset");
  }

  @Test
  void theMasterAdminMayResetTheRealmAdminAndAMasterHelpDeskMayNot() throws Exception {
    String realmAdmin = userId("realm-admin");
    String plain = users().create("pa-plain");
    RealmResource master = admin.realm("master");
    String masterHelpdesk = createMasterUser(master, TestUsers.unique("pa-master-helpdesk"));
    try {
      AdminRoles.grantToUser(
          master,
          DEMO_REALM + "-realm",
          masterHelpdesk,
          "manage-users",
          "view-users",
          "query-users");
      String username = master.users().get(masterHelpdesk).toRepresentation().getUsername();

      JsonNode byAdmin =
          reset(
              admin.tokenManager().getAccessTokenString(),
              "userIds",
              List.of(realmAdmin),
              "dryRun",
              true);
      JsonNode byHelpdesk =
          reset(
              tokenOf("master", username, DEMO_PASSWORD),
              "userIds",
              List.of(realmAdmin, plain),
              "dryRun",
              true);

      assertThat(status(byAdmin, realmAdmin)).isEqualTo("would-reset");
      assertSkippedAsPrivileged(byHelpdesk, realmAdmin);
      assertThat(status(byHelpdesk, plain)).isEqualTo("would-reset");
    } finally {
      master.users().delete(masterHelpdesk).close();
    }
  }

  @Test
  void withProtectAdminsOffTheHelpDeskMayResetAnAdminAgain() throws Exception {
    String realmAdmin = userId("realm-admin");
    SettingsRest settings =
        new SettingsRest(urls.getBase(), DEMO_REALM, admin.tokenManager().getAccessTokenString());
    try {
      settings.set("protectAdmins", false);

      JsonNode result = reset(tokenOf("helpdesk"), "userIds", List.of(realmAdmin), "dryRun", true);

      assertThat(status(result, realmAdmin)).isEqualTo("would-reset");
    } finally {
      settings.restore();
    }
  }

  @Test
  void adminRolesAndAdminGroupSayWhoIsAnAdmin() throws Exception {
    String group = users().group("pa-admins", null);
    String groupPath = "/" + demo().groups().group(group).toRepresentation().getName();
    String outside = users().create("pa-outside");
    String member = users().create("pa-member");
    AdminRoles.grantToUser(demo(), MANAGEMENT, outside, "manage-realm");
    AdminRoles.grantToUser(demo(), MANAGEMENT, member, "manage-realm");
    users().join(member, group);
    SettingsRest settings =
        new SettingsRest(urls.getBase(), DEMO_REALM, admin.tokenManager().getAccessTokenString());
    try {
      settings.set("adminRoles", List.of("realm-admin"));
      settings.set("adminGroup", groupPath);

      JsonNode result =
          reset(tokenOf("helpdesk"), "userIds", List.of(outside, member), "dryRun", true);

      // manage-realm alone no longer makes an admin; the group still does.
      assertThat(status(result, outside)).isEqualTo("would-reset");
      assertSkippedAsPrivileged(result, member);
    } finally {
      settings.restore();
    }
  }

  private JsonNode reset(String token, Object... keysAndValues) throws Exception {
    var body = JSON.createObjectNode();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      body.set((String) keysAndValues[i], JSON.valueToTree(keysAndValues[i + 1]));
    }
    HttpResponse<String> response =
        post(PATH, token, JSON.writeValueAsString(body), "application/json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static void assertSkippedAsPrivileged(JsonNode result, String userId) {
    assertThat(status(result, userId)).isEqualTo("skipped");
    assertThat(row(result, userId).path("reason").asText()).isEqualTo("privileged");
  }

  private static String status(JsonNode result, String userId) {
    return row(result, userId).path("status").asText();
  }

  private static JsonNode row(JsonNode result, String userId) {
    return StreamSupport.stream(result.path("results").spliterator(), false)
        .filter(r -> userId.equals(r.path("userId").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + userId + ": " + result));
  }

  private RealmResource demo() {
    return admin.realm(DEMO_REALM);
  }

  private String userId(String username) {
    return demo().users().searchByUsername(username, true).get(0).getId();
  }

  private static String createMasterUser(RealmResource master, String username) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(username);
    user.setEnabled(true);
    user.setFirstName("Master");
    user.setLastName("Helpdesk");
    user.setEmail(username + "@password-care.localhost");
    user.setEmailVerified(true);
    CredentialRepresentation password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setValue(DEMO_PASSWORD);
    password.setTemporary(false);
    user.setCredentials(List.of(password));
    user.setAttributes(Map.of());
    try (Response response = master.users().create(user)) {
      return CreatedResponseUtil.getCreatedId(response);
    }
  }
}
