package io.github.passwordcare.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.passwordcare.common.Scopes;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.provider.ProviderConfigProperty;

class BulkResetConfigTest {

  @Test
  void isOnByDefault() {
    BulkResetConfig config = BulkResetConfig.from(Scopes.of(Map.of()));

    assertThat(config.enabled()).isTrue();
    assertThat(config.maxUsers()).isEqualTo(10_000);
    assertThat(config.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  void theServerWideSwitchTurnsItOff() {
    assertThat(BulkResetConfig.from(Scopes.of(Map.of("bulkReset", "off"))).enabled()).isFalse();
    assertThat(BulkResetConfig.from(Scopes.of(Map.of("bulkReset", "on"))).enabled()).isTrue();
  }

  @Test
  void anyOtherValueOfTheSwitchNamesTheOptionAndTheAllowedValues() {
    assertThatThrownBy(() -> BulkResetConfig.from(Scopes.of(Map.of("bulkReset", "false"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "--spi-admin-realm-restapi-extension--password-care--bulk-reset must be on or off"
                + " (got false)");
  }

  @Test
  void theSwitchIsADeclaredOnOffOptionDefaultingToOn() {
    ProviderConfigProperty enabled =
        BulkResetConfig.metadata().stream()
            .filter(p -> p.getName().equals("bulkReset"))
            .findFirst()
            .orElseThrow();

    assertThat(enabled.getType()).isEqualTo(ProviderConfigProperty.LIST_TYPE);
    assertThat(enabled.getOptions()).containsExactly("on", "off");
    assertThat(enabled.getDefaultValue()).isEqualTo("on");
  }

  @Test
  void noOptionNameEndsInEnabledSoKeycloakKeepsThemAllRuntime() {
    assertThat(BulkResetConfig.metadata())
        .extracting(ProviderConfigProperty::getName)
        .noneMatch(name -> name.endsWith("Enabled"));
  }

  @Test
  void limitsBelowOneNameTheOption() {
    assertThatThrownBy(() -> BulkResetConfig.from(Scopes.of(Map.of("bulkResetThreads", "0"))))
        .hasMessageContaining("--bulk-reset-threads must be at least 1");
  }
}
