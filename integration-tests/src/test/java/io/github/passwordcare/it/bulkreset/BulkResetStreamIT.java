package io.github.passwordcare.it.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.ServerLog;
import jakarta.ws.rs.core.Response;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The streamed answer ({@code Accept: application/x-ndjson}) against the real server: lines arrive
 * while the call is still resetting, the last line holds the totals, closing the connection stops
 * the call with every user either fully reset or untouched, and bad input is still a JSON 400.
 *
 * <p>The streaming tests run in a realm of their own whose password hash is slow on purpose
 * (pbkdf2-sha512, 400,000 iterations), so that a call of 12 users takes a few seconds and the order
 * of events is clear without sleeping in the test.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class BulkResetStreamIT extends AbstractBulkResetIT {

  private static final String NDJSON = "application/x-ndjson";
  private static final String SLOW_HASH = "hashAlgorithm(pbkdf2-sha512) and hashIterations(400000)";
  private static final String ADMIN_PASSWORD = "Stream-Admin-2026!";
  private static final Pattern STOPPED =
      Pattern.compile(
          "stopped: the caller went away.* succeeded=(\\d+) failed=(\\d+) skipped=(\\d+)"
              + " untouched=(\\d+)");

  /** A line of the answer and when it arrived here (same machine, same clock as the server). */
  private record Line(long arrivedAtMillis, JsonNode json) {}

  @Test
  void linesArriveWhileUsersAreStillBeingResetThenTheTotals() throws Exception {
    try (ScratchRealm scratch = slowRealm()) {
      List<String> ids = createUsers(scratch, PasswordCareServerConfig.BULK_RESET_MAX_USERS);
      String token = tokenOf(scratch.name(), "stream-admin", ADMIN_PASSWORD);

      HttpResponse<InputStream> response = open(scratch, token, ids, false);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(NDJSON);
      assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
      List<Line> lines = readAll(response.body());

      assertThat(lines).hasSize(ids.size() + 1);
      List<JsonNode> rows = lines.subList(0, ids.size()).stream().map(Line::json).toList();
      assertThat(rows).extracting(r -> r.path("userId").asText()).hasSameElementsAs(ids);
      assertThat(rows).allSatisfy(r -> assertThat(r.path("status").asText()).isEqualTo("reset"));
      assertThat(rows).allSatisfy(r -> assertThat(r.has("temporaryPassword")).isTrue());
      assertThat(rows).allSatisfy(r -> assertThat(r.has("type")).isFalse());
      JsonNode summary = lines.get(ids.size()).json();
      assertThat(summary.path("type").asText()).isEqualTo("summary");
      assertThat(summary.path("dryRun").asBoolean()).isFalse();
      assertThat(summary.path("total").asInt()).isEqualTo(ids.size());
      assertThat(summary.path("succeeded").asInt()).isEqualTo(ids.size());
      assertThat(summary.path("failed").asInt()).isZero();
      assertThat(summary.path("skipped").asInt()).isZero();
      assertThat(summary.has("results")).isFalse();

      // The first line was here before the last user's new password was even stored.
      long lastStored =
          ids.stream().mapToLong(id -> passwordCreatedDate(scratch, id)).max().orElseThrow();
      assertThat(lines.get(0).arrivedAtMillis()).isLessThan(lastStored);
    }
  }

  @Test
  void aDryRunStreamsOneLinePerUserAndTotalsAndChangesNothing() throws Exception {
    try (ScratchRealm scratch = slowRealm()) {
      List<String> ids = createUsers(scratch, 3);
      String token = tokenOf(scratch.name(), "stream-admin", ADMIN_PASSWORD);

      List<Line> lines = readAll(open(scratch, token, ids, true).body());

      assertThat(lines).hasSize(4);
      assertThat(lines.subList(0, 3))
          .allSatisfy(l -> assertThat(l.json().path("status").asText()).isEqualTo("would-reset"));
      assertThat(lines.get(3).json().path("type").asText()).isEqualTo("summary");
      assertThat(lines.get(3).json().path("dryRun").asBoolean()).isTrue();
      assertThat(lines.get(3).json().path("succeeded").asInt()).isEqualTo(3);
      assertThat(ids).allSatisfy(id -> assertThat(passwordCreatedDate(scratch, id)).isZero());
    }
  }

  @Test
  void closingTheConnectionStopsTheCallAndEachUserIsResetOrUntouched() throws Exception {
    try (ScratchRealm scratch = slowRealm()) {
      List<String> ids = createUsers(scratch, PasswordCareServerConfig.BULK_RESET_MAX_USERS);
      String token = tokenOf(scratch.name(), "stream-admin", ADMIN_PASSWORD);
      long logOffset = ServerLog.size();

      HttpResponse<InputStream> response = open(scratch, token, ids, false);
      String firstPassword;
      try (InputStream body = response.body()) {
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        firstPassword = json(reader.readLine()).path("temporaryPassword").asText();
      } // the caller goes away after the first line

      Matcher stopped = waitForStopLine(logOffset);
      int succeeded = Integer.parseInt(stopped.group(1));
      int untouched = Integer.parseInt(stopped.group(4));
      assertThat(Integer.parseInt(stopped.group(2))).isZero();
      assertThat(succeeded + untouched).isEqualTo(ids.size());
      assertThat(untouched).as("users never started").isPositive();

      int reset = 0;
      for (String id : ids) {
        UserRepresentation user = scratch.resource().users().get(id).toRepresentation();
        boolean hasPassword = passwordCreatedDate(scratch, id) > 0;
        // Fully reset (password and the required action) or not touched at all.
        assertThat(user.getRequiredActions().contains("UPDATE_PASSWORD"))
            .as(id)
            .isEqualTo(hasPassword);
        reset += hasPassword ? 1 : 0;
      }
      assertThat(reset).isEqualTo(succeeded);
      assertThat(String.join("\n", ServerLog.linesSince(logOffset))).doesNotContain(firstPassword);
    }
  }

  @Test
  void badInputIsStillAPlainJson400() throws Exception {
    HttpResponse<String> response =
        post(BulkResetClient.PATH, tokenOf("realm-admin"), "{\"nonsense\": 1}", NDJSON);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    assertThat(json(response.body()).path("error").asText()).isNotBlank();
  }

  @Test
  void theMaximumSelectionHoldsForStreamedCalls() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i <= PasswordCareServerConfig.BULK_RESET_MAX_USERS; i++) {
      ids.add("no-such-user-" + i);
    }
    HttpResponse<String> response =
        post(
            BulkResetClient.PATH,
            tokenOf("realm-admin"),
            BulkResetClient.body("userIds", ids),
            NDJSON);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    assertThat(json(response.body()).path("error").asText())
        .contains(String.valueOf(PasswordCareServerConfig.BULK_RESET_MAX_USERS));
  }

  private ScratchRealm slowRealm() {
    ScratchRealm scratch = new ScratchRealm(admin, "password-care-stream-" + System.nanoTime());
    RealmRepresentation rep = scratch.resource().toRepresentation();
    rep.setPasswordPolicy(SLOW_HASH);
    scratch.resource().update(rep);
    scratch.createRealmAdmin("stream-admin", ADMIN_PASSWORD);
    return scratch;
  }

  /** Users without any password, so that "has a password" means "was reset". */
  private static List<String> createUsers(ScratchRealm scratch, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      UserRepresentation user = new UserRepresentation();
      user.setUsername("streamed-" + i);
      user.setEnabled(true);
      try (Response created = scratch.resource().users().create(user)) {
        assertThat(created.getStatus()).isEqualTo(201);
      }
      ids.add(scratch.resource().users().searchByUsername("streamed-" + i, true).get(0).getId());
    }
    return ids;
  }

  private HttpResponse<InputStream> open(
      ScratchRealm scratch, String token, List<String> ids, boolean dryRun) throws Exception {
    String path = "/admin/realms/" + scratch.name() + "/password-care/bulk-reset";
    return http.send(
        HttpRequest.newBuilder(URI.create(urls.getBase() + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", NDJSON)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    BulkResetClient.body("userIds", ids, "dryRun", dryRun)))
            .build(),
        HttpResponse.BodyHandlers.ofInputStream());
  }

  private static List<Line> readAll(InputStream body) throws Exception {
    List<Line> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(new Line(System.currentTimeMillis(), json(line)));
      }
    }
    return lines;
  }

  private static JsonNode json(String line) throws Exception {
    return BulkResetClient.json(line);
  }

  /** When the user's password was stored, in epoch millis; 0 when the user has none. */
  private static long passwordCreatedDate(ScratchRealm scratch, String userId) {
    return scratch.resource().users().get(userId).credentials().stream()
        .filter(c -> CredentialRepresentation.PASSWORD.equals(c.getType()))
        .mapToLong(CredentialRepresentation::getCreatedDate)
        .max()
        .orElse(0);
  }

  private static Matcher waitForStopLine(long logOffset) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      for (String line : ServerLog.linesSince(logOffset)) {
        Matcher m = STOPPED.matcher(line);
        if (m.find()) {
          return m;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the server log never said the call stopped");
  }
}
