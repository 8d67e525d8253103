package io.github.passwordcare.bulkreset;

/**
 * A call refused as a whole, with nothing changed; the message says why. HTTP 400 for bad input,
 * 403 when the caller lacks the right that the selection itself needs (such as listing a group).
 */
public class InvalidBulkResetException extends RuntimeException {

  private final boolean forbidden;

  public InvalidBulkResetException(String message) {
    this(message, false);
  }

  private InvalidBulkResetException(String message, boolean forbidden) {
    super(message);
    this.forbidden = forbidden;
  }

  /** The caller may not make this selection: HTTP 403. */
  static InvalidBulkResetException forbidden(String message) {
    return new InvalidBulkResetException(message, true);
  }

  /** The selection holds more users than one call may reset. */
  static InvalidBulkResetException tooMany(int max, String detail) {
    return new InvalidBulkResetException(
        "The selection has more than "
            + max
            + (max == 1 ? " user" : " users")
            + ", the most one call may reset ("
            + detail
            + "). Narrow it (a subgroup, a more precise search, or fewer ids/usernames) and make"
            + " several calls.");
  }

  public boolean isForbidden() {
    return forbidden;
  }
}
