package io.github.passwordcare.it.adminapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.HeadlessChromium;
import io.github.passwordcare.it.PasswordCareServerConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The admin app shows the sections the signed-in admin may use, from the capabilities {@code GET
 * .../password-care/info} reports: the demo realm's realm-admin gets all four, helpdesk (manage and
 * view users) bulk reset, expiring passwords and activity, viewer (view users only) expiring
 * passwords, read-only, and activity. Also: the bulk reset page's old address, and Dutch.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class AdminAppSectionsIT extends AbstractPasswordCareIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INFO = "/admin/realms/" + DEMO_REALM + "/password-care/info";
  private static final String TAB_TYPE = "org.keycloak.services.ui.extend.UiTabProvider";

  @TempDir Path profile;
  @TempDir Path downloads;
  private AdminAppBrowser browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private AdminAppBrowser browser(String language) {
    HeadlessChromium.assumeInstalled();
    browser =
        new AdminAppBrowser(urls.getBase(), profile, downloads, language, admin.realm(DEMO_REALM));
    return browser;
  }

  @Test
  void infoReportsWhatEachDemoAdminMayDo() throws Exception {
    assertThat(capabilities("realm-admin"))
        .isEqualTo(JSON.readTree(capabilitiesJson(true, true, true, true, true)));
    assertThat(capabilities("helpdesk"))
        .isEqualTo(JSON.readTree(capabilitiesJson(true, true, false, false, true)));
    assertThat(capabilities("viewer"))
        .isEqualTo(JSON.readTree(capabilitiesJson(false, true, false, false, true)));
  }

  /**
   * The console tab's help text is a message key whose text, in the console's messages, names the
   * app's address; the client's Home URL is the app.
   */
  @Test
  void theConsoleLinksTheApp() throws Exception {
    var tab =
        admin.serverInfo().getInfo().getComponentTypes().get(TAB_TYPE).stream()
            .filter(t -> t.getId().equals("password-care-settings"))
            .findFirst()
            .orElseThrow();
    assertThat(tab.getHelpText()).isEqualTo("passwordCareSettingsTabHelp");
    for (String locale : List.of("en", "nl")) {
      var response = get("/resources/" + DEMO_REALM + "/admin/" + locale, null);
      assertThat(response.statusCode()).isEqualTo(200);
      String text = "";
      for (JsonNode entry : JSON.readTree(response.body())) {
        if (entry.path("key").asText().equals("passwordCareSettingsTabHelp")) {
          text = entry.path("value").asText();
        }
      }
      assertThat(text).as(locale).contains("/password-care/admin/");
    }
    assertThat(
            admin
                .realm(DEMO_REALM)
                .clients()
                .findByClientId("password-care-admin-ui")
                .get(0)
                .getBaseUrl())
        .isEqualTo(AdminAppBrowser.appPath(DEMO_REALM));
  }

  @Test
  void realmAdminSeesAllFourSections() {
    AdminAppBrowser app = browser("en");
    app.signIn(AdminAppBrowser.appPath(DEMO_REALM), "realm-admin", DEMO_PASSWORD);

    assertThat(app.navSections())
        .containsExactly("bulk-reset", "expiring-passwords", "activity", "settings");
    assertThat(app.shownSection()).isEqualTo("bulk-reset");
    app.waitVisible("reset-form");
    assertThat(
            app.driver
                .findElement(By.cssSelector("[data-section-link='bulk-reset']"))
                .getAttribute("aria-current"))
        .isEqualTo("page");
    app.screenshot("admin-app-bulk-reset.png");

    app.open("expiring-passwords");
    assertThat(app.driver.getCurrentUrl()).endsWith("?section=expiring-passwords");
    app.waitVisible("expiring-send");
    app.screenshot("admin-app-expiring-passwords.png");

    app.open("settings");
    app.waitVisible("settings-form");
    assertThat(app.find("settings-save").isDisplayed()).isTrue();
    assertThat(app.find("setting-ssprCodeLength").isEnabled()).isTrue();
    assertThat(app.find("settings-read-only").isDisplayed()).isFalse();
    app.screenshot("admin-app-settings.png");

    // The browser's back button returns to the section before.
    app.driver.navigate().back();
    app.wait.until(d -> "expiring-passwords".equals(app.shownSection()));
    // PatternFly's text font came from the jar: the policy's font-src lets it in.
    app.wait.until(d -> loadedFonts(app).contains("RedHatText"));
  }

  @Test
  void viewerSeesOnlyExpiringPasswordsAndCannotSendLinks() {
    AdminAppBrowser app = browser("en");
    app.signIn(AdminAppBrowser.appPath(DEMO_REALM) + "?section=settings", "viewer", DEMO_PASSWORD);

    assertThat(app.navSections()).containsExactly("expiring-passwords", "activity");
    assertThat(app.shownSection())
        .as("settings asked for, not allowed")
        .isEqualTo("expiring-passwords");
    app.wait.until(
        d -> app.find("expiring-list").isDisplayed() || app.find("expiring-empty").isDisplayed());
    assertThat(app.find("expiring-send").isDisplayed()).isFalse();
    assertThat(app.find("expiring-select-all").isEnabled()).isFalse();
    assertThat(app.driver.findElements(By.cssSelector("#expiring-table input.pc-select")))
        .allSatisfy(box -> assertThat(box.isEnabled()).isFalse());
    assertThat(app.find("reset-form").isDisplayed()).isFalse();
  }

  /**
   * The Activity section: the figures of the REST answer in tables, a period toggle used by
   * keyboard, and the "enable events" empty state while the realm saves no events.
   */
  @Test
  void viewerReadsActivityAndSwitchesThePeriodByKeyboard() throws Exception {
    JsonNode registration =
        JSON.readTree(get(ActivityIT.ACTIVITY, tokenOf("viewer")).body()).path("registration");
    AdminAppBrowser app = browser("en");
    app.signIn(AdminAppBrowser.appPath(DEMO_REALM) + "?section=activity", "viewer", DEMO_PASSWORD);

    assertThat(app.shownSection()).isEqualTo("activity");
    app.waitVisible("activity-figures");
    for (String key :
        List.of("users0", "users1", "users2plus", "adminsWithoutTwo", "usersInScope")) {
      assertThat(app.activityFigure(key)).as(key).isEqualTo(registration.path(key).asLong());
    }
    assertThat(app.find("activity-sspr-tables").isDisplayed()).isTrue();
    assertThat(app.find("activity-error").isDisplayed()).isFalse();
    WebElement thirty = app.driver.findElement(By.cssSelector("#activity-days [data-days='30']"));
    WebElement seven = app.driver.findElement(By.cssSelector("#activity-days [data-days='7']"));
    assertThat(thirty.getAttribute("aria-pressed")).isEqualTo("true");
    thirty.sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB)); // to the 7-day button, then Enter
    app.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    app.wait.until(d -> "true".equals(seven.getAttribute("aria-pressed")));
    assertThat(thirty.getAttribute("aria-pressed")).isEqualTo("false");
    assertThat(seven.getAttribute("class")).contains("pf-m-selected");
    app.screenshot("admin-app-activity.png");

    var realm = admin.realm(DEMO_REALM);
    var saved = realm.getRealmEventsConfig();
    try {
      var off = realm.getRealmEventsConfig();
      off.setEventsEnabled(false);
      realm.updateRealmEventsConfig(off);
      app.driver.navigate().refresh();
      app.waitVisible("activity-sspr-empty");
      assertThat(app.find("activity-sspr-tables").isDisplayed()).isFalse();
      assertThat(app.find("activity-events-note-title").getText())
          .isEqualTo(AdminAppBrowser.text("en", "passwordCareAdminUiActivityEventsOffTitle"));
    } finally {
      realm.updateRealmEventsConfig(saved);
    }
  }

  @Test
  void helpdeskSeesBulkResetAndExpiringPasswords() {
    AdminAppBrowser app = browser("en");
    app.signIn(AdminAppBrowser.appPath(DEMO_REALM), "helpdesk", DEMO_PASSWORD);

    assertThat(app.navSections()).containsExactly("bulk-reset", "expiring-passwords", "activity");
    app.waitVisible("reset-form");
    app.open("expiring-passwords");
    app.waitVisible("expiring-send");
  }

  @Test
  void aUserWhoIsNoAdminSeesThatThereIsNothingToManage() {
    String username = users().username(users().create("app-plain"));
    AdminAppBrowser app = browser("en");
    app.signIn(AdminAppBrowser.appPath(DEMO_REALM), username, DEMO_PASSWORD);

    assertThat(app.shownSection()).isEqualTo("none");
    assertThat(app.navSections()).isEmpty();
    assertThat(app.find("section-none").findElement(By.tagName("h1")).getText())
        .isEqualTo(AdminAppBrowser.text("en", "passwordCareAdminUiNoSectionTitle"));
    assertThat(app.find("error").isDisplayed()).isFalse();
  }

  @Test
  void theOldBulkResetAddressOpensTheBulkResetSectionInDutch() {
    AdminAppBrowser app = browser("nl");
    app.signIn(
        "/realms/" + DEMO_REALM + "/password-care/bulk-reset-ui/?ui_locales=nl",
        "realm-admin",
        DEMO_PASSWORD);

    app.waitVisible("reset-form");
    assertThat(app.driver.getCurrentUrl())
        .isEqualTo(
            urls.getBase()
                + AdminAppBrowser.appPath(DEMO_REALM)
                + "?section=bulk-reset&ui_locales=nl");
    assertThat(app.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
    List<String> nav =
        app.driver.findElements(By.cssSelector("[data-section-link]")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(nav)
        .containsExactly(
            AdminAppBrowser.text("nl", "passwordCareAdminUiNavBulkReset"),
            AdminAppBrowser.text("nl", "passwordCareAdminUiNavExpiring"),
            AdminAppBrowser.text("nl", "passwordCareAdminUiNavActivity"),
            AdminAppBrowser.text("nl", "passwordCareAdminUiNavSettings"))
        .doesNotContain(AdminAppBrowser.text("en", "passwordCareAdminUiNavExpiring"));
    app.open("settings");
    app.waitVisible("settings-form");
    assertThat(app.find("settings-groups").findElement(By.tagName("legend")).getText())
        .isEqualTo(AdminAppBrowser.text("nl", "passwordCareAdminUiSettingsGroupSspr"));
    assertThat(app.find("setting-ssprCodeLength-help").getText())
        .isEqualTo(AdminAppBrowser.text("nl", "passwordCareSettingsSsprCodeLengthHelp"));
    app.screenshot("admin-app-settings-nl.png");
  }

  private JsonNode capabilities(String username) throws Exception {
    var response = get(INFO, tokenOf(username));
    assertThat(response.statusCode()).as(username).isEqualTo(200);
    return JSON.readTree(response.body()).path("capabilities");
  }

  private static String capabilitiesJson(
      boolean bulkReset,
      boolean expiring,
      boolean viewSettings,
      boolean manageSettings,
      boolean activity) {
    return """
        {"bulkReset": %s, "expiringPasswords": %s, "viewSettings": %s, "manageSettings": %s,
         "activity": %s}
        """
        .formatted(bulkReset, expiring, viewSettings, manageSettings, activity);
  }

  @SuppressWarnings("unchecked")
  private static List<String> loadedFonts(AdminAppBrowser app) {
    return (List<String>)
        app.driver.executeScript(
            "return [...document.fonts].filter(f => f.status === 'loaded')"
                + ".map(f => f.family.replace(/\"/g, ''))");
  }
}
