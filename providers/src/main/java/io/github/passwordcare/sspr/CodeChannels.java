package io.github.passwordcare.sspr;

import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import java.util.Optional;

/** The channel that delivers the code of each method; OTP has none (the user's app has it). */
final class CodeChannels {

  private CodeChannels() {}

  static Optional<CodeChannel> of(SsprMethod method) {
    return switch (method) {
      case EMAIL -> Optional.of(EmailCodeChannel.primary());
      case RECOVERY_EMAIL -> Optional.of(EmailCodeChannel.recovery());
      case SMS -> Optional.empty();
      case OTP -> Optional.empty();
    };
  }
}
