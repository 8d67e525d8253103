package io.github.passwordcare.sspr;

/**
 * Masks an email address for pages and events as Entra does: the first letter of the local part and
 * of the domain, then the top-level domain ({@code john@example.nl} → {@code j***@e***.nl}).
 */
final class EmailMask {

  private EmailMask() {}

  static String mask(String email) {
    if (email == null || email.isBlank()) {
      return "***";
    }
    int at = email.lastIndexOf('@');
    if (at <= 0 || at == email.length() - 1) {
      return email.charAt(0) + "***";
    }
    String domain = email.substring(at + 1);
    int dot = domain.lastIndexOf('.');
    String tld = dot > 0 ? domain.substring(dot) : "";
    return email.charAt(0) + "***@" + domain.charAt(0) + "***" + tld;
  }
}
