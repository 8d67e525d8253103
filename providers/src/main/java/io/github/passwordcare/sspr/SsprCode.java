package io.github.passwordcare.sspr;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * One-time codes: random digits, kept only as a salted SHA-256 hash ({@code salt:hash}, both
 * Base64) and compared in constant time, so neither the authentication session nor a heap dump of
 * its cache gives the code away.
 */
public final class SsprCode {

  private static final int SALT_BYTES = 16;

  private SsprCode() {}

  public static String generate(SecureRandom random, int length) {
    StringBuilder code = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      code.append((char) ('0' + random.nextInt(10)));
    }
    return code.toString();
  }

  public static String hash(SecureRandom random, String code) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder();
    return b64.encodeToString(salt) + ":" + b64.encodeToString(digest(salt, code));
  }

  /** Stored instead of a hash for a code that was not sent: no code ever matches it. */
  public static final String UNUSABLE = "unusable";

  /** Whether {@code code} is the one hashed in {@code stored}; false for a malformed note. */
  public static boolean matches(String stored, String code) {
    if (stored == null || code == null) {
      return false;
    }
    int colon = stored.indexOf(':');
    if (colon < 0) {
      return false;
    }
    try {
      byte[] salt = Base64.getDecoder().decode(stored.substring(0, colon));
      byte[] expected = Base64.getDecoder().decode(stored.substring(colon + 1));
      return MessageDigest.isEqual(expected, digest(salt, code.strip()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] digest(byte[] salt, String code) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(salt);
      return sha256.digest(code.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
