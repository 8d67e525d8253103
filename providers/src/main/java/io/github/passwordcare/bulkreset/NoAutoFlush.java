package io.github.passwordcare.bulkreset;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/**
 * The request thread's read-only phase (selection, checks, visible rows) without Hibernate's
 * auto-flush. In flush mode AUTO, Hibernate dirty-checks every entity of the persistence context
 * before each query. That phase loads every selected user into the one request {@link
 * EntityManager} and runs queries per user (role mappings and groups, for protected admins), so it
 * took time in the square of the users: 13 s to check 1,000 users, 66 s for 2,500, 80 % of it in
 * {@code autoFlushIfRequired}/{@code autoPreFlush}. Flush mode COMMIT, which Keycloak's own
 * authorization stores set on their read queries, skips that: 3 s for the 2,500.
 *
 * <p>Nothing is lost or hidden from the phase: changes made before it are flushed when it starts;
 * the phase only reads (a user storage that imports users on lookup writes them as Keycloak does
 * everywhere: the new user and its role and group memberships are flushed at once, the rest at
 * commit); and the previous mode is back when the phase ends.
 */
final class NoAutoFlush implements AutoCloseable {

  private final EntityManager em;
  private final FlushModeType before;

  private NoAutoFlush(EntityManager em) {
    this.em = em;
    this.before = em.getFlushMode();
  }

  /** Flushes what is pending, then turns auto-flush off until {@link #close}. */
  static NoAutoFlush begin(KeycloakSession session) {
    NoAutoFlush phase =
        new NoAutoFlush(session.getProvider(JpaConnectionProvider.class).getEntityManager());
    phase.em.flush();
    phase.em.setFlushMode(FlushModeType.COMMIT);
    return phase;
  }

  @Override
  public void close() {
    em.setFlushMode(before);
  }
}
