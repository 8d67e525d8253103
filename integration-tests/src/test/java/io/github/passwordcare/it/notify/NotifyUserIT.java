package io.github.passwordcare.it.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.AccountConsoleLogin;
import io.github.passwordcare.it.MailParts;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.ServerLog;
import io.github.passwordcare.it.protect.SettingsRest;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.UserProfileResource;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.page.LoginPasswordUpdatePage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/**
 * The event listener {@code password-care-notify} in the demo realm: a user who changes the
 * password (a pending update-password action, or the account console's "update password", which is
 * Keycloak's application-initiated action) gets a notice at the primary address and at the
 * alternate one, each once verified, in the user's language, naming no password and no address.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class NotifyUserIT extends AbstractPasswordCareIT {

  private static final String NEW_PASSWORD = "Chosen-By-User-77!";

  @InjectMailServer MailServer mail;

  @InjectWebDriver ManagedWebDriver driver;

  @InjectPage LoginPage loginPage;

  @InjectPage LoginPasswordUpdatePage updatePasswordPage;

  private UPConfig profileBefore;

  /** Lets admins set recoveryEmail(Verified) even where the user profile does not declare them. */
  @BeforeEach
  void adminsMaySetTheRecoveryAttributes() {
    profileBefore = profile().getConfiguration();
    if (profileBefore.getAttribute("recoveryEmail") == null) {
      UPConfig open = profile().getConfiguration();
      open.setUnmanagedAttributePolicy(UPConfig.UnmanagedAttributePolicy.ADMIN_EDIT);
      profile().update(open);
    }
  }

  @AfterEach
  void restoreTheUserProfile() {
    profile().update(profileBefore);
  }

  @Test
  void aPendingUpdatePasswordActionMailsThePrimaryAndTheVerifiedAlternateAddress()
      throws Exception {
    String id = users().create("notify");
    String alternate = "alt-" + users().username(id) + "@password-care.localhost";
    update(id, Map.of("recoveryEmail", alternate, "recoveryEmailVerified", "true"), "en", true);
    long logStart = ServerLog.size();

    changePasswordAtSignIn(id);

    MimeMessage toPrimary = onlyMailTo(primary(id));
    MimeMessage toAlternate = onlyMailTo(alternate);
    assertThat(toPrimary.getSubject()).isEqualTo("Your password was changed");
    assertThat(toAlternate.getSubject()).isEqualTo("Your password was changed");
    for (MimeMessage message : List.of(toPrimary, toAlternate)) {
      Map<String, String> parts = MailParts.of(message);
      assertThat(parts).containsKeys("text/plain", "text/html");
      for (String body : parts.values()) {
        assertThat(body)
            .contains(users().username(id))
            .doesNotContain(NEW_PASSWORD, DEMO_PASSWORD, alternate, primary(id));
      }
    }
    assertThat(String.join("\n", ServerLog.linesSince(logStart))).doesNotContain(NEW_PASSWORD);
  }

  @Test
  void anUnverifiedAlternateAddressGetsNothingAndTheNoticeIsInTheUsersLanguage() throws Exception {
    String id = users().create("notify");
    String alternate = "alt-" + users().username(id) + "@password-care.localhost";
    update(id, Map.of("recoveryEmail", alternate, "recoveryEmailVerified", "false"), "nl", true);

    changePasswordAtSignIn(id);

    assertThat(onlyMailTo(primary(id)).getSubject()).isEqualTo("Je wachtwoord is gewijzigd");
    assertThat(mailsTo(alternate)).isEmpty();
  }

  /**
   * Someone holding the session can set the primary address to their own (unverified) and then
   * change the password: the notice must not go there, only to an address the user proved.
   */
  @Test
  void anUnverifiedPrimaryAddressGetsNothingTheVerifiedAlternateDoes() throws Exception {
    String id = users().create("notify");
    String alternate = "alt-" + users().username(id) + "@password-care.localhost";
    update(id, Map.of("recoveryEmail", alternate, "recoveryEmailVerified", "true"), "en", true);
    UserRepresentation user = users().get(id);
    user.setEmailVerified(false);
    admin.realm(DEMO_REALM).users().get(id).update(user);

    changePasswordAtSignIn(id);

    assertThat(onlyMailTo(alternate).getSubject()).isEqualTo("Your password was changed");
    assertThat(mailsTo(primary(id))).isEmpty();
  }

  @Test
  void theAccountConsolesUpdatePasswordMailsTheUser() throws Exception {
    String id = users().create("notify");

    AccountConsoleLogin.open(driver, urls);
    driver.open(driver.getCurrentUrl() + "&kc_action=UPDATE_PASSWORD");
    loginPage.fillLogin(users().username(id), DEMO_PASSWORD);
    loginPage.submit();
    updatePasswordPage.changePassword(NEW_PASSWORD, NEW_PASSWORD);

    assertThat(driver.getCurrentUrl()).startsWith(AccountConsoleLogin.accountUrl(urls));
    assertThat(onlyMailTo(primary(id)).getSubject()).isEqualTo("Your password was changed");
  }

  @Test
  void withNotifyUserOnResetOffNoNoticeIsSent() throws Exception {
    String id = users().create("notify");
    update(id, Map.of(), "en", true);
    SettingsRest settings =
        new SettingsRest(urls.getBase(), DEMO_REALM, admin.tokenManager().getAccessTokenString());
    try {
      settings.set("notifyUserOnReset", false);

      changePasswordAtSignIn(id);
    } finally {
      settings.restore();
    }

    // The notice would have been sent before the sign-in's last page: none came.
    assertThat(mailsTo(primary(id))).isEmpty();
  }

  private void changePasswordAtSignIn(String id) {
    AccountConsoleLogin.open(driver, urls);
    loginPage.fillLogin(users().username(id), DEMO_PASSWORD);
    loginPage.submit();
    assertThat(driver.driver().getPageSource()).contains("password-new");
    updatePasswordPage.changePassword(NEW_PASSWORD, NEW_PASSWORD);
    assertThat(driver.getCurrentUrl()).startsWith(AccountConsoleLogin.accountUrl(urls));
  }

  private void update(
      String id, Map<String, String> attributes, String locale, boolean updatePassword) {
    UserRepresentation user = users().get(id);
    attributes.forEach(user::singleAttribute);
    user.singleAttribute("locale", locale);
    if (updatePassword) {
      user.setRequiredActions(List.of("UPDATE_PASSWORD"));
    }
    admin.realm(DEMO_REALM).users().get(id).update(user);
    if (attributes.containsKey("recoveryEmail")) {
      assertThat(users().get(id).firstAttribute("recoveryEmail")).isNotNull();
    }
  }

  private String primary(String id) {
    return users().get(id).getEmail();
  }

  private MimeMessage onlyMailTo(String address) throws Exception {
    mail.waitForIncomingEmail(5000, 1);
    List<MimeMessage> messages = mailsTo(address);
    assertThat(messages).as("mails to " + address).hasSize(1);
    return messages.get(0);
  }

  private List<MimeMessage> mailsTo(String address) throws Exception {
    List<MimeMessage> messages = new ArrayList<>();
    for (MimeMessage m : mail.getReceivedMessages()) {
      if (address.equalsIgnoreCase(m.getAllRecipients()[0].toString())) {
        messages.add(m);
      }
    }
    return messages;
  }

  private UserProfileResource profile() {
    return admin.realm(DEMO_REALM).users().userProfile();
  }
}
