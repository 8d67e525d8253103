package io.github.passwordcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.UserRepresentation;
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

  private final List<String> createdUserIds = new ArrayList<>();
  private ChromeDriver browser;
  private WebDriverWait wait;

  @TempDir Path profile;
  @TempDir Path downloads;

  @BeforeEach
  void requireChromium() {
    HeadlessChromium.assumeInstalled();
  }

  @AfterEach
  void cleanUp() {
    if (browser != null) {
      browser.quit();
    }
    createdUserIds.forEach(id -> admin.realm(DEMO_REALM).users().delete(id).close());
  }

  @Test
  void realmAdminResetsTwoUsersAndGetsTheirPasswords() throws Exception {
    String prefix = "page-" + System.nanoTime();
    List<String> usernames = List.of(prefix + "-a", prefix + "-b");
    usernames.forEach(this::createUser);
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

  private void createUser(String username) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(username);
    user.setEmail(username + "@password-care.localhost");
    user.setEmailVerified(true);
    user.setFirstName("Page");
    user.setLastName("Test");
    user.setEnabled(true);
    try (Response response = admin.realm(DEMO_REALM).users().create(user)) {
      createdUserIds.add(CreatedResponseUtil.getCreatedId(response));
    }
  }

  private boolean canSignIn(String username, String password) {
    try {
      return adminClients
              .create()
              .realm(DEMO_REALM)
              .clientId("admin-cli")
              .username(username)
              .password(password)
              .autoClose()
              .build()
              .tokenManager()
              .getAccessTokenString()
          != null;
    } catch (RuntimeException e) {
      return false;
    }
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
