package io.github.passwordcare.production.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fifty clients on the SSPR start and code pages of both nodes for a bounded time (system property
 * {@code password-care.cluster.load.seconds}, default 60; each client switches node at every step
 * after the sign-in page): no 5xx, the throttles hold exactly, the heap stays bounded. It prints
 * p50/p99 latency; it asserts correctness, not speed, on a shared build machine.
 *
 * <p>Two kinds of clients: "askers" request email codes for two accounts over and over (exactly 10
 * emails per account per 10-minute window must go out), "guessers" post wrong codes for three
 * accounts (5 failed verifications lock an account: exactly 4 answers "not correct", then the lock,
 * however many clients guess at once).
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
@ExtendWith(ClusterExtension.class)
class ClusterLoadIT {

  private static final int CLIENTS = 50;
  private static final long EMAIL_WINDOW_SECONDS = 600;
  private static final String NOT_CORRECT = "The code is not correct.";
  private static final String TOO_MANY_WRONG = "Too many wrong codes.";
  private static final String LOCKED = "We cannot reset the password of this account right now.";

  private final TwoNodeCluster cluster;
  private final LoadFigures figures = new LoadFigures();
  private final Map<String, AtomicInteger> acceptedFailures = new ConcurrentHashMap<>();

  ClusterLoadIT(TwoNodeCluster cluster) {
    this.cluster = cluster;
  }

  @Test
  void fiftyClientsOnTheSsprPagesOfBothNodes() throws Exception {
    int seconds = Integer.getInteger("password-care.cluster.load.seconds", 60);
    try (DemoUsers users = new DemoUsers(cluster)) {
      List<String> askers = List.of(users.create("load-ask"), users.create("load-ask"));
      List<String> guessers =
          List.of(
              users.create("load-guess"), users.create("load-guess"), users.create("load-guess"));
      guessers.forEach(g -> acceptedFailures.put(g, new AtomicInteger()));
      List<NodeHeap> before = heaps();

      long start = System.currentTimeMillis() / 1000;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> clients = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        int client = i;
        clients.add(
            pool.submit(
                () -> {
                  if (client % 5 < 2) {
                    ask(askers.get(client % 2), client, deadline);
                  } else {
                    guess(guessers.get(client % 3), client, deadline);
                  }
                  return null;
                }));
      }
      for (Future<?> client : clients) {
        client.get(seconds + 120L, TimeUnit.SECONDS);
      }
      pool.shutdown();
      long end = System.currentTimeMillis() / 1000;
      List<NodeHeap> after = heaps();

      System.out.printf(
          "[cluster] load: %d clients, %d s, %d requests (%.0f/s), p50 %.0f ms, p99 %.0f ms%n"
              + "[cluster] load: statuses %s, client errors %s%n"
              + "[cluster] load: heap before %s | after %s%n"
              + "[cluster] load: \"not correct\" answers per guessed account %s%n",
          CLIENTS,
          seconds,
          figures.requests(),
          figures.requests() / (double) seconds,
          figures.percentileMillis(50),
          figures.percentileMillis(99),
          figures.statuses(),
          figures.errors(),
          before,
          after,
          acceptedFailures);

      assertThat(figures.serverErrors()).as("5xx answers").isZero();
      assertThat(figures.errors()).as("requests without an answer").isEmpty();
      for (String guesser : guessers) {
        assertThat(acceptedFailures.get(guesser).get())
            .as("wrong codes answered \"not correct\" for " + guesser + "; the fifth locks")
            .isEqualTo(4);
        PageClient check = new PageClient(new LoadFigures());
        check.forgotPassword(cluster.node(2));
        check.post(cluster.node(2), "kc-reset-password-form", "username", guesser);
        check.post(cluster.node(2), "password-care-sspr-method-form", "method", "email");
        assertThat(check.says(LOCKED)).as(guesser + " locked").isTrue();
      }
      long windows =
          Math.floorDiv(end, EMAIL_WINDOW_SECONDS) - Math.floorDiv(start, EMAIL_WINDOW_SECONDS) + 1;
      for (String asker : askers) {
        int expected = (int) (10 * windows);
        String email = DemoUsers.email(asker);
        cluster.mail().awaitCount(email, expected, 20_000);
        Thread.sleep(1000);
        assertThat(cluster.mail().to(email)).as("code emails to " + asker).hasSize(expected);
      }
      for (int n = 0; n < 2; n++) {
        assertThat(after.get(n).retainedBytes())
            .as("live heap of node %d after the run", n + 1)
            .isLessThan(after.get(n).maxBytes() * 3 / 4);
      }
    }
  }

  /** Start, username, then: email code, back, email code, back... until the time is up. */
  private void ask(String user, int client, long deadline) {
    PageClient page = new PageClient(figures);
    int hop = client;
    while (System.nanoTime() < deadline) {
      if (!page.forgotPassword(node(hop++))
          || !page.post(node(hop++), "kc-reset-password-form", "username", user)) {
        continue;
      }
      for (int i = 0; i < 5 && System.nanoTime() < deadline; i++) {
        if (!page.post(node(hop++), "password-care-sspr-method-form", "method", "email")
            || !page.post(node(hop++), "password-care-sspr-back-form", "back", "true")) {
          break;
        }
      }
    }
  }

  /** Start, username, email code, a wrong code; again until the time is up. */
  private void guess(String user, int client, long deadline) {
    PageClient page = new PageClient(figures);
    int hop = client;
    while (System.nanoTime() < deadline) {
      if (!page.forgotPassword(node(hop++))
          || !page.post(node(hop++), "kc-reset-password-form", "username", user)
          || !page.post(node(hop++), "password-care-sspr-method-form", "method", "email")
          || !page.post(node(hop++), "password-care-sspr-code-form", "code", ClusterIT.WRONG)) {
        continue;
      }
      if (page.says(NOT_CORRECT) || page.says(TOO_MANY_WRONG)) {
        acceptedFailures.get(user).incrementAndGet();
      }
    }
  }

  private TwoNodeCluster.Node node(int hop) {
    return cluster.node(1 + Math.floorMod(hop, 2));
  }

  private List<NodeHeap> heaps() throws Exception {
    return List.of(NodeHeap.of(cluster.node(1)), NodeHeap.of(cluster.node(2)));
  }
}
