package io.github.passwordcare.benchmark;

import java.util.List;

/** Everything one benchmark run measured, for {@link Report}. */
record Figures(
    int users,
    int cores,
    int clientThreads,
    List<PhaseResult> bulkPhases,
    PhaseResult sequential,
    PhaseResult parallel,
    HashCost.Measurement hashBefore,
    HashCost.Measurement hashAfter,
    String storedHash,
    String loadBefore,
    String loadAfter) {

  /** The faster of the two single-thread medians (before and after the phases). */
  double hashSeconds() {
    return Math.min(hashBefore.medianSeconds(), hashAfter.medianSeconds());
  }

  /**
   * users × one hash ÷ cores: no reset of these users can be faster on this machine. When the
   * hashes timed on all cores at once came out faster than one hash ÷ cores (a single thread loses
   * more to other work on a shared machine), that throughput is used: the stricter limit.
   */
  double hashLimitSeconds() {
    double parallel =
        Math.min(hashBefore.parallelSecondsPerHash(), hashAfter.parallelSecondsPerHash());
    return users * Math.min(hashSeconds() / cores, parallel);
  }
}
