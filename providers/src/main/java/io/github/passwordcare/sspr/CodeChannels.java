package io.github.passwordcare.sspr;

import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;

/**
 * The channel that delivers the code of each method; OTP (the user's app has it) and security
 * questions have none.
 */
public final class CodeChannels {

  private CodeChannels() {}

  public static Optional<CodeChannel> of(KeycloakSession session, SsprMethod method) {
    return switch (method) {
      case EMAIL -> Optional.of(EmailCodeChannel.primary());
      case RECOVERY_EMAIL -> Optional.of(EmailCodeChannel.recovery());
      case SMS -> Optional.of(new SmsCodeChannel(session));
      case OTP, QUESTIONS -> Optional.empty();
    };
  }
}
