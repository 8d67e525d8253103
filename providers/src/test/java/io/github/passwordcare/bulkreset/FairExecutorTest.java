package io.github.passwordcare.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FairExecutorTest {

  private static final int THREADS = 2;

  @Test
  void aOneUserCallFinishesAfterAtMostThreadsItemsOfAThousandUserCall() throws Exception {
    AtomicInteger bigDone = new AtomicInteger();
    CountDownLatch bigRunning = new CountDownLatch(THREADS);
    try (FairExecutor executor = new FairExecutor(THREADS, "test-")) {
      List<Callable<Integer>> big =
          IntStream.range(0, 1000)
              .<Callable<Integer>>mapToObj(
                  i ->
                      () -> {
                        bigRunning.countDown();
                        Thread.sleep(2);
                        return bigDone.incrementAndGet();
                      })
              .toList();
      List<Future<Integer>> bigFutures = executor.submitAll(big);
      bigRunning.await(5, TimeUnit.SECONDS);

      Future<Integer> small = executor.submitAll(List.<Callable<Integer>>of(bigDone::get)).get(0);

      // The small call saw at most the big items that were running or next in line when it came.
      int bigItemsBeforeSmall = small.get(5, TimeUnit.SECONDS);
      assertThat(bigItemsBeforeSmall).isLessThanOrEqualTo(3 * THREADS);
      assertThat(bigFutures.get(999).get(30, TimeUnit.SECONDS)).isLessThanOrEqualTo(1000);
    }
  }

  @Test
  void resultsComeBackInTheOrderOfTheTasks() throws Exception {
    try (FairExecutor executor = new FairExecutor(THREADS, "test-")) {
      List<Callable<Integer>> tasks =
          IntStream.range(0, 50).<Callable<Integer>>mapToObj(i -> () -> i).toList();

      List<Future<Integer>> futures = executor.submitAll(tasks);

      for (int i = 0; i < 50; i++) {
        assertThat(futures.get(i).get(5, TimeUnit.SECONDS)).isEqualTo(i);
      }
    }
  }

  @Test
  void neverRunsMoreThanItsThreadsAtOnce() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    try (FairExecutor executor = new FairExecutor(THREADS, "test-")) {
      Callable<Integer> task =
          () -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.sleep(1);
            return running.decrementAndGet();
          };
      List<Future<Integer>> a = executor.submitAll(java.util.Collections.nCopies(40, task));
      List<Future<Integer>> b = executor.submitAll(java.util.Collections.nCopies(40, task));
      for (Future<Integer> f : a) {
        f.get(5, TimeUnit.SECONDS);
      }
      for (Future<Integer> f : b) {
        f.get(5, TimeUnit.SECONDS);
      }
    }
    assertThat(most.get()).isEqualTo(THREADS);
  }

  @Test
  void closingCancelsWhatHasNotStarted() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    FairExecutor executor = new FairExecutor(1, "test-");
    List<Future<Boolean>> futures =
        executor.submitAll(
            List.<Callable<Boolean>>of(() -> release.await(5, TimeUnit.SECONDS), () -> true));
    Thread.sleep(50);

    executor.close();
    release.countDown();

    assertThatThrownBy(() -> futures.get(1).get(5, TimeUnit.SECONDS))
        .isInstanceOf(CancellationException.class);
  }
}
