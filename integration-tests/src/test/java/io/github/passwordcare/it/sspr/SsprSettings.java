package io.github.passwordcare.it.sspr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The demo realm's password-care settings, changed through {@code PUT .../password-care/settings}
 * as the master admin (a fresh token each time: they live 60 s), and put back as they were by
 * {@link #restore}.
 */
public final class SsprSettings {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String url;
  private final Supplier<String> token;
  private final String original;

  public SsprSettings(String baseUrl, String realm, Supplier<String> masterAdminToken)
      throws Exception {
    this.url = baseUrl + "/admin/realms/" + realm + "/password-care/settings";
    this.token = masterAdminToken;
    this.original = send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  /** The settings read first, with these fields changed. */
  public void set(Map<String, Object> fields) throws Exception {
    ObjectNode changed = (ObjectNode) JSON.readTree(original);
    fields.forEach((field, value) -> changed.set(field, JSON.valueToTree(value)));
    put(JSON.writeValueAsString(changed));
  }

  public void restore() throws Exception {
    put(original);
  }

  private void put(String json) throws Exception {
    send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private String send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response =
        http.send(
            request.header("Authorization", "Bearer " + token.get()).build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          "settings: HTTP " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }
}
