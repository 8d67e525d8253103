package io.github.passwordcare.it.bulkreset;

import static io.github.passwordcare.it.bulkreset.BulkResetClient.json;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.PasswordCareServerConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
      kcadm(
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
          kcadm(
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

  private static String kcadm(Path config, String... args) throws Exception {
    Path kcadm =
        Path.of(
            System.getProperty("java.io.tmpdir"),
            "kc-tests",
            "keycloak-" + System.getProperty("password-care.dist.version"),
            "bin",
            "kcadm.sh");
    List<String> command = new ArrayList<>(List.of(kcadm.toString()));
    command.addAll(List.of(args));
    command.addAll(List.of("--config", config.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("kcadm.sh did not finish in 60 s");
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("kcadm.sh %s: %s", args[0], err).isZero();
    return out;
  }
}
