package io.github.passwordcare.expiry;

import java.util.List;
import java.util.Map;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Who is about to expire (or has): the passwords whose expiry falls in the asked window, oldest
 * first, one query for the total and one per page, plus two small queries per page for exemptions.
 */
final class ExpiringPasswordsReport {

  record Page(long total, List<ExpiringPassword> users) {}

  private final PasswordAgeQuery query;
  private final Map<String, String> exemptGroups;
  private final ExpiryPolicy policy;
  private final long after;
  private final long upTo;
  private final long now;

  ExpiringPasswordsReport(
      KeycloakSession session, RealmModel realm, ExpiryPolicy policy, ReportQuery q, long now) {
    this.query =
        new PasswordAgeQuery(
            session.getProvider(JpaConnectionProvider.class).getEntityManager(), realm.getId());
    this.exemptGroups = Exemptions.exemptGroups(session, realm);
    this.policy = policy;
    this.now = now;
    long lifetime = policy.expiryDays() * PasswordExpiry.DAY_MS;
    // A password set at c expires at c + lifetime: expired when c + lifetime <= now.
    if (q.expired()) {
      this.after = Long.MIN_VALUE;
      this.upTo = now - lifetime;
    } else {
      this.after = now - lifetime;
      this.upTo = now - lifetime + q.withinDays() * PasswordExpiry.DAY_MS;
    }
  }

  long total() {
    return query.count(after, upTo);
  }

  List<ExpiringPassword> page(int first, int max) {
    List<PasswordAgeQuery.Row> rows = query.page(after, upTo, first, max);
    Map<String, String> exempt =
        query.exemptions(rows.stream().map(PasswordAgeQuery.Row::userId).toList(), exemptGroups);
    return rows.stream()
        .map(r -> ExpiringPassword.of(r, policy, exempt.get(r.userId()), now))
        .toList();
  }
}
