package io.github.passwordcare.bulkreset;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Random temporary passwords that meet a realm's {@link PasswordRequirements}. Characters that are
 * easily confused when read aloud or copied (0/O, 1/l/I) and quoting characters are left out; the
 * first character is a letter, so the password is also safe as a spreadsheet cell.
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
    int wanted = Math.max(DEFAULT_LENGTH, Math.max(req.minLength(), req.minimumForClasses()));
    return Math.min(wanted, req.maxLength());
  }

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
    add(chars, ALL, length - chars.size());
    Collections.shuffle(chars, random);
    moveALetterToTheFront(chars);

    StringBuilder password = new StringBuilder(length);
    chars.forEach(password::append);
    return password.toString();
  }

  private void add(List<Character> chars, String alphabet, int count) {
    for (int i = 0; i < count; i++) {
      chars.add(alphabet.charAt(random.nextInt(alphabet.length())));
    }
  }

  private static void moveALetterToTheFront(List<Character> chars) {
    for (int i = 0; i < chars.size(); i++) {
      if (Character.isLetter(chars.get(i))) {
        Collections.swap(chars, 0, i);
        return;
      }
    }
  }
}
