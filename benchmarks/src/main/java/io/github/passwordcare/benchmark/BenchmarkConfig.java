package io.github.passwordcare.benchmark;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * What the benchmark runs against and how big it is, read from environment variables (all
 * optional). Only a Keycloak on this machine is accepted: the benchmark sends thousands of requests
 * and must never be pointed at a shared server by mistake.
 */
public record BenchmarkConfig(
    URI baseUrl,
    String adminUser,
    String adminPassword,
    String sourceRealm,
    String benchRealm,
    int usersPerPhase,
    int warmupUsers,
    int clientThreads,
    int rounds,
    boolean bulkLogoutSessions,
    boolean generateFirst,
    Duration phaseTimeout,
    Duration settle) {

  private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  public static BenchmarkConfig fromEnvironment(Map<String, String> env) {
    URI url = URI.create(env.getOrDefault("BENCH_KEYCLOAK_URL", "http://localhost:8380"));
    if (!LOCAL_HOSTS.contains(url.getHost())) {
      throw new IllegalArgumentException(
          "BENCH_KEYCLOAK_URL must point at this machine (localhost), not " + url.getHost());
    }
    int cores = Runtime.getRuntime().availableProcessors();
    return new BenchmarkConfig(
        url,
        env.getOrDefault("PASSWORD_CARE_ADMIN_USER", "admin"),
        env.getOrDefault("PASSWORD_CARE_ADMIN_PASSWORD", "admin"),
        env.getOrDefault("BENCH_SOURCE_REALM", "password-care-demo"),
        env.getOrDefault("BENCH_REALM", "password-care-bench"),
        bounded(env, "BENCH_USERS", 1000, 1, 1000),
        bounded(env, "BENCH_WARMUP_USERS", 1000, 2, 2000),
        bounded(env, "BENCH_CLIENT_THREADS", cores, 1, 64),
        bounded(env, "BENCH_ROUNDS", 2, 1, 5),
        !"false".equalsIgnoreCase(env.getOrDefault("BENCH_BULK_LOGOUT_SESSIONS", "true")),
        "true".equalsIgnoreCase(env.getOrDefault("BENCH_GENERATE_FIRST", "false")),
        Duration.ofSeconds(bounded(env, "BENCH_PHASE_TIMEOUT_SECONDS", 900, 10, 3600)),
        Duration.ofSeconds(bounded(env, "BENCH_SETTLE_SECONDS", 30, 0, 600)));
  }

  /** An integer knob of the environment, checked against its range. */
  public static int bounded(Map<String, String> env, String name, int dflt, int min, int max) {
    String raw = env.get(name);
    int value = raw == null || raw.isBlank() ? dflt : Integer.parseInt(raw.trim());
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
    }
    return value;
  }
}
