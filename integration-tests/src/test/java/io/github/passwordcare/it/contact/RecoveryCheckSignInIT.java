package io.github.passwordcare.it.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.AccountConsoleLogin;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.RecoveryCheckFixture;
import io.github.passwordcare.it.protect.SettingsRest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/**
 * The recovery check in the demo realm's browser flow: who gets the recovery-contacts page at
 * sign-in (form {@code kc-recovery-contacts-form}) and who goes straight to the application.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class RecoveryCheckSignInIT extends AbstractPasswordCareIT {

  static final String FORM = "kc-recovery-contacts-form";
  private static final long DAY = 24L * 3600;

  @InjectWebDriver ManagedWebDriver driver;

  @InjectPage LoginPage loginPage;

  private SettingsRest settings;

  @BeforeEach
  void theRequiredActionIsRegistered() {
    RecoveryCheckFixture.ensureRequiredActionRegistered(demo());
  }

  @AfterEach
  void restoreSettings() throws Exception {
    if (settings != null) {
      settings.restore();
      settings = null;
    }
  }

  @Test
  void theDemoRealmAdminIsAskedForASecondMethod() {
    signIn("realm-admin");

    assertAsked();
  }

  @Test
  void anAdminWithOneMethodIsAskedUntilAnAdminGivesASecond() throws Exception {
    String id = users().create("check-admin");
    grant(id, "manage-users");

    signIn(users().username(id));
    assertAsked();
    // Asked for this sign-in only: nothing is stored on the user, a direct grant still works.
    assertThat(users().get(id).getRequiredActions()).isEmpty();
    assertThat(passwordGrant(users().username(id), DEMO_PASSWORD).statusCode()).isEqualTo(200);

    assertThat(
            contacts()
                .put(
                    id,
                    masterToken(),
                    "{\"recoveryPhone\": \"+31 6 11223344\", \"recoveryPhoneVerified\": true}")
                .statusCode())
        .isEqualTo(200);
    signIn(users().username(id));
    assertNotAsked();
  }

  @Test
  void aUserWithoutAMethodIsAskedAndOneWithAVerifiedEmailIsNot() {
    String without = withoutMethod("check-none");
    String with = users().create("check-one");

    signIn(users().username(without));
    assertAsked();
    signIn(users().username(with));
    assertNotAsked();
  }

  @Test
  void aUserOutsideTheSsprScopeIsNeverAsked() throws Exception {
    String pilot = users().group("check-pilot", null);
    String without = withoutMethod("check-out");
    settings()
        .set("ssprScopeGroup", "/" + demo().groups().group(pilot).toRepresentation().getName());
    settings().set("ssprScope", "group");

    signIn(users().username(without));
    assertNotAsked();

    users().join(without, pilot);
    signIn(users().username(without));
    assertAsked();
  }

  @Test
  void nobodyIsAskedWhenRegistrationIsNotRequired() throws Exception {
    String adminId = users().create("check-off-admin");
    grant(adminId, "realm-admin");
    String without = withoutMethod("check-off");
    settings().set("registrationRequired", false);

    signIn(users().username(adminId));
    assertNotAsked();
    signIn(users().username(without));
    assertNotAsked();
  }

  @Test
  void aUserWhoConfirmedLongerAgoThanTheDaysIsAskedToReconfirm() throws Exception {
    String id = users().create("check-reconfirm");
    long now = System.currentTimeMillis() / 1000;

    setConfirmedAt(id, now - 179 * DAY);
    signIn(users().username(id));
    assertNotAsked();

    setConfirmedAt(id, now - 181 * DAY);
    signIn(users().username(id));
    assertAsked();
    driver.driver().findElement(By.id("password-care-contacts-confirm")).click();
    assertNotAsked();
    long confirmed =
        RecoveryContactsClient.json(contacts().get(id, masterToken()).body())
            .path("recoveryConfirmedAt")
            .asLong();
    assertThat(confirmed).isBetween(now - 5, now + 300);

    setConfirmedAt(id, now - 400 * DAY);
    settings().set("registrationReconfirmDays", 0);
    signIn(users().username(id));
    assertNotAsked();
  }

  @Test
  void onceAskedTheSameSessionIsNotAskedAgain() {
    String without = withoutMethod("check-sso");

    signIn(users().username(without));
    assertAsked();
    driver.driver().findElement(By.id("password-care-contacts-later")).click();
    assertNotAsked();

    // Single sign-on by the session cookie: the forms (and the check) do not run again.
    driver.open(AccountConsoleLogin.authorizationUrl(urls));
    assertNotAsked();
  }

  /**
   * A user in scope without a registered method: an email address (the user profile requires one,
   * or Keycloak asks for it first) that is not verified, no other contact.
   */
  private String withoutMethod(String prefix) {
    String id = users().create(prefix, false);
    var user = users().get(id);
    user.setEmail(user.getUsername() + "@password-care.localhost");
    user.setEmailVerified(false);
    demo().users().get(id).update(user);
    return id;
  }

  private void signIn(String username) {
    AccountConsoleLogin.open(driver, urls);
    loginPage.fillLogin(username, DEMO_PASSWORD);
    loginPage.submit();
  }

  private void assertAsked() {
    assertThat(driver.driver().findElements(By.id(FORM)))
        .as("the recovery-contacts page at %s", driver.getCurrentUrl())
        .hasSize(1);
  }

  private void assertNotAsked() {
    assertThat(driver.getCurrentUrl()).startsWith(AccountConsoleLogin.accountUrl(urls));
    assertThat(driver.driver().findElements(By.id(FORM))).isEmpty();
  }

  private void setConfirmedAt(String id, long epochSeconds) throws Exception {
    assertThat(
            contacts()
                .put(id, masterToken(), "{\"recoveryConfirmedAt\": " + epochSeconds + "}")
                .statusCode())
        .isEqualTo(200);
  }

  private void grant(String userId, String role) {
    String clientId = demo().clients().findByClientId("realm-management").get(0).getId();
    demo()
        .users()
        .get(userId)
        .roles()
        .clientLevel(clientId)
        .add(List.of(demo().clients().get(clientId).roles().get(role).toRepresentation()));
  }

  private SettingsRest settings() throws Exception {
    if (settings == null) {
      settings = new SettingsRest(urls.getBase(), DEMO_REALM, masterToken());
    }
    return settings;
  }

  private RecoveryContactsClient contacts() {
    return new RecoveryContactsClient(urls.getBase(), DEMO_REALM);
  }

  private String masterToken() {
    return admin.tokenManager().getAccessTokenString();
  }

  private RealmResource demo() {
    return admin.realm(DEMO_REALM);
  }
}
