package io.github.passwordcare.it.bulkreset;

import static io.github.passwordcare.it.bulkreset.BulkResetClient.json;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.Kcadm;
import io.github.passwordcare.it.PasswordCareServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/** The README's kcadm.sh call, run with the distribution's own kcadm.sh. */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class BulkResetKcadmIT extends AbstractPasswordCareIT {

  @Test
  void kcadmCreateRunsABulkReset() throws Exception {
    String u1 = users().create("kcadm");
    Path config = Files.createTempFile("kcadm", ".config");
    try {
      Kcadm.run(
          config,
          "config",
          "credentials",
          "--server",
          urls.getBase(),
          "--realm",
          DEMO_REALM,
          "--user",
          "realm-admin",
          "--password",
          DEMO_PASSWORD);

      String out =
          Kcadm.run(
              config,
              "create",
              "password-care/bulk-reset",
              "-r",
              DEMO_REALM,
              "-o",
              "-b",
              "{\"userIds\":[\"" + u1 + "\"],\"dryRun\":true}");

      assertThat(row(json(out), u1).path("status").asText()).isEqualTo("would-reset");
    } finally {
      Files.deleteIfExists(config);
    }
  }
}
