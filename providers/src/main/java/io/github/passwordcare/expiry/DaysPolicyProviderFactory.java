package io.github.passwordcare.expiry;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PasswordPolicyProviderFactory;

/**
 * What the two expiry policies share: a whole number of days within a range, checked by {@link
 * DaysPolicy}, one per realm policy. Each subclass names its id, the message key of its error
 * (parameters: min, max), range and default.
 */
abstract class DaysPolicyProviderFactory implements PasswordPolicyProviderFactory {

  private final String id;
  private final String errorKey;
  private final String displayName;
  private final int minDays;
  private final int maxDays;
  private final int defaultDays;

  DaysPolicyProviderFactory(
      String id, String errorKey, String displayName, int minDays, int maxDays, int defaultDays) {
    this.id = id;
    this.errorKey = errorKey;
    this.displayName = displayName;
    this.minDays = minDays;
    this.maxDays = maxDays;
    this.defaultDays = defaultDays;
  }

  @Override
  public PasswordPolicyProvider create(KeycloakSession session) {
    return DaysPolicy.create(session, errorKey, minDays, maxDays);
  }

  @Override
  public String getDisplayName() {
    return displayName;
  }

  @Override
  public String getConfigType() {
    return PasswordPolicyProvider.INT_CONFIG_TYPE;
  }

  @Override
  public String getDefaultConfigValue() {
    return String.valueOf(defaultDays);
  }

  @Override
  public boolean isMultiplSupported() {
    return false;
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}

  @Override
  public String getId() {
    return id;
  }
}
