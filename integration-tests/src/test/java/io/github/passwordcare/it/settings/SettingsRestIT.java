package io.github.passwordcare.it.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.passwordcare.it.PasswordCareServerConfig;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ComponentExportRepresentation;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * {@code GET/PUT .../password-care/settings} against a real server: who may read and change, PUT's
 * merge, the realm component it stores, and the realm's partial export carrying it.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class SettingsRestIT extends AbstractSettingsIT {

  @Test
  void aRealmWithoutSettingsHasTheDefaultsAndNoComponent() throws Exception {
    JsonNode settings = settingsOf(tokenOf("realm-admin"));

    assertThat(component()).isEmpty();
    assertThat(settings.path("ssprScope").asText()).isEqualTo("all");
    assertThat(settings.path("ssprMethods"))
        .extracting(JsonNode::asText)
        .containsExactly("email", "otp");
    assertThat(settings.path("ssprCodeLength").asInt()).isEqualTo(8);
    assertThat(settings.path("adminRoles"))
        .extracting(JsonNode::asText)
        .containsExactly(
            "realm-admin",
            "manage-realm",
            "manage-users",
            "manage-clients",
            "manage-authorization",
            "manage-identity-providers",
            "impersonation");
    assertThat(settings.path("protectAdmins").asBoolean()).isTrue();
    assertThat(settings.path("expiryRemindersEnabled").asBoolean()).isTrue();
    assertThat(settings.path("expiryReminderDays"))
        .extracting(JsonNode::asInt)
        .containsExactly(14, 7, 1);
    assertThat(settings.path("expiryReminderHour").asInt()).isEqualTo(8);
    assertThat(settings.path("registrationRequired").asBoolean()).isTrue();
    assertThat(settings.path("registrationReconfirmDays").asInt()).isEqualTo(180);
    assertThat(settings.path("registrationRemindLaterTimes").asInt()).isEqualTo(3);
    assertThat(settings.path("recoveryPhoneDefaultRegion").asText()).isEqualTo("NL");
    assertThat(settings.path("securityQuestionsToRegister").asInt()).isEqualTo(3);
    assertThat(settings.path("securityQuestionsToAnswer").asInt()).isEqualTo(3);
    assertThat(settings.path("securityQuestionsAllowCustom").asBoolean()).isFalse();
    assertThat(settings.path("securityQuestions")).hasSize(8);
    assertThat(settings.size()).as("every field").isEqualTo(32);
  }

  @Test
  void viewRealmMayReadButNotChange() throws Exception {
    String viewer = tokenOf(demoAdmin("settings-view", "view-realm"));

    assertThat(getSettings(viewer).statusCode()).isEqualTo(200);
    HttpResponse<String> put = putSettings(viewer, "{\"ssprCodeLength\": 9}");

    assertThat(put.statusCode()).isEqualTo(403);
    assertThat(component()).isEmpty();
  }

  @Test
  void manageRealmMayChange() throws Exception {
    String manager = tokenOf(demoAdmin("settings-manage", "manage-realm"));

    HttpResponse<String> put = putSettings(manager, "{\"ssprCodeLength\": 9}");

    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    assertThat(settingsOf(tokenOf("realm-admin")).path("ssprCodeLength").asInt()).isEqualTo(9);
  }

  @Test
  void othersGetNeitherReadNorWrite() throws Exception {
    String noRoles = tokenOf(demoAdmin("settings-none"));
    String usersOnly = tokenOf("helpdesk"); // manage-users, view-users: not the realm's settings
    String demoRealmAdmin = tokenOf(demoAdmin("settings-master", "realm-admin"));
    String body = "{\"ssprCodeLength\": 9}";

    for (String token : List.of(noRoles, usersOnly)) {
      assertThat(getSettings(token).statusCode()).isEqualTo(403);
      assertThat(putSettings(token, body).statusCode()).isEqualTo(403);
    }
    assertThat(getSettings(null).statusCode()).isEqualTo(401);
    assertThat(putSettings(null, body).statusCode()).isEqualTo(401);
    assertThat(putSettings("not-a-token", body).statusCode()).isEqualTo(401);
    // A realm-admin of the demo realm is nobody in the master realm.
    assertThat(get(settingsPath("master"), demoRealmAdmin).statusCode()).isIn(401, 403);
    assertThat(put(settingsPath("master"), demoRealmAdmin, "application/json", body).statusCode())
        .isIn(401, 403);
    assertThat(component()).isEmpty();
  }

  @Test
  void putChangesTheGivenFieldsAndKeepsTheOthers() throws Exception {
    String token = tokenOf("realm-admin");
    String pilot =
        "/" + demo().groups().group(users().group("sspr-pilot", null)).toRepresentation().getName();

    HttpResponse<String> first =
        putSettings(
            token,
            "{\"ssprScope\": \"group\", \"ssprScopeGroup\": \""
                + pilot
                + "\","
                + " \"ssprMethods\": [\"sms\", \"email\", \"otp\"], \"ssprCodeLength\": 10,"
                + " \"helpDeskUrl\": \"mailto:help@example.org\", \"helpDeskText\": \"Bel 1234\"}");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    HttpResponse<String> second =
        putSettings(token, "{\"ssprCodeLength\": 7, \"protectAdmins\": false}");
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);

    JsonNode settings = settingsOf(token);
    assertThat(JSON.readTree(second.body())).isEqualTo(settings);
    assertThat(settings.path("ssprScope").asText()).isEqualTo("group");
    assertThat(settings.path("ssprScopeGroup").asText()).isEqualTo(pilot);
    assertThat(settings.path("ssprMethods"))
        .extracting(JsonNode::asText)
        .containsExactly("email", "sms", "otp");
    assertThat(settings.path("ssprCodeLength").asInt()).isEqualTo(7);
    assertThat(settings.path("protectAdmins").asBoolean()).isFalse();
    assertThat(settings.path("helpDeskUrl").asText()).isEqualTo("mailto:help@example.org");
    assertThat(settings.path("helpDeskText").asText()).isEqualTo("Bel 1234");
    assertThat(settings.path("ssprLockoutHours").asInt()).as("untouched default").isEqualTo(24);

    ComponentRepresentation stored = component().orElseThrow();
    assertThat(stored.getConfig().get("ssprCodeLength")).containsExactly("7");
    assertThat(stored.getConfig().get("ssprMethods"))
        .containsExactlyInAnyOrder("email", "sms", "otp");
  }

  @Test
  void theRealmsPartialExportCarriesTheSettings() throws Exception {
    String token = tokenOf("realm-admin");
    assertThat(putSettings(token, "{\"ssprMaxSmsPerHour\": 3}").statusCode()).isEqualTo(200);

    RealmRepresentation export = demo().partialExport(false, false);

    List<ComponentExportRepresentation> tabs = export.getComponents().get(TAB_TYPE);
    assertThat(tabs).isNotNull();
    assertThat(tabs)
        .filteredOn(c -> PROVIDER_ID.equals(c.getProviderId()))
        .singleElement()
        .satisfies(c -> assertThat(c.getConfig().get("ssprMaxSmsPerHour")).containsExactly("3"));
  }
}
