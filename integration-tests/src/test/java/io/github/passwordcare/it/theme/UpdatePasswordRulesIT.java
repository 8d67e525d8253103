package io.github.passwordcare.it.theme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.AccountConsoleLogin;
import io.github.passwordcare.it.HeadlessChromium;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.RecoveryCheckFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Keycloak's update-password page in the password-care login theme, in a real browser: the demo
 * realm's rules are listed in the user's language before typing (and the expiry policies are not),
 * the external script marks them met while typing (so the login pages' CSP lets it run), and after
 * a refused submit the rule Keycloak names is marked "not met" in the list.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class UpdatePasswordRulesIT extends AbstractPasswordCareIT {

  @TempDir Path profile;
  @TempDir Path downloads;

  private ChromeDriver driver;

  @BeforeEach
  void startChromium() {
    HeadlessChromium.assumeInstalled();
  }

  @AfterEach
  void quit() {
    if (driver != null) {
      driver.quit();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "en, Your new password must, be at least 12 characters long, differ from your last 3 passwords,"
        + " Password care, (not met)",
    "nl, Je nieuwe wachtwoord moet, minstens 12 tekens lang zijn, anders zijn dan je laatste 3"
        + " wachtwoorden, Wachtwoordbeheer, (niet voldaan)"
  })
  void listsTheRulesChecksThemWhileTypingAndNamesTheRefusedOne(
      String lang, String title, String length, String history, String product, String notMet)
      throws Exception {
    driver = HeadlessChromium.start(profile, downloads, lang);
    String username = userWhoMustChangePassword();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(45));
    try {
      driver.get(AccountConsoleLogin.authorizationUrl(urls) + "&ui_locales=" + lang);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
      driver.findElement(By.id("username")).sendKeys(username);
      driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
      driver.findElement(By.id("kc-login")).click();
      By confirm = By.id("password-care-contacts-confirm");
      By newPassword = By.id("password-new");
      wait.until(
          ExpectedConditions.or(
              ExpectedConditions.visibilityOfElementLocated(confirm),
              ExpectedConditions.visibilityOfElementLocated(newPassword)));
      if (!driver.findElements(confirm).isEmpty()) {
        driver.findElement(confirm).click();
      }
      wait.until(ExpectedConditions.visibilityOfElementLocated(newPassword));

      // keycloak.v2 shows the header in capitals (CSS); its text is as the bundle has it.
      assertThat(driver.findElement(By.id("kc-header-wrapper")).getAttribute("textContent"))
          .contains(product);
      WebElement list = driver.findElement(By.id("password-care-rules"));
      assertThat(driver.findElement(By.id("password-care-rules-title")).getText()).isEqualTo(title);
      assertThat(list.getText()).contains(length, history).doesNotContain("90", "14");
      assertThat(list.findElements(By.tagName("li")))
          .extracting(li -> li.getAttribute("data-rule"))
          .containsExactly(
              "length",
              "lowerCase",
              "upperCase",
              "digits",
              "specialChars",
              "notUsername",
              "notEmail",
              "passwordHistory");
      assertThat(classOf("length")).contains("pf-m-indeterminate").doesNotContain("pf-m-success");

      WebElement input = driver.findElement(By.id("password-new"));
      input.sendKeys("abc");
      assertThat(classOf("lowerCase")).contains("pf-m-success");
      assertThat(classOf("length")).doesNotContain("pf-m-success");
      assertThat(classOf("upperCase")).doesNotContain("pf-m-success");
      input.clear();
      input.sendKeys(DEMO_PASSWORD);
      for (String rule : List.of("length", "lowerCase", "upperCase", "digits", "specialChars")) {
        assertThat(classOf(rule)).as(rule).contains("pf-m-success");
      }

      // The current password meets every content rule but not the history (passwordHistory(3)).
      driver.findElement(By.id("password-confirm")).sendKeys(DEMO_PASSWORD);
      driver.findElement(By.id("kc-submit")).click();
      // The refused page has the list too: the old one can go stale between find and read.
      wait.ignoring(StaleElementReferenceException.class)
          .until(
              ExpectedConditions.attributeContains(
                  By.id("password-care-rule-passwordHistory"),
                  "class",
                  "password-care-rule-failed"));
      assertThat(rule("passwordHistory").getText()).contains(history, notMet);
      assertThat(driver.findElements(By.cssSelector(".password-care-rule-failed"))).hasSize(1);
      assertThat(driver.getPageSource()).contains("css/password-care.css");
    } finally {
      Path file = Path.of("target", "screenshots", "theme-update-password-" + lang + ".png");
      Files.createDirectories(file.getParent());
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }
  }

  private WebElement rule(String name) {
    return driver.findElement(By.id("password-care-rule-" + name));
  }

  private String classOf(String name) {
    return rule(name).getAttribute("class");
  }

  /** A new user with UPDATE_PASSWORD pending and a second recovery method (no contacts page). */
  private String userWhoMustChangePassword() {
    String id = users().create("theme-rules");
    var user = admin.realm(DEMO_REALM).users().get(id);
    UserRepresentation rep = user.toRepresentation();
    RecoveryCheckFixture.addSecondMethod(rep);
    rep.setRequiredActions(List.of("UPDATE_PASSWORD"));
    user.update(rep);
    return rep.getUsername();
  }
}
