package io.github.passwordcare.contact;

import io.github.passwordcare.common.RecoveryAttributes;
import org.keycloak.models.UserModel;

/**
 * A user's recovery contacts as stored: the attributes of {@link RecoveryAttributes}, blank read as
 * absent, a verified flag only {@code true} when it says exactly that.
 */
record StoredContacts(
    String phone,
    boolean phoneVerified,
    String email,
    boolean emailVerified,
    Long confirmedAt,
    int remindLaterCount) {

  static StoredContacts of(UserModel user) {
    return new StoredContacts(
        nonBlank(user.getFirstAttribute(RecoveryAttributes.PHONE)),
        "true".equals(user.getFirstAttribute(RecoveryAttributes.PHONE_VERIFIED)),
        nonBlank(user.getFirstAttribute(RecoveryAttributes.EMAIL)),
        "true".equals(user.getFirstAttribute(RecoveryAttributes.EMAIL_VERIFIED)),
        RecoveryCheckRule.epochSeconds(user.getFirstAttribute(RecoveryAttributes.CONFIRMED_AT)),
        count(user.getFirstAttribute(RecoveryAttributes.REMIND_LATER_COUNT)));
  }

  /** A stored count; absent or malformed is 0. */
  static int count(String value) {
    try {
      return value == null ? 0 : Math.max(0, Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String nonBlank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public String toString() {
    // Never print a contact.
    return "StoredContacts[phone=" + (phone != null) + ", email=" + (email != null) + "]";
  }
}
