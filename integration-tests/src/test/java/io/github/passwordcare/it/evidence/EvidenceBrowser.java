package io.github.passwordcare.it.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AxeScan;
import io.github.passwordcare.it.HeadlessChromium;
import io.github.passwordcare.it.Screenshots;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium on our sign-in pages, in one language: each {@link #capture} is a
 * full-page screenshot plus an axe scan of the page shown. The steps find elements by the ids our
 * templates and Keycloak's own give them.
 */
final class EvidenceBrowser implements AutoCloseable {

  final ChromeDriver driver;
  final String lang;
  private final WebDriverWait wait;
  private final AxeScan axe;

  EvidenceBrowser(Path profile, Path downloads, String lang, AxeScan axe) {
    this.driver = HeadlessChromium.start(profile, downloads, lang);
    this.lang = lang;
    this.axe = axe;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    Screenshots.fixWindow(driver);
  }

  /** Screenshot {@code name} of the page shown, and its accessibility scan. */
  void capture(String name) {
    wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    assertThat(driver.executeScript("return document.documentElement.lang"))
        .as("language of %s", name)
        .isEqualTo(lang);
    Screenshots.take(driver, name, lang);
    axe.scan(driver, name, lang);
  }

  void open(String url) {
    driver.get(url);
  }

  /** Waits for the element with this id and returns it. */
  WebElement element(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  void type(String id, String text) {
    WebElement field = element(id);
    field.clear();
    field.sendKeys(text);
  }

  void click(String id) {
    element(id).click();
  }

  /** Clicks the (first) submit button of the form with this id. */
  void submit(String formId) {
    element(formId).findElement(By.cssSelector("[type=submit]")).click();
  }

  /** The "Forgot password?" link of Keycloak's sign-in page. */
  void forgotPassword() {
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("a[href*='/login-actions/reset-credentials']")))
        .click();
  }

  String url() {
    return driver.getCurrentUrl();
  }

  /**
   * Signs the browser out of everything: leaves the page first (the account console's scripts would
   * otherwise put a session cookie back), then clears every cookie of every site.
   */
  void forgetSignIns() {
    driver.get("about:blank");
    driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
  }

  @Override
  public void close() {
    driver.quit();
  }
}
