package io.github.passwordcare.it.sspr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AccountConsoleLogin;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.TestUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * What the realm's settings change: the scope (off, a group), the alternate-email method, the
 * reveal setting with masked contacts, the code lifetime, the help-desk link, and the Dutch pages.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class SsprSettingsIT extends AbstractSsprIT {

  private static final String HELP_DESK = "https://help.example.nl/password";

  @Test
  void withSsprOffEveryoneSeesTheHelpDeskAfterTheUsernameStep() throws Exception {
    settings(
        Map.of("ssprScope", "none", "helpDeskUrl", HELP_DESK, "helpDeskText", "Call 0800-1234"));
    String known = userWithEmail("sspr-off");
    List<String> pages = new java.util.ArrayList<>();
    for (String username : List.of(known, TestUsers.unique("sspr-off-nobody"))) {
      try (SsprBrowser browser = browser()) {
        browser.forgotPassword("en").username(username);
        assertThat(browser.text())
            .contains("Self-service password reset is not available for this account.")
            .contains("Call 0800-1234");
        assertThat(browser.html()).contains("href=\"" + HELP_DESK + "\"");
        assertThat(browser.has("password-care-sspr-method-form")).isFalse();
        pages.add(PageHtml.normalise(browser.html(), username));
      }
    }
    assertThat(pages.get(1)).isEqualTo(pages.get(0));
  }

  @Test
  void aScopeGroupLetsItsMembersInAndSendsOthersToTheHelpDesk() throws Exception {
    String groupId = users().group("sspr-pilot", null);
    String groupName = admin.realm(DEMO_REALM).groups().group(groupId).toRepresentation().getName();
    settings(Map.of("ssprScope", "group", "ssprScopeGroup", "/" + groupName));
    String member = userWithEmail("sspr-member");
    users().join(idOf(member), groupId);
    String outsider = userWithEmail("sspr-outsider");
    try (SsprBrowser browser = browser()) {
      browser.forgotPassword("en").username(member);
      assertThat(browser.has("password-care-sspr-method-form")).isTrue();
    }
    try (SsprBrowser browser = browser()) {
      browser.forgotPassword("en").username(outsider);
      assertThat(browser.has("password-care-sspr-info")).isTrue();
      assertThat(browser.text()).contains("Contact your help desk to reset your password.");
    }
  }

  @Test
  void aCodeToTheVerifiedAlternateAddressResetsThePassword() throws Exception {
    settings(Map.of("ssprMethods", List.of("email", "recovery-email", "otp")));
    String username = userWithEmail("sspr-alt");
    String alternate = username + ".private@example.nl";
    setAttributes(
        username,
        Map.of("recoveryEmail", List.of(alternate), "recoveryEmailVerified", List.of("true")));
    String password = newPassword();
    try (SsprBrowser browser = browser()) {
      int before = SsprMail.to(mail, alternate).size();
      browser.forgotPassword("en").username(username);
      assertThat(browser.html()).contains("value=\"recovery-email\"");
      browser.method("recovery-email");
      browser.code(SsprMail.nextCode(mail, alternate, before));
      browser.newPassword(password);
      assertSignedIn(browser, AccountConsoleLogin.accountUrl(urls));
    }
    assertThat(passwordGrant(username, password).statusCode()).isEqualTo(200);
  }

  @Test
  void revealListsOnlyRegisteredMethodsWithMaskedContacts() throws Exception {
    settings(
        Map.of(
            "ssprMethods",
            List.of("email", "recovery-email", "otp"),
            "ssprRevealRegisteredMethods",
            true));
    String username = userWithEmail("sspr-reveal");
    String alternate = "jan.jansen@example.nl";
    setAttributes(
        username,
        Map.of("recoveryEmail", List.of(alternate), "recoveryEmailVerified", List.of("true")));
    try (SsprBrowser browser = browser()) {
      browser.forgotPassword("en").username(username);
      assertThat(browser.html())
          .contains("value=\"email\"")
          .contains("value=\"recovery-email\"")
          .doesNotContain("value=\"otp\"")
          .contains("j***@e***.nl")
          .contains(username.charAt(0) + "***@p***.localhost")
          .doesNotContain(alternate)
          .doesNotContain(email(username));
      browser.method("recovery-email");
      assertThat(browser.text()).contains("we sent a code to j***@e***.nl");
    }
    try (SsprBrowser browser = browser()) {
      // Without reveal every enabled method is listed; here an unknown name has none to list.
      browser.forgotPassword("en").username(TestUsers.unique("sspr-reveal-nobody"));
      assertThat(browser.text()).contains("This account cannot reset its password itself.");
    }
  }

  @Test
  void anExpiredCodeIsRefused() throws Exception {
    settings(Map.of("ssprCodeLifetimeSeconds", 60));
    String username = userWithEmail("sspr-expired");
    try (SsprBrowser browser = browser()) {
      int before = SsprMail.to(mail, email(username)).size();
      browser.forgotPassword("en").username(username).method("email");
      String code = SsprMail.nextCode(mail, email(username), before);
      Thread.sleep(61_000);
      browser.code(code);
      assertThat(browser.text()).contains("The code has expired.");
      assertThat(browser.has("kc-passwd-update-form")).isFalse();
    }
  }

  @Test
  void everyPageSpeaksDutch() throws Exception {
    String username = userWithEmail("sspr-nl");
    try (SsprBrowser browser = browser()) {
      browser.forgotPassword("nl").username(username);
      assertThat(browser.text())
          .contains("Bevestig dat jij het bent")
          .contains("Een code naar mijn e-mailadres")
          .contains("Hulp nodig? Neem contact op met je helpdesk.");
      browser.method("email");
      assertThat(browser.text()).contains("Vul je verificatiecode in").contains("Controleren");
      browser.code("00000000");
      assertThat(browser.text()).contains("De code klopt niet. Probeer het opnieuw.");
      browser.back().method("nope");
      assertThat(browser.text()).contains("Kies een van de getoonde methoden.");
    }
    settings(Map.of("ssprScope", "none"));
    try (SsprBrowser browser = browser()) {
      browser.forgotPassword("nl").username(username);
      assertThat(browser.text())
          .contains("Neem contact op met je helpdesk")
          .contains("niet beschikbaar");
    }
  }
}
