package io.github.passwordcare.it.sspr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AccountConsoleLogin;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.ServerLog;
import io.github.passwordcare.it.sms.SmsStub;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The SMS method through the server's {@code http} sender and the test's SMS gateway stub: a reset
 * end to end, the hourly limit, and a failing gateway.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class SsprSmsIT extends AbstractSsprIT {

  private SmsStub gateway;

  @BeforeEach
  void startGateway() throws Exception {
    gateway = new SmsStub();
    settings(Map.of("ssprMethods", List.of("email", "sms", "otp")));
  }

  @AfterEach
  void stopGateway() {
    gateway.close();
  }

  /** A user with a verified mobile number; returns the username. */
  private String userWithPhone(String prefix, String phone) {
    String username = userWithEmail(prefix);
    setAttributes(
        username,
        Map.of("recoveryPhone", List.of(phone), "recoveryPhoneVerified", List.of("true")));
    return username;
  }

  private static String newPhone() {
    // +31 61 is a Dutch mobile range (libphonenumber refuses e.g. +31 67).
    return "+3161" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
  }

  @Test
  void aCodeByTextMessageResetsThePassword() throws Exception {
    long logOffset = ServerLog.size();
    String phone = newPhone();
    String username = userWithPhone("sspr-sms", phone);
    String password = newPassword();
    String code;
    try (SsprBrowser browser = browser()) {
      browser.forgotPassword("en").username(username);
      assertThat(browser.html()).contains("value=\"sms\"");
      browser.method("sms");
      code = SmsStub.codeIn(gateway.awaitText(phone, 1, Duration.ofSeconds(20))).orElseThrow();
      assertThat(code).hasSize(8);
      browser.code(code);
      browser.newPassword(password);
      assertSignedIn(browser, AccountConsoleLogin.accountUrl(urls));
    }
    assertThat(passwordGrant(username, password).statusCode()).isEqualTo(200);
    assertThat(eventsOf(idOf(username)))
        .anySatisfy(
            e ->
                assertThat(e.getDetails())
                    .containsEntry("password_care_sspr_step", "code_sent")
                    .containsEntry("password_care_sspr_method", "sms")
                    .hasEntrySatisfying(
                        "password_care_sspr_contact",
                        c -> assertThat(c).doesNotContain(phone.substring(4, 10))));
    assertThat(ServerLog.linesSince(logOffset))
        .noneMatch(l -> l.contains(code) || l.contains(password) || l.contains(phone));
  }

  @Test
  void theSixthTextInAnHourIsRefused() throws Exception {
    String phone = newPhone();
    String username = userWithPhone("sspr-sms-limit", phone);
    try (SsprBrowser browser = browser()) {
      browser.forgotPassword("en").username(username);
      for (int i = 0; i < 5; i++) {
        browser.method("sms");
        assertThat(browser.has("password-care-sspr-code-form")).as("text %d", i + 1).isTrue();
        browser.back();
      }
      browser.method("sms");
      assertThat(browser.text()).contains("Too many codes were requested for this account.");
      // Email has an allowance of its own.
      browser.forgotPassword("en").username(username).method("email");
      assertThat(browser.has("password-care-sspr-code-form")).isTrue();
    }
    gateway.awaitText(phone, 5, Duration.ofSeconds(20));
    Thread.sleep(1000);
    assertThat(gateway.textsTo(phone)).hasSize(5);
  }

  @Test
  void aFailingGatewayIsReportedAtTheNextStepWithoutDetails() throws Exception {
    String phone = newPhone();
    String username = userWithPhone("sspr-sms-down", phone);
    gateway.mode(SmsStub.Mode.FAIL_500);
    try (SsprBrowser browser = browser()) {
      browser.forgotPassword("en").username(username).method("sms");
      assertThat(browser.has("password-care-sspr-code-form")).isTrue();
      gateway.awaitText(phone, 1, Duration.ofSeconds(20));
      Thread.sleep(1000);
      browser.code("12345678");
      assertThat(browser.textOf("password-care-sspr-info"))
          .isEqualTo("We could not send the code. Try again later, or contact your help desk.");
      assertThat(browser.text()).doesNotContain("HTTP").doesNotContain("Exception");
    }
    assertThat(eventsOf(idOf(username)))
        .anySatisfy(e -> assertThat(e.getError()).isEqualTo("password_care_sspr_delivery_failed"));
  }
}
