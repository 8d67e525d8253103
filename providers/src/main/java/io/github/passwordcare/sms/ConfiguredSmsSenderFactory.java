package io.github.passwordcare.sms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.provider.ServerInfoAwareProviderFactory;

/**
 * What the three senders' factories share: the {@code default-region} option, strict checks only
 * for the provider the server chose (Keycloak also loads, unconfigured, every provider when none is
 * chosen), the start-up line that says which sender is in use, and the operational info shown in
 * the admin console's provider list (never a secret).
 */
public abstract class ConfiguredSmsSenderFactory
    implements SmsSenderFactory, ServerInfoAwareProviderFactory {

  private static final Logger LOG = Logger.getLogger(ConfiguredSmsSenderFactory.class);

  private Optional<String> defaultRegion = Optional.empty();
  private boolean chosen;

  /** Reads this provider's options; {@code strict}: refuse missing or wrong ones. */
  protected abstract void configure(Config.Scope scope, boolean strict);

  /** The sender; only called when {@link #isConfigured()}. */
  protected abstract SmsSender createSender(KeycloakSession session);

  /** Whether {@link #configure} found what a sender needs. */
  protected abstract boolean isConfigured();

  /** Option metadata of this provider only. */
  protected abstract ProviderConfigurationBuilder addMetadata(ProviderConfigurationBuilder builder);

  /** Safe facts for the start-up log and the server info: no secret, no query string. */
  protected abstract Map<String, String> describe();

  @Override
  public final void init(Config.Scope scope) {
    chosen = SmsSenderOptions.isChosen(getId());
    try {
      defaultRegion = SmsSenderOptions.defaultRegion(scope, getId());
      configure(scope, chosen);
    } catch (IllegalArgumentException e) {
      if (chosen) {
        throw e;
      }
      LOG.debugf("SMS sender %s is not the chosen one; its options are ignored", getId());
    }
  }

  @Override
  public void postInit(KeycloakSessionFactory factory) {
    if (chosen) {
      LOG.infof("password-care SMS sender: %s %s", getId(), describe());
    }
  }

  @Override
  public final SmsSender create(KeycloakSession session) {
    if (!isConfigured()) {
      throw new IllegalStateException(
          "SMS sender "
              + getId()
              + " is not configured: choose it with --spi-"
              + SmsSenderSpi.NAME
              + "--provider="
              + getId()
              + " and give its options");
    }
    return createSender(session);
  }

  /** The region for stored numbers without a country code ({@code default-region}), if any. */
  public Optional<String> defaultRegion() {
    return defaultRegion;
  }

  @Override
  public List<ProviderConfigProperty> getConfigMetadata() {
    ProviderConfigurationBuilder builder = addMetadata(ProviderConfigurationBuilder.create());
    return builder
        .property()
        .name(SmsSenderOptions.DEFAULT_REGION)
        .type(ProviderConfigProperty.STRING_TYPE)
        .helpText(
            "Region (ISO 3166, e.g. NL) of phone numbers stored without a country code; empty:"
                + " such numbers are not used.")
        .add()
        .build();
  }

  @Override
  public Map<String, String> getOperationalInfo() {
    Map<String, String> info = new LinkedHashMap<>(describe());
    info.put("defaultRegion", defaultRegion.orElse("(none)"));
    return info;
  }

  @Override
  public void close() {}
}
