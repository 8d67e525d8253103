package io.github.passwordcare.benchmark;

import java.util.Locale;

/**
 * One hash timed twice, before and after the timed phases, and the hash limit it gives.
 *
 * @param where where it was timed, for the report ("server", "benchmark JVM")
 */
record HashCosts(String where, HashTiming.Measurement before, HashTiming.Measurement after) {

  /** The faster of the two single-thread medians. */
  double hashSeconds() {
    return Math.min(before.medianSeconds(), after.medianSeconds());
  }

  /**
   * users × one hash ÷ cores: no reset of these users can be faster on this machine. When the
   * hashes timed on all cores at once came out faster than one hash ÷ cores (a single thread loses
   * more to other work on a shared machine), that throughput is used: the stricter limit.
   */
  double limitSeconds(int users, int cores) {
    double parallel = Math.min(before.parallelSecondsPerHash(), after.parallelSecondsPerHash());
    return users * Math.min(hashSeconds() / cores, parallel);
  }

  String describe(int users, int cores) {
    return String.format(
        Locale.ROOT,
        "%.1f s for %d hashes on %d cores   (timed in the %s; one hash, single thread: %.1f ms"
            + " before, %.1f ms after the phases; on %d threads: %.1f / %.1f ms per hash)",
        limitSeconds(users, cores),
        users,
        cores,
        where,
        before.medianSeconds() * 1000,
        after.medianSeconds() * 1000,
        after.threads(),
        before.parallelSecondsPerHash() * 1000,
        after.parallelSecondsPerHash() * 1000);
  }
}
