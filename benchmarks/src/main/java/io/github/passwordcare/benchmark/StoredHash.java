package io.github.passwordcare.benchmark;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the server actually stored for a reset password, read back through the admin API, so the
 * report can show that the hash the benchmark times is the hash the server computes.
 */
final class StoredHash {

  private StoredHash() {}

  /**
   * e.g. {@code argon2 (type id, version 1.3, 5 iterations, 7168 KiB, parallelism 1, 32 bytes)}.
   */
  static String describe(JsonNode credentialData) {
    JsonNode p = credentialData.path("additionalParameters");
    return String.format(
        "%s (type %s, version %s, %d iterations, %s KiB, parallelism %s, %s bytes)",
        credentialData.path("algorithm").asText("?"),
        first(p, "type"),
        first(p, "version"),
        credentialData.path("hashIterations").asInt(),
        first(p, "memory"),
        first(p, "parallelism"),
        first(p, "hashLength"));
  }

  /** True when the server hashes with the parameters {@link HashCost} times. */
  static boolean matchesBenchmark(JsonNode credentialData) {
    JsonNode p = credentialData.path("additionalParameters");
    return "argon2".equals(credentialData.path("algorithm").asText())
        && "id".equals(first(p, "type"))
        && "1.3".equals(first(p, "version"))
        && credentialData.path("hashIterations").asInt() == HashCost.ITERATIONS
        && String.valueOf(HashCost.MEMORY_KIB).equals(first(p, "memory"))
        && String.valueOf(HashCost.PARALLELISM).equals(first(p, "parallelism"))
        && String.valueOf(HashCost.HASH_BYTES).equals(first(p, "hashLength"));
  }

  private static String first(JsonNode parameters, String name) {
    JsonNode values = parameters.path(name);
    return values.isArray() ? values.path(0).asText("?") : values.asText("?");
  }
}
