package io.github.passwordcare.common;

import java.util.regex.Pattern;

/**
 * One CSV cell (RFC 4180) that a spreadsheet will not run. A spreadsheet runs a field as a formula
 * when it starts with {@code = + - @}, and a spreadsheet in a locale whose list separator is {@code
 * ;} (Dutch, German Excel) starts a new field after every {@code ;}, whatever the quotes say. So
 * every piece of a cell that follows the cell's start, a {@code ;}, a tab or a line break and
 * begins (after spaces or quotes) with such a character gets a leading apostrophe: {@code
 * "x;=1+1;"@example.test} becomes {@code "x;'=1+1;'"@example.test}. Shared by the bulk-reset
 * results and the expiring-passwords report; the bulk reset page's {@code toCsv} (results.js)
 * applies the same pattern.
 */
public final class CsvCells {

  /** Where a spreadsheet may start a field that it would run as a formula. */
  public static final Pattern FORMULA_AT_FIELD_START =
      Pattern.compile("(^|[;\t\r\n])(?=[ \"]*[=+\\-@])");

  private CsvCells() {}

  /** Text that came from users or admins (names, emails, reasons), defused and quoted. */
  public static String text(String value) {
    return cell(defuse(value));
  }

  /** An apostrophe before every piece a spreadsheet would run as a formula. */
  public static String defuse(String value) {
    return value == null ? null : FORMULA_AT_FIELD_START.matcher(value).replaceAll("$1'");
  }

  /** Quoted when it holds a comma, a quote or a line break; null is an empty cell. */
  public static String cell(String value) {
    if (value == null) {
      return "";
    }
    if (value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
