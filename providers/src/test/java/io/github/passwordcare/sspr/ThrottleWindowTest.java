package io.github.passwordcare.sspr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThrottleWindowTest {

  private static final long WINDOW = 600;

  @Test
  void countsWithinTheWindowUpToTheLimit() {
    ThrottleWindow w = ThrottleWindow.empty(1000);
    for (int i = 0; i < 10; i++) {
      assertThat(w.full(1000 + i, WINDOW, 10)).isFalse();
      w = w.plusOne(1000 + i, WINDOW);
    }
    assertThat(w.count()).isEqualTo(10);
    assertThat(w.full(1010, WINDOW, 10)).isTrue();
    assertThat(w.full(1599, WINDOW, 10)).isTrue();
  }

  @Test
  void aNewWindowBeginsWhenTheOldOneEnds() {
    ThrottleWindow w = new ThrottleWindow(10, 1000);
    assertThat(w.full(1600, WINDOW, 10)).isFalse();
    ThrottleWindow next = w.plusOne(1600, WINDOW);
    assertThat(next).isEqualTo(new ThrottleWindow(1, 1600));
  }

  @Test
  void aWindowFromTheFutureCountsAsEnded() {
    // A node whose clock runs behind must not see a window that never ends.
    assertThat(new ThrottleWindow(5, 5000).at(1000, WINDOW)).isEqualTo(ThrottleWindow.empty(1000));
  }

  @Test
  void secondsLeftIsAtLeastOne() {
    assertThat(new ThrottleWindow(1, 1000).secondsLeft(1100, WINDOW)).isEqualTo(500);
    assertThat(new ThrottleWindow(1, 1000).secondsLeft(1600, WINDOW)).isEqualTo(1);
  }

  @Test
  void notesRoundTripAndBadNotesGiveAnEmptyWindow() {
    ThrottleWindow w = new ThrottleWindow(3, 1234);
    assertThat(ThrottleWindow.fromNotes(w.toNotes(), 2000)).isEqualTo(w);
    assertThat(ThrottleWindow.fromNotes(null, 2000)).isEqualTo(ThrottleWindow.empty(2000));
    assertThat(ThrottleWindow.fromNotes(Map.of("count", "x", "start", "1"), 2000))
        .isEqualTo(ThrottleWindow.empty(2000));
    assertThat(ThrottleWindow.fromNotes(Map.of(), 2000)).isEqualTo(ThrottleWindow.empty(2000));
  }
}
