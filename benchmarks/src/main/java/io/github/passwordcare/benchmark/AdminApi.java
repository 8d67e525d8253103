package io.github.passwordcare.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The few admin REST calls the benchmark makes, with the JDK HTTP client (one shared connection
 * pool, so client threads cost the same per call as a sequential loop) and a renewing token.
 */
public final class AdminApi {

  /** Status and body of one call; bodies are JSON from Keycloak and never hold our passwords. */
  public record Reply(int status, String body) {
    public boolean ok() {
      return status / 100 == 2;
    }
  }

  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient http;
  private final URI baseUrl;
  private final AdminToken token;
  private final ObjectMapper json = new ObjectMapper();

  AdminApi(HttpClient http, URI baseUrl, AdminToken token) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.token = token;
  }

  /** An admin API of the configured server, signed in as its master-realm admin. */
  public static AdminApi connect(BenchmarkConfig config) {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    AdminToken token =
        new AdminToken(http, config.baseUrl(), config.adminUser(), config.adminPassword());
    return new AdminApi(http, config.baseUrl(), token);
  }

  /** The HTTP client of this API, for calls that are not admin calls (sign-ins). */
  public HttpClient http() {
    return http;
  }

  public URI baseUrl() {
    return baseUrl;
  }

  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  public JsonNode realm(String realm) throws IOException, InterruptedException {
    return json.readTree(expectOk(call("GET", "/admin/realms/" + segment(realm), null)).body());
  }

  public void createRealm(Map<String, Object> representation)
      throws IOException, InterruptedException {
    expectOk(call("POST", "/admin/realms", representation));
  }

  /** Deletes the realm; a realm that is not there is fine. */
  public void deleteRealm(String realm) throws IOException, InterruptedException {
    Reply reply = call("DELETE", "/admin/realms/" + segment(realm), null);
    if (reply.status() != 404) {
      expectOk(reply);
    }
  }

  /** Adds users with partial import (one transaction per call) and returns their ids in order. */
  List<String> importUsers(String realm, List<String> usernames)
      throws IOException, InterruptedException {
    List<Map<String, Object>> users = new ArrayList<>();
    for (String username : usernames) {
      users.add(Map.of("username", username, "enabled", true));
    }
    return importUsers(realm, usernames, users);
  }

  /** Adds one user with the given representation (e.g. a complete profile) and returns its id. */
  public String importUser(String realm, Map<String, Object> user)
      throws IOException, InterruptedException {
    return importUsers(realm, List.of((String) user.get("username")), List.of(user)).get(0);
  }

  private List<String> importUsers(
      String realm, List<String> usernames, List<Map<String, Object>> users)
      throws IOException, InterruptedException {
    Map<String, Object> body = Map.of("ifResourceExists", "FAIL", "users", users);
    Reply reply =
        expectOk(call("POST", "/admin/realms/" + segment(realm) + "/partialImport", body));
    Map<String, String> idsByName = new HashMap<>();
    for (JsonNode result : json.readTree(reply.body()).path("results")) {
      idsByName.put(result.path("resourceName").asText(), result.path("id").asText());
    }
    List<String> ids = new ArrayList<>();
    for (String username : usernames) {
      String id = idsByName.get(username);
      if (id == null || id.isEmpty()) {
        throw new IOException("partial import did not report an id for " + username);
      }
      ids.add(id);
    }
    return ids;
  }

  /** The {@code credentialData} of the user's stored password (algorithm and its parameters). */
  JsonNode passwordCredentialData(String realm, String userId)
      throws IOException, InterruptedException {
    String path = "/admin/realms/" + segment(realm) + "/users/" + segment(userId) + "/credentials";
    for (JsonNode credential : json.readTree(expectOk(call("GET", path, null)).body())) {
      if ("password".equals(credential.path("type").asText())) {
        return json.readTree(credential.path("credentialData").asText("{}"));
      }
    }
    throw new IOException("user " + userId + " has no stored password");
  }

  /** Keycloak's own {@code PUT /users/{id}/reset-password}. */
  public Reply resetPassword(String realm, String userId, String password, boolean temporary)
      throws IOException, InterruptedException {
    Map<String, Object> credential =
        Map.of("type", "password", "value", password, "temporary", temporary);
    return call(
        "PUT",
        "/admin/realms/" + segment(realm) + "/users/" + segment(userId) + "/reset-password",
        credential);
  }

  /**
   * The realm's password hash timed inside the server by the benchmark probe (see {@code
   * probe.HashCostProbeResource}), or null when the server has no probe installed (404).
   */
  HashTiming.Measurement hashCostInServer(String realm, int warmup, int samples, int parallel)
      throws IOException, InterruptedException {
    String path =
        "/realms/master/password-care-bench-probe/hash-cost?realm="
            + segment(realm)
            + "&warmup="
            + warmup
            + "&samples="
            + samples
            + "&parallel="
            + parallel;
    Reply reply = call("GET", path, null, Duration.ofMinutes(5));
    if (reply.status() == 404) {
      return null;
    }
    JsonNode body = json.readTree(expectOk(reply).body());
    return new HashTiming.Measurement(
        body.path("medianSeconds").asDouble(),
        body.path("parallelSecondsPerHash").asDouble(),
        body.path("threads").asInt());
  }

  /** Our {@code POST /password-care/bulk-reset}; one call may take long, hence its own timeout. */
  Reply bulkReset(String realm, Map<String, Object> request, Duration timeout)
      throws IOException, InterruptedException {
    return call(
        "POST", "/admin/realms/" + segment(realm) + "/password-care/bulk-reset", request, timeout);
  }

  /**
   * Our bulk reset as a stream ({@code Accept: application/x-ndjson}): the answer's lines as they
   * arrive, then a {@code "type": "summary"} line. The lines hold generated passwords: read counts
   * from them, print none.
   */
  public HttpResponse<Stream<String>> bulkResetLines(
      String realm, Map<String, Object> request, Duration timeout)
      throws IOException, InterruptedException {
    HttpRequest http =
        HttpRequest.newBuilder(
                baseUrl.resolve("/admin/realms/" + segment(realm) + "/password-care/bulk-reset"))
            .timeout(timeout)
            .header("Authorization", "Bearer " + token.get())
            .header("Content-Type", "application/json")
            .header("Accept", "application/x-ndjson")
            .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(request)))
            .build();
    return this.http.send(http, HttpResponse.BodyHandlers.ofLines());
  }

  public Reply call(String method, String path, Object body)
      throws IOException, InterruptedException {
    return call(method, path, body, CALL_TIMEOUT);
  }

  /** A GET answered in another type than JSON (e.g. {@code text/csv}), with its own timeout. */
  public Reply get(String path, String accept, Duration timeout)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(baseUrl.resolve(path))
            .timeout(timeout)
            .header("Authorization", "Bearer " + token.get())
            .header("Accept", accept)
            .GET()
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.body());
  }

  /** A call with its own timeout, for calls that may take long. */
  public Reply call(String method, String path, Object body, long timeoutSeconds)
      throws IOException, InterruptedException {
    return call(method, path, body, Duration.ofSeconds(timeoutSeconds));
  }

  private Reply call(String method, String path, Object body, Duration timeout)
      throws IOException, InterruptedException {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
    HttpRequest request =
        HttpRequest.newBuilder(baseUrl.resolve(path))
            .timeout(timeout)
            .header("Authorization", "Bearer " + token.get())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .method(method, publisher)
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.body());
  }

  private static Reply expectOk(Reply reply) throws IOException {
    if (!reply.ok()) {
      throw new IOException("HTTP " + reply.status() + ": " + abbreviate(reply.body()));
    }
    return reply;
  }

  public static String abbreviate(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }
}
