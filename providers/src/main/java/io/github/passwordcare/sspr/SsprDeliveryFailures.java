package io.github.passwordcare.sspr;

import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Codes are sent in the background, so the page that asked for one cannot show a failed send. The
 * sender marks the attempt (its authentication session and tab) in the single-use store; the
 * attempt's next step finds the mark and shows "could not send, try later". Only real sends can
 * fail, so only a real account with a failing gateway ever sees it.
 */
final class SsprDeliveryFailures {

  private static final String PREFIX = "password-care-sspr:delivery-failed:";
  private static final long LIFESPAN_SECONDS = 3600;

  private SsprDeliveryFailures() {}

  static String keyOf(AuthenticationSessionModel auth) {
    return PREFIX + auth.getParentSession().getId() + ":" + auth.getTabId();
  }

  static void mark(KeycloakSession session, String key) {
    session.singleUseObjects().put(key, LIFESPAN_SECONDS, Map.of("failed", "true"));
  }

  /** Whether a send of this attempt failed; forgets the mark. */
  static boolean takeFailure(KeycloakSession session, AuthenticationSessionModel auth) {
    return session.singleUseObjects().remove(keyOf(auth)) != null;
  }
}
