package io.github.passwordcare.it.sspr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The throttles reveal nothing: after one name of an account used up its allowance (or got locked),
 * its other name (the email) sees what the second of two unknown names sees, so nobody learns that
 * a username and an email are one account. The account's own limits still hold across its names,
 * silently: nothing more is sent, and even the right code does not verify.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class SsprThrottleEnumerationIT extends AbstractSsprIT {

  private static final String WRONG = "00000000";

  @Test
  void anExhaustedEmailAllowanceLooksTheSameThroughTheOtherName() throws Exception {
    settings(Map.of("ssprMethods", List.of("email", "otp"), "ssprMaxEmailsPer10Minutes", 2));
    String known = userWithEmail("sspr-alias");
    String unknown = TestUsers.unique("sspr-alias-nobody");
    int before = SsprMail.to(mail, email(known)).size();

    String knownPage = exhaustThenTryOtherName(known, email(known));
    String unknownPage = exhaustThenTryOtherName(unknown, email(unknown));

    assertThat(knownPage).isEqualTo(unknownPage).contains("password-care-sspr-code-form");
    long deadline = System.currentTimeMillis() + 20_000;
    while (SsprMail.to(mail, email(known)).size() < before + 2
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    Thread.sleep(1500);
    // The account's allowance (2) holds across both names: the third code was never sent.
    assertThat(SsprMail.to(mail, email(known))).hasSize(before + 2);
  }

  @Test
  void aLockLooksTheSameThroughTheOtherNameAndStillHoldsForTheAccount() throws Exception {
    settings(Map.of("ssprMethods", List.of("email", "otp"), "ssprMaxFailedVerifications", 2));
    String known = userWithEmail("sspr-alias-lock");
    String secret = "alias-lock-secret-" + ThreadLocalRandom.current().nextInt(1_000_000);
    addOtp(known, secret);
    String unknown = TestUsers.unique("sspr-alias-lock-nobody");

    lockThrough(known);
    lockThrough(unknown);
    String knownPage;
    try (SsprBrowser browser = browser()) {
      browser.forgotPassword("en").username(email(known)).method("otp");
      // The right code: refused, the account is locked, but the page says only "not correct".
      browser.code(Totp.now(secret));
      knownPage = PageHtml.normalise(browser.html(), email(known));
      assertThat(browser.has("kc-passwd-update-form")).isFalse();
    }
    String unknownPage;
    try (SsprBrowser browser = browser()) {
      browser.forgotPassword("en").username(email(unknown)).method("otp").code(WRONG);
      unknownPage = PageHtml.normalise(browser.html(), email(unknown));
    }
    assertThat(knownPage).isEqualTo(unknownPage).contains("The code is not correct.");
  }

  /** Uses up the email allowance of {@code name}, then asks a code for {@code otherName}. */
  private String exhaustThenTryOtherName(String name, String otherName) throws Exception {
    try (SsprBrowser browser = browser()) {
      browser.forgotPassword("en").username(name);
      for (int i = 0; i < 2; i++) {
        browser.method("email");
        assertThat(browser.has("password-care-sspr-code-form")).isTrue();
        browser.back();
      }
      browser.method("email");
      assertThat(browser.text()).contains("Too many codes were requested for this account.");
    }
    try (SsprBrowser browser = browser()) {
      browser.forgotPassword("en").username(otherName).method("email");
      return PageHtml.normalise(browser.html(), otherName);
    }
  }

  /** Two wrong OTP codes through {@code name}: locked. */
  private void lockThrough(String name) throws Exception {
    try (SsprBrowser browser = browser()) {
      browser.forgotPassword("en").username(name).method("otp").code(WRONG).code(WRONG);
      assertThat(browser.text())
          .contains("We cannot reset the password of this account right now.");
    }
  }
}
