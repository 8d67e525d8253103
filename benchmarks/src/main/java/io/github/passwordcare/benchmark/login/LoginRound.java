package io.github.passwordcare.benchmark.login;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Logins one side completed in one timed window, and the figures the report derives from several
 * rounds: the best and the median rate of a side, and the ratio of two sides against the target.
 */
record LoginRound(String side, int logins, double seconds) {

  /** Ours must reach this share of stock's logins per second. */
  static final double TARGET = 0.95;

  double perSecond() {
    return seconds <= 0 ? 0 : logins / seconds;
  }

  static double best(List<LoginRound> rounds) {
    return rounds.stream().mapToDouble(LoginRound::perSecond).max().orElse(0);
  }

  /** The median rate; with an even count, the mean of the middle two. */
  static double median(List<LoginRound> rounds) {
    List<LoginRound> sorted = new ArrayList<>(rounds);
    sorted.sort(Comparator.comparingDouble(LoginRound::perSecond));
    int n = sorted.size();
    if (n == 0) {
      return 0;
    }
    return n % 2 == 1
        ? sorted.get(n / 2).perSecond()
        : (sorted.get(n / 2 - 1).perSecond() + sorted.get(n / 2).perSecond()) / 2;
  }

  /** Every round's rate, e.g. {@code 21.3 / 22.0 / 20.8}. */
  static String each(List<LoginRound> rounds) {
    List<String> rates = new ArrayList<>();
    rounds.forEach(r -> rates.add(String.format(Locale.ROOT, "%.1f", r.perSecond())));
    return String.join(" / ", rates);
  }

  /** {@code ours ÷ stock} with the verdict; a stock rate of 0 never passes. */
  static String verdict(String what, double ours, double stock) {
    double ratio = stock <= 0 ? 0 : ours / stock;
    return String.format(
        Locale.ROOT,
        "%s: %.3f (target >= %.2f)  %s   [%.1f vs %.1f logins/s]",
        what,
        ratio,
        TARGET,
        stock > 0 && ratio >= TARGET ? "PASS" : "MISS",
        ours,
        stock);
  }
}
