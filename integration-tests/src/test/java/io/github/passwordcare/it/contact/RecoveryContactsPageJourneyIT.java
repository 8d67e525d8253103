package io.github.passwordcare.it.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.sms.SmsStub;
import io.github.passwordcare.it.sspr.SsprBrowser;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The whole user journey: a user registers a mobile phone and an alternate address on the page,
 * confirms them, and later resets the password through SSPR by a text message and by the alternate
 * address, with the contacts just registered (the demo realm offers both methods).
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class RecoveryContactsPageJourneyIT extends AbstractContactsPageIT {

  @Test
  void contactsRegisteredOnThePageCarryAPasswordResetBySmsAndByAlternateEmail() throws Exception {
    String id = userWithPagePending("contacts-journey");
    String username = username(id);
    String phone = newPhone();
    String address = altAddress("contacts-journey");
    try (ContactsBrowser browser = browser().signIn(username, "en")) {
      browser.add("phone", typed(phone));
      browser.code(
          SmsStub.codeIn(gateway.awaitText(phone, 1, Duration.ofSeconds(10))).orElseThrow());
      browser.add("email", address);
      browser.code(ContactsMail.codeIn(ContactsMail.next(mail, address, 0)));
      assertThat(browser.textOf("password-care-contacts-needed")).endsWith("you have 3.");
      browser.press("password-care-contacts-confirm");
      assertThat(browser.signedIn()).as(browser.url()).isTrue();
    }

    String account = urls.getBase() + "/realms/" + DEMO_REALM + "/account/";
    String bySms = "Journey-Sms-" + id.substring(0, 8) + "!7a";
    try (SsprBrowser sspr = new SsprBrowser(urls.getBase())) {
      sspr.forgotPassword("en").username(username).method("sms");
      String code =
          SmsStub.codeIn(gateway.awaitText(phone, 2, Duration.ofSeconds(20))).orElseThrow();
      sspr.code(code).newPassword(bySms);
      assertThat(sspr.url()).startsWith(account).contains("code=");
    }
    assertThat(passwordGrant(username, bySms).statusCode()).isEqualTo(200);

    String byMail = "Journey-Mail-" + id.substring(0, 8) + "!7a";
    try (SsprBrowser sspr = new SsprBrowser(urls.getBase())) {
      // The page's code email came first; a "password changed" notice may come after it.
      sspr.forgotPassword("en").username(username).method("recovery-email");
      String code = ContactsMail.nextCode(mail, address, 1);
      sspr.code(code).newPassword(byMail);
      assertThat(sspr.url()).startsWith(account).contains("code=");
    }
    assertThat(passwordGrant(username, byMail).statusCode()).isEqualTo(200);
  }
}
