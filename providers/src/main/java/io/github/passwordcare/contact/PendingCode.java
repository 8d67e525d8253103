package io.github.passwordcare.contact;

import io.github.passwordcare.sspr.SsprCode;
import java.util.Optional;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The code sent for a contact the user is adding, kept in the authentication session until it is
 * entered: which kind, the new contact (the page stores it only once the code matches), the code's
 * salted hash ({@link SsprCode}; never the code), when it expires and how many wrong entries it has
 * had. A new code replaces the old one; a matched, expired or used-up code is cleared.
 */
record PendingCode(ContactKind kind, String contact, String hash, long expiresAt, int wrong) {

  private static final String PREFIX = "password-care-contacts:";
  private static final String KIND = PREFIX + "kind";
  private static final String CONTACT = PREFIX + "contact";
  private static final String HASH = PREFIX + "hash";
  private static final String EXPIRES = PREFIX + "expires";
  private static final String WRONG = PREFIX + "wrong";

  static Optional<PendingCode> read(AuthenticationSessionModel auth) {
    Optional<ContactKind> kind = ContactKind.of(auth.getAuthNote(KIND));
    String contact = auth.getAuthNote(CONTACT);
    String hash = auth.getAuthNote(HASH);
    if (kind.isEmpty() || contact == null || hash == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new PendingCode(
              kind.get(),
              contact,
              hash,
              Long.parseLong(auth.getAuthNote(EXPIRES)),
              Integer.parseInt(auth.getAuthNote(WRONG))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  void save(AuthenticationSessionModel auth) {
    auth.setAuthNote(KIND, kind.value());
    auth.setAuthNote(CONTACT, contact);
    auth.setAuthNote(HASH, hash);
    auth.setAuthNote(EXPIRES, String.valueOf(expiresAt));
    auth.setAuthNote(WRONG, String.valueOf(wrong));
  }

  PendingCode withOneMoreWrong() {
    return new PendingCode(kind, contact, hash, expiresAt, wrong + 1);
  }

  boolean expired(long nowSeconds) {
    return nowSeconds >= expiresAt;
  }

  boolean matches(String typed) {
    return SsprCode.matches(hash, typed);
  }

  static void clear(AuthenticationSessionModel auth) {
    auth.removeAuthNote(KIND);
    auth.removeAuthNote(CONTACT);
    auth.removeAuthNote(HASH);
    auth.removeAuthNote(EXPIRES);
    auth.removeAuthNote(WRONG);
  }
}
