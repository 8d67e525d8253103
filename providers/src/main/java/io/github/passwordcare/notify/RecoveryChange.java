package io.github.passwordcare.notify;

import io.github.passwordcare.contact.ContactEvents;
import io.github.passwordcare.contact.RecoveryContactsRequiredActionFactory;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;

/**
 * What a login event says about a change of the user's recovery methods on the recovery-contacts
 * page: an alternate email or mobile phone added, changed or removed, or security questions saved.
 * Whoever holds a session can change them and then reset the password through SSPR, so the owner is
 * told, as after a password change. Confirming, "remind me later" and the hand-over to the OTP
 * set-up change nothing. Decided without Keycloak's models, for a unit test.
 *
 * @param change the page's event detail, e.g. {@code phone_added}
 */
record RecoveryChange(String realmId, String userId, String change) {

  private static final Set<String> CHANGES =
      Set.of(
          "email_added",
          "email_changed",
          "email_removed",
          "phone_added",
          "phone_changed",
          "phone_removed",
          "questions_saved");

  static Optional<RecoveryChange> of(Event event) {
    Map<String, String> details = event.getDetails();
    if (event.getUserId() == null
        || event.getError() != null
        || event.getType() != EventType.CUSTOM_REQUIRED_ACTION
        || details == null
        || !RecoveryContactsRequiredActionFactory.PROVIDER_ID.equals(
            details.get(Details.CUSTOM_REQUIRED_ACTION))
        || details.get(ContactEvents.CHANGE) == null // Set.of refuses contains(null)
        || !CHANGES.contains(details.get(ContactEvents.CHANGE))) {
      return Optional.empty();
    }
    return Optional.of(
        new RecoveryChange(
            event.getRealmId(), event.getUserId(), details.get(ContactEvents.CHANGE)));
  }

  /**
   * The message key naming the change: {@code phone_added} -> {@code
   * passwordCareNotifyRecoveryPhoneAdded}.
   */
  String messageKey() {
    StringBuilder key = new StringBuilder("passwordCareNotifyRecovery");
    for (String part : change.split("_")) {
      key.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return key.toString();
  }
}
