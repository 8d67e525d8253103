package io.github.passwordcare.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseResultTest {

  private static PhaseResult round(double seconds, int succeeded) {
    return new PhaseResult("bulk set", 1000, seconds, succeeded, 1000 - succeeded, true, "");
  }

  @Test
  void theFastestCompleteRoundIsTheBestAndTheNoteListsEveryRound() {
    PhaseResult best =
        PhaseResult.best(List.of(round(33.8, 1000), round(29.8, 1000), round(20.0, 999)));

    assertThat(best.seconds()).isEqualTo(29.8);
    assertThat(best.complete()).isTrue();
    assertThat(best.note()).isEqualTo("best of 3 rounds: 33.8 s / 29.8 s / 20.0 s");
  }

  @Test
  void withoutACompleteRoundTheFirstRoundSaysWhy() {
    PhaseResult missing = PhaseResult.notRun("bulk set", 1000, "HTTP 404");

    assertThat(PhaseResult.best(List.of(missing, round(20.0, 999)))).isSameAs(missing);
  }

  @Test
  void oneRoundKeepsItsOwnNote() {
    PhaseResult only = new PhaseResult("bulk set", 1000, 30, 1000, 0, true, "");

    assertThat(PhaseResult.best(List.of(only)).note()).isEmpty();
  }
}
