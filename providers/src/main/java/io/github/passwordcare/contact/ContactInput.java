package io.github.passwordcare.contact;

import io.github.passwordcare.sms.PhoneNumbers;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks what the user typed before a code is sent for it: an alternate address must be an address
 * and not the account's own (a second copy of the primary adds no way back in); a phone must parse
 * to a mobile-capable E.164 number, read in the realm's default region when typed without a country
 * code. Pure, so every rule is unit-tested.
 */
final class ContactInput {

  /** Deliberately plain: one {@code @}, no spaces, a dot in the domain, at most 254 characters. */
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private static final int MAX_EMAIL_LENGTH = 254;

  /** The normalized contact, or the message key of what is wrong with it. */
  record Checked(Optional<String> contact, String errorKey) {
    static Checked ok(String contact) {
      return new Checked(Optional.of(contact), null);
    }

    static Checked error(String errorKey) {
      return new Checked(Optional.empty(), errorKey);
    }
  }

  private ContactInput() {}

  static Checked email(String typed, String primaryEmail) {
    String email = typed == null ? "" : typed.strip();
    if (email.isEmpty() || email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
      return Checked.error("passwordCareContactsInvalidEmail");
    }
    if (primaryEmail != null
        && email.toLowerCase(Locale.ROOT).equals(primaryEmail.strip().toLowerCase(Locale.ROOT))) {
      return Checked.error("passwordCareContactsSameAsPrimary");
    }
    return Checked.ok(email);
  }

  static Checked phone(String typed, String defaultRegion) {
    Optional<String> region =
        defaultRegion == null || defaultRegion.isBlank()
            ? Optional.empty()
            : Optional.of(defaultRegion.strip());
    return PhoneNumbers.toE164(typed, region)
        .map(Checked::ok)
        .orElseGet(() -> Checked.error("passwordCareContactsInvalidPhone"));
  }

  static Checked check(ContactKind kind, String typed, String primaryEmail, String region) {
    return kind == ContactKind.EMAIL ? email(typed, primaryEmail) : phone(typed, region);
  }
}
