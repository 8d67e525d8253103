package io.github.passwordcare.benchmark.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {

  private static Latencies oneToHundred() {
    List<Double> millis = new ArrayList<>();
    for (int i = 100; i >= 1; i--) {
      millis.add((double) i);
    }
    return new Latencies(millis, 0);
  }

  @Test
  void medianAndP95AreNearestRankOfTheSortedSamples() {
    Latencies l = oneToHundred();

    assertThat(l.median()).isEqualTo(50.0);
    assertThat(l.p95()).isEqualTo(95.0);
    assertThat(new Latencies(List.of(7.0), 0).p95()).isEqualTo(7.0);
  }

  @Test
  void ratiosAreAgainstTheBaselinesOwnFigures() {
    Latencies idle = new Latencies(List.of(10.0, 20.0, 40.0), 0);
    Latencies busy = new Latencies(List.of(30.0, 40.0, 100.0), 1);

    assertThat(busy.ratioTo(idle)).isEqualTo("median 2.00x, p95 2.50x");
    assertThat(busy.describe()).isEqualTo("median 40 ms, p95 100 ms (3 sign-ins, 1 failed)");
  }

  @Test
  void noAnsweredSignInHasNoFigures() {
    Latencies none = new Latencies(List.of(), 5);

    assertThat(none.median()).isNaN();
    assertThat(none.ratioTo(oneToHundred())).isEqualTo("n/a");
  }

  @Test
  void pooledWindowsKeepEverySampleAndFailure() {
    Latencies pooled =
        Latencies.pooled(
            List.of(new Latencies(List.of(1.0, 3.0), 1), new Latencies(List.of(2.0), 2)));

    assertThat(pooled.millis()).containsExactly(1.0, 2.0, 3.0);
    assertThat(pooled.failed()).isEqualTo(3);
  }
}
