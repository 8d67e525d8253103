package io.github.passwordcare.bulkreset;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Runs the per-user work of one call on the shared worker pool: each user in its own Keycloak
 * session and transaction, at most {@code threads} at a time across all calls, results in selection
 * order. One user's failure never touches another user.
 */
public final class BulkPasswordResetRunner implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(BulkPasswordResetRunner.class);

  private final KeycloakSessionFactory factory;
  private final ExecutorService workers;

  public BulkPasswordResetRunner(KeycloakSessionFactory factory, int threads) {
    this.factory = factory;
    AtomicInteger n = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "password-care-bulk-reset-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  /**
   * One selected user: {@code decided} is a result already settled on the request thread (such as
   * skipped), or null where a worker is to reset the user.
   */
  record Candidate(String userId, String username, String email, UserResetResult decided) {}

  List<UserResetResult> run(ResetJob job, List<Candidate> candidates) {
    UserPasswordReset reset = new UserPasswordReset(job, new PasswordGenerator());
    List<Future<UserResetResult>> futures = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      futures.add(c.decided() != null ? null : workers.submit(() -> inTransaction(job, reset, c)));
    }
    List<UserResetResult> results = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      results.add(futures.get(i) == null ? c.decided() : await(futures.get(i), c));
    }
    return results;
  }

  private UserResetResult inTransaction(ResetJob job, UserPasswordReset reset, Candidate c) {
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

  private static UserResetResult await(Future<UserResetResult> future, Candidate c) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(c, "interrupted");
    } catch (ExecutionException e) {
      LOG.warnf(e.getCause(), "Bulk reset of user %s failed", c.userId());
      return failed(c, "internal error");
    }
  }

  private static UserResetResult failed(Candidate c, String reason) {
    return UserResetResult.failed(c.userId(), c.username(), c.email(), reason);
  }
}
