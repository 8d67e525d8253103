package io.github.passwordcare.it.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.passwordcare.it.Kcadm;
import io.github.passwordcare.it.PasswordCareServerConfig;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/** docs/features/settings.md's kcadm.sh calls, run with the distribution's own kcadm.sh. */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class SettingsKcadmIT extends AbstractSettingsIT {

  @Test
  void kcadmReadsAndUpdatesTheSettings() throws Exception {
    try (Kcadm kcadm = Kcadm.signIn(urls.getBase(), DEMO_REALM, "realm-admin", DEMO_PASSWORD)) {

      JsonNode before = JSON.readTree(kcadm.run("get", "password-care/settings", "-r", DEMO_REALM));
      assertThat(before.path("ssprCodeLength").asInt()).isEqualTo(8);

      kcadm.run(
          "update",
          "password-care/settings",
          "-r",
          DEMO_REALM,
          "-s",
          "ssprCodeLength=10",
          "-s",
          "ssprScope=none");

      JsonNode after = settingsOf(tokenOf("realm-admin"));
      assertThat(after.path("ssprCodeLength").asInt()).isEqualTo(10);
      assertThat(after.path("ssprScope").asText()).isEqualTo("none");
      assertThat(after.path("ssprMethods")).isEqualTo(before.path("ssprMethods"));
    }
  }
}
