package io.github.passwordcare.expiry;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyConfigException;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PolicyError;

/**
 * A password policy that holds a number of days and never refuses a password: the expiry and the
 * notice only say when a password must be changed. {@link #parseConfig} refuses a value out of
 * range, which the admin console shows as "Invalid config for ...: ...".
 */
final class DaysPolicy implements PasswordPolicyProvider {

  private final String label;
  private final int min;
  private final int max;

  DaysPolicy(String label, int min, int max) {
    this.label = label;
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
    return parse(label, min, max, value);
  }

  static Integer parse(String label, int min, int max, String value) {
    String message = label + " must be a whole number of days from " + min + " to " + max;
    if (value == null || !value.trim().matches("\\d{1,4}")) {
      throw new PasswordPolicyConfigException(message);
    }
    int days = Integer.parseInt(value.trim());
    if (days < min || days > max) {
      throw new PasswordPolicyConfigException(message);
    }
    return days;
  }

  @Override
  public void close() {}

  static DaysPolicy create(KeycloakSession session, String label, int min, int max) {
    return new DaysPolicy(label, min, max);
  }
}
