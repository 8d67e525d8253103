package io.github.passwordcare.it.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.bulkreset.BulkResetCsv;
import io.github.passwordcare.bulkreset.BulkResetResult;
import io.github.passwordcare.bulkreset.UserResetResult;
import io.github.passwordcare.bulkreset.UserResetResult.Status;
import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.HeadlessChromium;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.RecoveryCheckFixture;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.util.JsonSerialization;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The bulk reset page in a real browser: the demo realm's admin signs in through the page's own
 * client, previews and confirms a reset of two fresh users, and gets their one-time passwords on
 * screen and as CSV; the passwords then work. Also: the group picker, modes set and email-link, one
 * request per Confirm however often it is clicked, a form change cancelling the preview, the CSV's
 * formula guard, a realm name that needs encoding, and Dutch.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class BulkResetPageIT extends AbstractPasswordCareIT {

  @InjectMailServer MailServer mail;

  private ChromeDriver browser;
  private WebDriverWait wait;

  /** realm-admin's second recovery method, so the recovery check lets it through to the page. */
  private RecoveryCheckFixture realmAdminMethods;

  @TempDir Path profile;
  @TempDir Path downloads;

  @BeforeEach
  void requireChromium() {
    HeadlessChromium.assumeInstalled();
    realmAdminMethods = RecoveryCheckFixture.secondMethod(admin.realm(DEMO_REALM), "realm-admin");
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
    if (realmAdminMethods != null) {
      realmAdminMethods.close();
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
  void doubleClickingConfirmSendsOneReset() throws Exception {
    List<String> usernames =
        Stream.of(users().create("twice"), users().create("twice")).map(users()::username).toList();
    openAndSignIn("en", "");
    recordBulkResetRequests();
    chooseUsernames(usernames);
    browser.findElement(By.id("preview")).click();
    waitForRows("would-reset", 2);

    new Actions(browser).doubleClick(browser.findElement(By.id("confirm"))).perform();
    waitForRows("reset", 2);
    waitUntilIdle();

    assertThat(resetRequests()).as("requests that were no dry run").hasSize(1);
    assertThat(browser.findElement(By.id("confirm")).isEnabled()).isFalse();
    assertThat(browser.findElement(By.id("preview")).isEnabled()).isTrue();
  }

  @Test
  void previewAndConfirmAreOffWhileARequestRuns() throws Exception {
    String username = users().username(users().create("busy"));
    openAndSignIn("en", "");
    // Holds the page's next bulk-reset request until the test lets it go.
    browser.executeScript(
        """
        const original = window.fetch
        window.fetch = function (url, options) {
          if (!String(url).endsWith('/password-care/bulk-reset')) return original.apply(this, arguments)
          return new Promise(resolve => { window.releaseRequest = () => resolve(original(url, options)) })
        }
        """);
    chooseUsernames(List.of(username));
    browser.findElement(By.id("preview")).click();
    wait.until(d -> d.findElement(By.id("reset-form")).getAttribute("aria-busy") != null);

    assertThat(browser.findElement(By.id("preview")).isEnabled()).isFalse();
    assertThat(browser.findElement(By.id("confirm")).isEnabled()).isFalse();
    browser.executeScript("window.releaseRequest()");
    waitForRows("would-reset", 1);
    waitUntilIdle();
    assertThat(browser.findElement(By.id("preview")).isEnabled()).isTrue();
    assertThat(browser.findElement(By.id("confirm")).isEnabled()).isTrue();
  }

  @Test
  void aFormChangeCancelsThePreview() throws Exception {
    String username = users().username(users().create("change"));
    openAndSignIn("en", "");
    recordBulkResetRequests();
    chooseUsernames(List.of(username));
    browser.findElement(By.id("preview")).click();
    waitForRows("would-reset", 1);
    waitUntilIdle();
    WebElement confirm = browser.findElement(By.id("confirm"));
    assertThat(confirm.isEnabled()).isTrue();

    browser.findElement(By.id("logout-sessions")).click();
    assertThat(confirm.isEnabled()).isFalse();
    browser.findElement(By.id("preview")).click();
    waitForRows("would-reset", 1);
    waitUntilIdle();
    assertThat(confirm.isEnabled()).isTrue();
    browser.findElement(By.id("usernames")).sendKeys(" ");
    assertThat(confirm.isEnabled()).isFalse();
    assertThat(resetRequests()).isEmpty();
  }

  @Test
  void groupPickerSelectsTheGroupsMembersWithSubgroupsOnRequest() throws Exception {
    String parent = users().group("page-team", null);
    String child = users().group("page-sub", parent);
    String inParent = users().create("grp");
    String inChild = users().create("grp");
    users().create("grp"); // in no group
    users().join(inParent, parent);
    users().join(inChild, child);
    openAndSignIn("en", "");

    browser.findElement(By.cssSelector("input[name=selectBy][value=group]")).click();
    Select group = new Select(browser.findElement(By.id("group")));
    wait.until(d -> group.getOptions().size() > 2);
    String parentPath = admin.realm(DEMO_REALM).groups().group(parent).toRepresentation().getPath();
    String childPath = admin.realm(DEMO_REALM).groups().group(child).toRepresentation().getPath();
    assertThat(group.getOptions()).extracting(WebElement::getText).contains(parentPath, childPath);
    group.selectByValue(parent);
    browser.findElement(By.id("preview")).click();
    assertThat(names(waitForRows("would-reset", 1))).containsExactly(users().username(inParent));

    browser.findElement(By.id("include-subgroups")).click();
    browser.findElement(By.id("preview")).click();
    assertThat(names(waitForRows("would-reset", 2)))
        .containsExactlyInAnyOrder(users().username(inParent), users().username(inChild));
  }

  @Test
  void setModeGivesEveryoneTheTypedPasswordAndShowsNone() throws Exception {
    String username = users().username(users().create("set"));
    String password = "Page-Set-2026!" + System.nanoTime() % 1000;
    openAndSignIn("en", "");
    recordBulkResetRequests();
    chooseUsernames(List.of(username));
    browser.findElement(By.cssSelector("input[name=mode][value=set]")).click();
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.id("temporary")).click(); // permanent, so the test can sign in with it
    browser.findElement(By.id("preview")).click();
    waitForRows("would-reset", 1);
    waitUntilIdle();
    browser.findElement(By.id("confirm")).click();
    waitForRows("reset", 1);

    assertThat(browser.findElements(By.cssSelector("#results .pc-password"))).isEmpty();
    assertThat(browser.findElement(By.id("results-once")).isDisplayed()).isFalse();
    assertThat(canSignIn(username, password)).isTrue();
    Map<String, Object> sent = resetRequests().get(0);
    assertThat(sent).containsEntry("mode", "set").containsEntry("temporary", false);
  }

  @Test
  void emailLinkModeSendsTheLinkWithTheChosenLifetime() throws Exception {
    String userId = users().create("link");
    String username = users().username(userId);
    String address = users().get(userId).getEmail();
    openAndSignIn("en", "");
    recordBulkResetRequests();
    chooseUsernames(List.of(username));
    browser.findElement(By.cssSelector("input[name=mode][value=email-link]")).click();
    assertThat(browser.findElement(By.id("temporary")).isDisplayed()).isFalse();
    WebElement lifespan = browser.findElement(By.id("link-lifespan"));
    lifespan.clear();
    lifespan.sendKeys("2");
    browser.findElement(By.id("preview")).click();
    waitForRows("would-reset", 1);
    waitUntilIdle();
    browser.findElement(By.id("confirm")).click();
    waitForRows("email-sent", 1);

    Map<String, Object> sent = resetRequests().get(0);
    assertThat(sent)
        .containsEntry("mode", "email-link")
        .containsEntry("linkLifespanSeconds", 7200L)
        .doesNotContainKeys("temporary", "password");
    wait.until(
        d -> Arrays.stream(mail.getReceivedMessages()).anyMatch(m -> recipient(m).equals(address)));
    assertThat(canSignIn(username, DEMO_PASSWORD)).as("the old password still works").isTrue();
  }

  @Test
  void theDownloadedCsvFollowsTheServersFormulaGuard() throws Exception {
    openAndSignIn("en", "");
    List<UserResetResult> rows =
        List.of(
            new UserResetResult(
                "1", "mallory", "\"x;=1+1;\"@example.test", Status.RESET, "Abc-123", null),
            new UserResetResult("2", "=a;=b", null, Status.SKIPPED, null, "a\t+1\r\n@x"),
            new UserResetResult("3", "-dash", "+p@x.test", Status.FAILED, null, "x, \"y\""));
    List<Map<String, String>> json =
        rows.stream()
            .map(
                r -> {
                  Map<String, String> row = new HashMap<>();
                  row.put("username", r.username());
                  row.put("email", r.email());
                  row.put("status", r.status().value());
                  row.put("temporaryPassword", r.temporaryPassword());
                  row.put("reason", r.reason());
                  return row;
                })
            .toList();
    // As JSON: the driver would hand back "\r\n" inside a string as "\n".
    String returned =
        (String)
            browser.executeAsyncScript(
                """
                const done = arguments[arguments.length - 1]
                import(new URL('js/results.js', location.href))
                  .then(module => done(JSON.stringify(module.toCsv(arguments[0]))))
                  .catch(error => done(JSON.stringify('import failed: ' + error)))
                """,
                json);
    String csv = JsonSerialization.readValue(returned, String.class);
    assertThat(csv).isEqualTo(BulkResetCsv.write(BulkResetResult.of(false, rows)));
    assertThat(csv).contains("x;'=1+1;'", "\r\n'@x");
  }

  @Test
  void aRealmWhoseNameNeedsEncodingSignsInOnItsPage() throws Exception {
    try (ScratchRealm scratch = new ScratchRealm(admin, "pt-ü x")) {
      scratch.createRealmAdmin("pt-admin", DEMO_PASSWORD);
      openAndSignIn("en", "", "pt-%C3%BC%20x", "pt-admin");
      assertThat(browser.findElement(By.id("realm-fixed")).getText()).endsWith("pt-ü x");
      assertThat(
              new Select(browser.findElement(By.id("realm")))
                  .getFirstSelectedOption()
                  .getAttribute("value"))
          .isEqualTo("pt-ü x");
      assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();
    }
  }

  /**
   * Ids in the admin console's preselection fragment that are no user id are dropped: {@code ..}
   * would make the browser ask for the realm instead of a user, {@code /} another resource.
   */
  @Test
  void preselectionKeepsOnlyWhatLooksLikeAUserId() throws Exception {
    String id = users().create("preselect");
    openAndSignIn("en", "#users=..,.,a%2F..,%2E%2E,f:x%2Fy:z," + id);

    wait.until(d -> !d.findElements(By.cssSelector("#selected-users li")).isEmpty());
    assertThat(browser.findElements(By.cssSelector("#selected-users li")))
        .extracting(WebElement::getText)
        .containsExactly(users().username(id));
    assertThat(
            browser
                .findElement(By.cssSelector("input[name=selectBy][value=selected]"))
                .isSelected())
        .isTrue();
    assertThat(browser.executeScript("return document.forms['reset-form'].elements.userIds.value"))
        .isEqualTo(id);
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
    openAndSignIn(language, query, DEMO_REALM, "realm-admin");
  }

  private void openAndSignIn(String language, String query, String realmPath, String username) {
    browser = HeadlessChromium.start(profile, downloads, language);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(urls.getBase() + "/realms/" + realmPath + "/password-care/bulk-reset-ui/" + query);

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
    browser.findElement(By.id("kc-login")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reset-form")));
    assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains(username);
  }

  private void chooseUsernames(List<String> usernames) {
    browser.findElement(By.cssSelector("input[name=selectBy][value=usernames]")).click();
    browser.findElement(By.id("usernames")).sendKeys(String.join("\n", usernames));
  }

  /** Keeps the body of every bulk-reset request the page sends from now on. */
  private void recordBulkResetRequests() {
    browser.executeScript(
        """
        window.bulkResetRequests = []
        const original = window.fetch
        window.fetch = function (url, options) {
          if (String(url).endsWith('/password-care/bulk-reset') && options && options.method === 'POST') {
            window.bulkResetRequests.push(JSON.parse(options.body))
          }
          return original.apply(this, arguments)
        }
        """);
  }

  /** The recorded requests that were no dry run. */
  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> resetRequests() {
    List<Map<String, Object>> all =
        (List<Map<String, Object>>) browser.executeScript("return window.bulkResetRequests");
    return all.stream().filter(r -> !Boolean.TRUE.equals(r.get("dryRun"))).toList();
  }

  /** Waits until no request runs, and a little longer for a second one that should not come. */
  private void waitUntilIdle() throws InterruptedException {
    wait.until(d -> d.findElement(By.id("reset-form")).getAttribute("aria-busy") == null);
    Thread.sleep(500);
    wait.until(d -> d.findElement(By.id("reset-form")).getAttribute("aria-busy") == null);
  }

  private static List<String> names(List<WebElement> rows) {
    return rows.stream().map(row -> row.findElement(By.tagName("th")).getText()).toList();
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
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
