package io.github.passwordcare.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordRequirementsTest {

  @Test
  void readsKeycloakPolicyIds() {
    Map<String, Object> policy =
        Map.of(
            "length", 12,
            "maxLength", 64,
            "digits", 2,
            "lowerCase", 3,
            "upperCase", 4,
            "specialChars", 5);

    assertThat(PasswordRequirements.from(policy::get))
        .isEqualTo(new PasswordRequirements(12, 64, 2, 3, 4, 5));
  }

  @Test
  void absentPoliciesRequireNothing() {
    assertThat(PasswordRequirements.from(id -> null)).isEqualTo(PasswordRequirements.NONE);
  }

  @Test
  void minimumForClassesAddsTheRequiredCounts() {
    assertThat(new PasswordRequirements(0, 99, 1, 2, 3, 4).minimumForClasses()).isEqualTo(10);
  }
}
