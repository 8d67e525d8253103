package io.github.passwordcare.expiry;

import io.github.passwordcare.common.CsvCells;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The report as CSV (RFC 4180), written page by page while it is sent, each page read in a
 * transaction of its own: the whole list when {@code max} is absent, without holding it in memory.
 * Names and emails get the spreadsheet-formula guard of {@link CsvCells}.
 */
final class ExpiringPasswordsCsv implements StreamingOutput {

  static final String HEADER =
      "userId,username,email,passwordSetAt,expiresAt,daysLeft,expired,exempt,exemptBecause";
  private static final int PAGE = 1000;

  private final KeycloakSessionFactory factory;
  private final String realmId;
  private final ExpiryPolicy policy;
  private final ReportQuery query;
  private final long now;

  ExpiringPasswordsCsv(
      KeycloakSessionFactory factory,
      String realmId,
      ExpiryPolicy policy,
      ReportQuery query,
      long now) {
    this.factory = factory;
    this.realmId = realmId;
    this.policy = policy;
    this.query = query;
    this.now = now;
  }

  @Override
  public void write(OutputStream output) throws IOException {
    Writer out = new OutputStreamWriter(output, StandardCharsets.UTF_8);
    out.write(HEADER + "\r\n");
    int first = query.first();
    long remaining = query.max() == null ? Long.MAX_VALUE : query.max();
    while (remaining > 0) {
      int size = (int) Math.min(PAGE, remaining);
      int from = first;
      List<ExpiringPassword> rows =
          KeycloakModelUtils.runJobInTransactionWithResult(
              factory,
              session ->
                  new ExpiringPasswordsReport(
                          session, session.realms().getRealm(realmId), policy, query, now)
                      .page(from, size));
      for (ExpiringPassword row : rows) {
        out.write(line(row));
      }
      if (rows.size() < size) {
        break;
      }
      first += size;
      remaining -= size;
    }
    out.flush();
  }

  static String line(ExpiringPassword row) {
    return String.join(
            ",",
            CsvCells.cell(row.userId()),
            CsvCells.text(row.username()),
            CsvCells.text(row.email()),
            row.passwordSetAt(),
            row.expiresAt(),
            String.valueOf(row.daysLeft()),
            String.valueOf(row.expired()),
            String.valueOf(row.exempt()),
            CsvCells.text(row.exemptBecause()))
        + "\r\n";
  }
}
