package io.github.passwordcare.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The baseline: Keycloak's own {@code PUT /users/{id}/reset-password}, one call per user, from
 * {@code threads} client threads sharing one HTTP client. Bounded by the user list and a deadline.
 */
final class StockResetPhase {

  private final AdminApi api;
  private final String realm;

  StockResetPhase(AdminApi api, String realm) {
    this.api = api;
    this.realm = realm;
  }

  PhaseResult run(String name, List<String> userIds, String password, int threads, Duration limit)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger succeeded = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger lastStatus = new AtomicInteger();
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Future<?>[] workers = new Future<?>[threads];
      for (int t = 0; t < threads; t++) {
        workers[t] =
            pool.submit(
                () -> {
                  int i;
                  while ((i = next.getAndIncrement()) < userIds.size()
                      && System.nanoTime() - deadline < 0) {
                    int status = resetOne(userIds.get(i), password);
                    (status == 204 ? succeeded : failed).incrementAndGet();
                    if (status != 204) {
                      lastStatus.set(status);
                    }
                  }
                  return null;
                });
      }
      for (Future<?> worker : workers) {
        waitFor(worker, deadline);
      }
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(30, TimeUnit.SECONDS);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String note = failed.get() == 0 ? "" : "last failure HTTP " + lastStatus.get();
    if (succeeded.get() + failed.get() < userIds.size()) {
      note = ("stopped at the " + limit.toSeconds() + " s limit; " + note).trim();
    }
    return new PhaseResult(
        name, userIds.size(), seconds, succeeded.get(), failed.get(), true, note);
  }

  private int resetOne(String userId, String password) {
    try {
      return api.resetPassword(realm, userId, password, true).status();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    } catch (java.io.IOException e) {
      return -1;
    }
  }

  private static void waitFor(Future<?> worker, long deadline) throws InterruptedException {
    long left = Math.max(1, deadline - System.nanoTime()) + TimeUnit.SECONDS.toNanos(90);
    try {
      worker.get(left, TimeUnit.NANOSECONDS);
    } catch (ExecutionException | TimeoutException e) {
      worker.cancel(true);
    }
  }
}
