package io.github.passwordcare.expiry;

import java.util.Optional;
import org.keycloak.cluster.ClusterProvider;
import org.keycloak.cluster.ExecutionResult;
import org.keycloak.models.KeycloakSession;

/**
 * One real reminder run per realm at a time in the whole cluster, whether the daily job or {@code
 * POST .../send-reminders} started it: Keycloak's cluster-wide task lock, released when the run
 * ends (or after an hour, should a node die mid-run). A second caller does not wait: it is told a
 * run is under way.
 */
final class ReminderLock {

  static final int TIMEOUT_SECONDS = 3600;

  private ReminderLock() {}

  /** The run's outcome, or empty when another run of this realm holds the lock. */
  static Optional<ReminderOutcome> runAlone(
      KeycloakSession session, String realmId, ReminderRun run) {
    ExecutionResult<ReminderOutcome> result =
        session
            .getProvider(ClusterProvider.class)
            .executeIfNotExecuted(
                "password-care-expiry-reminders::" + realmId, TIMEOUT_SECONDS, run::run);
    return result.isExecuted() ? Optional.of(result.getResult()) : Optional.empty();
  }
}
