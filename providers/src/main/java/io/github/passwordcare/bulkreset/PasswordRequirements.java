package io.github.passwordcare.bulkreset;

import java.util.function.Function;

/**
 * The character-count rules of a realm's password policy, the part a generator can aim at. Other
 * rules (history, not-username, regex, blacklist...) are checked afterwards by Keycloak's own
 * password policy manager.
 *
 * @param minLength minimum length ({@code length}), 0 when absent
 * @param maxLength maximum length ({@code maxLength}), {@link Integer#MAX_VALUE} when absent
 */
public record PasswordRequirements(
    int minLength, int maxLength, int digits, int lowerCase, int upperCase, int specialChars) {

  public static final PasswordRequirements NONE =
      new PasswordRequirements(0, Integer.MAX_VALUE, 0, 0, 0, 0);

  /**
   * Reads the requirements from policy config values by Keycloak policy id, as {@code
   * realm.getPasswordPolicy()::getPolicyConfig} returns them (null when the policy is absent).
   */
  public static PasswordRequirements from(Function<String, Object> policyConfig) {
    return new PasswordRequirements(
        intOr(policyConfig.apply("length"), 0),
        intOr(policyConfig.apply("maxLength"), Integer.MAX_VALUE),
        intOr(policyConfig.apply("digits"), 0),
        intOr(policyConfig.apply("lowerCase"), 0),
        intOr(policyConfig.apply("upperCase"), 0),
        intOr(policyConfig.apply("specialChars"), 0));
  }

  /** The fewest characters that can hold every required class. */
  public int minimumForClasses() {
    return digits + lowerCase + upperCase + specialChars;
  }

  private static int intOr(Object value, int fallback) {
    if (value == null) {
      return fallback;
    }
    if (value instanceof Number number) {
      return number.intValue();
    }
    return Integer.parseInt(value.toString().trim());
  }
}
