package io.github.passwordcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the test distribution's own kcadm.sh, so the documented kcadm.sh recipes are checked exactly
 * as an operator would type them. Fails the test when kcadm.sh exits non-zero. One instance is one
 * signed-in kcadm.sh config file, deleted on {@link #close()}.
 */
public final class Kcadm implements AutoCloseable {

  private final Path config;

  private Kcadm(Path config) {
    this.config = config;
  }

  /** {@code kcadm.sh config credentials --server --realm --user --password}, in a fresh config. */
  public static Kcadm signIn(String server, String realm, String user, String password)
      throws Exception {
    Kcadm kcadm = new Kcadm(Files.createTempFile("kcadm", ".config"));
    try {
      kcadm.run(
          "config",
          "credentials",
          "--server",
          server,
          "--realm",
          realm,
          "--user",
          user,
          "--password",
          password);
      return kcadm;
    } catch (Exception | Error e) {
      kcadm.close();
      throw e;
    }
  }

  /** Runs {@code kcadm.sh args... --config <this config>} and returns its standard output. */
  public String run(String... args) throws Exception {
    Result result = exec(args);
    assertThat(result.exit()).as("kcadm.sh %s: %s", String.join(" ", args), result.err()).isZero();
    return result.out();
  }

  /** Runs a kcadm.sh command that must fail; returns what it printed on standard error. */
  public String fails(String... args) throws Exception {
    Result result = exec(args);
    assertThat(result.exit())
        .as("kcadm.sh %s: %s", String.join(" ", args), result.out())
        .isNotZero();
    return result.err();
  }

  private record Result(int exit, String out, String err) {}

  private Result exec(String... args) throws Exception {
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
    return new Result(process.exitValue(), out, err);
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(config);
  }
}
