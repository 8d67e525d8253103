package io.github.passwordcare.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityWindowTest {

  private static final long NOW = 1_700_000_000_000L;

  @Test
  void defaultsToThirtyDaysEndingNow() {
    assertThat(ActivityWindow.parse(null, NOW))
        .isEqualTo(new ActivityWindow(30, NOW - 30L * 86_400_000L, NOW));
  }

  @Test
  void takesOneSevenAndThirty() {
    assertThat(ActivityWindow.parse("1", NOW).from()).isEqualTo(NOW - 86_400_000L);
    assertThat(ActivityWindow.parse("7", NOW).days()).isEqualTo(7);
    assertThat(ActivityWindow.parse("30", NOW).days()).isEqualTo(30);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "2", "31", "-1", "07", "7 ", "30.0", "abc", "999999999999"})
  void refusesAnythingElse(String days) {
    assertThatThrownBy(() -> ActivityWindow.parse(days, NOW))
        .isInstanceOf(ActivityWindow.InvalidWindowException.class)
        .hasMessage("days must be 1, 7 or 30");
  }
}
