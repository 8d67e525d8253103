package io.github.passwordcare.bulkreset;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * Random temporary passwords that meet a realm's {@link PasswordRequirements}. Characters that are
 * easily confused when read aloud or copied (0/O, 1/l/I) and quoting characters are left out; the
 * first character is a letter, so the password is also safe as a spreadsheet cell (both CSV writers
 * rely on it). Only a policy whose maximum length is taken up by required digits and special
 * characters leaves no room for a letter; then the first character is one that no spreadsheet reads
 * as a formula.
 */
public final class PasswordGenerator {

  /** Length used when the policy asks for less: 16, as Entra's generated passwords. */
  public static final int DEFAULT_LENGTH = 16;

  static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
  static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  static final String DIGITS = "23456789";
  static final String SPECIAL = "!#$%&*+-=?@^_";
  private static final String ALL = LOWER + UPPER + DIGITS + SPECIAL;

  private final SecureRandom random;

  public PasswordGenerator() {
    this(new SecureRandom());
  }

  PasswordGenerator(SecureRandom random) {
    this.random = random;
  }

  /** The length a password for these requirements gets. */
  public static int lengthFor(PasswordRequirements req) {
    int withALetter = req.minimumForClasses() + (lettersRequired(req) == 0 ? 1 : 0);
    int wanted = Math.max(DEFAULT_LENGTH, Math.max(req.minLength(), withALetter));
    return Math.min(wanted, req.maxLength());
  }

  /** Characters a spreadsheet takes as the start of a formula (see {@code BulkResetCsv}). */
  static final String FORMULA_STARTS = "=+-@";

  private static final String SAFE_SPECIAL = "!#$%&*?^_";

  /**
   * A new password.
   *
   * @throws IllegalArgumentException when no password can meet the requirements (for example a
   *     maximum length below the sum of the required characters)
   */
  public String generate(PasswordRequirements req) {
    int length = lengthFor(req);
    int required = req.minimumForClasses();
    if (length < Math.max(required, req.minLength()) || length < 1) {
      throw new IllegalArgumentException(
          "the password policy cannot be met: maximum length "
              + req.maxLength()
              + " is below the "
              + Math.max(required, req.minLength())
              + " characters it requires");
    }
    List<Character> chars = new ArrayList<>(length);
    // At least one of each class where there is room, so even loose policies get strong passwords.
    boolean room = length >= 4 + required;
    add(chars, LOWER, Math.max(req.lowerCase(), room ? 1 : 0));
    add(chars, UPPER, Math.max(req.upperCase(), room ? 1 : 0));
    add(chars, DIGITS, Math.max(req.digits(), room ? 1 : 0));
    add(chars, SPECIAL, Math.max(req.specialChars(), room ? 1 : 0));
    if (lettersRequired(req) == 0 && !room && chars.size() < length) {
      add(chars, LOWER + UPPER, 1); // the letter that goes first
    }
    add(chars, ALL, length - chars.size());
    Collections.shuffle(chars, random);
    moveToTheFront(chars, Character::isLetter);
    if (!Character.isLetter(chars.get(0))) {
      moveToTheFront(chars, c -> FORMULA_STARTS.indexOf(c) < 0);
    }
    if (FORMULA_STARTS.indexOf(chars.get(0)) >= 0) {
      // Only special characters, all formula starts: swap one for a special that is none.
      chars.set(0, SAFE_SPECIAL.charAt(random.nextInt(SAFE_SPECIAL.length())));
    }

    StringBuilder password = new StringBuilder(length);
    chars.forEach(password::append);
    return password.toString();
  }

  private void add(List<Character> chars, String alphabet, int count) {
    for (int i = 0; i < count; i++) {
      chars.add(alphabet.charAt(random.nextInt(alphabet.length())));
    }
  }

  private static int lettersRequired(PasswordRequirements req) {
    return req.lowerCase() + req.upperCase();
  }

  private static void moveToTheFront(List<Character> chars, Predicate<Character> wanted) {
    for (int i = 0; i < chars.size(); i++) {
      if (wanted.test(chars.get(i))) {
        Collections.swap(chars, 0, i);
        return;
      }
    }
  }
}
