package io.github.passwordcare.it.container;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.keycloak.representations.AccessTokenResponse;
import org.keycloak.util.JsonSerialization;

/**
 * Plain JDK HTTP against a Keycloak base URL: tokens by password grant on a realm's admin-cli
 * client, and JSON requests with a bearer token. No Keycloak admin client: there is no session to
 * close (closing an admin client logs its session out and so revokes its token), and no second copy
 * of the admin client classes next to the test framework's.
 */
public final class KeycloakHttp {

  private static final ObjectMapper JSON =
      JsonSerialization.mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final HttpClient client = HttpClient.newHttpClient();
  private final String baseUrl;

  public KeycloakHttp(String baseUrl) {
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  /** An access token of {@code username} in {@code realm}, from the realm's admin-cli client. */
  public String token(String realm, String username, String password) {
    HttpResponse<String> response = passwordGrant(realm, username, password);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "no token for " + username + " in " + realm + ": HTTP " + response.statusCode());
    }
    return read(response, AccessTokenResponse.class).getToken();
  }

  /**
   * The direct-grant token request on the realm's admin-cli client, answered as it is: 200 with
   * tokens, or 400 {@code invalid_grant} (wrong password, or "Account is not fully set up" while a
   * required action such as UPDATE_PASSWORD is pending).
   */
  public HttpResponse<String> passwordGrant(String realm, String username, String password) {
    String form =
        "grant_type=password&client_id=admin-cli&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(
        HttpRequest.newBuilder(uri("/realms/" + realm + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** GET a path below the base URL, with a bearer token when one is given. */
  public HttpResponse<String> get(String path, String token) {
    return send("GET", path, token, null);
  }

  /** GET a path that must answer 200, read as {@code type}. */
  public <T> T getJson(String path, String token, Class<T> type) {
    HttpResponse<String> response = get(path, token);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + ": HTTP " + response.statusCode());
    }
    return read(response, type);
  }

  /** Any method; {@code body} (may be null) is sent as JSON. */
  public HttpResponse<String> send(String method, String path, String token, Object body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Accept", "application/json")
            .method(method, json(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request);
  }

  public <T> T read(HttpResponse<String> response, Class<T> type) {
    try {
      return JSON.readValue(response.body(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private URI uri(String path) {
    return URI.create(baseUrl + path);
  }

  private static HttpRequest.BodyPublisher json(Object body) {
    if (body == null) {
      return HttpRequest.BodyPublishers.noBody();
    }
    try {
      return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
