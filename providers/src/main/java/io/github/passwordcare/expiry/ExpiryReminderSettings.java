package io.github.passwordcare.expiry;

import io.github.passwordcare.settings.PasswordCareSettings;
import io.github.passwordcare.settings.PasswordCareSettingsStore;
import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The reminder options of a realm, read from its Password care settings (fields {@code
 * expiryRemindersEnabled}, {@code expiryReminderDays}, {@code expiryReminderHour}): on or off, the
 * thresholds in days before expiry (1–5 different days of 1–365, default 14, 7 and 1), and the hour
 * of day (0–23, UTC, default 8) at which the daily job sends. The job and the report read only this
 * record, so they do not depend on how the settings are stored.
 */
public record ExpiryReminderSettings(boolean enabled, List<Integer> days, int hour) {

  public ExpiryReminderSettings {
    days = List.copyOf(days);
  }

  public static ExpiryReminderSettings defaults() {
    return of(PasswordCareSettings.defaults());
  }

  /** The realm's reminder options. */
  static ExpiryReminderSettings of(KeycloakSession session, RealmModel realm) {
    return of(PasswordCareSettingsStore.read(session, realm));
  }

  static ExpiryReminderSettings of(PasswordCareSettings settings) {
    return new ExpiryReminderSettings(
        settings.expiryRemindersEnabled(),
        settings.expiryReminderDays(),
        settings.expiryReminderHour());
  }

  /** The largest threshold: how far ahead of expiry the job looks. */
  int maxDays() {
    return days.stream().mapToInt(Integer::intValue).max().orElse(0);
  }
}
