package io.github.passwordcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the test distribution's own kcadm.sh, so the documented kcadm.sh recipes are checked exactly
 * as an operator would type them. Fails the test when kcadm.sh exits non-zero.
 */
public final class Kcadm {

  private Kcadm() {}

  /** Runs {@code kcadm.sh args... --config config} and returns its standard output. */
  public static String run(Path config, String... args) throws Exception {
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
    assertThat(process.exitValue()).as("kcadm.sh %s: %s", String.join(" ", args), err).isZero();
    return out;
  }
}
