package io.github.passwordcare.bulkreset;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The users one call is resetting, marked cluster-wide so that an overlapping call leaves them
 * alone. Without it, two calls for the same users both answered "reset" with a password for each,
 * and for every user the later call reached second, the first call's password no longer worked.
 *
 * <p>A worker marks its user before changing it ({@code putIfAbsent} in Keycloak's single-use
 * store, which every node of a cluster shares); a user already marked by another call is skipped as
 * {@code in-progress}, unchanged. The marks are removed when the whole call is done, not when the
 * user is: the passwords a call reports must still work when its answer arrives. A mark left by a
 * crashed node expires after {@link #LIFESPAN_SECONDS}.
 */
final class InFlightUsers {

  static final String IN_PROGRESS = "in-progress";
  private static final Logger LOG = Logger.getLogger(InFlightUsers.class);

  /** Longer than a call of 1,000 users takes (about 30 s), short after a crash. */
  static final long LIFESPAN_SECONDS = 600;

  private final String realmId;
  private final Set<String> marked = ConcurrentHashMap.newKeySet();

  InFlightUsers(String realmId) {
    this.realmId = realmId;
  }

  static String key(String realmId, String userId) {
    return "password-care:bulk-reset:" + realmId + ":" + userId;
  }

  /** Marks the user for this call; false when another call has marked it. */
  boolean mark(KeycloakSession session, String userId) {
    String key = key(realmId, userId);
    if (marked.contains(key)) {
      return true;
    }
    if (!session.singleUseObjects().putIfAbsent(key, LIFESPAN_SECONDS)) {
      return false;
    }
    marked.add(key);
    return true;
  }

  /** Removes this call's marks, and only those. */
  void releaseAll(KeycloakSessionFactory factory) {
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
