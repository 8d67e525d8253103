package io.github.passwordcare.bulkreset;

import java.util.regex.Pattern;

/**
 * The results as CSV (RFC 4180) for download: {@code username,email,status,temporaryPassword,
 * reason}. A spreadsheet runs a field as a formula when it starts with {@code = + - @}, and a
 * spreadsheet in a locale whose list separator is {@code ;} (Dutch, German Excel) starts a new
 * field after every {@code ;}, whatever the quotes say. So every piece of a cell that follows the
 * cell's start, a {@code ;}, a tab or a line break and begins (after spaces or quotes) with such a
 * character gets a leading apostrophe: {@code "x;=1+1;"@example.test} becomes {@code
 * "x;'=1+1;'"@example.test}. The page's {@code toCsv} (results.js) applies the same pattern.
 * Generated passwords hold none of these separators and never start with a formula character, so
 * they are written as they are.
 */
public final class BulkResetCsv {

  public static final String HEADER = "username,email,status,temporaryPassword,reason";

  /** Where a spreadsheet may start a field that it would run as a formula. */
  static final Pattern FORMULA_AT_FIELD_START = Pattern.compile("(^|[;\t\r\n])(?=[ \"]*[=+\\-@])");

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
    return value == null ? null : FORMULA_AT_FIELD_START.matcher(value).replaceAll("$1'");
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
