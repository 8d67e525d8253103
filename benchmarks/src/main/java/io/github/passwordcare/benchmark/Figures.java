package io.github.passwordcare.benchmark;

import java.util.List;

/**
 * Everything one benchmark run measured, for {@link Report}.
 *
 * @param serverHash the hash timed inside the server by the probe, or null when the server has no
 *     probe installed (then the benchmark JVM's timing gives the limit)
 * @param clientHash the same hash timed in the benchmark JVM with BouncyCastle
 */
record Figures(
    int users,
    int cores,
    int clientThreads,
    List<PhaseResult> bulkPhases,
    PhaseResult sequential,
    PhaseResult parallel,
    HashCosts serverHash,
    HashCosts clientHash,
    String storedHash,
    String loadBefore,
    String loadAfter) {

  /** The timing the limit comes from: the server's own, when the probe could time it. */
  HashCosts limitHash() {
    return serverHash != null ? serverHash : clientHash;
  }

  double hashLimitSeconds() {
    return limitHash().limitSeconds(users, cores);
  }
}
