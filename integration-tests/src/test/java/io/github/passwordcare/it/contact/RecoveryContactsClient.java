package io.github.passwordcare.it.contact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** {@code GET/PUT .../password-care/users/{id}/recovery-contacts} of a realm, as raw HTTP. */
final class RecoveryContactsClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  RecoveryContactsClient(String baseUrl, String realm) {
    this.base = baseUrl + "/admin/realms/" + realm + "/password-care/users/";
  }

  static String path(String userId) {
    return "password-care/users/" + userId + "/recovery-contacts";
  }

  HttpResponse<String> get(String userId, String token) throws IOException, InterruptedException {
    return send(request(userId, token).GET());
  }

  HttpResponse<String> put(String userId, String token, String json)
      throws IOException, InterruptedException {
    return send(
        request(userId, token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> put(String userId, String token, String contentType, String body)
      throws IOException, InterruptedException {
    return send(
        request(userId, token)
            .header("Content-Type", contentType)
            .PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  static JsonNode json(String body) throws IOException {
    return JSON.readTree(body);
  }

  /** A text field, or null when it is absent or JSON null. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.asText();
  }

  private HttpRequest.Builder request(String userId, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + userId + "/recovery-contacts"))
            .header("Accept", "application/json");
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
