package io.github.passwordcare.bulkreset;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Runs the per-user work of one call on the shared workers: each user in its own Keycloak session
 * and transaction, at most {@code threads} at a time across all calls, the calls served in turn
 * ({@link FairExecutor}), results in selection order. One user's failure never touches another.
 */
public final class BulkPasswordResetRunner implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(BulkPasswordResetRunner.class);

  private final KeycloakSessionFactory factory;
  private final FairExecutor workers;

  public BulkPasswordResetRunner(KeycloakSessionFactory factory, int threads) {
    this.factory = factory;
    this.workers = new FairExecutor(threads, "password-care-bulk-reset-");
  }

  @Override
  public void close() {
    workers.close();
  }

  /**
   * One selected user: {@code decided} is a result already settled on the request thread (such as
   * skipped), or null where a worker is to reset the user.
   */
  record Candidate(String userId, String username, String email, UserResetResult decided) {}

  List<UserResetResult> run(ResetJob job, List<Candidate> candidates) {
    return marked(job, candidates, marked -> reset(job, marked));
  }

  /**
   * As {@link #run}, but each result goes to {@code rows} as soon as it is known ({@link
   * StreamedReset}): the settled ones first, then each user as it finishes. When {@code rows} says
   * the caller has gone, users not yet started are left untouched; those in progress finish.
   */
  StreamedReset.Outcome stream(ResetJob job, List<Candidate> candidates, StreamedReset.Rows rows) {
    UserPasswordReset reset = new UserPasswordReset(job, new PasswordGenerator());
    return marked(
        job,
        candidates,
        marked -> new StreamedReset(workers).run(marked, c -> inTransaction(job, reset, c), rows));
  }

  /** Runs {@code work} on the candidates, with their in-flight marks held meanwhile. */
  private <R> R marked(
      ResetJob job, List<Candidate> candidates, Function<List<Candidate>, R> work) {
    if (job.request().isDryRun()) {
      return work.apply(candidates); // changes nothing, so marks nobody and skips nobody
    }
    InFlightUsers inFlight =
        new InFlightUsers(
            factory,
            job.requestContext().getRealm().getId(),
            InFlightUsers.lifespanFor(candidates));
    try {
      return work.apply(inFlight.markAll(candidates));
    } finally {
      inFlight.releaseAll();
    }
  }

  private List<UserResetResult> reset(ResetJob job, List<Candidate> candidates) {
    UserPasswordReset reset = new UserPasswordReset(job, new PasswordGenerator());
    List<Candidate> toReset = candidates.stream().filter(c -> c.decided() == null).toList();
    List<Callable<UserResetResult>> tasks = new ArrayList<>(toReset.size());
    for (Candidate c : toReset) {
      tasks.add(() -> inTransaction(job, reset, c));
    }
    var futures = workers.submitAll(tasks).iterator();
    List<UserResetResult> results = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      results.add(c.decided() != null ? c.decided() : await(futures.next(), c));
    }
    return results;
  }

  private UserResetResult inTransaction(ResetJob job, UserPasswordReset reset, Candidate c) {
    UserResetResult result = tryReset(job, reset, c);
    return ResetFailures.INTERNAL_ERROR.equals(result.reason()) && deletedMeanwhile(job, c)
        ? failed(c, "not-found")
        : result;
  }

  private UserResetResult tryReset(ResetJob job, UserPasswordReset reset, Candidate c) {
    String userId = c.userId();
    try {
      return KeycloakModelUtils.runJobInTransactionWithResult(
          factory,
          job.requestContext(),
          (KeycloakSession session) -> reset.run(session, userId),
          "password-care bulk reset");
    } catch (UserPasswordReset.Rollback rollback) {
      return rollback.result;
    } catch (RuntimeException e) {
      LOG.warnf(e, "Bulk reset of user %s failed; its changes were rolled back", userId);
      return failed(c, ResetFailures.reasonFor(e));
    }
  }

  /**
   * Whether the user no longer exists. A user deleted in the middle of its reset fails in more ways
   * than {@link ResetFailures} can name (Keycloak's user cache throws a bare {@code
   * IllegalStateException("Not found in database")}), so an unexplained failure is checked against
   * the database before it is called an internal error.
   */
  private boolean deletedMeanwhile(ResetJob job, Candidate c) {
    try {
      return KeycloakModelUtils.runJobInTransactionWithResult(
          factory,
          job.requestContext(),
          (KeycloakSession s) ->
              s.users().getUserById(s.getContext().getRealm(), c.userId()) == null,
          "password-care bulk reset: user still there?");
    } catch (RuntimeException e) {
      return false;
    }
  }

  static UserResetResult await(Future<UserResetResult> future, Candidate c) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(c, "interrupted");
    } catch (CancellationException e) {
      return failed(c, "server shutting down: password unchanged");
    } catch (ExecutionException e) {
      LOG.warnf(e.getCause(), "Bulk reset of user %s failed", c.userId());
      return failed(c, "internal error");
    }
  }

  private static UserResetResult failed(Candidate c, String reason) {
    return UserResetResult.failed(c.userId(), c.username(), c.email(), reason);
  }
}
