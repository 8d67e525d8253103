package io.github.passwordcare.expiry;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PasswordPolicyProviderFactory;

/**
 * Password policy {@code password-care-expiry-notice(days)}: how many days (1–30, default 14)
 * before expiry sign-in warns. Without {@code password-care-expiry} it does nothing.
 */
public class ExpiryNoticePolicyProviderFactory implements PasswordPolicyProviderFactory {

  public static final String PROVIDER_ID = "password-care-expiry-notice";
  public static final int MIN_DAYS = 1;
  public static final int MAX_DAYS = 30;
  public static final int DEFAULT_DAYS = 14;

  @Override
  public PasswordPolicyProvider create(KeycloakSession session) {
    return DaysPolicy.create(session, "Password expiry notice", MIN_DAYS, MAX_DAYS);
  }

  @Override
  public String getDisplayName() {
    return "Password Care: warn days before expiry";
  }

  @Override
  public String getConfigType() {
    return PasswordPolicyProvider.INT_CONFIG_TYPE;
  }

  @Override
  public String getDefaultConfigValue() {
    return String.valueOf(DEFAULT_DAYS);
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
    return PROVIDER_ID;
  }
}
