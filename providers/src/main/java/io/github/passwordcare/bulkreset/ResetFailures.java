package io.github.passwordcare.bulkreset;

import java.sql.SQLException;
import java.util.Set;

/**
 * The short reason a result row gives for a reset that failed on an exception. The exception's own
 * text is for the server log (with the user id only): a database message such as "Batch update
 * returned unexpected row count ... update CREDENTIAL ..." tells a help desk nothing and shows the
 * schema to every caller.
 */
final class ResetFailures {

  /** The user or its credentials were changed or deleted by someone else during the reset. */
  static final String CHANGED_CONCURRENTLY = "changed-concurrently";

  static final String INTERNAL_ERROR = "internal error: password unchanged";

  /**
   * Exceptions, by simple class name (the persistence classes are not on our compile path), that
   * mean a concurrent change: Hibernate's stale-row checks (a row updated or deleted meanwhile),
   * JPA's optimistic lock and entity-not-found, and a foreign key that no longer points at a row (a
   * history entry written for a user deleted meanwhile). Keycloak reports a constraint violation at
   * commit as {@code ModelDuplicateException}: a reset creates nothing with a name of its own, so
   * there it means the same.
   */
  static final Set<String> CONCURRENT_CHANGE =
      Set.of(
          "StaleStateException",
          "OptimisticLockException",
          "EntityNotFoundException",
          "ConstraintViolationException",
          "SQLIntegrityConstraintViolationException",
          "ModelDuplicateException");

  /** SQLSTATE class 23, integrity constraint violation, in every database's driver. */
  private static final String INTEGRITY_CONSTRAINT_CLASS = "23";

  private ResetFailures() {}

  static String reasonFor(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT_CLASS)) {
        return CHANGED_CONCURRENTLY;
      }
      for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
        if (CONCURRENT_CHANGE.contains(c.getSimpleName())) {
          return CHANGED_CONCURRENTLY;
        }
      }
    }
    return INTERNAL_ERROR;
  }
}
