package io.github.passwordcare.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkConfigTest {

  @Test
  void defaultsToTheBenchmarkPortAndAThousandUsers() {
    BenchmarkConfig config = BenchmarkConfig.fromEnvironment(Map.of());

    assertThat(config.baseUrl()).hasToString("http://localhost:8380");
    assertThat(config.usersPerPhase()).isEqualTo(1000);
    assertThat(config.clientThreads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(config.rounds()).isEqualTo(2);
    assertThat(config.warmupUsers()).isEqualTo(1000);
  }

  @Test
  void refusesAServerOnAnotherMachine() {
    assertThatThrownBy(
            () ->
                BenchmarkConfig.fromEnvironment(
                    Map.of("BENCH_KEYCLOAK_URL", "https://example.org")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("localhost");
  }

  @Test
  void boundsTheSizes() {
    assertThatThrownBy(() -> BenchmarkConfig.fromEnvironment(Map.of("BENCH_USERS", "5000")))
        .hasMessageContaining("BENCH_USERS must be between 1 and 1000");
    assertThatThrownBy(() -> BenchmarkConfig.fromEnvironment(Map.of("BENCH_ROUNDS", "0")))
        .hasMessageContaining("BENCH_ROUNDS must be between 1 and 5");
  }
}
