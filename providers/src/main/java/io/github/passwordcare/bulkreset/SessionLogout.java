package io.github.passwordcare.bulkreset;

import java.util.List;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.models.light.LightweightUserAdapter;
import org.keycloak.services.managers.AuthenticationManager;

/** Signs a user out everywhere, as the admin console's "Sign out" of a user does. */
final class SessionLogout {

  private SessionLogout() {}

  static void logout(KeycloakSession session, RealmModel realm, UserModel user, ResetJob job) {
    if (!LightweightUserAdapter.isLightweightUser(user)) {
      // Tokens issued before now stop working, also those of sessions on other nodes.
      session.users().setNotBeforeForUser(realm, user, Time.currentTime());
    }
    List<UserSessionModel> sessions =
        session.sessions().getUserSessionsStream(realm, user).toList();
    for (UserSessionModel userSession : sessions) {
      AuthenticationManager.backchannelLogout(
          session, realm, userSession, job.uri(), job.connection(), job.headers(), true);
    }
  }
}
