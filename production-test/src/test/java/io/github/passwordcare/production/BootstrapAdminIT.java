package io.github.passwordcare.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * "I forgot the master admin password" (docs/security.md), as an operator does it: Keycloak's own
 * {@code kc.sh bootstrap-admin user} on the stopped server, with the same database options, the
 * username on the command line and the password from an environment variable (never in the process
 * list or the shell history). The new, temporary admin signs in to master and our admin API answers
 * it. A distribution of its own (unpacked by the POM) with the dev-file database the local install
 * uses; the forgotten first admin is never used again.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class BootstrapAdminIT {

  private static final String PASSWORD_VARIABLE = "PASSWORD_CARE_NEW_ADMIN_PASSWORD";

  private final Path repo = Path.of(System.getProperty("password-care.repo"));
  private final Path jars =
      Path.of(System.getProperty("password-care.production-test.dir")).resolve("jars");
  private final Path home =
      Path.of(System.getProperty("password-care.bootstrap-admin.dir"))
          .resolve("keycloak-" + System.getProperty("keycloak.version"));
  private final Timings timings = new Timings();

  @Test
  void bootstrapAdminUserGivesANewMasterAdminWhoUsesTheAdminApi() throws Exception {
    int httpPort = freePort();
    int managementPort = freePort();
    List<String> runtime =
        List.of(
            "--hostname=http://localhost:" + httpPort,
            "--http-enabled=true",
            "--http-port=" + httpPort,
            "--http-management-port=" + managementPort);
    String forgotten = UUID.randomUUID().toString();
    String rescuer = "rescue-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Rescue-" + UUID.randomUUID() + "!";
    Http http = new Http("http://localhost:" + httpPort);
    Path log = home.resolve("bootstrap-admin-it.log");
    Files.deleteIfExists(log);
    try (KeycloakServer keycloak = new KeycloakServer(home, log, managementPort)) {
      timings.run(
          "install-keycloak.sh --db=dev-file: jars in, kc.sh build",
          () ->
              keycloak.runScript(
                  repo.resolve("docs/install/install-keycloak.sh"), Map.of(), installArgs()));
      timings.run(
          "kc.sh start --optimized (first admin, then forgotten)",
          () -> keycloak.start(firstAdmin(forgotten), runtime));
      timings.run("stop", keycloak::stop);

      List<String> bootstrap =
          new ArrayList<>(
              List.of(
                  "bootstrap-admin",
                  "user",
                  "--optimized",
                  "--username=" + rescuer,
                  "--password:env=" + PASSWORD_VARIABLE,
                  "--no-prompt"));
      bootstrap.addAll(runtime);
      timings.run(
          "kc.sh bootstrap-admin user",
          () ->
              keycloak.runScript(
                  home.resolve("bin/kc.sh"),
                  Map.of(PASSWORD_VARIABLE, password, "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m"),
                  bootstrap.toArray(String[]::new)));
      assertThat(Files.readString(log)).doesNotContain(password);

      timings.run(
          "kc.sh start --optimized (after bootstrap-admin)",
          () -> keycloak.start(Map.of("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m"), runtime));
      String token = http.token("master", rescuer, password);
      HttpResponse<String> info =
          http.send("GET", "/admin/realms/master/password-care/info", token, null);
      assertThat(info.statusCode()).as(info.body()).isEqualTo(200);
      assertThat(Http.json(info).path("capabilities").path("bulkReset").asBoolean()).isTrue();
      assertThat(http.passwordGrant("master", rescuer, forgotten).statusCode()).isNotEqualTo(200);
    } finally {
      timings.print();
    }
  }

  /** The first start's admin, the one whose password is then "forgotten". */
  private static Map<String, String> firstAdmin(String password) {
    return Map.of(
        "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
        "KC_BOOTSTRAP_ADMIN_PASSWORD", password,
        "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
  }

  /** KEYCLOAK_HOME, the two jars the build made, then the dev-file database of a local install. */
  private String[] installArgs() throws IOException {
    List<String> args = new ArrayList<>(List.of(home.toString()));
    try (Stream<Path> found = Files.list(jars)) {
      found.map(Path::toString).sorted().forEach(args::add);
    }
    assertThat(args).as("providers and themes jar").hasSize(3);
    args.addAll(List.of("--", "--db=dev-file"));
    return args.toArray(String[]::new);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
