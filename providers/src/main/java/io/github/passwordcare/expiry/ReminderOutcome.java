package io.github.passwordcare.expiry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a reminder run did (or, dry, would do): counts per threshold, users skipped for want of a
 * verified email, failed sends, and the first {@link #LISTED} reminders by name. The list is capped
 * so that the run's memory does not grow with the realm; the report lists everyone.
 */
public final class ReminderOutcome {

  static final int LISTED = 1000;

  /** One reminder: who, which threshold, when the password expires (ISO-8601 UTC). */
  public record Reminder(String userId, String username, int thresholdDays, String expiresAt) {}

  /** The JSON answer of {@code POST .../send-reminders}. */
  public record Summary(
      boolean dryRun,
      boolean ran,
      int sent,
      Map<Integer, Integer> byThreshold,
      int skippedNoVerifiedEmail,
      int failed,
      List<Reminder> reminders,
      boolean truncated) {}

  private final boolean dryRun;
  private final Map<Integer, Integer> byThreshold = new TreeMap<>(Comparator.reverseOrder());
  private final List<Reminder> reminders = new ArrayList<>();
  private int sent;
  private int skippedNoVerifiedEmail;
  private int failed;
  private boolean truncated;

  ReminderOutcome(boolean dryRun) {
    this.dryRun = dryRun;
  }

  void sent(Reminder reminder) {
    sent++;
    byThreshold.merge(reminder.thresholdDays(), 1, Integer::sum);
    if (reminders.size() < LISTED) {
      reminders.add(reminder);
    } else {
      truncated = true;
    }
  }

  void skippedNoVerifiedEmail() {
    skippedNoVerifiedEmail++;
  }

  void failed() {
    failed++;
  }

  int sentCount() {
    return sent;
  }

  Summary summary(boolean ran) {
    return new Summary(
        dryRun,
        ran,
        sent,
        Collections.unmodifiableMap(byThreshold),
        skippedNoVerifiedEmail,
        failed,
        List.copyOf(reminders),
        truncated);
  }
}
