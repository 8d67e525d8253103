package io.github.passwordcare.sspr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailMaskTest {

  @Test
  void keepsTheFirstLettersAndTheTopLevelDomain() {
    assertThat(EmailMask.mask("john@example.nl")).isEqualTo("j***@e***.nl");
    assertThat(EmailMask.mask("alice.private@mail.example.com")).isEqualTo("a***@m***.com");
  }

  @Test
  void oddAddressesStillHideTheRest() {
    assertThat(EmailMask.mask("x@localhost")).isEqualTo("x***@l***");
    assertThat(EmailMask.mask("nodomain")).isEqualTo("n***");
    assertThat(EmailMask.mask("")).isEqualTo("***");
    assertThat(EmailMask.mask(null)).isEqualTo("***");
  }
}
