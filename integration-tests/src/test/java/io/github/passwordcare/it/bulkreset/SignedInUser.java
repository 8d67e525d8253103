package io.github.passwordcare.it.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.container.KeycloakHttp;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A demo-realm user signed in by password grant on the public admin-cli client, keeping its refresh
 * token: whether that token still works tells whether a reset ended the user's session.
 */
final class SignedInUser {

  private final String baseUrl;
  private final String refreshToken;

  private SignedInUser(String baseUrl, String refreshToken) {
    this.baseUrl = baseUrl;
    this.refreshToken = refreshToken;
  }

  static SignedInUser signIn(String baseUrl, String username, String password) throws IOException {
    HttpResponse<String> response =
        new KeycloakHttp(baseUrl)
            .passwordGrant(AbstractPasswordCareIT.DEMO_REALM, username, password);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode tokens = BulkResetClient.json(response.body());
    return new SignedInUser(baseUrl, tokens.path("refresh_token").asText());
  }

  /** The refresh-token grant: 200 while the session lives, 400 once it is gone. */
  HttpResponse<String> refresh() throws IOException, InterruptedException {
    String form =
        "grant_type=refresh_token&client_id=admin-cli&refresh_token="
            + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8);
    String tokenUrl =
        baseUrl.replaceAll("/+$", "")
            + "/realms/"
            + AbstractPasswordCareIT.DEMO_REALM
            + "/protocol/openid-connect/token";
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
