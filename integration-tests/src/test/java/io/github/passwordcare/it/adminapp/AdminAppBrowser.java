package io.github.passwordcare.it.adminapp;

import io.github.passwordcare.it.HeadlessChromium;
import io.github.passwordcare.it.RecoveryCheckFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.keycloak.admin.client.resource.RealmResource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin app in a real headless Chromium: opens it, signs in on Keycloak's login page, and reads
 * what a user sees (the nav, sections, alerts). One per test; {@link #quit} closes it.
 */
public final class AdminAppBrowser {

  public final ChromeDriver driver;
  public final WebDriverWait wait;
  private final String baseUrl;
  private final Path downloads;

  private final RealmResource realm;
  private final List<RecoveryCheckFixture> kept = new ArrayList<>();

  /**
   * @param realm the realm signed in to, whose users' recovery attributes a sign-in may change
   *     ("Remind me later" counts); restored at {@link #quit}
   */
  public AdminAppBrowser(
      String baseUrl, Path profile, Path downloads, String language, RealmResource realm) {
    this.baseUrl = baseUrl;
    this.realm = realm;
    this.downloads = downloads;
    this.driver = HeadlessChromium.start(profile, downloads, language);
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  public static String appPath(String realm) {
    return "/realms/" + realm + "/password-care/admin/";
  }

  /**
   * Opens {@code path} (below the server), signs in, and waits until the app has chosen a section.
   */
  public void signIn(String path, String username, String password) {
    kept.add(RecoveryCheckFixture.keep(realm, username));
    driver.get(baseUrl + path);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
    By recoveryPage = By.id(RecoveryCheckFixture.PAGE_FORM);
    wait.until(d -> !d.findElements(recoveryPage).isEmpty() || sectionShown(d));
    if (!driver.findElements(recoveryPage).isEmpty()) {
      // An admin with one recovery method is asked for a second at sign-in (the demo realm's
      // recovery check); these tests are about the app, so they postpone it. The test keeps the
      // user's attributes with a RecoveryCheckFixture, so the postponements do not add up.
      driver.findElement(By.name("later")).click();
    }
    wait.until(AdminAppBrowser::sectionShown);
  }

  private static boolean sectionShown(org.openqa.selenium.WebDriver d) {
    return d.findElements(By.cssSelector("main > section[data-section]")).stream()
        .anyMatch(WebElement::isDisplayed);
  }

  /** The sections the nav offers, by their id. */
  public List<String> navSections() {
    return driver.findElements(By.cssSelector("[data-nav]")).stream()
        .filter(WebElement::isDisplayed)
        .map(item -> item.getAttribute("data-nav"))
        .toList();
  }

  /** The section shown now. */
  public String shownSection() {
    return driver.findElements(By.cssSelector("main > section[data-section]")).stream()
        .filter(WebElement::isDisplayed)
        .map(section -> section.getAttribute("data-section"))
        .findFirst()
        .orElse("");
  }

  public void open(String section) {
    WebElement link = driver.findElement(By.cssSelector("[data-section-link='" + section + "']"));
    link.click();
    wait.until(d -> section.equals(shownSection()));
  }

  /** The Activity section's registration figure {@code key} (users0, ...) as the table shows it. */
  long activityFigure(String key) {
    return Long.parseLong(
        driver
            .findElement(
                By.cssSelector("#activity-registration-table tr[data-figure='" + key + "'] td"))
            .getText()
            .strip());
  }

  WebElement find(String id) {
    return driver.findElement(By.id(id));
  }

  WebElement waitVisible(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  String waitForDownload(String suffix) {
    wait.until(d -> files(suffix).size() == 1);
    try {
      return Files.readString(files(suffix).get(0), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Path> files(String suffix) {
    try (Stream<Path> files = Files.list(downloads)) {
      return files.filter(f -> f.toString().endsWith(suffix)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void screenshot(String name) {
    try {
      Path target = Path.of("target", "screenshots", name);
      Files.createDirectories(target.getParent());
      Files.write(target, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void quit() {
    driver.quit();
    kept.forEach(RecoveryCheckFixture::close);
  }

  /** The providers' message bundle for {@code locale}, as the app shows it. */
  static Properties bundle(String locale) {
    Properties properties = new Properties();
    String name = "/theme-resources/messages/messages_" + locale + ".properties";
    try (InputStream in = AdminAppBrowser.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  /** A bundle text as the app shows it: MessageFormat's '' is one apostrophe. */
  static String text(String locale, String key) {
    return bundle(locale).getProperty(key).replace("''", "'");
  }
}
