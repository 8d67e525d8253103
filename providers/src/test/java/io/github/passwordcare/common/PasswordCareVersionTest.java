package io.github.passwordcare.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordCareVersionTest {

  @Test
  void versionIsFilteredFromTheBuild() {
    assertThat(PasswordCareVersion.get()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }
}
