package io.github.passwordcare.it.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.passwordcare.it.PasswordCareServerConfig;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Every kind of bad PUT body gets 400 {@code {"error": ...}} naming the field (and its range), and
 * nothing is stored: the settings and the component read the same before and after, whether the
 * realm had saved settings or not.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class SettingsBadInputIT extends AbstractSettingsIT {

  /** Body → words the error must hold. */
  private static final Map<String, List<String>> BAD =
      Map.ofEntries(
          Map.entry("{\"ssprCodeLenght\": 8}", List.of("ssprCodeLenght", "unknown")),
          Map.entry("{\"ssprCodeLength\": \"8\"}", List.of("ssprCodeLength")),
          Map.entry("{\"ssprCodeLength\": 8.0}", List.of("ssprCodeLength")),
          Map.entry("{\"ssprCodeLength\": null}", List.of("ssprCodeLength", "null")),
          Map.entry("{\"ssprCodeLength\": 5}", List.of("ssprCodeLength", "6 to 10")),
          Map.entry("{\"ssprCodeLength\": 11}", List.of("ssprCodeLength", "6 to 10")),
          Map.entry(
              "{\"ssprCodeLifetimeSeconds\": 901}",
              List.of("ssprCodeLifetimeSeconds", "60 to 900")),
          Map.entry("{\"ssprLockoutHours\": 99999999999}", List.of("ssprLockoutHours", "1 to 168")),
          Map.entry("{\"ssprSessionMinutes\": 4}", List.of("ssprSessionMinutes", "5 to 60")),
          Map.entry(
              "{\"ssprMethodsRequiredAdmins\": 3}", List.of("ssprMethodsRequiredAdmins", "1 to 2")),
          Map.entry("{\"protectAdmins\": \"false\"}", List.of("protectAdmins", "true or false")),
          Map.entry("{\"ssprScope\": \"everybody\"}", List.of("ssprScope", "none, group, all")),
          Map.entry("{\"ssprScope\": \"group\"}", List.of("ssprScopeGroup")),
          Map.entry(
              "{\"ssprScope\": \"group\", \"ssprScopeGroup\": \"/no-such-group\"}",
              List.of("ssprScopeGroup", "/no-such-group")),
          Map.entry(
              "{\"adminGroup\": \"/no-such-group\"}", List.of("adminGroup", "/no-such-group")),
          Map.entry("{\"ssprMethods\": []}", List.of("ssprMethods", "at least one")),
          Map.entry(
              "{\"ssprMethods\": [\"email\", \"fax\"]}",
              List.of("ssprMethods", "fax", "recovery-email")),
          Map.entry("{\"ssprMethods\": [\"email\"]}", List.of("ssprMethodsRequiredAdmins")),
          Map.entry(
              "{\"helpDeskUrl\": \"javascript:alert(1)\"}", List.of("helpDeskUrl", "mailto:")),
          Map.entry("{\"helpDeskUrl\": \"ftp://files.example.org\"}", List.of("helpDeskUrl")),
          Map.entry(
              "{\"helpDeskText\": \"" + "x".repeat(501) + "\"}", List.of("helpDeskText", "500")),
          Map.entry(
              "{\"adminRoles\": [\"offline_access\"]}",
              List.of("adminRoles", "offline_access", "realm-management")),
          Map.entry("{\"adminRoles\": []}", List.of("adminRoles")),
          Map.entry(
              "{\"ssprCodeLength\": 8, \"ssprCodeLength\": 9}",
              List.of("ssprCodeLength", "more than once")),
          Map.entry("[]", List.of("JSON object")),
          Map.entry("{", List.of("JSON")),
          Map.entry("", List.of("empty")));

  @Test
  void badBodiesStoreNothingInARealmWithoutSettings() throws Exception {
    String token = tokenOf("realm-admin");
    JsonNode before = settingsOf(token);

    refuseAll(token, before);

    assertThat(component()).isEmpty();
  }

  @Test
  void badBodiesStoreNothingInARealmWithSettings() throws Exception {
    String token = tokenOf("realm-admin");
    assertThat(putSettings(token, "{\"ssprCodeLength\": 9, \"helpDeskText\": \"x\"}").statusCode())
        .isEqualTo(200);
    JsonNode before = settingsOf(token);
    Map<String, List<String>> storedBefore = component().orElseThrow().getConfig();

    refuseAll(token, before);

    assertThat(component().orElseThrow().getConfig()).isEqualTo(storedBefore);
  }

  @Test
  void onlyJsonIsAccepted() throws Exception {
    String token = tokenOf("realm-admin");
    for (String type : new String[] {"text/plain", "application/json; charset=latin1", null}) {
      HttpResponse<String> response = put(SETTINGS, token, type, "{\"ssprCodeLength\": 9}");
      assertThat(response.statusCode()).as(type).isEqualTo(415);
      assertThat(JSON.readTree(response.body()).path("error").asText())
          .contains("application/json");
    }
    assertThat(component()).isEmpty();
  }

  private void refuseAll(String token, JsonNode before) throws Exception {
    for (var bad : BAD.entrySet()) {
      HttpResponse<String> response = putSettings(token, bad.getKey());

      assertThat(response.statusCode()).as(bad.getKey()).isEqualTo(400);
      String error = JSON.readTree(response.body()).path("error").asText();
      assertThat(error).as(bad.getKey()).contains(bad.getValue());
      assertThat(settingsOf(token)).as("after " + bad.getKey()).isEqualTo(before);
    }
  }
}
