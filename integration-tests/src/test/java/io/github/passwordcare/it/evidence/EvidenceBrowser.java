package io.github.passwordcare.it.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AxeScan;
import io.github.passwordcare.it.HeadlessChromium;
import io.github.passwordcare.it.Screenshots;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
    wait.withMessage(this::pageShown);
    Screenshots.fixWindow(driver);
  }

  /** Where the browser is, for a failed wait: the URL, the title and the start of the text. */
  private String pageShown() {
    try {
      String text = driver.findElement(By.tagName("body")).getText().replaceAll("\\s+", " ");
      return "page shown: "
          + driver.getCurrentUrl()
          + " titled '"
          + driver.getTitle()
          + "': "
          + text.substring(0, Math.min(text.length(), 400));
    } catch (RuntimeException e) {
      return "page shown: unknown (" + e.getClass().getSimpleName() + ")";
    }
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
   * Signs the browser out of everything: leaves the page, then clears every cookie of every site
   * until none has come back for two checks in a row. Leaving is not enough on its own: the account
   * console, still signing in after the previous step, may have a request under way whose answer
   * sets Keycloak's session cookie again after the first clear. With that cookie "Forgot password?"
   * skips the username page and resets the signed-in user (Keycloak's {@code
   * ResetCredentialChooseUser}), which once failed a CI run.
   */
  void forgetSignIns() {
    driver.get("about:blank");
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    int quietChecks = 0;
    while (quietChecks < 2) {
      driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      pause();
      quietChecks = cookies().isEmpty() ? quietChecks + 1 : 0;
      if (System.nanoTime() > deadline) {
        throw new AssertionError("cookies keep coming back: " + cookies());
      }
    }
  }

  private List<?> cookies() {
    Map<String, Object> answer = driver.executeCdpCommand("Network.getAllCookies", Map.of());
    return (List<?>) answer.get("cookies");
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
