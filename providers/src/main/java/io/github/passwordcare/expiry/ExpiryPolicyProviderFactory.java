package io.github.passwordcare.expiry;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PasswordPolicyProviderFactory;

/**
 * Password policy {@code password-care-expiry(days)}: a password expires this many days (1–730)
 * after it was set, to the second. Sign-in then asks for a new one ({@link
 * ExpiryWarningRequiredAction}); before that, {@code password-care-expiry-notice} warns.
 */
public class ExpiryPolicyProviderFactory implements PasswordPolicyProviderFactory {

  public static final String PROVIDER_ID = "password-care-expiry";
  public static final int MIN_DAYS = 1;
  public static final int MAX_DAYS = 730;
  static final String DEFAULT_DAYS = "90";

  @Override
  public PasswordPolicyProvider create(KeycloakSession session) {
    return DaysPolicy.create(session, "Password expiry", MIN_DAYS, MAX_DAYS);
  }

  @Override
  public String getDisplayName() {
    return "Password Care: expire after days";
  }

  @Override
  public String getConfigType() {
    return PasswordPolicyProvider.INT_CONFIG_TYPE;
  }

  @Override
  public String getDefaultConfigValue() {
    return DEFAULT_DAYS;
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
