package io.github.passwordcare.expiry;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PolicyError;

/**
 * A password policy that holds a number of days and never refuses a password: the expiry and the
 * notice only say when a password must be changed. {@link #parseConfig} refuses a value out of
 * range with the message {@code errorKey} (parameters: min, max) in the admin's language, which the
 * admin console's policy editor shows as it is ({@link PolicyConfigError}).
 */
final class DaysPolicy implements PasswordPolicyProvider {

  private final KeycloakSession session;
  private final String errorKey;
  private final int min;
  private final int max;

  DaysPolicy(KeycloakSession session, String errorKey, int min, int max) {
    this.session = session;
    this.errorKey = errorKey;
    this.min = min;
    this.max = max;
  }

  @Override
  public PolicyError validate(RealmModel realm, UserModel user, String password) {
    return null;
  }

  @Override
  public PolicyError validate(String user, String password) {
    return null;
  }

  @Override
  public Object parseConfig(String value) {
    Integer days = days(min, max, value);
    if (days == null) {
      throw PolicyConfigError.of(session, errorKey, min, max);
    }
    return days;
  }

  /** The whole number of days in {@code [min, max]} that {@code value} holds, or null. */
  static Integer days(int min, int max, String value) {
    if (value == null || !value.trim().matches("\\d{1,4}")) {
      return null;
    }
    int days = Integer.parseInt(value.trim());
    return days < min || days > max ? null : days;
  }

  @Override
  public void close() {}

  static DaysPolicy create(KeycloakSession session, String errorKey, int min, int max) {
    return new DaysPolicy(session, errorKey, min, max);
  }
}
