package io.github.passwordcare.it.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.HeadlessChromium;
import io.github.passwordcare.it.PasswordCareServerConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The bulk reset page in a real browser: the demo realm's admin signs in through the page's own
 * client, previews and confirms a reset of two fresh users, and gets their one-time passwords on
 * screen and as CSV; the passwords then work. The page also speaks Dutch.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class BulkResetPageIT extends AbstractPasswordCareIT {

  private ChromeDriver browser;
  private WebDriverWait wait;

  @TempDir Path profile;
  @TempDir Path downloads;

  @BeforeEach
  void requireChromium() {
    HeadlessChromium.assumeInstalled();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void realmAdminResetsTwoUsersAndGetsTheirPasswords() throws Exception {
    List<String> usernames =
        Stream.of(users().create("page"), users().create("page")).map(users()::username).toList();
    openAndSignIn("en", "");

    browser.findElement(By.cssSelector("input[name=selectBy][value=usernames]")).click();
    browser.findElement(By.id("usernames")).sendKeys(String.join("\n", usernames));
    browser.findElement(By.id("temporary")).click(); // permanent, so the test can sign in with it
    browser.findElement(By.id("preview")).click();

    List<WebElement> preview = waitForRows("would-reset", 2);
    assertThat(preview)
        .extracting(row -> row.findElement(By.tagName("th")).getText())
        .containsExactlyInAnyOrderElementsOf(usernames);
    assertThat(browser.findElements(By.cssSelector("#results .pc-password"))).isEmpty();

    browser.findElement(By.id("confirm")).click();
    List<WebElement> done = waitForRows("reset", 2);
    List<String> passwords =
        done.stream()
            .map(row -> row.findElement(By.cssSelector(".pc-password")).getText())
            .toList();
    assertThat(passwords).doesNotContain("").doesNotHaveDuplicates();
    assertThat(browser.findElements(By.cssSelector("#results tbody button"))).hasSize(2);
    assertThat(browser.findElement(By.id("results-once")).isDisplayed()).isTrue();

    for (WebElement row : done) {
      String username = row.findElement(By.tagName("th")).getText();
      String password = row.findElement(By.cssSelector(".pc-password")).getText();
      assertThat(canSignIn(username, password))
          .as("%s signs in with the shown password", username)
          .isTrue();
    }

    browser.findElement(By.id("download-csv")).click();
    String csv = waitForDownload();
    assertThat(csv.lines().findFirst()).hasValue("username,email,status,temporaryPassword,reason");
    for (int i = 0; i < done.size(); i++) {
      String username = done.get(i).findElement(By.tagName("th")).getText();
      assertThat(csv)
          .contains(
              username + "," + username + "@password-care.localhost,reset," + passwords.get(i));
    }

    String storage =
        (String)
            browser.executeScript(
                "return JSON.stringify(Object.assign({}, localStorage))"
                    + " + JSON.stringify(Object.assign({}, sessionStorage)) + location.href");
    passwords.forEach(password -> assertThat(storage).doesNotContain(password));
  }

  @Test
  void pageSpeaksDutch() throws Exception {
    openAndSignIn("nl", "?ui_locales=nl");

    Properties dutch = bundle("nl");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo(dutch.getProperty("passwordCareBulkResetUiTitle"))
        .isNotEqualTo(bundle("en").getProperty("passwordCareBulkResetUiTitle"));
    assertThat(browser.findElement(By.id("preview")).getText())
        .isEqualTo(dutch.getProperty("passwordCareBulkResetUiPreview"));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
  }

  private void openAndSignIn(String language, String query) {
    browser = HeadlessChromium.start(profile, downloads, language);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(urls.getBase() + "/realms/" + DEMO_REALM + "/password-care/bulk-reset-ui/" + query);

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    browser.findElement(By.id("username")).sendKeys("realm-admin");
    browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
    browser.findElement(By.id("kc-login")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reset-form")));
    assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains("realm-admin");
  }

  private List<WebElement> waitForRows(String status, int count) {
    By rows = By.cssSelector("#results tbody tr[data-status='" + status + "']");
    wait.until(ExpectedConditions.numberOfElementsToBe(rows, count));
    return browser.findElements(rows);
  }

  private String waitForDownload() throws IOException {
    wait.until(d -> csvFiles().size() == 1);
    return Files.readString(csvFiles().get(0), StandardCharsets.UTF_8);
  }

  private List<Path> csvFiles() {
    try (Stream<Path> files = Files.list(downloads)) {
      return files.filter(f -> f.toString().endsWith(".csv")).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private boolean canSignIn(String username, String password) throws Exception {
    return passwordGrant(username, password).statusCode() == 200;
  }

  private static Properties bundle(String locale) throws IOException {
    Properties properties = new Properties();
    String name = "/theme-resources/messages/messages_" + locale + ".properties";
    try (InputStream in = BulkResetPageIT.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
