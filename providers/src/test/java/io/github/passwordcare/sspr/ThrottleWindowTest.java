package io.github.passwordcare.sspr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ThrottleWindowTest {

  private static final long WINDOW = 600;

  @Test
  void aFixedWindowEndsAtTheNextMultipleOfItsLength() {
    assertThat(ThrottleWindow.at(1200, WINDOW)).isEqualTo(new ThrottleWindow(2, 600));
    assertThat(ThrottleWindow.at(1799, WINDOW)).isEqualTo(new ThrottleWindow(2, 1));
    assertThat(ThrottleWindow.at(1800, WINDOW)).isEqualTo(new ThrottleWindow(3, 600));
  }

  @Test
  void slotsAreClaimedLowestFirstUpToTheLimitAndTheLastIsMarked() {
    Map<String, Boolean> store = new ConcurrentHashMap<>();
    ThrottleWindow w = ThrottleWindow.at(1000, WINDOW);
    for (int i = 0; i < 5; i++) {
      Optional<ThrottleWindow.Claim> claim =
          w.claim("k", 5, k -> store.putIfAbsent(k, true) == null);
      assertThat(claim).isPresent();
      assertThat(claim.get().slot()).isEqualTo(i);
      assertThat(claim.get().last()).isEqualTo(i == 4);
      assertThat(claim.get().key()).isEqualTo("k:1:" + i);
    }
    assertThat(w.claim("k", 5, k -> store.putIfAbsent(k, true) == null)).isEmpty();
    // A released slot is free again; another counter or the next window starts afresh.
    store.remove("k:1:2");
    assertThat(w.claim("k", 5, k -> store.putIfAbsent(k, true) == null).get().slot()).isEqualTo(2);
    assertThat(w.claim("other", 5, k -> store.putIfAbsent(k, true) == null)).isPresent();
    assertThat(
            ThrottleWindow.at(1200, WINDOW).claim("k", 5, k -> store.putIfAbsent(k, true) == null))
        .isPresent();
  }

  @Test
  void parallelClaimsNeverExceedTheLimit() throws Exception {
    Map<String, Boolean> store = new ConcurrentHashMap<>();
    ThrottleWindow w = ThrottleWindow.at(1000, WINDOW);
    AtomicInteger allowed = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  if (w.claim("k", 5, k -> store.putIfAbsent(k, true) == null).isPresent()) {
                    allowed.incrementAndGet();
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(allowed.get()).isEqualTo(5);
  }
}
