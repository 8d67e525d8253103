package io.github.passwordcare.admin;

import io.github.passwordcare.common.RecoveryAttributes;
import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code sspr/RegisteredMethods} written as a JPQL expression over a user {@code u}: the number of
 * the given methods the user has registered, for the database to add up and group. The same rule,
 * method by method:
 *
 * <ul>
 *   <li>email: a verified, non-empty primary address;
 *   <li>recovery-email: {@code recoveryEmailVerified=true} and a non-empty {@code recoveryEmail};
 *   <li>sms: {@code recoveryPhoneVerified=true} and a non-empty {@code recoveryPhone} (SSPR also
 *       parses the number; a stored number that no longer parses is counted here, which an admin
 *       edit alone can cause);
 *   <li>otp: an {@code otp} credential;
 *   <li>questions: a security-questions credential.
 * </ul>
 *
 * Which methods to pass (realm settings, the server's SMS sender, admins without questions) is the
 * caller's choice, as in {@code RegisteredMethods.of}. Pure: no Keycloak needed to test it.
 */
final class MethodConditions {

  private MethodConditions() {}

  /** The sum of one 0/1 term per method, in a fixed order; {@code 0} for no methods. */
  static String count(Set<SsprMethod> methods) {
    if (methods.isEmpty()) {
      return "0";
    }
    return Arrays.stream(SsprMethod.values())
        .filter(methods::contains)
        .map(m -> "(case when " + condition(m) + " then 1 else 0 end)")
        .collect(Collectors.joining(" + "));
  }

  /** Whether user {@code u} has registered {@code method}. */
  static String condition(SsprMethod method) {
    return switch (method) {
      case EMAIL -> "u.emailVerified = true and u.email is not null and u.email <> ''";
      case RECOVERY_EMAIL ->
          attribute("re1", RecoveryAttributes.EMAIL_VERIFIED, "= 'true'")
              + " and "
              + attribute("re2", RecoveryAttributes.EMAIL, "<> ''");
      case SMS ->
          attribute("rp1", RecoveryAttributes.PHONE_VERIFIED, "= 'true'")
              + " and "
              + attribute("rp2", RecoveryAttributes.PHONE, "<> ''");
      case OTP -> credential("otp", "otp");
      case QUESTIONS -> credential("sq", RecoveryAttributes.SECURITY_QUESTIONS_TYPE);
    };
  }

  private static String attribute(String alias, String name, String valueTest) {
    return "exists (select "
        + alias
        + ".id from UserAttributeEntity "
        + alias
        + " where "
        + alias
        + ".user = u and "
        + alias
        + ".name = '"
        + name
        + "' and "
        + alias
        + ".value "
        + valueTest
        + ")";
  }

  private static String credential(String alias, String type) {
    return "exists (select "
        + alias
        + ".id from CredentialEntity "
        + alias
        + " where "
        + alias
        + ".user = u and "
        + alias
        + ".type = '"
        + type
        + "')";
  }
}
