package io.github.passwordcare.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
 * docs/install.md followed step by step on the distribution zip, in production mode: the jars put
 * in and Keycloak built for PostgreSQL by docs/install/install-keycloak.sh (the script the
 * Dockerfile runs), {@code kc.sh start --optimized} against a PostgreSQL this test starts, a bulk
 * reset end to end, then the documented way out: the realm data (client, themes, the SSPR flow
 * binding, the expiry policies, the notify listener, the settings, the required action) removed by
 * docs/install/remove-realm-data.sh while the jars are in; switched off by a build option (the
 * client not created again, the required action registered again at the start); the script once
 * more; the jars taken out by the script's --uninstall; the script a third time (nothing left to
 * do, the API gone, nothing back).
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ProductionInstallIT {

  private static final String REALM = "password-care-demo";
  private static final String DEMO_PASSWORD = "Care-Demo-2026!";
  private static final String CLIENT_ID = "password-care-admin-ui";
  private static final String ADMIN = "admin";
  private static final String INFO = "/admin/realms/master/password-care/info";
  private static final String PAGE = "/realms/" + REALM + "/password-care/bulk-reset-ui/";
  private static final String PAGE_OFF =
      "--spi-realm-restapi-extension--password-care--enabled=false";
  private static final String REQUIRED_ACTION = "password-care-expiry-warning";
  private static final String UI_TAB = "org.keycloak.services.ui.extend.UiTabProvider";

  private final Path repo = Path.of(System.getProperty("password-care.repo"));
  private final Path work = Path.of(System.getProperty("password-care.production-test.dir"));
  private final Path install = repo.resolve("docs/install/install-keycloak.sh");
  private final Path removeData = repo.resolve("docs/install/remove-realm-data.sh");
  private final String adminPassword = UUID.randomUUID().toString();
  private final Timings timings = new Timings();

  @Test
  void installStartBulkResetSwitchOffUninstall() throws Exception {
    Path home = work.resolve("keycloak-" + System.getProperty("keycloak.version"));
    int httpPort = freePort();
    int managementPort = freePort();
    Http http = new Http("http://localhost:" + httpPort);
    Files.deleteIfExists(work.resolve("keycloak.log"));
    try (LocalPostgres postgres =
            timings.time("PostgreSQL: unpack, initdb, start", this::postgres);
        KeycloakServer keycloak =
            new KeycloakServer(home, work.resolve("keycloak.log"), managementPort)) {
      List<String> runtime = runtimeOptions(postgres, httpPort, managementPort);

      // "A plain server": the script, then the optimized start with the runtime options.
      timings.run(
          "install-keycloak.sh: jars in, kc.sh build",
          () -> keycloak.runScript(install, Map.of(), installArgs(home)));
      timings.run("kc.sh start --optimized (empty database)", () -> keycloak.start(env(), runtime));
      timings.run("bulk reset end to end", () -> bulkResetWorks(http));
      timings.run(
          "expiry report on PostgreSQL: " + ExpiryReportPlan.USERS + " users, first page, plan",
          () ->
              new ExpiryReportPlan(postgres, http, REALM)
                  .check(() -> http.token("master", ADMIN, adminPassword)));

      // "Uninstall", step 1: the realm data, while the jars are in (the policy needs its provider).
      realmDataIsThere(http);
      timings.run(
          "remove-realm-data.sh (kcadm), jars in", () -> removeRealmData(keycloak, home, httpPort));
      realmDataIsGone(http, false);

      // Switched off by a build option: the page and the client's creation off, jars still in.
      timings.run("stop", keycloak::stop);
      timings.run(
          "install-keycloak.sh -- " + PAGE_OFF + ": kc.sh build",
          () -> keycloak.runScript(install, Map.of(), installArgs(home, "--", PAGE_OFF)));
      timings.run("kc.sh start --optimized (page off)", () -> keycloak.start(env(), runtime));
      assertThat(http.send("GET", PAGE, null, null).statusCode()).as("page off").isEqualTo(404);
      String admin = http.token("master", ADMIN, adminPassword);
      assertThat(clients(http, admin, REALM)).as("client not created again").isEmpty();
      assertThat(requiredActions(http, admin, REALM))
          .as("a start with the jar registers the required action again")
          .contains(REQUIRED_ACTION);
      timings.run(
          "remove-realm-data.sh (kcadm), again", () -> removeRealmData(keycloak, home, httpPort));
      realmDataIsGone(http, false);

      // Step 2 and 3: the jars out, restart, the script once more (nothing left to do).
      timings.run("stop", keycloak::stop);
      timings.run(
          "install-keycloak.sh --uninstall: jars out, kc.sh build",
          () -> keycloak.runScript(install, Map.of(), "--uninstall", home.toString()));
      timings.run(
          "kc.sh start --optimized (without the jars)", () -> keycloak.start(env(), runtime));
      admin = http.token("master", ADMIN, adminPassword);
      assertThat(http.send("GET", INFO, admin, null).statusCode()).as("API gone").isEqualTo(404);
      realmDataIsGone(http, true);
      timings.run(
          "remove-realm-data.sh (kcadm), without the jars",
          () -> removeRealmData(keycloak, home, httpPort));
      realmDataIsGone(http, true);
    } finally {
      timings.print();
    }
  }

  private void bulkResetWorks(Http http) {
    String admin = http.token("master", ADMIN, adminPassword);
    JsonNode info = http.getJson(INFO, admin);
    assertThat(info.path("features").toString()).contains("bulk-reset");

    String realm = readDemoRealm();
    HttpResponse<String> imported = http.send("POST", "/admin/realms", admin, realm);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    assertThat(clients(http, admin, REALM)).as("client created in a new realm").hasSize(1);
    assertThat(http.send("GET", PAGE, null, null))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(200);

    // The realm settings: the demo realm's (imported above) are read and can be saved in
    // production mode too, because the install script turns on declarative-ui.
    String settingsPath = "/admin/realms/" + REALM + "/password-care/settings";
    assertThat(http.getJson(settingsPath, admin).path("ssprMethods").toString()).contains("sms");
    HttpResponse<String> saved =
        http.send("PUT", settingsPath, admin, Http.toJson(Map.of("ssprCodeLength", 9)));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(http.getJson(settingsPath, admin).path("ssprCodeLength").asInt()).isEqualTo(9);

    String helpdesk = http.token(REALM, "helpdesk", DEMO_PASSWORD);
    String body = Http.toJson(Map.of("usernames", List.of("alice"), "mode", "generate"));
    HttpResponse<String> reset =
        http.send("POST", "/admin/realms/" + REALM + "/password-care/bulk-reset", helpdesk, body);
    assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
    JsonNode row = Http.json(reset).path("results").path(0);
    assertThat(row.path("username").asText()).isEqualTo("alice");
    assertThat(row.path("status").asText()).isEqualTo("reset");
    String temporary = row.path("temporaryPassword").asText();
    assertThat(temporary).hasSizeGreaterThanOrEqualTo(16);

    // The old password is refused; the new one is right and asks for an update first.
    assertThat(http.passwordGrant(REALM, "alice", DEMO_PASSWORD).body())
        .contains("invalid_grant")
        .doesNotContain("not fully set up");
    assertThat(http.passwordGrant(REALM, "alice", temporary).body()).contains("not fully set up");
  }

  private void removeRealmData(KeycloakServer keycloak, Path home, int httpPort) throws Exception {
    keycloak.runScript(removeData, kcadmEnv(home), "http://localhost:" + httpPort, ADMIN);
  }

  /** What the demo realm brings and the script must remove, so that the removal can fail. */
  private void realmDataIsThere(Http http) {
    String admin = http.token("master", ADMIN, adminPassword);
    JsonNode demo = http.getJson("/admin/realms/" + REALM, admin);
    assertThat(demo.path("resetCredentialsFlow").asText())
        .isEqualTo("password-care reset credentials");
    assertThat(demo.path("passwordPolicy").asText()).contains("password-care-expiry(90)");
    assertThat(demo.path("eventsListeners").toString()).contains("password-care-notify");
    assertThat(settingsComponents(http, admin, REALM)).as("settings component").hasSize(1);
    assertThat(requiredActions(http, admin, REALM)).contains(REQUIRED_ACTION);
    assertThat(requiredActions(http, admin, "master")).contains(REQUIRED_ACTION);
  }

  private void realmDataIsGone(Http http, boolean jarsOut) {
    String admin = http.token("master", ADMIN, adminPassword);
    for (String realm : List.of("master", REALM)) {
      assertThat(clients(http, admin, realm)).as("client in " + realm).isEmpty();
      assertThat(requiredActions(http, admin, realm))
          .as("in " + realm)
          .doesNotContain(REQUIRED_ACTION);
      assertThat(settingsComponents(http, admin, realm)).as("settings in " + realm).isEmpty();
    }
    JsonNode demo = http.getJson("/admin/realms/" + REALM, admin);
    assertThat(demo.path("loginTheme").asText("")).isEmpty();
    assertThat(demo.path("emailTheme").asText("")).isEmpty();
    assertThat(demo.path("resetCredentialsFlow").asText()).isEqualTo("reset credentials");
    // The rest of the policy and of the listeners stays; the copied flow stays, unbound.
    assertThat(demo.path("passwordPolicy").asText())
        .doesNotContain("password-care-")
        .contains("length(12)", "passwordHistory(3)");
    assertThat(demo.path("eventsListeners").toString())
        .doesNotContain("password-care-notify")
        .contains("jboss-logging");
    assertThat(http.getJson("/admin/realms/" + REALM + "/authentication/flows", admin).toString())
        .contains("password-care reset credentials");
    if (jarsOut) {
      // Without our policy provider Keycloak must still parse the realm's policy: a password grant
      // checks nothing of it, so change a password through the admin API, which applies it.
      String bob =
          http.getJson("/admin/realms/" + REALM + "/users?exact=true&username=bob", admin)
              .path(0)
              .path("id")
              .asText();
      HttpResponse<String> reset =
          http.send(
              "PUT",
              "/admin/realms/" + REALM + "/users/" + bob + "/reset-password",
              admin,
              "{\"type\":\"password\",\"value\":\"" + DEMO_PASSWORD + "\",\"temporary\":false}");
      assertThat(reset.statusCode()).as(reset.body()).isIn(204, 400);
    }
    // Users and their passwords are Keycloak's own and stay: alice still has to set hers.
    assertThat(http.passwordGrant(REALM, "bob", DEMO_PASSWORD).statusCode()).isEqualTo(200);
  }

  private static List<String> requiredActions(Http http, String token, String realm) {
    List<String> aliases = new ArrayList<>();
    http.getJson("/admin/realms/" + realm + "/authentication/required-actions", token)
        .forEach(action -> aliases.add(action.path("alias").asText()));
    return aliases;
  }

  private static List<JsonNode> settingsComponents(Http http, String token, String realm) {
    List<JsonNode> found = new ArrayList<>();
    http.getJson("/admin/realms/" + realm + "/components?type=" + UI_TAB, token)
        .forEach(
            component -> {
              if ("password-care-settings".equals(component.path("providerId").asText())) {
                found.add(component);
              }
            });
    return found;
  }

  private static List<JsonNode> clients(Http http, String token, String realm) {
    JsonNode found =
        http.getJson("/admin/realms/" + realm + "/clients?clientId=" + CLIENT_ID, token);
    List<JsonNode> list = new ArrayList<>();
    found.forEach(list::add);
    return list;
  }

  private LocalPostgres postgres() throws IOException, InterruptedException {
    return LocalPostgres.start(freePort());
  }

  /** The runtime options of docs/install.md, "Production settings", for this machine. */
  private static List<String> runtimeOptions(LocalPostgres postgres, int http, int management) {
    return List.of(
        "--db-url=" + postgres.jdbcUrl(),
        "--db-username=" + LocalPostgres.USER,
        "--hostname=http://localhost:" + http,
        "--http-enabled=true",
        "--http-port=" + http,
        "--http-management-port=" + management);
  }

  private Map<String, String> env() {
    return Map.of(
        "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN,
        "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword,
        // A good neighbour on a shared build machine; production leaves kc.sh's own heap sizing.
        "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx1g");
  }

  /** KEYCLOAK_HOME, the two jars the build made, then {@code extra} (build options after "--"). */
  private String[] installArgs(Path home, String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of(home.toString()));
    try (Stream<Path> jars = Files.list(work.resolve("jars"))) {
      jars.map(Path::toString).sorted().forEach(args::add);
    }
    assertThat(args).as("providers and themes jar").hasSize(3);
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  private Map<String, String> kcadmEnv(Path home) {
    return Map.of(
        "KCADM",
        home.resolve("bin/kcadm.sh").toString(),
        "PASSWORD_CARE_ADMIN_PASSWORD",
        adminPassword);
  }

  private String readDemoRealm() {
    try {
      return Files.readString(repo.resolve("realm-export/" + REALM + "-realm.json"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
