package io.github.passwordcare.it.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.AxeScan;
import io.github.passwordcare.it.HeadlessChromium;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.Screenshots;
import io.github.passwordcare.it.adminapp.AdminAppBrowser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Real-browser evidence of the admin app, in English and Dutch: the demo realm's realm-admin signs
 * in and every section the nav offers is opened, screenshotted ({@code
 * target/screenshots/<lang>/admin-app-<section>.png}) and scanned with axe; a serious or critical
 * violation fails the test. The sections come from the nav itself, so a new section is covered
 * without touching this test; {@link #LOADED} says, per section, which element shows that its data
 * arrived (a section not listed there is captured once it is shown).
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class AdminAppEvidenceIT extends AbstractPasswordCareIT {

  /** The sections the realm-admin must at least be offered. */
  private static final List<String> EXPECTED =
      List.of("bulk-reset", "expiring-passwords", "settings", "activity");

  /** Per section: ids of which one must be visible before the capture. */
  private static final Map<String, List<String>> LOADED =
      Map.of(
          "bulk-reset", List.of("reset-form"),
          "expiring-passwords", List.of("expiring-list", "expiring-empty"),
          "settings", List.of("settings-form"),
          "activity", List.of("activity-figures", "activity-error"));

  @TempDir Path profile;
  @TempDir Path downloads;

  private final AxeScan axe = new AxeScan(StockMarkup.WAIVERS);
  private AdminAppBrowser app;

  @AfterEach
  void closeBrowser() {
    if (app != null) {
      app.quit();
    }
  }

  @Test
  void englishSections() {
    walk("en");
  }

  @Test
  void dutchSections() {
    walk("nl");
  }

  private void walk(String lang) {
    HeadlessChromium.assumeInstalled();
    app = new AdminAppBrowser(urls.getBase(), profile, downloads, lang, admin.realm(DEMO_REALM));
    Screenshots.fixWindow(app.driver);
    app.signIn(
        AdminAppBrowser.appPath(DEMO_REALM) + "?ui_locales=" + lang, "realm-admin", DEMO_PASSWORD);
    List<String> sections = app.navSections();
    assertThat(sections).containsAll(EXPECTED);
    for (String section : sections) {
      if (!section.equals(app.shownSection())) {
        app.open(section);
      }
      app.wait.until(d -> loaded(d, section));
      app.wait.until(d -> !busy(d));
      String name = "admin-app-" + section;
      assertThat(app.driver.executeScript("return document.documentElement.lang"))
          .as("language of %s", name)
          .isEqualTo(lang);
      Screenshots.take(app.driver, name, lang);
      axe.scan(app.driver, name, lang);
    }
    axe.assertNone();
  }

  private static boolean loaded(WebDriver driver, String section) {
    List<String> ids = LOADED.get(section);
    return ids == null
        || ids.stream()
            .anyMatch(
                id -> driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed));
  }

  /** Something of the shown section still says it is loading. */
  private static boolean busy(WebDriver driver) {
    return !driver.findElements(By.cssSelector("main [aria-busy='true']")).isEmpty();
  }
}
