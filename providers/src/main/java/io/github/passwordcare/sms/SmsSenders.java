package io.github.passwordcare.sms;

import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderFactory;

/** The server's chosen SMS sender, looked up the way Keycloak looks up any default provider. */
public final class SmsSenders {

  private SmsSenders() {}

  /** Whether the server has a sender (an {@code --spi-password-care-sms-sender--provider}). */
  public static boolean available(KeycloakSession session) {
    return session.getKeycloakSessionFactory().getProviderFactory(SmsSender.class) != null;
  }

  /** The chosen sender, or empty when none is chosen. */
  public static Optional<SmsSender> chosen(KeycloakSession session) {
    return available(session)
        ? Optional.ofNullable(session.getProvider(SmsSender.class))
        : Optional.empty();
  }

  /** The chosen provider's {@code default-region} (a third-party provider has none). */
  public static Optional<String> defaultRegion(KeycloakSession session) {
    ProviderFactory<SmsSender> factory =
        session.getKeycloakSessionFactory().getProviderFactory(SmsSender.class);
    return factory instanceof ConfiguredSmsSenderFactory configured
        ? configured.defaultRegion()
        : Optional.empty();
  }
}
