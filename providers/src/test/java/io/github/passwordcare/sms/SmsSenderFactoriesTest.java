package io.github.passwordcare.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.passwordcare.common.Scopes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keycloak.provider.ProviderConfigProperty;

/** What the three factories share: ids, option metadata, the default region, the log guard. */
class SmsSenderFactoriesTest {

  private final List<ConfiguredSmsSenderFactory> factories =
      List.of(new LogSmsSenderFactory(), new HttpSmsSenderFactory(), new TwilioSmsSenderFactory());

  @Test
  void idsAreTheDocumentedOnes() {
    assertThat(factories)
        .extracting(ConfiguredSmsSenderFactory::getId)
        .containsExactly("log", "http", "twilio");
    assertThat(new SmsSenderSpi().getName()).isEqualTo("password-care-sms-sender");
    assertThat(new SmsSenderSpi().isInternal()).isFalse();
  }

  @Test
  void noOptionEndsInEnabledAndSecretsAreMarked() {
    for (ConfiguredSmsSenderFactory factory : factories) {
      List<ProviderConfigProperty> metadata = factory.getConfigMetadata();
      assertThat(metadata)
          .extracting(ProviderConfigProperty::getName)
          .as(factory.getId())
          .contains("defaultRegion")
          .noneMatch(name -> name.toLowerCase().endsWith("enabled"));
    }
    assertThat(new TwilioSmsSenderFactory().getConfigMetadata())
        .filteredOn(p -> p.getName().equals("authToken"))
        .singleElement()
        .extracting(ProviderConfigProperty::isSecret)
        .isEqualTo(true);
    assertThat(new HttpSmsSenderFactory().getConfigMetadata())
        .filteredOn(p -> p.getName().equals("headers"))
        .singleElement()
        .extracting(ProviderConfigProperty::isSecret)
        .isEqualTo(true);
  }

  @Test
  void theDefaultRegionIsCheckedAgainstLibphonenumber() {
    assertThat(SmsSenderOptions.defaultRegion(Scopes.of(Map.of()), "http")).isEmpty();
    assertThat(SmsSenderOptions.defaultRegion(Scopes.of(Map.of("defaultRegion", " nl ")), "http"))
        .isEqualTo(Optional.of("NL"));
    assertThatThrownBy(
            () -> SmsSenderOptions.defaultRegion(Scopes.of(Map.of("defaultRegion", "NLD")), "http"))
        .hasMessage(
            "--spi-password-care-sms-sender--http--default-region must be a region code such as NL"
                + " or US (got 'NLD')");
  }

  @Test
  void theLogSenderRefusesProductionModeWhenChosen() {
    // This JVM is not a start-dev server (no kc.profile=dev): production mode.
    LogSmsSenderFactory factory = new LogSmsSenderFactory();

    assertThatThrownBy(() -> factory.configure(Scopes.of(Map.of()), true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("--spi-password-care-sms-sender--provider=log")
        .hasMessageContaining("is for kc.sh start-dev only; this server runs in production mode");
    assertThatThrownBy(() -> factory.createSender(null))
        .hasMessage(LogSmsSenderFactory.REFUSED_IN_PRODUCTION);
  }

  @Test
  void theLogSenderIsQuietWhenNotChosen() {
    new LogSmsSenderFactory().configure(Scopes.of(Map.of()), false);
  }

  @Test
  void theLogSenderWorksInDevMode() {
    String before = System.getProperty("kc.profile");
    System.setProperty("kc.profile", "dev");
    try {
      LogSmsSenderFactory factory = new LogSmsSenderFactory();
      factory.configure(Scopes.of(Map.of()), true);
      factory.createSender(null).send("+31612345678", "12345678 is your code");
    } catch (SmsException e) {
      throw new AssertionError(e);
    } finally {
      if (before == null) {
        System.clearProperty("kc.profile");
      } else {
        System.setProperty("kc.profile", before);
      }
    }
  }

  @Test
  void anUnconfiguredSenderCannotBeCreated() {
    assertThatThrownBy(() -> new HttpSmsSenderFactory().create(null))
        .hasMessageStartingWith(
            "SMS sender http is not configured: choose it with"
                + " --spi-password-care-sms-sender--provider=http");
  }

  @Test
  void operationalInfoHoldsNoSecret() {
    HttpSmsSenderFactory http = new HttpSmsSenderFactory();
    http.configure(
        Scopes.of(
            Map.of("url", "https://sms.example.test/send?key=k3y", "headers", "X-Api-Key: s3cret")),
        true);
    TwilioSmsSenderFactory twilio = new TwilioSmsSenderFactory();
    twilio.configure(
        Scopes.of(
            Map.of(
                "accountSid", TwilioSmsSenderTest.SID,
                "authToken", TwilioSmsSenderTest.TOKEN,
                "from", "+15005550006")),
        true);

    assertThat(http.getOperationalInfo().toString())
        .contains("https://sms.example.test/send", "X-Api-Key")
        .doesNotContain("s3cret", "k3y");
    assertThat(twilio.getOperationalInfo().toString())
        .contains(TwilioSmsSenderTest.SID)
        .doesNotContain(TwilioSmsSenderTest.TOKEN);
  }
}
