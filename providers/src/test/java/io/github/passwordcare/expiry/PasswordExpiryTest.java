package io.github.passwordcare.expiry;

import static io.github.passwordcare.expiry.PasswordExpiry.DAY_MS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.expiry.PasswordExpiry.State;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordExpiryTest {

  private static final long SET = 1_764_000_000_000L; // a password set at this instant
  private static final ExpiryPolicy NINETY_FOURTEEN = new ExpiryPolicy(90, 14);
  private static final PasswordExpiry EXPIRY = NINETY_FOURTEEN.expiryOf(SET);
  private static final long EXPIRES = SET + 90 * DAY_MS;
  private static final List<Integer> THRESHOLDS = List.of(14, 7, 1);

  @Test
  void expiresExactlyTheGivenDaysAfterItWasSetToTheSecond() {
    assertThat(EXPIRY.expiresAt()).isEqualTo(EXPIRES);
    assertThat(EXPIRY.state(EXPIRES - 1_000)).isEqualTo(State.NOTICE);
    assertThat(EXPIRY.state(EXPIRES)).isEqualTo(State.EXPIRED);
    assertThat(EXPIRY.state(EXPIRES + 1_000)).isEqualTo(State.EXPIRED);
  }

  @Test
  void theNoticeWindowOpensTheNoticeDaysBeforeExpiryToTheSecond() {
    assertThat(EXPIRY.noticeFrom()).isEqualTo(EXPIRES - 14 * DAY_MS);
    assertThat(EXPIRY.state(EXPIRES - 14 * DAY_MS - 1_000)).isEqualTo(State.VALID);
    assertThat(EXPIRY.state(EXPIRES - 14 * DAY_MS)).isEqualTo(State.NOTICE);
    assertThat(EXPIRY.state(SET)).isEqualTo(State.VALID);
  }

  @Test
  void aNoticeLongerThanTheExpiryWarnsFromTheStart() {
    PasswordExpiry shortLived = new ExpiryPolicy(5, 14).expiryOf(SET);
    assertThat(shortLived.noticeFrom()).isEqualTo(SET);
    assertThat(shortLived.state(SET)).isEqualTo(State.NOTICE);
  }

  @Test
  void daysLeftAreRoundedUp() {
    assertThat(EXPIRY.daysLeft(EXPIRES - 4 * DAY_MS - 3_600_000)).isEqualTo(5);
    assertThat(EXPIRY.daysLeft(EXPIRES - 5 * DAY_MS)).isEqualTo(5);
    assertThat(EXPIRY.daysLeft(EXPIRES - 1_000)).isEqualTo(1);
    assertThat(EXPIRY.daysLeft(EXPIRES)).isZero();
    assertThat(EXPIRY.daysLeft(EXPIRES + DAY_MS / 2)).isZero();
    assertThat(EXPIRY.daysLeft(EXPIRES + DAY_MS)).isEqualTo(-1);
  }

  @Test
  void theDueThresholdIsTheSmallestOneReached() {
    assertThat(EXPIRY.dueThreshold(EXPIRES - 15 * DAY_MS, THRESHOLDS)).isZero();
    assertThat(EXPIRY.dueThreshold(EXPIRES - 14 * DAY_MS - 1_000, THRESHOLDS)).isZero();
    assertThat(EXPIRY.dueThreshold(EXPIRES - 14 * DAY_MS, THRESHOLDS)).isEqualTo(14);
    assertThat(EXPIRY.dueThreshold(EXPIRES - 7 * DAY_MS - 1_000, THRESHOLDS)).isEqualTo(14);
    assertThat(EXPIRY.dueThreshold(EXPIRES - 7 * DAY_MS, THRESHOLDS)).isEqualTo(7);
    assertThat(EXPIRY.dueThreshold(EXPIRES - DAY_MS, THRESHOLDS)).isEqualTo(1);
    assertThat(EXPIRY.dueThreshold(EXPIRES - 1_000, THRESHOLDS)).isEqualTo(1);
    assertThat(EXPIRY.dueThreshold(EXPIRES, THRESHOLDS)).isZero(); // expired: no reminder
    assertThat(EXPIRY.dueThreshold(EXPIRES - DAY_MS, List.of())).isZero();
  }

  @Test
  void aThresholdGoesOutOnceAndNeverAfterASmallerOne() {
    assertThat(PasswordExpiry.stillDue(14, List.of())).isTrue();
    assertThat(PasswordExpiry.stillDue(14, List.of(14))).isFalse();
    assertThat(PasswordExpiry.stillDue(7, List.of(14))).isTrue();
    assertThat(PasswordExpiry.stillDue(14, List.of(7))).isFalse();
    assertThat(PasswordExpiry.stillDue(1, List.of(14, 7))).isTrue();
    assertThat(PasswordExpiry.stillDue(0, List.of())).isFalse();
  }
}
