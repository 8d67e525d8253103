package io.github.passwordcare.it.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.HeadlessChromium;
import io.github.passwordcare.it.PasswordCareServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The account console's "Signing in" page (Keycloak's own, in headless Chromium) lists security
 * questions while the realm's SSPR methods include them, with "Set up" (none yet) or "Update"
 * leading to the recovery-contacts page; it lists nothing of them while questions are off. An admin
 * deletes a user's questions like any credential (the admin console's Credentials tab calls the
 * same endpoint).
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class SecurityQuestionsAccountConsoleIT extends AbstractSecurityQuestionsIT {

  @TempDir Path profile;
  @TempDir Path downloads;

  private ChromeDriver driver;

  @BeforeEach
  void startChromium() {
    HeadlessChromium.assumeInstalled();
    driver = HeadlessChromium.start(profile, downloads, "en");
  }

  @AfterEach
  void quit() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void signingInListsQuestionsWithSetUpWhileTheyAreOn() throws Exception {
    questionsOn();
    String username = userAtTheContactsPage("sq-console");
    String page = signingInPage(username, "sq-console-setup.png");
    assertThat(page)
        .contains("Security questions")
        .contains("Questions you answer to reset a forgotten password yourself.")
        .contains("Set up Security questions");
  }

  @Test
  void signingInShowsRegisteredQuestionsWithUpdateAndAnAdminCanDeleteThem() throws Exception {
    questionsOn();
    String username = userAtTheContactsPage("sq-console-has");
    try (QuestionsBrowser browser = browser()) {
      browser.signIn(username, "en").openQuestions();
      browser.register(FIRST_THREE, List.of("first", "second", "third"));
      browser.confirm();
    }
    String page = signingInPage(username, "sq-console-update.png");
    // The row is named by the message key of the type, not the raw type.
    assertThat(page)
        .contains("Security questions", "Delete", "Update")
        .doesNotContain("password-care-security-questions", "Set up Security questions");

    String credentialId = questionCredentials(username).get(0).getId();
    admin.realm(DEMO_REALM).users().get(idOf(username)).removeCredential(credentialId);
    assertThat(questionCredentials(username)).isEmpty();
  }

  @Test
  void signingInDoesNotListQuestionsWhileTheyAreOff() throws Exception {
    settings(Map.of("ssprMethods", List.of("email", "otp")));
    String username = userAtTheContactsPage("sq-console-off");
    String page = signingInPage(username, "sq-console-off.png");
    assertThat(page).contains("Password").doesNotContain("Security questions");
  }

  /**
   * Signs in (passing the recovery-contacts page when it shows), opens "Signing in" and returns its
   * text; the screenshot is saved under {@code target/screenshots/} either way.
   */
  private String signingInPage(String username, String screenshot) throws Exception {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(45));
    String account = urls.getBase() + "/realms/" + DEMO_REALM + "/account/";
    driver.get(account + "account-security/signing-in");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
    driver.findElement(By.id("kc-login")).click();
    By confirm = By.id("password-care-contacts-confirm");
    wait.until(
        ExpectedConditions.or(
            ExpectedConditions.visibilityOfElementLocated(confirm),
            ExpectedConditions.urlContains("/account/account-security")));
    if (!driver.findElements(confirm).isEmpty()) {
      driver.findElement(confirm).click();
    }
    Path file = Path.of("target", "screenshots", screenshot);
    Files.createDirectories(file.getParent());
    try {
      wait.until(ExpectedConditions.urlContains("/account/"));
      driver.get(account + "account-security/signing-in");
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("main"), "Basic authentication"));
      Thread.sleep(1500); // the credential list renders in one go after its request
      return driver.findElement(By.tagName("main")).getText();
    } finally {
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      Files.writeString(
          Path.of("target", "screenshots", screenshot + ".txt"),
          driver.findElements(By.tagName("main")).isEmpty()
              ? driver.getPageSource()
              : driver.findElement(By.tagName("main")).getText());
    }
  }
}
