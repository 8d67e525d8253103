package io.github.passwordcare.bulkreset.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.passwordcare.bulkreset.ui.AdminUiClientConfig.Realms;
import org.junit.jupiter.api.Test;

class AdminUiClientConfigTest {

  @Test
  void byDefaultEveryRealmButMasterGetsTheClient() {
    AdminUiClientConfig config = AdminUiClientConfig.parse(null);
    assertThat(config.realms()).isEqualTo(Realms.NON_MASTER);
    assertThat(config.createsIn(false)).isTrue();
    assertThat(config.createsIn(true)).isFalse();
    assertThat(AdminUiClientConfig.parse(" ").realms()).isEqualTo(Realms.NON_MASTER);
  }

  @Test
  void allIncludesMasterAndNoneCreatesNothing() {
    AdminUiClientConfig all = AdminUiClientConfig.parse("all");
    assertThat(all.createsIn(true)).isTrue();
    assertThat(all.createsIn(false)).isTrue();
    AdminUiClientConfig none = AdminUiClientConfig.parse("None");
    assertThat(none.createsIn(true)).isFalse();
    assertThat(none.createsIn(false)).isFalse();
    assertThat(AdminUiClientConfig.parse("non-master").realms()).isEqualTo(Realms.NON_MASTER);
  }

  @Test
  void anUnknownValueNamesTheOptionAndTheChoices() {
    assertThatThrownBy(() -> AdminUiClientConfig.parse("master"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--spi-realm-restapi-extension--password-care--admin-ui-client")
        .hasMessageContaining("all, non-master, none")
        .hasMessageContaining("'master'");
  }

  @Test
  void metadataListsTheChoicesWithTheDefault() {
    assertThat(AdminUiClientConfig.metadata())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getName()).isEqualTo(AdminUiClientConfig.OPTION);
              assertThat(p.getOptions()).containsExactly("all", "non-master", "none");
              assertThat(p.getDefaultValue()).isEqualTo("non-master");
            });
  }
}
