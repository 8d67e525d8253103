package io.github.passwordcare.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * One target line of the report: a bulk time against a baseline time, as a ratio with a PASS/MISS
 * verdict. The verdict uses the ratio as printed (two decimals), so line and verdict agree, and a
 * phase that did not reset every user never passes: a faster failure is not a faster reset.
 */
public record Comparison(
    String label,
    double bulkSeconds,
    double baselineSeconds,
    boolean bothComplete,
    Kind kind,
    double target) {

  public enum Kind {
    /** baseline ÷ bulk, higher is better: "2.90x faster (target >= 2.0x)". */
    FASTER_THAN,
    /** bulk ÷ limit, lower is better: "1.12x of the limit (target <= 1.25x)". */
    WITHIN_LIMIT,
    /** measured ÷ baseline, lower is better: "1.04x the baseline's time (target <= 1.1x)". */
    AS_SLOW_AS
  }

  double ratio() {
    if (bulkSeconds <= 0 || baselineSeconds <= 0) {
      return Double.NaN;
    }
    double raw =
        kind == Kind.FASTER_THAN ? baselineSeconds / bulkSeconds : bulkSeconds / baselineSeconds;
    return BigDecimal.valueOf(raw).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  boolean passed() {
    double ratio = ratio();
    if (!bothComplete || Double.isNaN(ratio)) {
      return false;
    }
    return kind == Kind.FASTER_THAN ? ratio >= target : ratio <= target;
  }

  String verdict() {
    if (Double.isNaN(ratio())) {
      return "N/A";
    }
    return passed() ? "PASS" : bothComplete ? "MISS" : "MISS (not every user was reset)";
  }

  public String line() {
    if (Double.isNaN(ratio())) {
      return String.format(Locale.ROOT, "%s: not measured  %s", label, verdict());
    }
    String measured =
        switch (kind) {
          case FASTER_THAN ->
              String.format(Locale.ROOT, "%.2fx faster (target >= %sx)", ratio(), plain(target));
          case WITHIN_LIMIT ->
              String.format(
                  Locale.ROOT, "%.2fx of the limit (target <= %sx)", ratio(), plain(target));
          case AS_SLOW_AS ->
              String.format(
                  Locale.ROOT, "%.2fx the baseline's time (target <= %sx)", ratio(), plain(target));
        };
    return String.format(
        Locale.ROOT,
        "%s: %s  %s   [%.1f s vs %.1f s]",
        label,
        measured,
        verdict(),
        bulkSeconds,
        baselineSeconds);
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
