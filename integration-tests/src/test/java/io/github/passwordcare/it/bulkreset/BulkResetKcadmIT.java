package io.github.passwordcare.it.bulkreset;

import static io.github.passwordcare.it.bulkreset.BulkResetClient.json;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.Kcadm;
import io.github.passwordcare.it.PasswordCareServerConfig;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/** The README's kcadm.sh call, run with the distribution's own kcadm.sh. */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class BulkResetKcadmIT extends AbstractPasswordCareIT {

  @Test
  void kcadmCreateRunsABulkReset() throws Exception {
    String u1 = users().create("kcadm");
    try (Kcadm kcadm = Kcadm.signIn(urls.getBase(), DEMO_REALM, "realm-admin", DEMO_PASSWORD)) {

      String out =
          kcadm.run(
              "create",
              "password-care/bulk-reset",
              "-r",
              DEMO_REALM,
              "-o",
              "-b",
              "{\"userIds\":[\"" + u1 + "\"],\"dryRun\":true}");

      assertThat(row(json(out), u1).path("status").asText()).isEqualTo("would-reset");
    }
  }
}
