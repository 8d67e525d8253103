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

  /**
   * The faster of the two single-thread medians (before and after the phases): the stricter limit,
   * and the one least disturbed by other work on the machine.
   */
  double hashSeconds() {
    return Math.min(hashBefore.medianSeconds(), hashAfter.medianSeconds());
  }

  /** users × one hash ÷ cores: no reset of these users can be faster on this machine. */
  double hashLimitSeconds() {
    return users * hashSeconds() / cores;
  }
}
