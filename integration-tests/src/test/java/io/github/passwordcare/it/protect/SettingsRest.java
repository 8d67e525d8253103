package io.github.passwordcare.it.protect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Reads and changes one realm's password-care settings through {@code GET/PUT
 * .../password-care/settings}, as a master-realm admin; {@link #restore} puts back what was read
 * first.
 */
public final class SettingsRest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String url;
  private final String token;
  private final String original;
  private ObjectNode current;

  public SettingsRest(String baseUrl, String realm, String masterAdminToken) throws Exception {
    this.url = baseUrl + "/admin/realms/" + realm + "/password-care/settings";
    this.token = masterAdminToken;
    this.original = get();
    this.current = (ObjectNode) JSON.readTree(original);
  }

  /** PUTs the settings read first with {@code field} set to {@code value}. */
  public void set(String field, Object value) throws Exception {
    current.set(field, JSON.valueToTree(value));
    put(JSON.writeValueAsString(current));
  }

  public void restore() throws Exception {
    put(original);
  }

  private String get() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET settings: " + response.statusCode() + response.body());
    }
    return response.body();
  }

  private void put(String json) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException("PUT settings: " + response.statusCode() + response.body());
    }
  }
}
