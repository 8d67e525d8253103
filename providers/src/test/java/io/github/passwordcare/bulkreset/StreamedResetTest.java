package io.github.passwordcare.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.bulkreset.BulkPasswordResetRunner.Candidate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StreamedResetTest {

  private static Candidate candidate(int i) {
    return new Candidate("id-" + i, "user-" + i, null, null);
  }

  private static UserResetResult reset(Candidate c) {
    return new UserResetResult(
        c.userId(), c.username(), null, UserResetResult.Status.RESET, "secret", null);
  }

  /** Records rows; says the caller has gone once {@code stopAfter} finished rows were taken. */
  private static class Recorder implements StreamedReset.Rows {
    final List<UserResetResult> settled = new ArrayList<>();
    final List<UserResetResult> finished = Collections.synchronizedList(new ArrayList<>());
    final int stopAfter;

    Recorder(int stopAfter) {
      this.stopAfter = stopAfter;
    }

    @Override
    public boolean settled(List<UserResetResult> results) {
      settled.addAll(results);
      return true;
    }

    @Override
    public boolean finished(UserResetResult result) {
      finished.add(result);
      return finished.size() < stopAfter;
    }
  }

  @Test
  void settledRowsComeFirstThenEveryUserOnce() {
    Candidate skipped =
        new Candidate("id-s", "s", null, UserResetResult.skipped("id-s", "s", null, "disabled"));
    List<Candidate> candidates = new ArrayList<>(List.of(candidate(0), skipped));
    IntStream.range(1, 20).mapToObj(StreamedResetTest::candidate).forEach(candidates::add);
    Recorder rows = new Recorder(Integer.MAX_VALUE);
    try (FairExecutor workers = new FairExecutor(2, "test-")) {
      StreamedReset.Outcome outcome =
          new StreamedReset(workers).run(candidates, StreamedResetTest::reset, rows);

      assertThat(rows.settled).extracting(UserResetResult::userId).containsExactly("id-s");
      assertThat(rows.finished)
          .extracting(UserResetResult::userId)
          .containsExactlyInAnyOrderElementsOf(
              IntStream.range(0, 20).mapToObj(i -> "id-" + i).toList());
      assertThat(outcome.stopped()).isFalse();
      assertThat(outcome.shown()).isEqualTo(21);
      assertThat(outcome.untouched()).isZero();
    }
  }

  @Test
  void aRowIsHandedOverWhileLaterUsersAreStillRunning() throws Exception {
    CountDownLatch firstRowSeen = new CountDownLatch(1);
    List<Candidate> candidates =
        IntStream.range(0, 4).mapToObj(StreamedResetTest::candidate).toList();
    Recorder rows =
        new Recorder(Integer.MAX_VALUE) {
          @Override
          public boolean finished(UserResetResult result) {
            firstRowSeen.countDown();
            return super.finished(result);
          }
        };
    try (FairExecutor workers = new FairExecutor(1, "test-")) {
      new StreamedReset(workers)
          .run(
              candidates,
              c -> {
                if (!c.userId().equals("id-0")) {
                  // The later users wait until the first user's row has been handed over.
                  await(firstRowSeen);
                }
                return reset(c);
              },
              rows);
    }
    // Had the rows been held back until the end, the later users would have failed waiting.
    assertThat(rows.finished)
        .extracting(UserResetResult::status)
        .containsOnly(UserResetResult.Status.RESET)
        .hasSize(4);
  }

  @Test
  void whenTheCallerGoesUsersNotStartedAreNeverTouchedAndRunningOnesFinish() {
    Set<String> touched = ConcurrentHashMap.newKeySet();
    Recorder rows = new Recorder(5);
    StreamedReset.Outcome outcome = twoHundredUsers(touched, rows);
    assertThat(outcome.stopped()).isTrue();
    assertThat(rows.finished).hasSize(5);
    // Every user is either finished (and counted) or untouched; none is both or neither.
    assertThat(outcome.results()).hasSize(touched.size());
    assertThat(outcome.results().size() + outcome.untouched()).isEqualTo(200);
    assertThat(touched.size()).isLessThan(20);
    assertThat(outcome.shown()).isEqualTo(4);
  }

  /** As on Quarkus: a write to a closed connection "succeeds"; only the connection knows. */
  @Test
  void aCallerGoneIsNoticedEvenWhenWritesStillSucceed() {
    Set<String> touched = ConcurrentHashMap.newKeySet();
    AtomicBoolean closed = new AtomicBoolean();
    Recorder rows =
        new Recorder(Integer.MAX_VALUE) {
          @Override
          public boolean finished(UserResetResult result) {
            closed.set(true); // the caller leaves after the first row; writes go on "working"
            return super.finished(result);
          }

          @Override
          public boolean gone() {
            return closed.get();
          }
        };
    StreamedReset.Outcome outcome = twoHundredUsers(touched, rows);
    assertThat(outcome.stopped()).isTrue();
    assertThat(outcome.results()).hasSize(touched.size());
    assertThat(outcome.results().size() + outcome.untouched()).isEqualTo(200);
    assertThat(touched.size()).isLessThan(20);
  }

  /** 200 users through {@code rows}, two workers, each user noted in {@code touched}, 5 ms each. */
  private static StreamedReset.Outcome twoHundredUsers(Set<String> touched, Recorder rows) {
    List<Candidate> candidates =
        IntStream.range(0, 200).mapToObj(StreamedResetTest::candidate).toList();
    try (FairExecutor workers = new FairExecutor(2, "test-")) {
      return new StreamedReset(workers)
          .run(
              candidates,
              c -> {
                touched.add(c.userId());
                sleep(5);
                return reset(c);
              },
              rows);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(5, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the first row was never handed over");
      }
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
