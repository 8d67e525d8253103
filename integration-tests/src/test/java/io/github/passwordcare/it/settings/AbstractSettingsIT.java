package io.github.passwordcare.it.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.passwordcare.it.AbstractPasswordCareIT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * What the settings tests share: the REST calls, demo-realm admins with chosen roles, and the
 * realm's settings component. The demo realm ships one (all four SSPR methods, for the demo); each
 * test starts without it, so the realm has the defaults, and puts the shipped one back at the end.
 */
abstract class AbstractSettingsIT extends AbstractPasswordCareIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String PROVIDER_ID = "password-care-settings";
  static final String TAB_TYPE = "org.keycloak.services.ui.extend.UiTabProvider";

  static String settingsPath(String realmName) {
    return "/admin/realms/" + realmName + "/password-care/settings";
  }

  static final String SETTINGS = settingsPath(DEMO_REALM);

  private ComponentRepresentation shipped;

  @BeforeEach
  void startFromTheDefaults() {
    shipped = component().orElse(null);
    removeSettings();
  }

  @AfterEach
  void restoreShippedSettings() {
    removeSettings();
    if (shipped != null) {
      shipped.setId(null);
      demo().components().add(shipped).close();
    }
  }

  private void removeSettings() {
    component().ifPresent(c -> demo().components().component(c.getId()).remove());
  }

  RealmResource demo() {
    return admin.realm(DEMO_REALM);
  }

  /** The demo realm's settings component, if it has one. */
  Optional<ComponentRepresentation> component() {
    String realmId = demo().toRepresentation().getId();
    List<ComponentRepresentation> found =
        demo().components().query(realmId, TAB_TYPE).stream()
            .filter(c -> PROVIDER_ID.equals(c.getProviderId()))
            .toList();
    if (found.size() > 1) {
      throw new AssertionError("more than one settings component: " + found.size());
    }
    return found.stream().findFirst();
  }

  HttpResponse<String> getSettings(String token) throws IOException, InterruptedException {
    return get(SETTINGS, token);
  }

  JsonNode settingsOf(String token) throws IOException, InterruptedException {
    HttpResponse<String> response = getSettings(token);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET settings: " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  HttpResponse<String> put(String path, String token, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(urls.getBase() + path))
            .header("Accept", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> putSettings(String token, String body)
      throws IOException, InterruptedException {
    return put(SETTINGS, token, "application/json", body);
  }

  /** A new demo-realm user holding these realm-management roles; returns the username. */
  String demoAdmin(String prefix, String... roles) {
    String id = users().create(prefix);
    String clientId = demo().clients().findByClientId("realm-management").get(0).getId();
    List<RoleRepresentation> granted =
        List.of(roles).stream()
            .map(r -> demo().clients().get(clientId).roles().get(r).toRepresentation())
            .toList();
    if (!granted.isEmpty()) {
      demo().users().get(id).roles().clientLevel(clientId).add(granted);
    }
    return users().username(id);
  }
}
