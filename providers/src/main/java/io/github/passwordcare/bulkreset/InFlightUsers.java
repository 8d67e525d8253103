package io.github.passwordcare.bulkreset;

import io.github.passwordcare.bulkreset.BulkPasswordResetRunner.Candidate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The users one call is resetting, marked cluster-wide so that an overlapping call leaves them
 * alone. Without it, two calls for the same users both answered "reset" with a password for each,
 * and for every user the later call reached second, the first call's password no longer worked.
 *
 * <p>Before any worker starts, the call marks all its users ({@code putIfAbsent} in Keycloak's
 * single-use store, which every node of a cluster shares); a user already marked by another call is
 * skipped as {@code in-progress}, unchanged. The marks are removed when the whole call is done, not
 * user by user: the passwords a call reports must still work when its answer arrives. Marking per
 * worker was not enough: the later call, behind on the same list, reached the last users after the
 * first call had let go of them. A mark left by a crashed node expires after {@link
 * #LIFESPAN_SECONDS}.
 */
final class InFlightUsers {

  static final String IN_PROGRESS = "in-progress";

  /** Longer than a call of 1,000 users takes (about 30 s on 2 cores), short after a crash. */
  static final long LIFESPAN_SECONDS = 600;

  private static final Logger LOG = Logger.getLogger(InFlightUsers.class);

  private final KeycloakSessionFactory factory;
  private final String realmId;
  private final Set<String> marked = new LinkedHashSet<>();

  InFlightUsers(KeycloakSessionFactory factory, String realmId) {
    this.factory = factory;
    this.realmId = realmId;
  }

  static String key(String realmId, String userId) {
    return "password-care:bulk-reset:" + realmId + ":" + userId;
  }

  /** The candidates, those another call has marked now decided as skipped {@code in-progress}. */
  List<Candidate> markAll(List<Candidate> candidates) {
    List<Candidate> result = new ArrayList<>(candidates.size());
    KeycloakModelUtils.runJobInTransaction(
        factory,
        session -> {
          for (Candidate c : candidates) {
            String key = key(realmId, c.userId());
            if (c.decided() != null || marked.contains(key)) {
              result.add(c);
            } else if (session.singleUseObjects().putIfAbsent(key, LIFESPAN_SECONDS)) {
              marked.add(key);
              result.add(c);
            } else {
              result.add(
                  new Candidate(
                      c.userId(),
                      c.username(),
                      c.email(),
                      UserResetResult.skipped(c.userId(), c.username(), c.email(), IN_PROGRESS)));
            }
          }
        });
    return result;
  }

  /** Removes this call's marks, and only those. */
  void releaseAll() {
    if (marked.isEmpty()) {
      return;
    }
    try {
      KeycloakModelUtils.runJobInTransaction(
          factory, session -> marked.forEach(key -> session.singleUseObjects().remove(key)));
    } catch (RuntimeException e) {
      // The answer is ready and right; the marks expire on their own.
      LOG.warnf(e, "Bulk reset: %d in-progress marks not removed; they expire", marked.size());
    }
    marked.clear();
  }
}
