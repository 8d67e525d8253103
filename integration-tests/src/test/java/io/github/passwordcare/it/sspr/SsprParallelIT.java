package io.github.passwordcare.it.sspr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.sms.SmsStub;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The throttles under parallel requests: {@value #PARALLEL} sessions of one user, each prepared up
 * to the method (or code) page, send their request at the same instant. The SMS allowance (5 per
 * hour) and the failure lock (5 failed verifications) must hold exactly, cluster-wide counters or
 * not.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class SsprParallelIT extends AbstractSsprIT {

  private static final int PARALLEL = 20;
  private static final String WRONG = "00000000";

  private SmsStub gateway;
  private final List<SsprBrowser> browsers = new ArrayList<>();

  @BeforeEach
  void startGateway() throws Exception {
    gateway = new SmsStub();
    settings(Map.of("ssprMethods", List.of("email", "sms", "otp")));
  }

  @AfterEach
  void closeAll() {
    browsers.forEach(SsprBrowser::close);
    gateway.close();
  }

  @Test
  void twentyParallelTextRequestsSendExactlyTheHourlyAllowance() throws Exception {
    String phone = "+3161" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    String username = userWithEmail("sspr-par-sms");
    setAttributes(
        username,
        Map.of("recoveryPhone", List.of(phone), "recoveryPhoneVerified", List.of("true")));
    for (int i = 0; i < PARALLEL; i++) {
      browsers.add(browser().forgotPassword("en").username(username));
    }

    Parallel.run(browsers, b -> b.method("sms"));

    long codePages = browsers.stream().filter(b -> b.has("password-care-sspr-code-form")).count();
    long refused =
        browsers.stream()
            .filter(b -> b.text().contains("Too many codes were requested for this account."))
            .count();
    assertThat(codePages).as("code pages").isEqualTo(5);
    assertThat(refused).as("refused").isEqualTo(PARALLEL - 5);
    gateway.awaitText(phone, 5, Duration.ofSeconds(20));
    Thread.sleep(1500);
    assertThat(gateway.textsTo(phone)).as("texts sent").hasSize(5);
  }

  @Test
  void twentyParallelWrongCodesAreCheckedAtMostUpToTheLock() throws Exception {
    String username = userWithEmail("sspr-par-otp");
    String secret = "parallel-otp-secret-" + ThreadLocalRandom.current().nextInt(1_000_000);
    addOtp(username, secret);
    for (int i = 0; i < PARALLEL; i++) {
      browsers.add(browser().forgotPassword("en").username(username).method("otp"));
    }
    assertThat(browsers).allMatch(b -> b.has("password-care-sspr-code-form"));

    Parallel.run(browsers, b -> b.code(WRONG));

    // 5 failures allowed: four answered "wrong code", the fifth locks, the rest never checked.
    long wrong =
        browsers.stream().filter(b -> b.text().contains("The code is not correct.")).count();
    long locked =
        browsers.stream()
            .filter(
                b -> b.text().contains("We cannot reset the password of this account right now."))
            .count();
    assertThat(wrong).as("codes checked and answered wrong").isEqualTo(4);
    assertThat(locked).as("locked pages").isEqualTo(PARALLEL - 4);
    try (SsprBrowser late = browser()) {
      late.forgotPassword("en").username(username).method("otp");
      assertThat(late.text()).contains("We cannot reset the password of this account right now.");
    }
  }
}
