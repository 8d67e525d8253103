package io.github.passwordcare.expiry;

import java.time.Instant;

/**
 * One row of the expiring-passwords report. Times are ISO-8601 in UTC. An exempt user is listed
 * where the password's age puts it, flagged, and never counts as expired.
 */
public record ExpiringPassword(
    String userId,
    String username,
    String email,
    String passwordSetAt,
    String expiresAt,
    long daysLeft,
    boolean expired,
    boolean exempt,
    String exemptBecause) {

  static ExpiringPassword of(
      PasswordAgeQuery.Row row, ExpiryPolicy policy, String exemptBecause, long now) {
    PasswordExpiry expiry = policy.expiryOf(row.createdAt());
    String reason = row.serviceAccount() ? Exemptions.SERVICE_ACCOUNT : exemptBecause;
    return new ExpiringPassword(
        row.userId(),
        row.username(),
        row.email(),
        Instant.ofEpochMilli(row.createdAt()).toString(),
        Instant.ofEpochMilli(expiry.expiresAt()).toString(),
        expiry.daysLeft(now),
        reason == null && expiry.state(now) == PasswordExpiry.State.EXPIRED,
        reason != null,
        reason);
  }
}
