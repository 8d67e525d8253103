package io.github.passwordcare.it.adminapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.HeadlessChromium;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.ServerLog;
import io.github.passwordcare.it.bulkreset.ScratchRealm;
import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The admin app's reset streams: a progress bar (role=progressbar, aria-valuenow of the previewed
 * total) moves as rows arrive, and Cancel stops the call, says how far it got, and the server
 * leaves the users it had not started untouched. A realm of its own with a slow password hash
 * (pbkdf2-sha512, 400,000 iterations) gives the test time to press Cancel half-way.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class AdminAppBulkResetProgressIT extends AbstractPasswordCareIT {

  private static final String PASSWORD = "Progress-Admin-2026!";

  @TempDir Path profile;
  @TempDir Path downloads;

  @Test
  void theProgressBarMovesAndCancelStopsTheRest() throws Exception {
    HeadlessChromium.assumeInstalled();
    try (ScratchRealm scratch =
        new ScratchRealm(admin, "password-care-progress-" + System.nanoTime())) {
      RealmRepresentation rep = scratch.resource().toRepresentation();
      rep.setPasswordPolicy("hashAlgorithm(pbkdf2-sha512) and hashIterations(400000)");
      scratch.resource().update(rep);
      scratch.createRealmAdmin("progress-admin", PASSWORD);
      List<String> usernames = createUsers(scratch, PasswordCareServerConfig.BULK_RESET_MAX_USERS);
      int total = usernames.size();

      AdminAppBrowser app =
          new AdminAppBrowser(urls.getBase(), profile, downloads, "en", scratch.resource());
      try {
        app.signIn(AdminAppBrowser.appPath(scratch.name()), "progress-admin", PASSWORD);
        app.open("bulk-reset");
        app.find("reset-form")
            .findElement(By.cssSelector("input[name=selectBy][value=usernames]"))
            .click();
        app.find("usernames").sendKeys(String.join("\n", usernames));
        app.find("preview").click();
        app.wait.until(d -> rows(app, "would-reset").size() == total);

        long logOffset = ServerLog.size();
        app.find("confirm").click();
        WebElement bar =
            app.find("reset-progress").findElement(By.cssSelector("[role=progressbar]"));
        app.wait.until(d -> Integer.parseInt(bar.getAttribute("aria-valuenow")) >= 1);
        app.find("cancel-reset").click();

        String expectedStart =
            AdminAppBrowser.text("en", "passwordCareBulkResetUiCancelled").substring(0, 10);
        app.wait.until(d -> app.find("results-summary").getText().startsWith(expectedStart));
        int shown = rows(app, "reset").size();
        assertThat(app.find("results-summary").getText())
            .isEqualTo(
                MessageFormat.format(
                    AdminAppBrowser.bundle("en").getProperty("passwordCareBulkResetUiCancelled"),
                    shown,
                    total));
        assertThat(bar.getAttribute("aria-valuemax")).isEqualTo(String.valueOf(total));
        assertThat(bar.getAttribute("aria-valuenow")).isEqualTo(String.valueOf(shown));
        assertThat(shown).isPositive().isLessThan(total);
        assertThat(app.find("cancel-reset").isDisplayed()).isFalse();
        assertThat(app.find("confirm").isEnabled()).as("a new preview is needed").isFalse();
        app.screenshot("admin-app-bulk-reset-cancelled.png");

        // The server stopped too: once its log says so, no user is half done and some untouched.
        app.wait.until(
            d ->
                ServerLog.linesSince(logOffset).stream()
                    .anyMatch(l -> l.contains("stopped: the caller went away")));
        int withPassword = 0;
        for (String name : usernames) {
          var user = scratch.resource().users().searchByUsername(name, true).get(0);
          boolean reset =
              scratch.resource().users().get(user.getId()).credentials().stream()
                  .anyMatch(c -> CredentialRepresentation.PASSWORD.equals(c.getType()));
          assertThat(user.getRequiredActions().contains("UPDATE_PASSWORD"))
              .as(name)
              .isEqualTo(reset);
          withPassword += reset ? 1 : 0;
        }
        assertThat(withPassword).isGreaterThanOrEqualTo(shown).isLessThan(total);
      } finally {
        app.quit();
      }
    }
  }

  private static List<WebElement> rows(AdminAppBrowser app, String status) {
    return app.driver.findElements(
        By.cssSelector("#results tbody tr[data-status='" + status + "']"));
  }

  /** Users without a password: "has a password" then means "was reset". */
  private static List<String> createUsers(ScratchRealm scratch, int count) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      UserRepresentation user = new UserRepresentation();
      user.setUsername("progress-" + i);
      user.setEnabled(true);
      try (Response created = scratch.resource().users().create(user)) {
        assertThat(created.getStatus()).isEqualTo(201);
      }
      names.add("progress-" + i);
    }
    return names;
  }
}
