package io.github.passwordcare.it.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.passwordcare.it.PasswordCareServerConfig;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Users deleted while their reset runs: each row says what happened in a word ({@code not-found},
 * {@code changed-concurrently}), never the database's own text ("Batch update returned unexpected
 * row count ... update CREDENTIAL ...").
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class BulkResetConcurrentDeleteIT extends AbstractBulkResetIT {

  private static final Set<String> CONCURRENT_REASONS = Set.of("not-found", "changed-concurrently");

  @Test
  void usersDeletedDuringTheResetAreReportedInAWord() throws Exception {
    List<String> reasons = new ArrayList<>();
    // The race window is a user's password work (the history comparison with the current
    // password, then the new hash: two argon2 runs): deleting the users one after another,
    // started a little later each round, lands in it for some of them.
    for (int round = 0; round < 6 && !reasons.contains("changed-concurrently"); round++) {
      reasons.addAll(raceOnce(40L + 60L * round));
    }

    assertThat(reasons).isNotEmpty().allMatch(CONCURRENT_REASONS::contains);
    assertThat(reasons).contains("changed-concurrently");
  }

  /** One bulk set of 12 users, deleted while it runs; returns the reasons of the failed rows. */
  private List<String> raceOnce(long delayMillis) throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < PasswordCareServerConfig.BULK_RESET_MAX_USERS; i++) {
      ids.add(users().create("race"));
    }
    String body =
        BulkResetClient.body(
            "userIds", ids, "mode", "set", "password", "Race-Against-Delete-3", "temporary", false);
    CompletableFuture<HttpResponse<String>> call =
        http.sendAsync(
            HttpRequest.newBuilder(URI.create(urls.getBase() + BulkResetClient.PATH))
                .header("Authorization", "Bearer " + tokenOf("realm-admin"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Thread.sleep(delayMillis);
    for (String id : ids) {
      admin.realm(DEMO_REALM).users().delete(id).close();
    }

    HttpResponse<String> response = call.get();
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String> reasons = new ArrayList<>();
    for (JsonNode row : BulkResetClient.rows(BulkResetClient.json(response.body()))) {
      if (!"reset".equals(row.path("status").asText())) {
        reasons.add(row.path("reason").asText());
      }
    }
    return reasons;
  }
}
