package io.github.passwordcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.info.ServerInfoRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/** The server runs with our jars, the demo realm is there, and the admin resource answers. */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class SmokeIT extends AbstractPasswordCareIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INFO = "/admin/realms/" + DEMO_REALM + "/password-care/info";

  @Test
  void ourProvidersAndThemeAreInstalled() {
    ServerInfoRepresentation info = admin.serverInfo().getInfo();

    assertThat(info.getProviders().get("admin-realm-restapi-extension").getProviders())
        .containsKey("password-care");
    assertThat(info.getThemes().get("login")).anyMatch(t -> t.getName().equals("password-care"));
    assertThat(info.getThemes().get("email")).anyMatch(t -> t.getName().equals("password-care"));
  }

  @Test
  void demoRealmIsImportedWithOurLoginTheme() {
    RealmRepresentation demo = admin.realm(DEMO_REALM).toRepresentation();

    assertThat(demo.getLoginTheme()).isEqualTo("password-care");
    assertThat(demo.getEmailTheme()).isEqualTo("password-care");
    assertThat(admin.realm(DEMO_REALM).users().search("helpdesk", true)).hasSize(1);
  }

  @Test
  void infoAnswersUsersWhoMayViewUsers() throws Exception {
    for (String username : new String[] {"realm-admin", "helpdesk", "viewer"}) {
      HttpResponse<String> response = get(INFO, tokenOf(username));

      assertThat(response.statusCode()).as(username).isEqualTo(200);
      JsonNode info = JSON.readTree(response.body());
      assertThat(info.path("version").asText()).isNotBlank();
      assertThat(info.path("features"))
          .extracting(JsonNode::asText)
          .containsExactly(
              "info", "bulk-reset", "settings", "sspr", "expiry", "recovery-contacts", "activity");
    }
  }

  @Test
  void infoNeedsNoRightToViewEveryUser() throws Exception {
    String id = users().create("query-only");
    var realmManagement =
        admin.realm(DEMO_REALM).clients().findByClientId("realm-management").get(0);
    var queryUsers =
        admin
            .realm(DEMO_REALM)
            .clients()
            .get(realmManagement.getId())
            .roles()
            .get("query-users")
            .toRepresentation();
    admin
        .realm(DEMO_REALM)
        .users()
        .get(id)
        .roles()
        .clientLevel(realmManagement.getId())
        .add(List.of(queryUsers));

    HttpResponse<String> response = get(INFO, tokenOf(users().username(id)));

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void infoIsForbiddenForUsersWithoutViewRights() throws Exception {
    assertThat(get(INFO, tokenOf("alice")).statusCode()).isEqualTo(403);
  }

  @Test
  void infoNeedsAToken() throws Exception {
    assertThat(get(INFO, null).statusCode()).isEqualTo(401);
  }
}
