package io.github.passwordcare.it.container;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.info.ServerInfoRepresentation;

/** Keycloak's image runs with our jars and the demo realm, and the admin resource answers. */
class ContainerSmokeIT extends AbstractContainerIT {

  private static final String INFO = "/admin/realms/" + DEMO_REALM + "/password-care/info";

  @Test
  void ourProviderAndThemeAreInstalledWithDeclarativeUi() {
    ServerInfoRepresentation info =
        http.getJson("/admin/serverinfo", adminToken(), ServerInfoRepresentation.class);

    assertThat(info.getProviders().get("admin-realm-restapi-extension").getProviders())
        .containsKey("password-care");
    assertThat(info.getThemes().get("login")).anyMatch(t -> t.getName().equals("password-care"));
    assertThat(info.getFeatures())
        .anyMatch(f -> f.getName().equals("DECLARATIVE_UI") && f.isEnabled());
  }

  @Test
  void demoRealmIsImportedWithOurLoginTheme() {
    RealmRepresentation demo =
        http.getJson("/admin/realms/" + DEMO_REALM, adminToken(), RealmRepresentation.class);

    assertThat(demo.getLoginTheme()).isEqualTo("password-care");
  }

  @Test
  void infoAnswersTheRealmAdmin() {
    var response = http.get(INFO, tokenOf("realm-admin"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"version\"");
  }

  @Test
  void infoIsForbiddenForAlice() {
    assertThat(http.get(INFO, tokenOf("alice")).statusCode()).isEqualTo(403);
  }

  @Test
  void infoNeedsAToken() {
    assertThat(http.get(INFO, null).statusCode()).isEqualTo(401);
  }
}
