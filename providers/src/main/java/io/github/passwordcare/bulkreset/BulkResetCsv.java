package io.github.passwordcare.bulkreset;

import io.github.passwordcare.common.CsvCells;

/**
 * The results as CSV (RFC 4180) for download: {@code username,email,status,temporaryPassword,
 * reason}, with the spreadsheet-formula guard of {@link CsvCells} on every text that came from
 * users or admins. Generated passwords hold none of the separators it looks for and never start
 * with a formula character, so they are written as they are.
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
    return CsvCells.defuse(value);
  }

  static String cell(String value) {
    return CsvCells.cell(value);
  }
}
