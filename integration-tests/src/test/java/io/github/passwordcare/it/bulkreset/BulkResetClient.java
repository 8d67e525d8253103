package io.github.passwordcare.it.bulkreset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.stream.StreamSupport;

/** Reads bulk-reset responses in tests. */
final class BulkResetClient {

  static final String PATH = "/admin/realms/password-care-demo/password-care/bulk-reset";
  private static final ObjectMapper JSON = new ObjectMapper();

  private BulkResetClient() {}

  static JsonNode json(String body) throws IOException {
    return JSON.readTree(body);
  }

  /** The result row of one user, found by user id. */
  static JsonNode row(JsonNode response, String userId) {
    return rows(response).stream()
        .filter(r -> userId.equals(r.path("userId").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no result row for " + userId + ": " + response));
  }

  static List<JsonNode> rows(JsonNode response) {
    return StreamSupport.stream(response.path("results").spliterator(), false).toList();
  }

  /** A JSON body: {@code body("usernames", List.of("a"), "mode", "set")}. */
  static String body(Object... keysAndValues) throws IOException {
    var node = JSON.createObjectNode();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      node.set((String) keysAndValues[i], JSON.valueToTree(keysAndValues[i + 1]));
    }
    return JSON.writeValueAsString(node);
  }
}
