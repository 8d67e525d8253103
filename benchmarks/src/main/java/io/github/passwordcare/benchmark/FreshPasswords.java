package io.github.passwordcare.benchmark;

import java.security.SecureRandom;
import java.util.Random;

/**
 * A new random password for each phase, compliant with the demo realm's policy (12+ characters,
 * upper, lower, digit, special, not the username). Never printed.
 */
public final class FreshPasswords {

  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
  private static final String DIGITS = "23456789";
  private static final String SPECIAL = "!#%*+-=?@";
  private static final String ALL = UPPER + LOWER + DIGITS;

  private final Random random;

  public FreshPasswords() {
    this(new SecureRandom());
  }

  FreshPasswords(Random random) {
    this.random = random;
  }

  public String next() {
    StringBuilder password = new StringBuilder("Pc");
    for (int i = 0; i < 14; i++) {
      password.append(pick(ALL));
    }
    return password
        .append(pick(UPPER))
        .append(pick(LOWER))
        .append(pick(DIGITS))
        .append(pick(SPECIAL))
        .toString();
  }

  private char pick(String alphabet) {
    return alphabet.charAt(random.nextInt(alphabet.length()));
  }
}
