package io.github.passwordcare.benchmark.login;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop load: one client thread per user slot signs in again as soon as its last sign-in
 * ended, until the window is over; the rate counts the sign-ins that ended with a code over the
 * time until the last one ended. The first failure stops the window and fails the benchmark.
 */
final class LoginLoad {

  private final BrowserLogin browser;
  private final List<String> users;
  private final String password;

  LoginLoad(BrowserLogin browser, List<String> users, String password) {
    this.browser = browser;
    this.users = users;
    this.password = password;
  }

  LoginRound run(BrowserLogin.Target target, int threads, Duration window) throws Exception {
    AtomicInteger done = new AtomicInteger();
    long start = System.nanoTime();
    long end = start + window.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String user = users.get(t % users.size());
        workers.add(
            pool.submit(
                () -> {
                  while (System.nanoTime() < end) {
                    browser.signIn(target, user, password);
                    done.incrementAndGet();
                  }
                  return null;
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new LoginRound(target.label(), done.get(), (System.nanoTime() - start) / 1e9);
  }
}
