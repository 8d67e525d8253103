package io.github.passwordcare.expiry;

import java.util.List;

/**
 * When one password expires and where it stands at a given moment: pure arithmetic on epoch
 * milliseconds, so the sign-in check, the reminder job and the report agree to the second
 * (Keycloak's own {@code forceExpiredPasswordChange} counts whole days: keycloak/keycloak#39208).
 *
 * <p>Days left are rounded up: 4 days and 1 hour before expiry is "5 days", 1 second before is "1
 * day", at and after expiry it is 0 or less. A reminder threshold of {@code t} days is due once the
 * days left are at most {@code t}, so "expires in 1 day" goes out in the last 24 hours.
 *
 * @param createdAt epoch ms when the password was set (the credential's {@code createdDate})
 * @param expiresAt epoch ms from which the password no longer signs in without a change
 * @param noticeFrom epoch ms from which sign-in warns (never before {@code createdAt})
 */
public record PasswordExpiry(long createdAt, long expiresAt, long noticeFrom) {

  public static final long DAY_MS = 86_400_000L;

  /** Where a password stands. */
  public enum State {
    VALID,
    NOTICE,
    EXPIRED
  }

  public static PasswordExpiry of(long createdAt, ExpiryPolicy policy) {
    long expiresAt = createdAt + policy.expiryDays() * DAY_MS;
    return new PasswordExpiry(
        createdAt, expiresAt, Math.max(createdAt, expiresAt - policy.noticeDays() * DAY_MS));
  }

  public State state(long now) {
    if (now >= expiresAt) {
      return State.EXPIRED;
    }
    return now >= noticeFrom ? State.NOTICE : State.VALID;
  }

  /** Whole days left, rounded up; 0 or less once expired. */
  public long daysLeft(long now) {
    return Math.floorDiv(expiresAt - now + DAY_MS - 1, DAY_MS);
  }

  /**
   * The reminder due now: the smallest threshold (in days) that the days left have reached, or 0
   * when none is due or the password has expired.
   */
  public int dueThreshold(long now, List<Integer> thresholds) {
    long left = daysLeft(now);
    if (left <= 0) {
      return 0;
    }
    return thresholds.stream().filter(t -> left <= t).min(Integer::compare).orElse(0);
  }

  /**
   * Whether the reminder for {@code threshold} still goes out, given the thresholds already sent
   * for this password: not when it or a smaller one was sent (a user who got "1 day" is not sent "7
   * days" after a threshold change).
   */
  public static boolean stillDue(int threshold, List<Integer> alreadySent) {
    return threshold > 0 && alreadySent.stream().noneMatch(sent -> sent <= threshold);
  }
}
