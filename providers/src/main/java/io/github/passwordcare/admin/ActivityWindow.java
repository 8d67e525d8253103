package io.github.passwordcare.admin;

/**
 * The period of {@code GET .../activity?days=N}: the last 1, 7 or 30 days up to now. Only those
 * three, the admin app's toggle: a free number would invite windows longer than the realm keeps its
 * events, and every figure would then silently shrink.
 *
 * @param days 1, 7 or 30
 * @param from start of the window, epoch milliseconds (inclusive)
 * @param to end of the window, epoch milliseconds (now)
 */
public record ActivityWindow(int days, long from, long to) {

  static final int DEFAULT_DAYS = 30;
  static final String INVALID = "days must be 1, 7 or 30";

  /** Bad input; the message is the answer's {@code error}. */
  static final class InvalidWindowException extends RuntimeException {
    InvalidWindowException(String message) {
      super(message, null, false, false);
    }
  }

  /** The window ending at {@code now} (epoch ms) for the query value {@code days} (null: 30). */
  static ActivityWindow parse(String days, long now) {
    int n =
        switch (days == null ? String.valueOf(DEFAULT_DAYS) : days) {
          case "1" -> 1;
          case "7" -> 7;
          case "30" -> 30;
          default -> throw new InvalidWindowException(INVALID);
        };
    return new ActivityWindow(n, now - n * 86_400_000L, now);
  }
}
