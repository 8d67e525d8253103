package io.github.passwordcare.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RoundRobinQueueTest {

  @Test
  void aSmallCallWaitsOneTurnNotForTheWholeLargeCall() {
    RoundRobinQueue<String> queue = new RoundRobinQueue<>();
    queue.add(IntStream.range(0, 1000).mapToObj(i -> "big-" + i).toList());
    // Two workers took the big call's first users and are busy with them.
    queue.poll();
    queue.poll();

    queue.add(List.of("small-0"));

    // One turn of each waiting call: the big call's next user, then the small call.
    assertThat(queue.poll()).isEqualTo("big-2");
    assertThat(queue.poll()).isEqualTo("small-0");
    assertThat(queue.poll()).isEqualTo("big-3");
  }

  @Test
  void callsTakeTurnsAndEachKeepsItsOrder() {
    RoundRobinQueue<String> queue = new RoundRobinQueue<>();
    queue.add(List.of("a1", "a2", "a3"));
    queue.add(List.of("b1"));
    queue.add(List.of("c1", "c2"));

    assertThat(drain(queue)).containsExactly("a1", "b1", "c1", "a2", "c2", "a3");
  }

  @Test
  void closingReturnsWhatWasNeverHandedOut() throws Exception {
    RoundRobinQueue<String> queue = new RoundRobinQueue<>();
    queue.add(List.of("a1", "a2"));
    queue.add(List.of("b1"));
    queue.poll();

    assertThat(queue.close()).containsExactlyInAnyOrder("a2", "b1");
    assertThat(queue.take()).isNull();
  }

  private static List<String> drain(RoundRobinQueue<String> queue) {
    List<String> out = new ArrayList<>();
    for (String t = queue.poll(); t != null; t = queue.poll()) {
      out.add(t);
    }
    return out;
  }
}
