package io.github.passwordcare.bulkreset;

/**
 * The results as CSV (RFC 4180) for download: {@code username,email,status,temporaryPassword,
 * reason}. Cells that a spreadsheet would run as a formula get a leading apostrophe; generated
 * passwords never start with such a character, so they are written as they are.
 */
public final class BulkResetCsv {

  public static final String HEADER = "username,email,status,temporaryPassword,reason";

  private BulkResetCsv() {}

  public static String write(BulkResetResult result) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (UserResetResult row : result.results()) {
      csv.append(cell(defuse(row.username())))
          .append(',')
          .append(cell(defuse(row.email())))
          .append(',')
          .append(cell(row.status().value()))
          .append(',')
          .append(cell(row.temporaryPassword()))
          .append(',')
          .append(cell(defuse(row.reason())))
          .append("\r\n");
    }
    return csv.toString();
  }

  static String defuse(String value) {
    if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    if (value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
