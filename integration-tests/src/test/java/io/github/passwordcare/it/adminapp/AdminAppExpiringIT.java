package io.github.passwordcare.it.adminapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.HeadlessChromium;
import io.github.passwordcare.it.PasswordCareServerConfig;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Expiring passwords section in a real browser, on the demo realm (policy: expire after 90
 * days): it lists a user whose password was set 88 days ago, pages through the list, downloads the
 * report as CSV, and sends the selected user a reset link after a preview, which GreenMail
 * receives.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class AdminAppExpiringIT extends AbstractPasswordCareIT {

  @InjectMailServer MailServer mail;

  @TempDir Path profile;
  @TempDir Path downloads;
  private AdminAppBrowser app;
  private AgedDemoUsers aged;

  @BeforeEach
  void start() {
    HeadlessChromium.assumeInstalled();
    aged = new AgedDemoUsers(admin.realm(DEMO_REALM));
  }

  @AfterEach
  void cleanUp() {
    if (app != null) {
      app.quit();
    }
    aged.removeAll();
  }

  private void openAsRealmAdmin() {
    app = new AdminAppBrowser(urls.getBase(), profile, downloads, "en", admin.realm(DEMO_REALM));
    app.signIn(
        AdminAppBrowser.appPath(DEMO_REALM) + "?section=expiring-passwords",
        "realm-admin",
        DEMO_PASSWORD);
    app.waitVisible("expiring-list");
    waitUntilLoaded();
  }

  private void filterWithin(int days) {
    WebElement within = app.find("expiring-within");
    within.clear();
    within.sendKeys(String.valueOf(days));
    app.find("expiring-apply").click();
    waitUntilLoaded();
  }

  /** The report's table is marked busy from the request until its answer is shown. */
  private void waitUntilLoaded() {
    app.wait.until(d -> app.find("expiring-table").getAttribute("aria-busy") == null);
  }

  /** Read in one script: the table is re-rendered while a test waits for it. */
  @SuppressWarnings("unchecked")
  private List<String> shownUsernames() {
    return (List<String>)
        app.driver.executeScript(
            "return [...document.querySelectorAll('#expiring-table tbody th')]"
                + ".map(th => th.textContent)");
  }

  @Test
  void listsASeededAgedUserAndDownloadsTheReportAsCsv() {
    String username = aged.expiringIn("app-aged", 2.5);
    openAsRealmAdmin();
    filterWithin(5);
    app.wait.until(d -> shownUsernames().contains(username));
    WebElement row =
        app.driver.findElement(
            By.xpath("//table[@id='expiring-table']//tr[th='" + username + "']"));
    assertThat(row.findElement(By.xpath("td[2]")).getText())
        .isEqualTo(username + "@password-care.localhost");
    assertThat(row.findElement(By.xpath("td[5]")).getText()).as("days left").isEqualTo("3");
    assertThat(row.findElement(By.xpath("td[6]")).getText())
        .isEqualTo(AdminAppBrowser.text("en", "passwordCareAdminUiExpiringActive"));

    app.find("expiring-csv").click();
    String csv = app.waitForDownload(".csv");
    assertThat(csv.lines().findFirst())
        .hasValue(
            "userId,username,email,passwordSetAt,expiresAt,daysLeft,expired,exempt,exemptBecause");
    assertThat(csv).contains("," + username + "," + username + "@password-care.localhost,");
  }

  @Test
  void pagesThroughTheList() {
    List<String> seeded = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      seeded.add(aged.expiringIn("app-page", 1.5 + i * 0.01));
    }
    openAsRealmAdmin();
    new Select(app.find("expiring-per-page")).selectByValue("10");
    waitUntilLoaded();
    filterWithin(3);
    app.wait.until(d -> shownUsernames().size() == 10);
    List<String> first = shownUsernames();
    assertThat(app.find("expiring-range").getText()).startsWith("1\u201310 of ");
    assertThat(app.find("expiring-prev").isEnabled()).isFalse();

    app.find("expiring-next").click();
    app.wait.until(d -> app.find("expiring-range").getText().startsWith("11\u2013"));
    List<String> second = shownUsernames();
    String range = app.find("expiring-range").getText();
    int total = Integer.parseInt(range.substring(range.lastIndexOf(' ') + 1));
    assertThat(total).isGreaterThanOrEqualTo(seeded.size());
    assertThat(second).hasSize(Math.min(10, total - 10)).doesNotContainAnyElementsOf(first);
    app.find("expiring-prev").click();
    app.wait.until(d -> app.find("expiring-range").getText().startsWith("1\u2013"));
    assertThat(shownUsernames()).isEqualTo(first);
  }

  @Test
  void selectedUserGetsAResetLinkAfterThePreview() {
    String username = aged.expiringIn("app-link", 1.2);
    String address = username + "@password-care.localhost";
    openAsRealmAdmin();
    filterWithin(2);
    app.wait.until(d -> shownUsernames().contains(username));
    assertThat(app.find("expiring-preview").isEnabled()).as("nothing selected").isFalse();

    app.driver
        .findElement(
            By.cssSelector(
                "#expiring-table input.pc-select[aria-label='"
                    + AdminAppBrowser.text("en", "passwordCareAdminUiExpiringSelect")
                        .replace("{0}", username)
                    + "']"))
        .click();
    assertThat(app.find("expiring-confirm").isEnabled()).as("no preview yet").isFalse();
    app.find("expiring-preview").click();
    app.wait.until(
        d ->
            !d.findElements(By.cssSelector("#expiring-results-table tr[data-status='would-reset']"))
                .isEmpty());
    assertThat(app.find("expiring-results-table").getText()).contains(username);
    assertThat(sentTo(address)).as("a preview sends nothing").isFalse();

    app.wait.until(d -> app.find("expiring-confirm").isEnabled());
    app.find("expiring-confirm").click();
    app.wait.until(
        d ->
            !d.findElements(By.cssSelector("#expiring-results-table tr[data-status='email-sent']"))
                .isEmpty());
    app.wait.until(d -> sentTo(address));
    app.screenshot("admin-app-expiring-links-sent.png");
  }

  private boolean sentTo(String address) {
    return Arrays.stream(mail.getReceivedMessages()).anyMatch(m -> recipient(m).equals(address));
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
