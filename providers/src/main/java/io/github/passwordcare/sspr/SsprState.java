package io.github.passwordcare.sspr;

import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Where one SSPR attempt stands, in notes of the authentication session (so any node can serve the
 * next step): when it began, the methods passed, the method whose code is awaited, that code's
 * hash, expiry and wrong tries.
 */
final class SsprState {

  /** Comma-separated methods passed; read by the notification listener after the reset. */
  static final String METHODS_PASSED_NOTE = "password-care.sspr.methods";

  private static final String SUBJECT = "password-care.sspr.subject";
  private static final String STARTED = "password-care.sspr.started";
  private static final String PASSED = "password-care.sspr.passed";
  private static final String PENDING = "password-care.sspr.pending";
  private static final String CODE = "password-care.sspr.code";
  private static final String CODE_EXPIRES = "password-care.sspr.code-expires";
  private static final String CODE_TRIES = "password-care.sspr.code-tries";

  private final AuthenticationSessionModel auth;

  SsprState(AuthenticationSessionModel auth) {
    this.auth = auth;
  }

  /**
   * Ties the attempt to one account (or typed name): when the flow now serves another one (the
   * username was changed, for instance after a restart), nothing passed for the first one counts.
   */
  void bindTo(String subject) {
    String bound = auth.getAuthNote(SUBJECT);
    if (bound != null && !bound.equals(subject)) {
      clearPending();
      auth.removeAuthNote(PASSED);
      auth.removeAuthNote(STARTED);
      auth.removeAuthNote(METHODS_PASSED_NOTE);
    }
    auth.setAuthNote(SUBJECT, subject);
  }

  /** Epoch seconds this attempt began; set on first use. */
  long startedAt(long nowSeconds) {
    String started = auth.getAuthNote(STARTED);
    if (started == null) {
      auth.setAuthNote(STARTED, Long.toString(nowSeconds));
      return nowSeconds;
    }
    return Long.parseLong(started);
  }

  Set<SsprMethod> passed() {
    String passed = auth.getAuthNote(PASSED);
    if (passed == null || passed.isEmpty()) {
      return Set.of();
    }
    return Arrays.stream(passed.split(","))
        .map(SsprMethods::parse)
        .flatMap(Optional::stream)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  void pass(SsprMethod method) {
    Set<SsprMethod> passed = new LinkedHashSet<>(passed());
    passed.add(method);
    auth.setAuthNote(PASSED, SsprMethods.join(passed));
    clearPending();
  }

  /** Records the methods passed where the notification listener finds them. */
  void markVerified() {
    auth.setAuthNote(METHODS_PASSED_NOTE, auth.getAuthNote(PASSED));
  }

  Optional<SsprMethod> pending() {
    return SsprMethods.parse(auth.getAuthNote(PENDING));
  }

  /** Awaits a code for {@code method}; {@code codeHash} null for OTP (the app holds the code). */
  void await(SsprMethod method, String codeHash, long expiresAt) {
    auth.setAuthNote(PENDING, method.value());
    auth.setAuthNote(CODE_TRIES, "0");
    if (codeHash == null) {
      auth.removeAuthNote(CODE);
      auth.removeAuthNote(CODE_EXPIRES);
    } else {
      auth.setAuthNote(CODE, codeHash);
      auth.setAuthNote(CODE_EXPIRES, Long.toString(expiresAt));
    }
  }

  String codeHash() {
    return auth.getAuthNote(CODE);
  }

  boolean codeExpired(long nowSeconds) {
    String expires = auth.getAuthNote(CODE_EXPIRES);
    return expires != null && nowSeconds >= Long.parseLong(expires);
  }

  /** Counts one wrong entry of the pending code; returns the wrong entries so far. */
  int wrongTry() {
    String tries = auth.getAuthNote(CODE_TRIES);
    int next = (tries == null ? 0 : Integer.parseInt(tries)) + 1;
    auth.setAuthNote(CODE_TRIES, Integer.toString(next));
    return next;
  }

  /** Forgets the awaited code: used, burnt by wrong tries, or abandoned. */
  void clearPending() {
    auth.removeAuthNote(PENDING);
    auth.removeAuthNote(CODE);
    auth.removeAuthNote(CODE_EXPIRES);
    auth.removeAuthNote(CODE_TRIES);
  }
}
