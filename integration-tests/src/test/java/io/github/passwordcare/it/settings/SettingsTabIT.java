package io.github.passwordcare.it.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.HeadlessChromium;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.RecoveryCheckFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The "Password care" tab of Realm settings in Keycloak's real admin console, in headless Chromium:
 * a realm admin opens it, changes a value, saves, and the REST API reads the new value back; a
 * value out of range is refused with a readable message and changes nothing.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class SettingsTabIT extends AbstractSettingsIT {

  private static final By CODE_LENGTH = By.name("config.ssprCodeLength");

  @TempDir Path profile;
  @TempDir Path downloads;

  private ChromeDriver driver;

  /**
   * realm-admin's recovery attributes: with the default settings (this test's start) its one method
   * is too few, so the sign-in postpones the recovery-contacts page, which counts.
   */
  private RecoveryCheckFixture realmAdminMethods;

  private WebDriverWait wait;

  @BeforeEach
  void browser() {
    HeadlessChromium.assumeInstalled();
    driver = HeadlessChromium.start(profile, downloads, "en");
    // Wide enough for Realm settings' fourteen tabs in one row: the last one, ours, is then in
    // view and gets a real click (at 1280 px it is behind the row's scroll buttons).
    driver.manage().window().setSize(new Dimension(2400, 1024));
    wait = new WebDriverWait(driver, Duration.ofSeconds(45));
    realmAdminMethods = RecoveryCheckFixture.keep(admin.realm(DEMO_REALM), "realm-admin");
  }

  @AfterEach
  void quit() {
    if (driver != null) {
      driver.quit();
    }
    if (realmAdminMethods != null) {
      realmAdminMethods.close();
    }
  }

  @Test
  void aRealmAdminChangesTheCodeLengthInTheTab() throws Exception {
    Properties en = SettingsComponentIT.bundle("en");
    signInToRealmSettings();

    WebElement tab = passwordCareTab(en.getProperty("password-care-settings"));
    wait.until(ExpectedConditions.elementToBeClickable(tab)).click();
    WebElement codeLength = wait.until(ExpectedConditions.visibilityOfElementLocated(CODE_LENGTH));
    assertThat(codeLength.getDomProperty("value")).isEqualTo("8");
    String page = driver.findElement(By.tagName("main")).getText();
    assertThat(page)
        .contains(
            en.getProperty("passwordCareSettingsSsprCodeLength"),
            en.getProperty("passwordCareSettingsSsprRevealRegisteredMethods"),
            en.getProperty("passwordCareSettingsProtectAdmins"))
        .doesNotContain("passwordCareSettings");
    screenshot("settings-tab.png");

    codeLength.sendKeys(Keys.chord(Keys.CONTROL, "a"), "9");
    driver.findElement(By.cssSelector("[data-testid='save']")).click();

    wait.withMessage("the tab's save did not reach the settings")
        .until(d -> codeLengthThroughRest() == 9);
    assertThat(settingsOf(tokenOf("realm-admin")).path("ssprMethods").size())
        .as("untouched fields keep their defaults")
        .isEqualTo(2);
    assertThat(component().orElseThrow().getConfig()).doesNotContainKeys("realm", "tab");

    codeLength.sendKeys(Keys.chord(Keys.CONTROL, "a"), "12");
    driver.findElement(By.cssSelector("[data-testid='save']")).click();
    WebElement alert =
        wait.withMessage("no error toast for code length 12")
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath(
                        "//*[contains(@class,'alert')][contains(., 'Password care settings"
                            + " not saved')]")));
    assertThat(alert.getText())
        .contains(en.getProperty("passwordCareSettingsSsprCodeLength"), "6 to 10");
    screenshot("settings-tab-error.png");
    assertThat(codeLengthThroughRest()).isEqualTo(9);
  }

  /** The tab, found by its translated title; a screenshot of the page when it does not appear. */
  private WebElement passwordCareTab(String title) throws Exception {
    By tab = By.xpath("//*[@role='tab'][normalize-space()='" + title + "']");
    try {
      return wait.withMessage("no '" + title + "' tab in Realm settings")
          .until(ExpectedConditions.presenceOfElementLocated(tab));
    } catch (RuntimeException e) {
      screenshot("settings-tab-missing.png");
      throw e;
    }
  }

  private void signInToRealmSettings() {
    driver.get(urls.getBase() + "/admin/" + DEMO_REALM + "/console/#/" + DEMO_REALM);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys("realm-admin");
    driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
    driver.findElement(By.id("kc-login")).click();
    // The recovery check asks an admin with one method (the default settings count email and OTP
    // app only) for more: postpone it, as an admin in a hurry would.
    By realmSettings = By.cssSelector("[data-testid='nav-item-realm-settings']");
    By recoveryPage = By.id(RecoveryCheckFixture.PAGE_FORM);
    wait.until(
        ExpectedConditions.or(
            ExpectedConditions.elementToBeClickable(realmSettings),
            ExpectedConditions.presenceOfElementLocated(recoveryPage)));
    if (!driver.findElements(recoveryPage).isEmpty()) {
      driver.findElement(By.name("later")).click();
    }
    wait.until(ExpectedConditions.elementToBeClickable(realmSettings)).click();
  }

  private int codeLengthThroughRest() {
    try {
      return settingsOf(tokenOf("realm-admin")).path("ssprCodeLength").asInt();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void screenshot(String name) throws Exception {
    Path file = Path.of("target", "screenshots", name);
    Files.createDirectories(file.getParent());
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
  }
}
