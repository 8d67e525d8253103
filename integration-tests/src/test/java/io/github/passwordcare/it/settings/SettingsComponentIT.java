package io.github.passwordcare.it.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.passwordcare.it.PasswordCareServerConfig;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.representations.idm.ComponentTypeRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The settings as the admin console's tab sees them: a ui-tab component type with translated
 * labels, saved through Keycloak's components API (validated, one per realm), and an admin event
 * for every change through our REST API.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class SettingsComponentIT extends AbstractSettingsIT {

  @Test
  void theTabIsARealmSettingsTabWhoseTextsTheConsoleTranslates() throws Exception {
    List<ComponentTypeRepresentation> tabs =
        admin.serverInfo().getInfo().getComponentTypes().get(TAB_TYPE);
    ComponentTypeRepresentation tab =
        tabs.stream().filter(t -> t.getId().equals(PROVIDER_ID)).findFirst().orElseThrow();
    assertThat(tab.getMetadata())
        .containsEntry("path", "/:realm/realm-settings/:tab?")
        .containsEntry("params", Map.of("tab", "password-care"));
    assertThat(tab.getProperties()).hasSize(32);

    for (String locale : List.of("en", "nl")) {
      Properties bundle = bundle(locale);
      Map<String, String> console = consoleMessages(locale);
      assertThat(console.get(PROVIDER_ID))
          .as("tab title")
          .isEqualTo(bundle.getProperty(PROVIDER_ID));
      for (var property : tab.getProperties()) {
        for (String key : List.of(property.getLabel(), property.getHelpText())) {
          assertThat(console.get(key))
              .as(locale + " " + key)
              .isNotBlank()
              .isEqualTo(bundle.getProperty(key));
        }
      }
    }
    assertThat(bundle("en").getProperty("passwordCareSettingsSsprRevealRegisteredMethods"))
        .contains("reveals which accounts exist");
  }

  @Test
  void theComponentsApiValidatesAndAllowsOnePerRealm() throws Exception {
    String realmId = demo().toRepresentation().getId();
    ComponentRepresentation first = tabComponent(realmId, Map.of("ssprCodeLength", "9"));
    try (Response created = demo().components().add(first)) {
      assertThat(created.getStatus()).isEqualTo(201);
    }
    assertThat(settingsOf(tokenOf("realm-admin")).path("ssprCodeLength").asInt()).isEqualTo(9);

    try (Response second = demo().components().add(tabComponent(realmId, Map.of()))) {
      assertThat(second.getStatus()).isEqualTo(400);
      assertThat(second.readEntity(String.class)).contains("already");
    }

    ComponentRepresentation stored = component().orElseThrow();
    stored.getConfig().putSingle("ssprCodeLength", "12");
    try (Response update = adminPut(stored)) {
      assertThat(update.getStatus()).isEqualTo(400);
      assertThat(update.readEntity(String.class))
          .contains("Password care settings not saved", "Code length", "6 to 10");
    }
    assertThat(component().orElseThrow().getConfig().get("ssprCodeLength")).containsExactly("9");
  }

  @Test
  void everyChangeIsAnAdminEvent() throws Exception {
    RealmRepresentation before = demo().toRepresentation();
    RealmRepresentation events = new RealmRepresentation();
    events.setAdminEventsEnabled(true);
    events.setAdminEventsDetailsEnabled(true);
    demo().update(events);
    try {
      long start = System.currentTimeMillis() - 1000;
      HttpResponse<String> put =
          putSettings(tokenOf("realm-admin"), "{\"ssprMaxCodeAttempts\": 4}");
      assertThat(put.statusCode()).isEqualTo(200);
      HttpResponse<String> refused =
          putSettings(tokenOf("realm-admin"), "{\"ssprMaxCodeAttempts\": 0}");
      assertThat(refused.statusCode()).isEqualTo(400);

      List<AdminEventRepresentation> recorded = demo().getAdminEvents();
      assertThat(recorded)
          .filteredOn(e -> e.getTime() >= start)
          .filteredOn(e -> "password-care/settings".equals(e.getResourcePath()))
          .as("one event: the refused PUT writes none")
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.getOperationType()).isEqualTo("UPDATE");
                assertThat(e.getResourceType()).isEqualTo("COMPONENT");
                JsonNode representation = JSON.readTree(e.getRepresentation());
                assertThat(representation.path("ssprMaxCodeAttempts").asInt()).isEqualTo(4);
                assertThat(representation.size()).isEqualTo(32);
              });
    } finally {
      RealmRepresentation restore = new RealmRepresentation();
      restore.setAdminEventsEnabled(before.isAdminEventsEnabled());
      restore.setAdminEventsDetailsEnabled(before.isAdminEventsDetailsEnabled());
      demo().update(restore);
    }
  }

  private Response adminPut(ComponentRepresentation component) {
    try {
      demo().components().component(component.getId()).update(component);
      return Response.noContent().build();
    } catch (jakarta.ws.rs.WebApplicationException e) {
      return e.getResponse();
    }
  }

  private static ComponentRepresentation tabComponent(String realmId, Map<String, String> config) {
    ComponentRepresentation c = new ComponentRepresentation();
    c.setProviderId(PROVIDER_ID);
    c.setProviderType(TAB_TYPE);
    c.setParentId(realmId);
    MultivaluedHashMap<String, String> values = new MultivaluedHashMap<>();
    config.forEach(values::putSingle);
    c.setConfig(values);
    return c;
  }

  /** What the admin console loads for its texts: {@code /resources/{realm}/admin/{locale}}. */
  private Map<String, String> consoleMessages(String locale) throws Exception {
    HttpResponse<String> response = get("/resources/" + DEMO_REALM + "/admin/" + locale, null);
    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, String> messages = new HashMap<>();
    for (JsonNode entry : JSON.readTree(response.body())) {
      messages.put(entry.path("key").asText(), entry.path("value").asText());
    }
    return messages;
  }

  /** The providers jar's bundle, which Keycloak merges into the admin theme's messages. */
  static Properties bundle(String locale) {
    Properties properties = new Properties();
    String name = "/theme-resources/messages/messages_" + locale + ".properties";
    try (InputStream in = SettingsComponentIT.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
