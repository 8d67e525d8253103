package io.github.passwordcare.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RemindLaterTest {

  @Test
  void offeredUntilTheAllowanceIsUsed() {
    assertThat(new RemindLater(0, 3, false).offered()).isTrue();
    assertThat(new RemindLater(2, 3, false).offered()).isTrue();
    assertThat(new RemindLater(3, 3, false).offered()).isFalse();
    assertThat(new RemindLater(3, 3, false).usedUp()).isTrue();
    assertThat(new RemindLater(0, 0, false).offered()).isFalse();
  }

  @Test
  void neverOfferedWhenAnApplicationStartedThePage() {
    RemindLater later = new RemindLater(0, 3, true);
    assertThat(later.offered()).isFalse();
    assertThat(later.usedUp()).isFalse();
  }

  @Test
  void aMissingOrGarbledCountIsZero() {
    assertThat(RemindLater.parseCount(null)).isZero();
    assertThat(RemindLater.parseCount("x")).isZero();
    assertThat(RemindLater.parseCount("-4")).isZero();
    assertThat(RemindLater.parseCount(" 2 ")).isEqualTo(2);
  }
}
