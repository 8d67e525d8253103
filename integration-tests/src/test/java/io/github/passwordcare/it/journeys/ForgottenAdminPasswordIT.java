package io.github.passwordcare.it.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.AccountConsoleLogin;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.TestUsers;
import io.github.passwordcare.it.sspr.SsprBrowser;
import io.github.passwordcare.it.sspr.SsprSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;

/**
 * A realm admin (role {@code realm-admin}, as the demo's {@code realm-admin}) who forgot the
 * password: "Forgot password?" on the sign-in page, then SSPR's two-gate rule for admins: two
 * different methods, here the primary and the verified alternate email. The new password works at
 * the next sign-in. An admin with one method only never gets a new password from SSPR: the pages
 * point to the help desk. (HtmlUnit: the pages need no JavaScript.)
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class ForgottenAdminPasswordIT extends AbstractPasswordCareIT {

  @InjectMailServer MailServer mailServer;

  private SsprSettings settings;

  @AfterEach
  void restoreSettings() throws Exception {
    if (settings != null) {
      settings.restore();
    }
  }

  @Test
  void aRealmAdminProvesTwoMethodsSetsANewPasswordAndSignsInWithIt() throws Exception {
    String id = realmAdmin("journey-admin");
    String username = users().username(id);
    String primary = users().get(id).getEmail();
    String alternate = "alt-" + primary;
    UserRepresentation user = users().get(id);
    user.singleAttribute("recoveryEmail", alternate);
    user.singleAttribute("recoveryEmailVerified", "true");
    realm().users().get(id).update(user);
    long before = passwordSetAt(id);
    String password = "Adm-" + TestUsers.unique("Pw").replace("-", "") + "!7a";
    JourneyMail mail = new JourneyMail(mailServer);

    try (SsprBrowser browser = new SsprBrowser(urls.getBase())) {
      int primaryMails = mail.to(primary).size();
      browser.forgotPassword("en").username(username).method("email");
      browser.code(mail.nextCode(primary, primaryMails));
      assertThat(browser.text()).contains(Bundle.text("en", "passwordCareSsprMethodAnother"));
      assertThat(browser.has("kc-passwd-update-form")).isFalse();

      int alternateMails = mail.to(alternate).size();
      browser.method("recovery-email");
      browser.code(mail.nextCode(alternate, alternateMails));
      assertThat(browser.has("kc-passwd-update-form")).as(browser.text()).isTrue();
      browser.newPassword(password);
      assertThat(browser.url())
          .startsWith(AccountConsoleLogin.accountUrl(urls))
          .contains("code=")
          .doesNotContain("error=");
    }
    assertThat(passwordSetAt(id)).isGreaterThan(before);
    assertThat(passwordGrant(username, password).statusCode()).isEqualTo(200);
    assertThat(passwordGrant(username, DEMO_PASSWORD).statusCode()).isNotEqualTo(200);
  }

  @Test
  void aRealmAdminWithOneMethodIsSentToTheHelpDesk() throws Exception {
    String id = realmAdmin("journey-admin-one");
    String username = users().username(id);
    String primary = users().get(id).getEmail();
    long before = passwordSetAt(id);
    JourneyMail mail = new JourneyMail(mailServer);

    // Default settings: the pages list every enabled method (nobody learns what an account has);
    // after the one method this admin has, every page still shows the help-desk link.
    try (SsprBrowser browser = new SsprBrowser(urls.getBase())) {
      int mails = mail.to(primary).size();
      browser.forgotPassword("en").username(username).method("email");
      browser.code(mail.nextCode(primary, mails));
      assertThat(browser.text()).contains(Bundle.text("en", "passwordCareSsprMethodAnother"));
      assertThat(browser.has("password-care-sspr-help-desk")).isTrue();
      assertThat(browser.has("kc-passwd-update-form")).isFalse();
    }

    // With the registered methods revealed, the admin is told plainly: no second method, so the
    // help desk resets it.
    settings =
        new SsprSettings(
            urls.getBase(), DEMO_REALM, () -> admin.tokenManager().getAccessTokenString());
    settings.set(Map.of("ssprRevealRegisteredMethods", true));
    try (SsprBrowser browser = new SsprBrowser(urls.getBase())) {
      int mails = mail.to(primary).size();
      browser.forgotPassword("en").username(username).method("email");
      browser.code(mail.nextCode(primary, mails));
      assertThat(browser.has("password-care-sspr-info")).as(browser.text()).isTrue();
      assertThat(browser.textOf("password-care-sspr-info"))
          .isEqualTo(Bundle.text("en", "passwordCareSsprNoMethods"));
      assertThat(browser.has("kc-passwd-update-form")).isFalse();
    }
    assertThat(passwordSetAt(id)).isEqualTo(before);
    assertThat(passwordGrant(username, DEMO_PASSWORD).statusCode()).isEqualTo(200);
  }

  /** A test user with a verified email who holds {@code realm-management}'s {@code realm-admin}. */
  private String realmAdmin(String prefix) {
    String id = users().create(prefix);
    ClientRepresentation management = realm().clients().findByClientId("realm-management").get(0);
    var role = realm().clients().get(management.getId()).roles().get("realm-admin");
    realm()
        .users()
        .get(id)
        .roles()
        .clientLevel(management.getId())
        .add(List.of(role.toRepresentation()));
    return id;
  }

  private long passwordSetAt(String id) {
    return realm().users().get(id).credentials().stream()
        .filter(c -> CredentialRepresentation.PASSWORD.equals(c.getType()))
        .mapToLong(CredentialRepresentation::getCreatedDate)
        .max()
        .orElseThrow();
  }

  private RealmResource realm() {
    return admin.realm(DEMO_REALM);
  }
}
