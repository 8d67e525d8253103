package io.github.passwordcare.contact;

import io.github.passwordcare.common.RecoveryAttributes;
import io.github.passwordcare.sms.PhoneNumbers;
import io.github.passwordcare.sspr.EmailCodeChannel;
import java.util.Optional;
import org.keycloak.models.UserModel;

/**
 * The two contacts a user edits on the page, each with its attribute, its "verified" flag and how
 * it is masked. The form names them by {@link #value()}, so a posted kind is looked up, never
 * trusted as an attribute name.
 */
enum ContactKind {
  EMAIL("email", RecoveryAttributes.EMAIL, RecoveryAttributes.EMAIL_VERIFIED),
  PHONE("phone", RecoveryAttributes.PHONE, RecoveryAttributes.PHONE_VERIFIED);

  private final String value;
  private final String attribute;
  private final String verifiedAttribute;

  ContactKind(String value, String attribute, String verifiedAttribute) {
    this.value = value;
    this.attribute = attribute;
    this.verifiedAttribute = verifiedAttribute;
  }

  String value() {
    return value;
  }

  static Optional<ContactKind> of(String value) {
    for (ContactKind kind : values()) {
      if (kind.value.equals(value)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** The stored contact, verified or not; empty when none. */
  Optional<String> stored(UserModel user) {
    String stored = user.getFirstAttribute(attribute);
    return stored == null || stored.isBlank() ? Optional.empty() : Optional.of(stored.strip());
  }

  boolean verified(UserModel user) {
    return "true".equals(user.getFirstAttribute(verifiedAttribute));
  }

  /** Stores a contact that was just verified by a code. */
  void storeVerified(UserModel user, String contact) {
    user.setSingleAttribute(attribute, contact);
    user.setSingleAttribute(verifiedAttribute, "true");
  }

  void remove(UserModel user) {
    user.removeAttribute(attribute);
    user.removeAttribute(verifiedAttribute);
  }

  String mask(String contact) {
    return this == EMAIL ? EmailCodeChannel.recovery().mask(contact) : PhoneNumbers.mask(contact);
  }

  /** Suffix of this kind's message keys: {@code Email} or {@code Phone}. */
  String keySuffix() {
    return this == EMAIL ? "Email" : "Phone";
  }
}
