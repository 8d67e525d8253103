package io.github.passwordcare.contact;

import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;

/**
 * Login events of the page, one per change that took effect: {@code CUSTOM_REQUIRED_ACTION} with
 * the action's id, what changed ({@code email_added}, {@code phone_changed}, {@code email_removed},
 * {@code confirmed}, {@code remind_later}, {@code questions_saved}) and the masked contact. Never a
 * code, never a full contact.
 */
public final class ContactEvents {

  public static final String CHANGE = "password_care_contacts_change";
  static final String CONTACT = "password_care_contact";

  private ContactEvents() {}

  static void success(EventBuilder base, UserModel user, String change, String maskedContact) {
    EventBuilder event =
        base.clone()
            .event(EventType.CUSTOM_REQUIRED_ACTION)
            .detail(
                Details.CUSTOM_REQUIRED_ACTION, RecoveryContactsRequiredActionFactory.PROVIDER_ID)
            .detail(CHANGE, change)
            .user(user);
    if (maskedContact != null) {
      event.detail(CONTACT, maskedContact);
    }
    event.success();
  }

  /** {@code email_added}, {@code phone_changed}, ... */
  static String change(ContactKind kind, String verb) {
    return kind.value() + "_" + verb;
  }
}
