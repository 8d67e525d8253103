package io.github.passwordcare.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class StoredHashTest {

  // The credentialData Keycloak 26.5.6 returns for a password hashed with its default argon2.
  private static final String KEYCLOAK_DEFAULT =
      "{\"hashIterations\":5,\"algorithm\":\"argon2\",\"additionalParameters\":{"
          + "\"hashLength\":[\"32\"],\"memory\":[\"7168\"],\"type\":[\"id\"],"
          + "\"version\":[\"1.3\"],\"parallelism\":[\"1\"]}}";

  private static JsonNode parse(String json) throws Exception {
    return new ObjectMapper().readTree(json);
  }

  @Test
  void keycloaksDefaultIsWhatTheBenchmarkTimes() throws Exception {
    JsonNode data = parse(KEYCLOAK_DEFAULT);

    assertThat(StoredHash.matchesBenchmark(data)).isTrue();
    assertThat(StoredHash.describe(data))
        .isEqualTo(
            "argon2 (type id, version 1.3, 5 iterations, 7168 KiB, parallelism 1, 32 bytes)");
  }

  @Test
  void anotherHashIsFlagged() throws Exception {
    JsonNode data =
        parse(
            "{\"hashIterations\":210000,\"algorithm\":\"pbkdf2-sha512\",\"additionalParameters\":{}}");

    assertThat(StoredHash.matchesBenchmark(data)).isFalse();
    assertThat(StoredHash.describe(data)).startsWith("pbkdf2-sha512 (type ?");
  }
}
