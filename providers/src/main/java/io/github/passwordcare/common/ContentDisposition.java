package io.github.passwordcare.common;

import java.nio.charset.StandardCharsets;

/**
 * Builds {@code Content-Disposition: attachment} for downloads whose name holds user data (a realm
 * name such as {@code pt-ü x}). An HTTP header must be ASCII: a raw non-ASCII byte in {@code
 * filename="..."} is read differently by each client. So the header carries an ASCII fallback
 * {@code filename} (anything but letters, digits, dot, dash and underscore becomes {@code _}) and
 * the exact name as {@code filename*=UTF-8''...} (RFC 6266 with RFC 8187/5987 encoding), which
 * current browsers and curl {@code -J} prefer.
 */
public final class ContentDisposition {

  private static final String ATTR_CHAR_SYMBOLS = "!#$&+-.^_`|~";

  private ContentDisposition() {}

  public static String attachment(String filename) {
    return "attachment; filename=\""
        + asciiFallback(filename)
        + "\"; filename*=UTF-8''"
        + percentEncode(filename);
  }

  static String asciiFallback(String filename) {
    StringBuilder out = new StringBuilder(filename.length());
    filename
        .codePoints()
        .forEach(c -> out.append(isAsciiLetterOrDigit(c) || c == '.' || c == '-' ? (char) c : '_'));
    return out.toString();
  }

  /** RFC 8187 {@code value-chars}: attr-chars as they are, every other UTF-8 byte as %XX. */
  static String percentEncode(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isAsciiLetterOrDigit(c) || ATTR_CHAR_SYMBOLS.indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  private static boolean isAsciiLetterOrDigit(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
