package io.github.passwordcare.notify;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;

/**
 * What a login event says about a password change, decided without Keycloak's models so a unit test
 * reaches it. Keycloak 26.5.6's update-password required action (run by the reset-credentials flow,
 * by the account console's "update password" and by a pending UPDATE_PASSWORD action) sends two
 * events for one change: {@code UPDATE_CREDENTIAL} with {@code credential_type=password} and the
 * deprecated {@code UPDATE_PASSWORD}. Both count; the listener sends once per request and user.
 *
 * @param ssprMethods the SSPR methods the user passed in this reset (the SSPR authenticator's
 *     auth-session note), empty when the user changed the password without SSPR
 */
record PasswordChange(String realmId, String userId, List<String> ssprMethods) {

  /** The auth-session note the SSPR authenticator sets: comma-separated methods passed. */
  static final String SSPR_METHODS_NOTE = "password-care.sspr.methods";

  PasswordChange {
    ssprMethods = List.copyOf(ssprMethods);
  }

  boolean throughSspr() {
    return !ssprMethods.isEmpty();
  }

  /** The change an event reports, if it reports a successful password change of a user. */
  static Optional<PasswordChange> of(Event event, String ssprMethodsNote) {
    if (event.getUserId() == null || event.getError() != null || !isPasswordUpdate(event)) {
      return Optional.empty();
    }
    return Optional.of(
        new PasswordChange(event.getRealmId(), event.getUserId(), methods(ssprMethodsNote)));
  }

  static boolean isPasswordUpdate(Event event) {
    if (event.getType() == EventType.UPDATE_PASSWORD) {
      return true;
    }
    Map<String, String> details = event.getDetails();
    return event.getType() == EventType.UPDATE_CREDENTIAL
        && details != null
        && "password".equals(details.get(Details.CREDENTIAL_TYPE));
  }

  static List<String> methods(String note) {
    if (note == null || note.isBlank()) {
      return List.of();
    }
    return Arrays.stream(note.split(",")).map(String::trim).filter(m -> !m.isEmpty()).toList();
  }
}
