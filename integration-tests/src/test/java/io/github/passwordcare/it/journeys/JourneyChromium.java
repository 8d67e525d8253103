package io.github.passwordcare.it.journeys;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person in a real headless Chromium on Keycloak's own pages: the sign-in form, the account
 * console (a React app, hence Chromium and not HtmlUnit) and the update-password page. It finds
 * things by the ids and test ids Keycloak and our templates give them, never by styling, so the
 * theme may restyle the pages. The last page of each test is saved as a screenshot under {@code
 * target/screenshots/journeys/}.
 */
final class JourneyChromium {

  static final By NEW_PASSWORD = By.name("password-new");

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String base;

  JourneyChromium(ChromeDriver driver, String base) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(45));
    this.base = base;
  }

  String accountUrl() {
    return base + "/realms/" + AbstractPasswordCareIT.DEMO_REALM + "/account/";
  }

  /** Opens {@code url}, which leads to the sign-in form, and signs in. */
  void signIn(String url, String username, String password) {
    driver.get(url);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
  }

  /** The account console's Signing in page, then the password row's "Update" button. */
  void updatePasswordFromSigningIn() {
    driver.get(accountUrl() + "account-security/signing-in");
    By update = By.cssSelector("[data-testid='password/credential-list'] [data-testrole='update']");
    wait.until(ExpectedConditions.elementToBeClickable(update)).click();
    awaitUpdatePasswordPage();
  }

  void awaitUpdatePasswordPage() {
    wait.until(ExpectedConditions.visibilityOfElementLocated(NEW_PASSWORD));
  }

  /** Keycloak's update-password page: both fields, then Submit. */
  void submitNewPassword(String password) {
    type(NEW_PASSWORD, password);
    type(By.name("password-confirm"), password);
    driver.findElement(By.id("kc-submit")).click();
  }

  /** The Cancel button the page shows only to an application-initiated action. */
  void cancel() {
    driver.findElement(By.id("kc-cancel")).click();
  }

  /** The page's error message (Keycloak's {@code kc-feedback-text}), once it shows. */
  String formError() {
    return wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.className("kc-feedback-text")))
        .getText();
  }

  void awaitUrlStartingWith(String prefix) {
    wait.until(d -> d.getCurrentUrl().startsWith(prefix));
  }

  boolean has(By by) {
    return !driver.findElements(by).isEmpty();
  }

  String url() {
    return driver.getCurrentUrl();
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Saves what the browser shows now, for a person reading a failed run. */
  void screenshot(String name) {
    try {
      Path file = Path.of("target", "screenshots", "journeys", name + ".png");
      Files.createDirectories(file.getParent());
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException | RuntimeException e) {
      // A missing screenshot must not hide the test's own failure.
    }
  }

  private void type(By by, String value) {
    WebElement field = driver.findElement(by);
    field.clear();
    field.sendKeys(value);
  }
}
