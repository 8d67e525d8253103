package io.github.passwordcare.it.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.ServerLog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.info.ProviderRepresentation;
import org.keycloak.representations.info.SpiInfoRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The SMS sender SPI in the real server, as the test run's options configure it ({@code
 * PasswordCareServerConfig}): the SPI is there, the {@code http} provider is the only one loaded,
 * its options reached it, and its secret header value shows nowhere. The texts themselves are sent
 * by SSPR (its tests use {@link SmsStub}); the senders' requests are unit-tested against a stub.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class SmsSenderServerIT extends AbstractPasswordCareIT {

  private static final String SPI = "password-care-sms-sender";

  @Test
  void theChosenHttpSenderIsTheOnlyOneLoadedWithTheGivenOptions() {
    SpiInfoRepresentation spi = admin.serverInfo().getInfo().getProviders().get(SPI);

    assertThat(spi).as("SPI " + SPI).isNotNull();
    assertThat(spi.isInternal()).isFalse();
    // --spi-password-care-sms-sender--provider=http loads that provider only.
    assertThat(spi.getProviders()).containsOnlyKeys("http");
    ProviderRepresentation http = spi.getProviders().get("http");
    assertThat(http.getOperationalInfo())
        .containsEntry("url", SmsStub.URL)
        .containsEntry("headers", "X-Api-Key")
        .containsEntry("timeouts", "connect 5000 ms, read " + SmsStub.READ_TIMEOUT_MILLIS + " ms")
        .containsEntry("defaultRegion", "NL");
  }

  @Test
  void theHeaderSecretAppearsNeitherInServerInfoNorInTheLog() throws Exception {
    String serverInfo =
        get("/admin/serverinfo", admin.tokenManager().getAccessTokenString()).body();
    List<String> log = ServerLog.linesSince(0);

    assertThat(serverInfo).contains(SmsStub.URL).doesNotContain(SmsStub.API_KEY);
    assertThat(log).noneMatch(line -> line.contains(SmsStub.API_KEY));
    assertThat(log)
        .as("the start-up line names the sender, its URL and header names")
        .anyMatch(
            line ->
                line.contains("password-care SMS sender: http")
                    && line.contains(SmsStub.URL)
                    && line.contains("X-Api-Key"));
    assertThat(log).noneMatch(line -> line.contains("No SMS sender is chosen"));
  }
}
