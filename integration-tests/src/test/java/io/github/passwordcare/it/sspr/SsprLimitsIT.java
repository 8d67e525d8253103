package io.github.passwordcare.it.sspr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.PasswordCareServerConfig;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The throttles at their default values: 3 wrong tries per code, 5 failed verifications lock the
 * user's SSPR (generic message and help-desk link; other users unaffected), 10 emails per 10
 * minutes.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class SsprLimitsIT extends AbstractSsprIT {

  private static final String WRONG = "00000000";

  @Test
  void threeWrongCodesBurnTheCodeAndFiveFailuresLockOnlyThatUser() throws Exception {
    String victim = userWithEmail("sspr-lock");
    String bystander = userWithEmail("sspr-bystander");
    try (SsprBrowser browser = browser()) {
      int before = SsprMail.to(mail, email(victim)).size();
      browser.forgotPassword("en").username(victim).method("email");
      String code = SsprMail.nextCode(mail, email(victim), before);
      browser.code(WRONG).code(WRONG);
      assertThat(browser.text()).contains("The code is not correct. Try again.");
      browser.code(WRONG);
      // Third wrong try: the code is gone, even the right one no longer works.
      assertThat(browser.has("password-care-sspr-method-form")).isTrue();
      assertThat(browser.text()).contains("Too many wrong codes.");

      browser.method("email");
      SsprMail.nextCode(mail, email(victim), before + 1);
      browser.code(code);
      assertThat(browser.text()).contains("The code is not correct.");
      browser.code(WRONG);
      // Fifth failure of this user: locked, generic message, help-desk link.
      assertThat(browser.has("password-care-sspr-info")).as(browser.text()).isTrue();
      assertThat(browser.text())
          .contains("We cannot reset the password of this account right now.")
          .contains("Contact your help desk");
    }
    try (SsprBrowser again = browser()) {
      again.forgotPassword("en").username(victim).method("email");
      assertThat(again.text()).contains("We cannot reset the password of this account right now.");
    }
    try (SsprBrowser other = browser()) {
      int before = SsprMail.to(mail, email(bystander)).size();
      other.forgotPassword("en").username(bystander).method("email");
      other.code(SsprMail.nextCode(mail, email(bystander), before));
      assertThat(other.has("kc-passwd-update-form")).as(other.text()).isTrue();
    }
  }

  @Test
  void theEleventhEmailInTenMinutesIsRefused() throws Exception {
    String username = userWithEmail("sspr-mails");
    int before = SsprMail.to(mail, email(username)).size();
    try (SsprBrowser browser = browser()) {
      browser.forgotPassword("en").username(username);
      for (int i = 0; i < 10; i++) {
        browser.method("email");
        assertThat(browser.has("password-care-sspr-code-form")).as("request %d", i + 1).isTrue();
        browser.back();
      }
      browser.method("email");
      assertThat(browser.text()).contains("Too many codes were requested for this account.");
      assertThat(browser.has("password-care-sspr-help-desk")).isTrue();
    }
    long deadline = System.currentTimeMillis() + 20_000;
    while (SsprMail.to(mail, email(username)).size() < before + 10
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    Thread.sleep(1000);
    assertThat(SsprMail.to(mail, email(username))).hasSize(before + 10);
  }
}
