package io.github.passwordcare.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.contact.RecoveryCheckRule.Facts;
import io.github.passwordcare.contact.RecoveryCheckRule.Outcome;
import org.junit.jupiter.api.Test;

class RecoveryCheckRuleTest {

  private static final long NOW = 1_800_000_000L;
  private static final long DAY = 86_400L;

  private static Outcome decide(
      boolean required, boolean inScope, int registered, int needed, int days, String confirmed) {
    return RecoveryCheckRule.decide(
        new Facts(required, inScope, registered, needed, days, confirmed, NOW));
  }

  @Test
  void asksWhenFewerMethodsThanNeeded() {
    assertThat(decide(true, true, 1, 2, 180, null)).isEqualTo(Outcome.TOO_FEW_METHODS);
    assertThat(decide(true, true, 0, 1, 0, null)).isEqualTo(Outcome.TOO_FEW_METHODS);
    assertThat(decide(true, true, 0, 1, 180, String.valueOf(NOW)))
        .isEqualTo(Outcome.TOO_FEW_METHODS);
  }

  @Test
  void enoughMethodsAndNeverConfirmedIsNotAsked() {
    assertThat(decide(true, true, 2, 2, 180, null)).isEqualTo(Outcome.NOT_ASKED);
    assertThat(decide(true, true, 3, 1, 180, "")).isEqualTo(Outcome.NOT_ASKED);
  }

  @Test
  void neverAsksOutOfScopeOrWhenRegistrationIsOff() {
    assertThat(decide(false, true, 0, 2, 180, "0")).isEqualTo(Outcome.NOT_ASKED);
    assertThat(decide(true, false, 0, 2, 180, "0")).isEqualTo(Outcome.NOT_ASKED);
  }

  @Test
  void asksToReconfirmOnlyAfterMoreThanTheDays() {
    String exactly = String.valueOf(NOW - 180 * DAY);
    String older = String.valueOf(NOW - 180 * DAY - 1);
    assertThat(decide(true, true, 1, 1, 180, exactly)).isEqualTo(Outcome.NOT_ASKED);
    assertThat(decide(true, true, 1, 1, 180, older)).isEqualTo(Outcome.RECONFIRM);
    assertThat(decide(true, true, 1, 1, 180, "0")).isEqualTo(Outcome.RECONFIRM);
  }

  @Test
  void zeroDaysNeverAsksToReconfirm() {
    assertThat(decide(true, true, 1, 1, 0, "0")).isEqualTo(Outcome.NOT_ASKED);
  }

  @Test
  void aMalformedFutureOrNegativeDateIsNoReasonToAsk() {
    assertThat(decide(true, true, 1, 1, 1, "yesterday")).isEqualTo(Outcome.NOT_ASKED);
    assertThat(decide(true, true, 1, 1, 1, "-5")).isEqualTo(Outcome.NOT_ASKED);
    assertThat(decide(true, true, 1, 1, 1, String.valueOf(NOW + 10 * DAY)))
        .isEqualTo(Outcome.NOT_ASKED);
    assertThat(decide(true, true, 1, 1, 1, " " + (NOW - 2 * DAY) + " "))
        .isEqualTo(Outcome.RECONFIRM);
  }

  @Test
  void onlyNotAskedDoesNotAsk() {
    assertThat(Outcome.NOT_ASKED.asks()).isFalse();
    assertThat(Outcome.TOO_FEW_METHODS.asks()).isTrue();
    assertThat(Outcome.RECONFIRM.asks()).isTrue();
  }
}
