package io.github.passwordcare.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.keycloak.policy.PasswordPolicyConfigException;

class DaysPolicyTest {

  private final DaysPolicy expiry = new DaysPolicy("Password expiry", 1, 730);

  @Test
  void takesWholeDaysInRange() {
    assertThat(expiry.parseConfig("1")).isEqualTo(1);
    assertThat(expiry.parseConfig(" 90 ")).isEqualTo(90);
    assertThat(expiry.parseConfig("730")).isEqualTo(730);
  }

  @Test
  void refusesAnythingElseWithAMessageThatSaysTheRange() {
    for (String bad : new String[] {"0", "731", "-5", "abc", "", "1.5", "99999", null}) {
      assertThatThrownBy(() -> expiry.parseConfig(bad))
          .as(String.valueOf(bad))
          .isInstanceOf(PasswordPolicyConfigException.class)
          .hasMessage("Password expiry must be a whole number of days from 1 to 730");
    }
  }

  @Test
  void neverRefusesAPassword() {
    assertThat(expiry.validate("alice", "x")).isNull();
  }
}
