package io.github.passwordcare.sms;

import java.util.Locale;
import java.util.Optional;
import org.keycloak.Config;

/**
 * Names of the SMS sender options as an operator types them, for error messages, and the option
 * every provider shares: the default region of numbers stored without a country code.
 */
final class SmsSenderOptions {

  static final String DEFAULT_REGION = "defaultRegion";

  private SmsSenderOptions() {}

  /** {@code --spi-password-care-sms-sender--<provider>--<option>}, as Keycloak 26 spells it. */
  static String option(String providerId, String kebabName) {
    return "--spi-" + SmsSenderSpi.NAME + "--" + providerId + "--" + kebabName;
  }

  /**
   * Whether the server's options make {@code providerId} the sender ({@code --provider} or {@code
   * --provider-default}). Only then a missing or wrong option stops the start: without any choice
   * Keycloak loads every provider of the SPI, unconfigured, and uses none.
   */
  static boolean isChosen(String providerId) {
    return providerId.equals(Config.getProvider(SmsSenderSpi.NAME))
        || providerId.equals(Config.getDefaultProvider(SmsSenderSpi.NAME));
  }

  /** The {@code default-region} option: an ISO 3166 region such as {@code NL}, or empty. */
  static Optional<String> defaultRegion(Config.Scope scope, String providerId) {
    String value = scope.get(DEFAULT_REGION);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String region = value.trim().toUpperCase(Locale.ROOT);
    if (!PhoneNumbers.isKnownRegion(region)) {
      throw new IllegalArgumentException(
          option(providerId, "default-region")
              + " must be a region code such as NL or US (got '"
              + value
              + "')");
    }
    return Optional.of(region);
  }
}
