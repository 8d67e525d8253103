package io.github.passwordcare.bulkreset;

import io.github.passwordcare.common.AfterCommit;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.models.light.LightweightUserAdapter;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * Signs a user out everywhere, as the admin console's "Sign out" of a user does (apps with a
 * backchannel logout URL are told), but only once the reset has committed. Ending a session sends
 * the apps' and identity brokers' logout requests at once, over HTTP, and no rollback takes them
 * back: done inside the reset's transaction, a user whose reset then rolls back (notification not
 * sent, a concurrent change) would keep the old password yet be signed out of every app. The "not
 * before" mark is a column of the user, so it is set in the reset's transaction and rolls back with
 * it.
 */
final class SessionLogout {

  private static final Logger LOG = Logger.getLogger(SessionLogout.class);

  private SessionLogout() {}

  /** Call last in the user's transaction: the sessions end after it commits, never before. */
  static void afterCommit(KeycloakSession session, RealmModel realm, UserModel user, ResetJob job) {
    if (!LightweightUserAdapter.isLightweightUser(user)) {
      // Tokens issued before now stop working, also those of sessions on other nodes.
      session.users().setNotBeforeForUser(realm, user, Time.currentTime());
    }
    String userId = user.getId();
    // Rolled back, the reset did not happen: the user keeps every session.
    AfterCommit.run(session, () -> logoutInNewTransaction(session, userId, job));
  }

  private static void logoutInNewTransaction(KeycloakSession session, String userId, ResetJob job) {
    try {
      KeycloakModelUtils.runJobInTransaction(
          session.getKeycloakSessionFactory(),
          job.requestContext(),
          s -> {
            s.getContext().setHttpRequest(new CapturedHttpRequest(job.uri(), job.headers()));
            s.getContext().setConnection(job.connection());
            RealmModel realm = s.getContext().getRealm();
            UserModel user = s.users().getUserById(realm, userId);
            if (user != null) {
              logout(s, realm, user, job);
            }
          });
    } catch (RuntimeException e) {
      // The password is changed and committed; its "not before" mark already ends old tokens.
      LOG.warnf(e, "Bulk reset: sessions of user %s could not be ended", userId);
    }
  }

  private static void logout(
      KeycloakSession session, RealmModel realm, UserModel user, ResetJob job) {
    List<UserSessionModel> sessions =
        session.sessions().getUserSessionsStream(realm, user).toList();
    for (UserSessionModel userSession : sessions) {
      AuthenticationManager.backchannelLogout(
          session, realm, userSession, job.uri(), job.connection(), job.headers(), true);
    }
  }
}
