package io.github.passwordcare.it.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium on Keycloak's admin console: sign in, find our entry points by their
 * data-testids, check rows of the Users list. Every page gets an error collector before its own
 * scripts run, so a test can assert that nothing on it threw.
 */
final class ConsoleBrowser {

  /** Collects uncaught errors and rejected promises of each document, from its first script on. */
  private static final String ERROR_COLLECTOR =
      "window.__passwordCareErrors = [];"
          + "addEventListener('error', e => __passwordCareErrors.push(String(e.message)));"
          + "addEventListener('unhandledrejection', e => __passwordCareErrors.push(String(e.reason)));";

  private static final String MARKUP_MOVED =
      " (did a Keycloak upgrade move the admin console's markup? See docs/admin-console.md)";

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;

  private ConsoleBrowser(ChromeDriver driver, String baseUrl) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(45));
    this.baseUrl = baseUrl;
  }

  static ConsoleBrowser open(ChromeDriver driver, String baseUrl) {
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_COLLECTOR));
    return new ConsoleBrowser(driver, baseUrl);
  }

  /** Opens the console of {@code loginRealm} at {@code route} and signs in there. */
  void signIn(String loginRealm, String route, String username, String password) {
    get("/admin/" + loginRealm + "/console/" + route);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("[data-testid='currentRealm']")));
  }

  void get(String path) {
    driver.get(baseUrl + path);
  }

  WebElement navEntry() {
    return waitForEntryPoint("password-care-nav", "the 'Password care' navigation entry");
  }

  WebElement resetButton() {
    return waitForEntryPoint("password-care-reset-users", "the 'Reset passwords' button");
  }

  private WebElement waitForEntryPoint(String testId, String what) {
    By entry = By.cssSelector("[data-testid='" + testId + "']");
    wait.withMessage(what + " did not appear" + MARKUP_MOVED)
        .until(ExpectedConditions.visibilityOfElementLocated(entry));
    return driver.findElement(entry);
  }

  /** Waits until the Users list shows exactly these usernames. */
  void waitForUserRows(List<String> usernames) {
    wait.withMessage("the Users list did not show " + usernames + MARKUP_MOVED)
        .until(d -> usernames.stream().sorted().toList().equals(userRowNames()));
  }

  private List<String> userRowNames() {
    return driver.findElements(By.cssSelector("tbody tr a[href*='/users/']")).stream()
        .map(WebElement::getText)
        .sorted()
        .toList();
  }

  /** Ticks the row checkbox of the user, as an admin does. */
  void checkUser(String username) {
    WebElement row =
        driver.findElement(
            By.xpath("//tbody/tr[.//a[contains(@href, '/users/') and text()='" + username + "']]"));
    WebElement box = row.findElement(By.cssSelector("input[type='checkbox']"));
    box.click();
    wait.until(d -> box.isSelected());
  }

  /** Waits until our script runs on this console page and has its texts. */
  void waitForTextsLoaded() {
    wait.withMessage("the password-care console script did not start")
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("html[data-password-care-console='ready']")));
  }

  void waitForPageForm() {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reset-form")));
  }

  /** Usernames of the preview's rows, once there are {@code count}. */
  List<String> previewUsernames(int count) {
    By rows = By.cssSelector("#results tbody tr[data-status='would-reset'] th");
    wait.until(ExpectedConditions.numberOfElementsToBe(rows, count));
    return texts(rows);
  }

  void waitForText(WebElement element, String text) {
    wait.until(d -> text.equals(element.getText()));
  }

  /** Waits until no element matches, not even a hidden one. */
  void waitForGone(By by) {
    wait.until(ExpectedConditions.numberOfElementsToBe(by, 0));
  }

  WebElement find(By by) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    return driver.findElement(by);
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  List<String> texts(By by) {
    return driver.findElements(by).stream().map(WebElement::getText).toList();
  }

  String value(By by) {
    return driver.findElement(by).getDomProperty("value");
  }

  String currentUrl() {
    return driver.getCurrentUrl();
  }

  /** Uncaught errors of the current document since it loaded. */
  @SuppressWarnings("unchecked")
  List<String> scriptErrors() {
    return (List<String>) driver.executeScript("return window.__passwordCareErrors");
  }

  /** Throws from a timer, outside any caller that could catch it. */
  void throwProbeError(String message) {
    driver.executeScript("setTimeout(() => { throw new Error(arguments[0]) })", message);
    wait.until(d -> !scriptErrors().isEmpty());
  }

  void screenshot(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void quit() {
    driver.quit();
  }
}
