package io.github.passwordcare.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigProperty;

class BulkResetConfigTest {

  /** The options as Keycloak hands them to the factory (camelCase names). */
  static Config.Scope options(Map<String, String> values) {
    return new Config.AbstractScope() {
      @Override
      public String get(String key) {
        return values.get(key);
      }

      @Override
      public Config.Scope scope(String... scope) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Set<String> getPropertyNames() {
        return values.keySet();
      }

      @Override
      public Config.Scope root() {
        throw new UnsupportedOperationException();
      }
    };
  }

  @Test
  void isOnByDefault() {
    BulkResetConfig config = BulkResetConfig.from(options(Map.of()));

    assertThat(config.enabled()).isTrue();
    assertThat(config.maxUsers()).isEqualTo(1000);
    assertThat(config.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  void theServerWideSwitchTurnsItOff() {
    assertThat(BulkResetConfig.from(options(Map.of("bulkResetEnabled", "false"))).enabled())
        .isFalse();
    assertThat(BulkResetConfig.from(options(Map.of("bulkResetEnabled", "true"))).enabled())
        .isTrue();
  }

  @Test
  void theSwitchIsADeclaredBooleanOptionDefaultingToTrue() {
    ProviderConfigProperty enabled =
        BulkResetConfig.metadata().stream()
            .filter(p -> p.getName().equals("bulkResetEnabled"))
            .findFirst()
            .orElseThrow();

    assertThat(enabled.getType()).isEqualTo(ProviderConfigProperty.BOOLEAN_TYPE);
    assertThat(enabled.getDefaultValue()).isEqualTo(true);
  }

  @Test
  void limitsBelowOneNameTheOption() {
    assertThatThrownBy(() -> BulkResetConfig.from(options(Map.of("bulkResetThreads", "0"))))
        .hasMessageContaining("--bulk-reset-threads must be at least 1");
  }
}
