package io.github.passwordcare.it.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.AccountConsoleLogin;
import io.github.passwordcare.it.PasswordCareServerConfig;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.page.LoginPasswordUpdatePage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/**
 * Sign-in in the demo realm (90-day expiry, 14-day notice): the warning inside the notice window
 * only, "Later" once per sign-in session, "Change now", the forced change at expiry, and exempt
 * users (own attribute, or a parent group's) never warned nor forced.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class ExpirySignInIT extends AbstractPasswordCareIT {

  private static final String WARNING_ID = "password-care-expiry-warning";

  @InjectWebDriver ManagedWebDriver driver;

  @InjectPage LoginPage loginPage;

  @InjectPage LoginPasswordUpdatePage updatePasswordPage;

  private AgedUsers aged;

  private AgedUsers aged() {
    if (aged == null) {
      aged = new AgedUsers(admin.realm(DEMO_REALM));
    }
    return aged;
  }

  @AfterEach
  void removeAgedUsers() {
    if (aged != null) {
      aged.removeAll();
    }
  }

  @Test
  void insideTheNoticeWindowWarnsAndLaterContinuesOncePerSession() {
    String id = aged().expiringIn("warn", 90, 4.5);
    signIn(id);

    assertThat(driver.findElement(By.id("password-care-expiry-text")).getText())
        .startsWith("Your password expires in 5 days, on ");
    driver.findElement(By.id("password-care-expiry-later")).click();
    assertThat(driver.getCurrentUrl())
        .startsWith(AccountConsoleLogin.accountUrl(urls))
        .contains("code=");

    // The same browser session signs in again by SSO: no second warning.
    driver.open(AccountConsoleLogin.authorizationUrl(urls));
    assertThat(driver.getCurrentUrl()).startsWith(AccountConsoleLogin.accountUrl(urls));
    assertThat(driver.driver().getPageSource()).doesNotContain("password-care-expiry-later");
  }

  @Test
  void changeNowLeadsToTheUpdatePasswordPage() {
    String id = aged().expiringIn("change", 90, 1.5);
    signIn(id);

    driver.findElement(By.id("password-care-expiry-change")).click();
    updatePasswordPage.changePassword("Changed-Before-Expiry-1!", "Changed-Before-Expiry-1!");
    assertThat(driver.getCurrentUrl()).startsWith(AccountConsoleLogin.accountUrl(urls));
    assertThat(passwordGrant(aged().username(id), "Changed-Before-Expiry-1!").statusCode())
        .isEqualTo(200);
  }

  @Test
  void outsideTheNoticeWindowSignsInWithoutAWord() {
    String id = aged().expiringIn("fresh", 90, 14.1);
    signIn(id);
    assertThat(driver.getCurrentUrl()).startsWith(AccountConsoleLogin.accountUrl(urls));
  }

  @Test
  void atExpiryTheUserMustChooseANewPasswordAndIsToldWhy() {
    String id = aged().expiringIn("expired", 90, -0.01);
    signIn(id);

    assertThat(driver.driver().getPageSource())
        .contains("Your password has expired. Choose a new password to continue.")
        .contains("password-new")
        .doesNotContain("password-care-expiry-later");
    // The action stays on the user until the password is changed: a direct grant is refused.
    assertThat(admin.realm(DEMO_REALM).users().get(id).toRepresentation().getRequiredActions())
        .containsExactly(WARNING_ID);
    assertThat(passwordGrant(aged().username(id), DEMO_PASSWORD).body())
        .contains("Account is not fully set up");

    updatePasswordPage.changePassword("Changed-At-Expiry-2!", "Changed-At-Expiry-2!");
    assertThat(driver.getCurrentUrl()).startsWith(AccountConsoleLogin.accountUrl(urls));
    assertThat(admin.realm(DEMO_REALM).users().get(id).toRepresentation().getRequiredActions())
        .isEmpty();
    assertThat(passwordGrant(aged().username(id), "Changed-At-Expiry-2!").statusCode())
        .isEqualTo(200);
  }

  /**
   * Keycloak skips a pending required action named in {@code kc_action} when the action does not
   * support being started by an application; a security review got tokens for an expired password
   * that way. The action supports it, so the change is still forced, without a way to cancel.
   */
  @Test
  void namingTheActionInKcActionDoesNotSkipTheForcedChange() {
    String id = aged().expiringIn("kc-action", 90, -1);
    driver.driver().manage().deleteAllCookies();
    driver.open(AccountConsoleLogin.authorizationUrl(urls) + "&kc_action=" + WARNING_ID);
    loginPage.fillLogin(aged().username(id), DEMO_PASSWORD);
    loginPage.submit();

    assertThat(driver.getCurrentUrl()).doesNotContain("kc_action_status");
    assertThat(driver.driver().getPageSource())
        .contains("Your password has expired. Choose a new password to continue.")
        .contains("password-new")
        .doesNotContain("cancel-aia");
  }

  @Test
  void anExemptUserIsNeverWarnedNorForced() {
    String id =
        aged()
            .create(
                "exempt",
                AgedUsers.passwordSetFor(90, -30),
                u -> u.getAttributes().put("passwordNeverExpires", List.of("true")));
    signIn(id);
    assertThat(driver.getCurrentUrl()).startsWith(AccountConsoleLogin.accountUrl(urls));
  }

  @Test
  void aMemberOfAnExemptGroupsSubgroupIsNeverWarnedNorForced() {
    String parent = users().group("exempt-parent", null);
    GroupRepresentation rep = admin.realm(DEMO_REALM).groups().group(parent).toRepresentation();
    rep.setAttributes(java.util.Map.of("passwordNeverExpires", List.of("true")));
    admin.realm(DEMO_REALM).groups().group(parent).update(rep);
    String child = users().group("exempt-child", parent);
    String expired = aged().expiringIn("member", 90, -2);
    String warned = aged().expiringIn("member", 90, 3);
    users().join(expired, child);
    users().join(warned, child);

    signIn(expired);
    assertThat(driver.getCurrentUrl()).startsWith(AccountConsoleLogin.accountUrl(urls));
    signIn(warned);
    assertThat(driver.getCurrentUrl()).startsWith(AccountConsoleLogin.accountUrl(urls));
  }

  private void signIn(String userId) {
    AccountConsoleLogin.open(driver, urls);
    loginPage.fillLogin(aged().username(userId), DEMO_PASSWORD);
    loginPage.submit();
  }
}
