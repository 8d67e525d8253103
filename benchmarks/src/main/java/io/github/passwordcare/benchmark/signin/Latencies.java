package io.github.passwordcare.benchmark.signin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Sign-in latencies of one window: median and 95th percentile (nearest rank) of the answered
 * sign-ins, and how many failed. A window with no answered sign-in has no figures (NaN).
 */
record Latencies(List<Double> millis, int failed) {

  Latencies {
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    millis = List.copyOf(sorted);
  }

  static Latencies pooled(List<Latencies> windows) {
    List<Double> all = new ArrayList<>();
    int failed = 0;
    for (Latencies w : windows) {
      all.addAll(w.millis);
      failed += w.failed;
    }
    return new Latencies(all, failed);
  }

  double median() {
    return percentile(50);
  }

  double p95() {
    return percentile(95);
  }

  /** Nearest rank: the smallest value with at least {@code p} % of the values at or below it. */
  double percentile(int p) {
    if (millis.isEmpty()) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * millis.size());
    return millis.get(Math.max(0, rank - 1));
  }

  String describe() {
    return String.format(
        Locale.ROOT,
        "median %.0f ms, p95 %.0f ms (%d sign-ins%s)",
        median(),
        p95(),
        millis.size(),
        failed == 0 ? "" : ", " + failed + " failed");
  }

  /** "2.31x / 3.05x" (median / p95) against a baseline; "n/a" without figures. */
  String ratioTo(Latencies baseline) {
    double m = median() / baseline.median();
    double p = p95() / baseline.p95();
    if (Double.isNaN(m) || Double.isNaN(p)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "median %.2fx, p95 %.2fx", m, p);
  }
}
