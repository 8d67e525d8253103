package io.github.passwordcare.it.bulkreset;

import static io.github.passwordcare.it.bulkreset.BulkResetClient.json;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.passwordcare.it.PasswordCareServerConfig;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Two calls for the same users at once: each user is reset by one of them and skipped as {@code
 * in-progress} by the other, so every password a call reports works. Before, both answered "reset"
 * for every user and only the later writer's passwords worked.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class BulkResetConcurrentResetIT extends AbstractBulkResetIT {

  @Test
  void overlappingCallsResetEachUserOnceAndEveryReportedPasswordWorks() throws Exception {
    // Both calls are sent at once; should the second still arrive after the first is done (no
    // overlap, so nothing to prove), the round is repeated. Before the fix no round had a skip.
    boolean overlapped = false;
    for (int round = 0; round < 3 && !overlapped; round++) {
      overlapped = raceOnce();
    }
    assertThat(overlapped).as("two calls overlapped at least once").isTrue();
  }

  /** Two calls for the same 12 users; false when they did not overlap at all. */
  private boolean raceOnce() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < PasswordCareServerConfig.BULK_RESET_MAX_USERS; i++) {
      ids.add(users().create("overlap"));
    }
    String body = BulkResetClient.body("userIds", ids, "temporary", false);
    String token = tokenOf("realm-admin");

    CompletableFuture<HttpResponse<String>> first = send(token, body);
    CompletableFuture<HttpResponse<String>> second = send(token, body);
    List<JsonNode> answers = List.of(json(first.get().body()), json(second.get().body()));
    int skipped = answers.get(0).path("skipped").asInt() + answers.get(1).path("skipped").asInt();
    if (skipped == 0) {
      return false;
    }

    for (String id : ids) {
      List<JsonNode> rows = answers.stream().map(a -> row(a, id)).toList();
      List<JsonNode> reset =
          rows.stream().filter(r -> "reset".equals(r.path("status").asText())).toList();
      assertThat(reset).as(id).hasSize(1);
      JsonNode other = rows.get(rows.get(0) == reset.get(0) ? 1 : 0);
      assertThat(other.path("status").asText()).as(id).isEqualTo("skipped");
      assertThat(other.path("reason").asText()).as(id).isEqualTo("in-progress");
      String password = reset.get(0).path("temporaryPassword").asText();
      assertThat(passwordGrant(users().username(id), password).statusCode()).as(id).isEqualTo(200);
    }

    // The marks are gone once both calls are done: a later call resets everybody.
    JsonNode later = reset("realm-admin", "userIds", ids, "temporary", false);
    assertThat(later.path("succeeded").asInt()).isEqualTo(ids.size());
    return true;
  }

  private CompletableFuture<HttpResponse<String>> send(String token, String body) {
    return http.sendAsync(
        HttpRequest.newBuilder(URI.create(urls.getBase() + BulkResetClient.PATH))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
