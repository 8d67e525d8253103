package io.github.passwordcare.it.sspr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AccountConsoleLogin;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.ServerLog;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The OTP method (a TOTP the test computes like the user's app), and the two-gate rule: an admin
 * passes two different methods, the same method twice is refused, a used code does not count again.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class SsprOtpAndAdminIT extends AbstractSsprIT {

  @Test
  void userResetsWithTheCodeFromTheAuthenticatorApp() throws Exception {
    long logOffset = ServerLog.size();
    String username = userWithEmail("sspr-otp");
    String secret = "SsprOtpSecret-" + username;
    addOtp(username, secret);
    long otpAddedAt = System.currentTimeMillis();
    String password = newPassword();
    try (SsprBrowser browser = browser()) {
      browser.forgotPassword("en").username(username).method("otp");
      assertThat(browser.text()).contains("Enter the code from your authenticator app.");
      browser.code("000000".equals(Totp.now(secret)) ? "111111" : "000000");
      assertThat(browser.text()).contains("The code is not correct. Try again.");
      browser.code(Totp.now(secret));
      browser.newPassword(password);
      assertSignedIn(browser, AccountConsoleLogin.accountUrl(urls));
    }
    assertThat(passwordSetAt(username)).isGreaterThan(otpAddedAt);
    assertThat(ServerLog.linesSince(logOffset)).noneMatch(line -> line.contains(password));
  }

  @Test
  void adminPassesTwoDifferentMethodsAndTheSameOneTwiceIsRefused() throws Exception {
    String username = userWithEmail("sspr-admin");
    String secret = "SsprAdminSecret-" + username;
    addOtp(username, secret);
    makeAdmin(username);
    long before = passwordSetAt(username);
    String password = newPassword();
    try (SsprBrowser browser = browser()) {
      int mails = SsprMail.to(mail, email(username)).size();
      browser.forgotPassword("en").username(username).method("email");
      String code = SsprMail.nextCode(mail, email(username), mails);
      browser.code(code);

      // One method passed: an admin is asked for another, and email is no longer offered.
      assertThat(browser.has("password-care-sspr-method-form")).as(browser.text()).isTrue();
      assertThat(browser.text()).contains("Your account needs one more verification.");
      assertThat(browser.html()).doesNotContain("value=\"email\"").contains("value=\"otp\"");
      browser.method("email");
      assertThat(browser.text()).contains("Choose one of the methods listed.");
      assertThat(browser.has("kc-passwd-update-form")).isFalse();

      // The email code, used once, is no OTP code: replayed, it is refused.
      browser.method("otp").code(code);
      assertThat(browser.text()).contains("The code is not correct. Try again.");
      browser.code(Totp.now(secret));
      assertThat(browser.has("kc-passwd-update-form")).as(browser.text()).isTrue();
      browser.newPassword(password);
      assertSignedIn(browser, AccountConsoleLogin.accountUrl(urls));
    }
    assertThat(passwordSetAt(username)).isGreaterThan(before);
    assertThat(eventsOf(idOf(username)))
        .anySatisfy(
            e ->
                assertThat(e.getDetails())
                    .containsEntry("password_care_sspr_step", "method_passed")
                    .containsEntry("password_care_sspr_method", "otp"));
  }

  @Test
  void aNewCodeReplacesTheOldOne() throws Exception {
    String username = userWithEmail("sspr-newcode");
    try (SsprBrowser browser = browser()) {
      int before = SsprMail.to(mail, email(username)).size();
      browser.forgotPassword("en").username(username).method("email");
      String first = SsprMail.nextCode(mail, email(username), before);
      browser.back().method("email");
      String second = SsprMail.nextCode(mail, email(username), before + 1);
      browser.code(first);
      assertThat(browser.text()).contains("The code is not correct. Try again.");
      browser.code(second);
      assertThat(browser.has("kc-passwd-update-form")).as(browser.text()).isTrue();
    }
  }
}
