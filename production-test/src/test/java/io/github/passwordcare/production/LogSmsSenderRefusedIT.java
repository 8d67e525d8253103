package io.github.passwordcare.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The {@code log} SMS sender writes one-time codes to the log, so a production-mode server must
 * refuse it: {@code kc.sh start --spi-password-care-sms-sender--provider=log} on a distribution
 * with our jar stops during start-up with the sender's own message, and never listens. A
 * distribution of its own (unpacked by the POM), so ProductionInstallIT's is not touched; no
 * database is needed, the server stops before it would use one.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LogSmsSenderRefusedIT {

  private static final String LISTENING = "Listening on:";

  private final Path work = Path.of(System.getProperty("password-care.production-test.dir"));
  private final Path home =
      Path.of(System.getProperty("password-care.sms-log-refused.dir"))
          .resolve("keycloak-" + System.getProperty("keycloak.version"));

  @Test
  void productionModeRefusesTheLogSender() throws Exception {
    Files.copy(
        providersJar(),
        home.resolve("providers/keycloak-password-care-providers.jar"),
        StandardCopyOption.REPLACE_EXISTING);
    Path log = home.resolve("start.log");
    int httpPort = freePort();
    int managementPort = freePort();

    ProcessBuilder builder =
        new ProcessBuilder(
                "bash",
                home.resolve("bin/kc.sh").toString(),
                "start",
                "--spi-password-care-sms-sender--provider=log",
                "--http-enabled=true",
                "--hostname-strict=false",
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
    Process kc = builder.start();
    kc.getOutputStream().close();
    // Ends by itself when refused; a server that starts instead is stopped at once.
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    boolean ended = false;
    while (!ended && System.nanoTime() < deadline && !Files.readString(log).contains(LISTENING)) {
      ended = kc.waitFor(500, TimeUnit.MILLISECONDS);
    }
    if (!ended) {
      kc.descendants().forEach(ProcessHandle::destroyForcibly);
      kc.destroyForcibly();
      kc.waitFor(30, TimeUnit.SECONDS);
    }
    String output = Files.readString(log);

    assertThat(ended).as("kc.sh start stopped by itself\n" + output).isTrue();
    assertThat(kc.exitValue()).as(output).isNotZero();
    assertThat(output)
        .contains(
            "The 'log' SMS sender (--spi-password-care-sms-sender--provider=log) writes one-time"
                + " codes to the server log and is for kc.sh start-dev only; this server runs in"
                + " production mode.")
        .doesNotContain(LISTENING);
  }

  private Path providersJar() throws IOException {
    try (Stream<Path> jars = Files.list(work.resolve("jars"))) {
      List<Path> found =
          jars.filter(
                  p -> p.getFileName().toString().startsWith("keycloak-password-care-providers"))
              .toList();
      assertThat(found).as("the providers jar the build made").hasSize(1);
      return found.get(0);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
