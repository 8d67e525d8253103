package io.github.passwordcare.expiry;

/**
 * The query string of {@code GET .../expiring-passwords}, checked: {@code withinDays} 0–3650
 * (default 14), {@code first} ≥ 0 (default 0), {@code max} 1–1000 (default 100; for CSV, all rows
 * when absent), {@code expired} true or false (default false: those not yet expired).
 */
record ReportQuery(int withinDays, int first, Integer max, boolean expired) {

  static final int MAX_WITHIN_DAYS = 3650;
  static final int MAX_PAGE = 1000;
  static final int DEFAULT_PAGE = 100;

  /** Bad input; the message is the answer's {@code error}. */
  static final class InvalidReportQueryException extends RuntimeException {
    InvalidReportQueryException(String message) {
      super(message, null, false, false);
    }
  }

  static ReportQuery parse(String withinDays, String first, String max, String expired) {
    return new ReportQuery(
        number("withinDays", withinDays, 14, 0, MAX_WITHIN_DAYS),
        number("first", first, 0, 0, Integer.MAX_VALUE),
        max == null ? null : number("max", max, DEFAULT_PAGE, 1, MAX_PAGE),
        bool("expired", expired));
  }

  /** Rows of a JSON page. */
  int pageSize() {
    return max == null ? DEFAULT_PAGE : max;
  }

  private static int number(String name, String value, int absent, int min, int max) {
    if (value == null) {
      return absent;
    }
    String message = name + " must be a whole number from " + min + " to " + max;
    if (!value.matches("\\d{1,10}")) {
      throw new InvalidReportQueryException(message);
    }
    long n = Long.parseLong(value);
    if (n < min || n > max) {
      throw new InvalidReportQueryException(message);
    }
    return (int) n;
  }

  private static boolean bool(String name, String value) {
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw new InvalidReportQueryException(name + " must be true or false");
  }
}
