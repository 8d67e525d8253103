package io.github.passwordcare.it.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.passwordcare.it.PasswordCareServerConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/** docs/features/settings.md's kcadm.sh calls, run with the distribution's own kcadm.sh. */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class SettingsKcadmIT extends AbstractSettingsIT {

  @Test
  void kcadmReadsAndUpdatesTheSettings() throws Exception {
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

      JsonNode before =
          JSON.readTree(kcadm(config, "get", "password-care/settings", "-r", DEMO_REALM));
      assertThat(before.path("ssprCodeLength").asInt()).isEqualTo(8);

      kcadm(
          config,
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
    Process process = new ProcessBuilder(command).start();
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
