package io.github.passwordcare.it.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.sms.SmsStub;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * How the page is left: "Remind me later" up to the realm's limit (then the button is gone, a line
 * says why, and a forged post is refused), the page started by an application with {@code
 * kc_action} (no "Remind me later", Keycloak's Cancel instead), and every view in English and
 * Dutch.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class RecoveryContactsPageFlowIT extends AbstractContactsPageIT {

  @Test
  void remindLaterCountsUpToTheLimitThenTheButtonIsGone() throws Exception {
    settings(Map.of("registrationRemindLaterTimes", 2));
    String id = userWithPagePending("contacts-later");
    for (int i = 1; i <= 2; i++) {
      try (ContactsBrowser browser = browser().signIn(username(id), "en")) {
        assertThat(browser.has("password-care-contacts-later")).as("sign-in %d", i).isTrue();
        assertThat(browser.has("password-care-contacts-later-used-up")).isFalse();
        browser.press("password-care-contacts-later");
        assertThat(browser.signedIn()).as(browser.url()).isTrue();
      }
      assertThat(attribute(id, REMIND_LATER_COUNT)).isEqualTo(String.valueOf(i));
      assertThat(attribute(id, CONFIRMED_AT)).isNull();
      addPage(id);
    }
    try (ContactsBrowser browser = browser().signIn(username(id), "en")) {
      assertThat(browser.has("password-care-contacts-later")).isFalse();
      assertThat(browser.textOf("password-care-contacts-later-used-up"))
          .isEqualTo("You have postponed this 2 times already, so it can no longer be skipped.");
      browser.forge("later");
      assertThat(browser.alert()).isEqualTo("This can no longer be postponed.");
      assertThat(browser.signedIn()).isFalse();
      assertThat(attribute(id, REMIND_LATER_COUNT)).isEqualTo("2");
      // "These are correct" is the way on, and starts the count again.
      browser.press("password-care-contacts-confirm");
      assertThat(browser.signedIn()).as(browser.url()).isTrue();
    }
    assertThat(attribute(id, REMIND_LATER_COUNT)).isEqualTo("0");
    assertThat(attribute(id, CONFIRMED_AT)).isNotNull();
  }

  /**
   * A realm offering only email and OTP, an admin with one method and no postponement left: the
   * page's "Set up" in the authenticator-app row leads to Keycloak's own OTP set-up, not a dead
   * end.
   */
  @Test
  void anAdminWhoNeedsAnAppSetsItUpFromThePage() throws Exception {
    settings(
        Map.of(
            "ssprMethods", java.util.List.of("email", "otp"), "registrationRemindLaterTimes", 0));
    String id = userWithPagePending("contacts-otp");
    makeAdmin(id);
    try (ContactsBrowser browser = browser().signIn(username(id), "en")) {
      assertThat(browser.has("password-care-contacts-later")).isFalse();
      browser.press("password-care-contacts-otp");
      assertThat(browser.has("kc-totp-settings-form")).as(browser.text()).isTrue();
    }
  }

  @Test
  void anApplicationOpensThePageWithKcActionAndMayCancel() throws Exception {
    String id = users().create("contacts-aia");
    try (ContactsBrowser browser = browser().signIn(username(id), "en")) {
      assertThat(browser.signedIn()).as("nothing pending: straight in").isTrue();
      browser.open(browser.authorizationUrl("en", ContactsBrowser.ACTION));
      assertThat(browser.has("kc-recovery-contacts-form")).as(browser.text()).isTrue();
      assertThat(browser.has("password-care-contacts-later")).isFalse();
      assertThat(browser.has("password-care-contacts-later-used-up")).isFalse();
      browser.forge("later");
      assertThat(browser.alert()).isEqualTo("This can no longer be postponed.");
      browser.press("password-care-contacts-cancel");
      assertThat(browser.url())
          .startsWith(browser.accountUrl())
          .contains("kc_action_status=cancelled");
      assertThat(attribute(id, CONFIRMED_AT)).isNull();

      browser.open(browser.authorizationUrl("en", ContactsBrowser.ACTION));
      browser.press("password-care-contacts-confirm");
      assertThat(browser.url())
          .startsWith(browser.accountUrl())
          .contains("kc_action_status=success");
    }
    assertThat(attribute(id, CONFIRMED_AT)).isNotNull();
    assertThat(attribute(id, REMIND_LATER_COUNT)).isEqualTo("0");
  }

  @Test
  void everyViewSpeaksEnglishAndDutch() throws Exception {
    String id = userWithPagePending("contacts-nl");
    String phone = newPhone();
    try (ContactsBrowser browser = browser().signIn(username(id), "nl")) {
      assertThat(browser.text()).contains("Houd je account herstelbaar");
      assertThat(browser.textOf("password-care-contacts-needed"))
          .isEqualTo(
              "Voor het opnieuw instellen van je wachtwoord zijn 1 van deze methoden nodig; je"
                  + " hebt er 1.");
      assertThat(browser.textOf("password-care-contacts-confirm")).isEqualTo("Deze zijn juist");
      assertThat(browser.textOf("password-care-contacts-later")).isEqualTo("Later herinneren");
      browser.press("password-care-contacts-add-phone");
      assertThat(browser.text()).contains("Mobiel telefoonnummer");
      browser.send("geen nummer");
      assertThat(browser.alert())
          .isEqualTo("Voer een geldig mobiel nummer in, zoals +31 6 12345678.");
      browser.send(phone);
      assertThat(browser.text()).contains("Voer de code in");
      String code =
          SmsStub.codeIn(gateway.awaitText(phone, 1, Duration.ofSeconds(10))).orElseThrow();
      browser.code(code.equals("00000000") ? "11111111" : "00000000");
      assertThat(browser.alert()).isEqualTo("Die code klopt niet. Probeer het opnieuw.");
      browser.code(code);
      assertThat(browser.alert()).isEqualTo("Je mobiele nummer is opgeslagen.");
    }
    try (ContactsBrowser browser = browser()) {
      addPage(id);
      browser.signIn(username(id), "en");
      assertThat(browser.text()).contains("Keep your account recoverable");
      browser.press("password-care-contacts-add-email");
      assertThat(browser.text()).contains("Alternate email address");
      browser.send("nope");
      assertThat(browser.alert()).isEqualTo("Enter a valid email address.");
    }
  }
}
