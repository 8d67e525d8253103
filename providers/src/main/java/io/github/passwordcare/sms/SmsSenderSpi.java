package io.github.passwordcare.sms;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * The {@code password-care-sms-sender} SPI, a real Keycloak SPI like Keycloak's own {@code
 * emailSender}, so the operator picks the gateway with server options and a third party can add its
 * own provider jar. Not internal: it is a public extension point of this bundle, and Keycloak then
 * does not warn about it at every start.
 *
 * <p>No provider is the default: without {@code --spi-password-care-sms-sender--provider} the SMS
 * method is unavailable (one warning at start), see docs/features/sms.md.
 */
public class SmsSenderSpi implements Spi {

  public static final String NAME = "password-care-sms-sender";

  @Override
  public boolean isInternal() {
    return false;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public Class<? extends Provider> getProviderClass() {
    return SmsSender.class;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Class<? extends ProviderFactory> getProviderFactoryClass() {
    return SmsSenderFactory.class;
  }
}
