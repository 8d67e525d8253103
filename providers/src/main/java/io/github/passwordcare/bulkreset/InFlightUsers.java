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
 * first call had let go of them. A mark left by a crashed node expires after {@link #lifespanFor}:
 * ten minutes plus {@link #SECONDS_PER_USER} per user of the call, so that the marks of a
 * 10,000-user call outlive it without keeping a crashed call's users for hours.
 */
final class InFlightUsers {

  static final String IN_PROGRESS = "in-progress";

  /** The lifespan of a mark before per-user time is added: short after a crash. */
  static final long LIFESPAN_SECONDS = 600;

  /**
   * Added per user of the call: about eight times what a user takes on 2 cores (25 ms, 57 ms with
   * {@code passwordHistory(3)}), so a call sharing the workers with others still finishes in time.
   */
  static final double SECONDS_PER_USER = 0.2;

  private static final Logger LOG = Logger.getLogger(InFlightUsers.class);

  private final KeycloakSessionFactory factory;
  private final String realmId;
  private final long lifespanSeconds;
  private final Set<String> marked = new LinkedHashSet<>();

  InFlightUsers(KeycloakSessionFactory factory, String realmId, long lifespanSeconds) {
    this.factory = factory;
    this.realmId = realmId;
    this.lifespanSeconds = lifespanSeconds;
  }

  /** How long the marks of a call of these candidates live. */
  static long lifespanFor(List<Candidate> candidates) {
    return LIFESPAN_SECONDS + (long) Math.ceil(candidates.size() * SECONDS_PER_USER);
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
            } else if (session.singleUseObjects().putIfAbsent(key, lifespanSeconds)) {
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
