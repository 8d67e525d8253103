package io.github.passwordcare.common;

import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;

/**
 * Work that must happen only once a session's transaction has committed, and not at all when it
 * rolls back: side effects no rollback can take back (logout requests sent over HTTP), or changes
 * that must see the committed state (a realm created in this transaction).
 */
public final class AfterCommit {

  private AfterCommit() {}

  public static void run(KeycloakSession session, Runnable work) {
    session
        .getTransactionManager()
        .enlistAfterCompletion(
            new AbstractKeycloakTransaction() {
              @Override
              protected void commitImpl() {
                work.run();
              }

              @Override
              protected void rollbackImpl() {
                // Nothing committed, so nothing to follow up.
              }
            });
  }
}
