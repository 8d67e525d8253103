package io.github.passwordcare.notify;

import java.util.Locale;
import java.util.Optional;

/**
 * Where the "your password was changed" notice goes besides the primary address: the alternate
 * address ({@code recoveryEmail}) only once the user has verified it ({@code
 * recoveryEmailVerified=true}), and never twice to one mailbox. Pure, for a unit test.
 */
final class Recipients {

  private Recipients() {}

  static Optional<String> alternateAddress(String primary, String alternate, String verified) {
    if (alternate == null || alternate.isBlank() || !"true".equals(verified)) {
      return Optional.empty();
    }
    String trimmed = alternate.trim();
    if (primary != null && primary.trim().toLowerCase(Locale.ROOT).equals(normal(trimmed))) {
      return Optional.empty();
    }
    return Optional.of(trimmed);
  }

  private static String normal(String address) {
    return address.toLowerCase(Locale.ROOT);
  }
}
