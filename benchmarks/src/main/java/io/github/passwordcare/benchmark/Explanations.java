package io.github.passwordcare.benchmark;

/** The "how to read this" text printed under the report; benchmarks/README.md says the same. */
final class Explanations {

  static final String TEXT =
      """
      How to read this:
        x faster       = stock seconds / bulk seconds for the same number of users (higher is better).
        of the limit   = bulk seconds / hash limit (lower is better; 1.00x would be pure hashing).
        hash limit     = users x one password hash / cores. Each reset here costs exactly one hash:
                         the users have no password before (no history to check). The hash is
                         timed inside the server by the benchmark's probe, with the provider and
                         parameters the realm's resets use (Keycloak 26's default: argon2id v1.3,
                         5 iterations, 7168 KiB, parallelism 1), warmed up, while the server is
                         idle, before and after the phases: the lower of (median single-thread
                         hash / cores) and (time per hash with one thread per core) is used, the
                         stricter limit. The same hash timed in this JVM is printed for reference:
                         argon2 fills 7 MiB per hash, so its speed depends on how warm that memory
                         is in the CPU cache, which depends on the JVM's heap (see the README).
        Every phase has its own fresh users in the same state and its own fresh password, so the
        phases do the same work; a phase that did not reset every user never PASSes.
        Targets are a report, not a test: the command exits 0 either way.""";

  private Explanations() {}
}
