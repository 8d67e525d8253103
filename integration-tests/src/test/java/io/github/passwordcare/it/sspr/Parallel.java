package io.github.passwordcare.it.sspr;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Fires one step of many prepared browsers (each its own cookies and authentication session) at the
 * same instant, one thread each, behind a start gate: how a script would try to overrun a throttle.
 */
final class Parallel {

  interface Step {
    void on(SsprBrowser browser) throws Exception;
  }

  private Parallel() {}

  static void run(List<SsprBrowser> browsers, Step step) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(browsers.size());
    CountDownLatch gate = new CountDownLatch(1);
    try {
      List<Future<Void>> runs = new ArrayList<>();
      for (SsprBrowser browser : browsers) {
        runs.add(
            pool.submit(
                () -> {
                  gate.await();
                  step.on(browser);
                  return null;
                }));
      }
      gate.countDown();
      for (Future<Void> run : runs) {
        run.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
