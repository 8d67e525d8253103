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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A master-realm admin token that stays valid. Keycloak's master tokens live 60 s, so the token is
 * renewed when half its lifetime is gone: with the refresh token when there is one (no password
 * hash on the server, so the renewal does not disturb what is measured), else with the password.
 */
final class AdminToken {

  private final HttpClient http;
  private final URI tokenEndpoint;
  private final String user;
  private final String password;
  private final ObjectMapper json = new ObjectMapper();

  private String accessToken;
  private String refreshToken;
  private long renewAtNanos;
  private long refreshExpiresAtNanos;

  AdminToken(HttpClient http, URI baseUrl, String user, String password) {
    this.http = http;
    this.tokenEndpoint = baseUrl.resolve("/realms/master/protocol/openid-connect/token");
    this.user = user;
    this.password = password;
  }

  synchronized String get() throws IOException, InterruptedException {
    long now = System.nanoTime();
    if (accessToken == null || now - renewAtNanos >= 0) {
      boolean canRefresh = refreshToken != null && refreshExpiresAtNanos - now > 0;
      JsonNode body =
          canRefresh
              ? request(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken))
              : request(Map.of("grant_type", "password", "username", user, "password", password));
      accessToken = body.path("access_token").asText();
      refreshToken = body.path("refresh_token").asText(null);
      renewAtNanos = now + Duration.ofSeconds(body.path("expires_in").asLong(60) / 2).toNanos();
      refreshExpiresAtNanos =
          now + Duration.ofSeconds(body.path("refresh_expires_in").asLong(0) / 2).toNanos();
    }
    return accessToken;
  }

  private JsonNode request(Map<String, String> grant) throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>(grant);
    form.put("client_id", "admin-cli");
    String encoded =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest req =
        HttpRequest.newBuilder(tokenEndpoint)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encoded))
            .build();
    HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
    if (resp.statusCode() != 200) {
      // The body is Keycloak's OAuth error (no secrets); the request itself is never logged.
      throw new IOException("admin token request failed: HTTP " + resp.statusCode());
    }
    return json.readTree(resp.body());
  }
}
