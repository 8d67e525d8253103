package io.github.passwordcare.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.bulkreset.BulkResetConfig;
import org.junit.jupiter.api.Test;

class PasswordCareAdminResourceTest {

  @Test
  void infoListsBulkResetOnlyWhileItIsOn() {
    assertThat(PasswordCareAdminResource.features(new BulkResetConfig(true, 10, 1)))
        .containsExactly(
            "info", "bulk-reset", "settings", "sspr", "expiry", "recovery-contacts", "activity");
    assertThat(PasswordCareAdminResource.features(new BulkResetConfig(false, 10, 1)))
        .containsExactly("info", "settings", "sspr", "expiry", "recovery-contacts", "activity");
  }
}
