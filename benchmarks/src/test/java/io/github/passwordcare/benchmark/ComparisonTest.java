package io.github.passwordcare.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparisonTest {

  private static Comparison faster(double bulk, double stock, boolean complete) {
    return new Comparison(
        "bulk set vs sequential stock", bulk, stock, complete, Comparison.Kind.FASTER_THAN, 2.0);
  }

  private static Comparison ofLimit(double bulk, double limit) {
    return new Comparison(
        "bulk set vs hash limit", bulk, limit, true, Comparison.Kind.WITHIN_LIMIT, 1.25);
  }

  @Test
  void fasterIsStockOverBulk() {
    Comparison c = faster(30, 87, true);

    assertThat(c.ratio()).isEqualTo(2.90);
    assertThat(c.passed()).isTrue();
    assertThat(c.line())
        .isEqualTo(
            "bulk set vs sequential stock: 2.90x faster (target >= 2x)  PASS   [30.0 s vs 87.0"
                + " s]");
  }

  @Test
  void belowTheSpeedTargetIsAMiss() {
    Comparison c = faster(50, 87, true);

    assertThat(c.ratio()).isEqualTo(1.74);
    assertThat(c.verdict()).isEqualTo("MISS");
  }

  @Test
  void verdictFollowsThePrintedRatio() {
    // 1.9996x prints as 2.00x: it must not print "2.00x ... MISS".
    assertThat(faster(10, 19.996, true).passed()).isTrue();
    assertThat(faster(10, 19.94, true).passed()).isFalse();
  }

  @Test
  void limitIsBulkOverLimitAndLowerIsBetter() {
    assertThat(ofLimit(28, 25).ratio()).isEqualTo(1.12);
    assertThat(ofLimit(28, 25).passed()).isTrue();
    assertThat(ofLimit(40, 25).ratio()).isEqualTo(1.60);
    assertThat(ofLimit(40, 25).line()).contains("1.60x of the limit (target <= 1.25x)  MISS");
  }

  @Test
  void aPhaseThatDidNotResetEveryoneNeverPasses() {
    Comparison c = faster(5, 87, false);

    assertThat(c.passed()).isFalse();
    assertThat(c.verdict()).isEqualTo("MISS (not every user was reset)");
  }

  @Test
  void aPhaseThatDidNotRunIsNotMeasured() {
    Comparison c = faster(0, 87, false);

    assertThat(c.ratio()).isNaN();
    assertThat(c.line()).isEqualTo("bulk set vs sequential stock: not measured  N/A");
  }
}
