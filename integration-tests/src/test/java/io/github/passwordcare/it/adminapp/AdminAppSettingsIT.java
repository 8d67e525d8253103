package io.github.passwordcare.it.adminapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.HeadlessChromium;
import io.github.passwordcare.it.PasswordCareServerConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Settings section in a real browser: a change is saved (and REST answers it), a value the
 * server refuses shows the server's 400 answer next to the form and changes nothing, and an admin
 * with view-realm only gets the form read-only. Each test starts from the defaults and puts the
 * demo realm's shipped settings back at the end, as {@code it/settings/AbstractSettingsIT} does.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class AdminAppSettingsIT extends AbstractPasswordCareIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SETTINGS = "/admin/realms/" + DEMO_REALM + "/password-care/settings";
  private static final String TAB_TYPE = "org.keycloak.services.ui.extend.UiTabProvider";

  @TempDir Path profile;
  @TempDir Path downloads;
  private AdminAppBrowser app;
  private ComponentRepresentation shipped;

  @BeforeEach
  void startFromTheDefaults() {
    HeadlessChromium.assumeInstalled();
    shipped = component().orElse(null);
    component().ifPresent(c -> demo().components().component(c.getId()).remove());
  }

  @AfterEach
  void restoreShippedSettings() {
    if (app != null) {
      app.quit();
    }
    component().ifPresent(c -> demo().components().component(c.getId()).remove());
    if (shipped != null) {
      shipped.setId(null);
      demo().components().add(shipped).close();
    }
  }

  private void openSettings(String username) {
    app = new AdminAppBrowser(urls.getBase(), profile, downloads, "en", admin.realm(DEMO_REALM));
    app.signIn(AdminAppBrowser.appPath(DEMO_REALM) + "?section=settings", username, DEMO_PASSWORD);
    app.waitVisible("settings-form");
  }

  private void type(String field, String value) {
    WebElement input = app.find("setting-" + field);
    input.clear();
    input.sendKeys(value);
  }

  @Test
  void aChangeIsSavedAndRestAnswersIt() throws Exception {
    assertThat(settings().path("ssprCodeLength").asInt()).isEqualTo(8);
    openSettings("realm-admin");
    assertThat(app.find("setting-ssprCodeLength").getAttribute("value")).isEqualTo("8");
    assertThat(app.find("setting-ssprCodeLength-help").getText())
        .isEqualTo(AdminAppBrowser.text("en", "passwordCareSettingsSsprCodeLengthHelp"));
    assertThat(
            app.driver.findElement(By.cssSelector("label[for='setting-ssprCodeLength']")).getText())
        .isEqualTo(AdminAppBrowser.text("en", "passwordCareSettingsSsprCodeLength"));

    type("ssprCodeLength", "9");
    app.find("settings-save").click();
    app.wait.until(d -> app.find("settings-saved").isDisplayed());
    assertThat(app.find("settings-saved").getText())
        .isEqualTo(AdminAppBrowser.text("en", "passwordCareAdminUiSettingsSaved"));
    assertThat(settings().path("ssprCodeLength").asInt()).isEqualTo(9);
    assertThat(settings().path("ssprCodeLifetimeSeconds").asInt())
        .as("the rest kept")
        .isEqualTo(300);
  }

  @Test
  void aRefusedValueShowsTheServersAnswerAndChangesNothing() throws Exception {
    openSettings("realm-admin");
    type("ssprCodeLength", "99");
    type("ssprLockoutHours", "12");
    app.find("settings-save").click();
    app.wait.until(d -> app.find("settings-error").isDisplayed());

    String refused =
        put("{\"ssprCodeLength\": 99, \"ssprLockoutHours\": 12}").path("error").asText();
    assertThat(refused).contains("ssprCodeLength");
    assertThat(app.find("settings-error").getText())
        .isEqualTo(
            AdminAppBrowser.text("en", "passwordCareAdminUiSettingsRefused")
                .replace("{0}", refused));
    assertThat(app.find("settings-saved").isDisplayed()).isFalse();
    JsonNode after = settings();
    assertThat(after.path("ssprCodeLength").asInt()).isEqualTo(8);
    assertThat(after.path("ssprLockoutHours").asInt())
        .as("nothing of the form saved")
        .isEqualTo(24);
    app.screenshot("admin-app-settings-refused.png");
  }

  @Test
  void viewRealmOnlyGetsTheFormReadOnly() {
    String username = demoAdmin("app-view-realm", "view-realm");
    openSettings(username);

    assertThat(app.navSections()).containsExactly("settings");
    assertThat(app.find("settings-read-only").isDisplayed()).isTrue();
    assertThat(app.find("settings-save").isDisplayed()).isFalse();
    assertThat(
            app.driver.findElements(By.cssSelector("#settings-form input, #settings-form select")))
        .isNotEmpty()
        .allSatisfy(control -> assertThat(control.isEnabled()).isFalse());
  }

  private JsonNode settings() throws Exception {
    var response = get(SETTINGS, tokenOf("realm-admin"));
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** PUTs the body as realm-admin and expects a refusal; returns the answer. */
  private JsonNode put(String body) throws Exception {
    var request =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(urls.getBase() + SETTINGS))
            .header("Authorization", "Bearer " + tokenOf("realm-admin"))
            .header("Content-Type", "application/json")
            .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body))
            .build();
    var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    return JSON.readTree(response.body());
  }

  private RealmResource demo() {
    return admin.realm(DEMO_REALM);
  }

  private Optional<ComponentRepresentation> component() {
    String realmId = demo().toRepresentation().getId();
    return demo().components().query(realmId, TAB_TYPE).stream()
        .filter(c -> "password-care-settings".equals(c.getProviderId()))
        .findFirst();
  }

  /** A new demo-realm user holding these realm-management roles; returns the username. */
  private String demoAdmin(String prefix, String... roles) {
    String id = users().create(prefix);
    String clientId = demo().clients().findByClientId("realm-management").get(0).getId();
    List<RoleRepresentation> granted =
        List.of(roles).stream()
            .map(r -> demo().clients().get(clientId).roles().get(r).toRepresentation())
            .toList();
    demo().users().get(id).roles().clientLevel(clientId).add(granted);
    return users().username(id);
  }
}
