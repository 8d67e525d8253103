package io.github.passwordcare.bulkreset;

import io.github.passwordcare.bulkreset.BulkPasswordResetRunner.Candidate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * One call whose results are handed over as they come ({@code Accept: application/x-ndjson}), so a
 * 5,000-user reset shows progress and its generated passwords leave the server as soon as each user
 * is done; nothing is kept for later. Users settled before any work (skipped) come first, in
 * selection order; then each user as its worker finishes. When {@link Rows} answers false (the
 * caller closed the connection), the users not yet started are never touched: their tasks, when
 * their turn comes, return at once. The ones in progress finish in their own transactions, so every
 * user is either fully reset or untouched. (Not {@code Future.cancel}: it also "cancels" a running
 * task, which then goes on unseen, and the call would end while the user is still being reset.)
 */
final class StreamedReset {

  /** Where the rows go; each method answers false once the caller has gone. */
  interface Rows {
    /** The results settled before any work, in selection order. */
    boolean settled(List<UserResetResult> results);

    /** One user's result, as the user is done. */
    boolean finished(UserResetResult result);

    /** Whether the caller has gone, asked between users too (a write may not notice). */
    default boolean gone() {
      return false;
    }
  }

  /** How often the caller's connection is checked while no user finishes. */
  static final long CHECK_MILLIS = 250;

  /**
   * What the call did.
   *
   * @param results every result known, settled and finished, in the order they came
   * @param shown how many of {@code results} reached {@link Rows} while the caller listened
   * @param untouched users never started because the caller had gone
   */
  record Outcome(List<UserResetResult> results, int shown, int untouched) {
    boolean stopped() {
      return shown < results.size() || untouched > 0;
    }
  }

  private final FairExecutor workers;

  StreamedReset(FairExecutor workers) {
    this.workers = workers;
  }

  Outcome run(
      List<Candidate> candidates, Function<Candidate, UserResetResult> resetOne, Rows rows) {
    List<UserResetResult> results = new ArrayList<>(candidates.size());
    List<Candidate> toReset = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.decided() == null) {
        toReset.add(c);
      } else {
        results.add(c.decided());
      }
    }
    if (!rows.settled(List.copyOf(results))) {
      return new Outcome(results, 0, toReset.size());
    }
    int shown = results.size();
    BlockingQueue<Future<UserResetResult>> done = new LinkedBlockingQueue<>();
    AtomicBoolean stop = new AtomicBoolean();
    List<Callable<UserResetResult>> tasks = new ArrayList<>(toReset.size());
    for (Candidate c : toReset) {
      tasks.add(() -> stop.get() ? null : resetOne.apply(c)); // null: never started
    }
    List<Future<UserResetResult>> futures = workers.submitAll(tasks, done::add);
    Map<Future<UserResetResult>, Candidate> candidateOf = new IdentityHashMap<>();
    for (int i = 0; i < futures.size(); i++) {
      candidateOf.put(futures.get(i), toReset.get(i));
    }
    boolean listening = true;
    boolean interrupted = false;
    int untouched = 0;
    for (int left = futures.size(); left > 0; ) {
      Future<UserResetResult> future;
      try {
        future = done.poll(CHECK_MILLIS, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        interrupted = true; // shutting down: stop starting users, wait for the running ones
        listening = false;
        stop.set(true);
        continue;
      }
      if (listening && rows.gone()) {
        listening = false;
        stop.set(true); // a running user is not interrupted: it finishes
      }
      if (future == null) {
        continue;
      }
      left--;
      UserResetResult result = BulkPasswordResetRunner.await(future, candidateOf.get(future));
      if (result == null) {
        untouched++;
        continue;
      }
      results.add(result);
      if (listening && rows.finished(result)) {
        shown++;
      } else if (listening) {
        listening = false;
        stop.set(true);
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return new Outcome(results, shown, untouched);
  }
}
