package io.github.passwordcare.sms;

import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.common.util.Environment;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The {@code log} sender: writes the text (with its code) to the server log instead of sending it,
 * so SSPR by SMS can be tried with {@code kc.sh start-dev} and no gateway. A server in production
 * mode refuses to start with it: a code in a log is a code anyone with log access can use.
 *
 * <p>Also the one place that says, once at start, that no sender is chosen at all.
 */
public class LogSmsSenderFactory extends ConfiguredSmsSenderFactory {

  public static final String PROVIDER_ID = "log";

  private static final Logger LOG = Logger.getLogger(LogSmsSenderFactory.class);

  static final String REFUSED_IN_PRODUCTION =
      "The 'log' SMS sender (--spi-"
          + SmsSenderSpi.NAME
          + "--provider=log) writes one-time codes to the server log and is for kc.sh start-dev"
          + " only; this server runs in production mode. Choose the 'http' or 'twilio' sender"
          + " (docs/features/sms.md).";

  @Override
  protected void configure(Config.Scope scope, boolean strict) {
    if (strict && !Environment.isDevMode()) {
      throw new IllegalStateException(REFUSED_IN_PRODUCTION);
    }
  }

  @Override
  public void postInit(KeycloakSessionFactory factory) {
    super.postInit(factory);
    // Without a choice Keycloak loads all three of this jar's providers, this one included, and
    // makes none the default: one warning, from this factory only.
    if (Config.getProvider(SmsSenderSpi.NAME) == null
        && Config.getDefaultProvider(SmsSenderSpi.NAME) == null) {
      LOG.warnf(
          "No SMS sender is chosen (--spi-%s--provider=http|twilio, or log with start-dev):"
              + " self-service password reset by SMS is unavailable.",
          SmsSenderSpi.NAME);
    }
  }

  @Override
  protected boolean isConfigured() {
    return true;
  }

  @Override
  protected SmsSender createSender(KeycloakSession session) {
    if (!Environment.isDevMode()) {
      throw new IllegalStateException(REFUSED_IN_PRODUCTION);
    }
    return new LogSmsSender();
  }

  @Override
  protected ProviderConfigurationBuilder addMetadata(ProviderConfigurationBuilder builder) {
    return builder;
  }

  @Override
  protected Map<String, String> describe() {
    return Map.of("mode", "development: texts go to the server log, nothing is sent");
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }
}
