package io.github.passwordcare.it.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.passwordcare.it.AbstractPasswordCareIT;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A demo-realm user signed in by password grant on a public client (admin-cli unless told), keeping
 * its refresh token: whether that token still works tells whether a reset ended the user's session.
 */
final class SignedInUser {

  private final String baseUrl;
  private final String clientId;
  private final String refreshToken;

  private SignedInUser(String baseUrl, String clientId, String refreshToken) {
    this.baseUrl = baseUrl.replaceAll("/+$", "");
    this.clientId = clientId;
    this.refreshToken = refreshToken;
  }

  static SignedInUser signIn(String baseUrl, String username, String password)
      throws IOException, InterruptedException {
    return signIn(baseUrl, "admin-cli", username, password);
  }

  static SignedInUser signIn(String baseUrl, String clientId, String username, String password)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        token(
            baseUrl.replaceAll("/+$", ""),
            "grant_type=password&client_id="
                + encode(clientId)
                + "&username="
                + encode(username)
                + "&password="
                + encode(password));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode tokens = BulkResetClient.json(response.body());
    return new SignedInUser(baseUrl, clientId, tokens.path("refresh_token").asText());
  }

  /** The refresh-token grant: 200 while the session lives, 400 once it is gone. */
  HttpResponse<String> refresh() throws IOException, InterruptedException {
    return token(
        baseUrl,
        "grant_type=refresh_token&client_id="
            + encode(clientId)
            + "&refresh_token="
            + encode(refreshToken));
  }

  private static HttpResponse<String> token(String baseUrl, String form)
      throws IOException, InterruptedException {
    String tokenUrl =
        baseUrl + "/realms/" + AbstractPasswordCareIT.DEMO_REALM + "/protocol/openid-connect/token";
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
