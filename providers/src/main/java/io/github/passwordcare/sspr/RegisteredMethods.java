package io.github.passwordcare.sspr;

import io.github.passwordcare.common.RecoveryAttributes;
import io.github.passwordcare.settings.PasswordCareSettings;
import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import java.util.Arrays;
import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * Which SSPR methods a user has registered: a verified primary or alternate address, a verified
 * phone (when the server has an SMS sender), an OTP app, security questions. One rule for SSPR's
 * method page, the registration check at sign-in and the recovery-contacts page, so "registered"
 * means the same everywhere.
 */
public final class RegisteredMethods {

  private RegisteredMethods() {}

  /** Whether {@code user} could pass {@code method} today (settings aside). */
  public static boolean has(KeycloakSession session, UserModel user, SsprMethod method) {
    return switch (method) {
      case OTP -> OtpMethod.registered(user);
      case QUESTIONS ->
          user.credentialManager()
              .getStoredCredentialsByTypeStream(RecoveryAttributes.SECURITY_QUESTIONS_TYPE)
              .findAny()
              .isPresent();
      default ->
          CodeChannels.of(session, method).flatMap(channel -> channel.contact(user)).isPresent();
    };
  }

  /**
   * The realm's methods ({@code ssprMethods}) that {@code user} has registered, in page order. An
   * admin's security questions do not count: admins can never use them.
   */
  public static List<SsprMethod> of(
      KeycloakSession session, UserModel user, PasswordCareSettings settings, boolean admin) {
    return Arrays.stream(SsprMethod.values())
        .filter(settings.ssprMethods()::contains)
        .filter(m -> !(admin && m == SsprMethod.QUESTIONS))
        .filter(m -> has(session, user, m))
        .toList();
  }
}
