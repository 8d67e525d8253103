package io.github.passwordcare.contact;

import io.github.passwordcare.common.RecoveryAttributes;
import io.github.passwordcare.common.StrictJson;
import io.github.passwordcare.sms.PhoneNumbers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.keycloak.utils.EmailValidationUtil;

/**
 * The body of {@code PUT .../password-care/users/{id}/recovery-contacts}. It merges: an absent
 * field keeps what is stored, {@code ""} clears a contact together with its verified flag. A
 * contact an admin sets counts as verified only when the request says so: a changed contact without
 * {@code ...Verified: true} becomes unverified. {@link #changes} checks everything before anything
 * is stored, so a bad field changes nothing.
 */
public record RecoveryContactsRequest(
    String recoveryPhone,
    Boolean recoveryPhoneVerified,
    String recoveryEmail,
    Boolean recoveryEmailVerified,
    Long recoveryConfirmedAt,
    Integer recoveryRemindLaterCount,
    List<String> registeredMethods,
    Integer methodsRequired) {

  /** The user profile's limit for an email attribute. */
  static final int MAX_EMAIL_LENGTH = 255;

  public static RecoveryContactsRequest parse(String json) {
    if (json == null || json.isBlank()) {
      throw new InvalidRecoveryContactsException("The request body is empty: send a JSON object.");
    }
    try {
      RecoveryContactsRequest request = StrictJson.read(json, RecoveryContactsRequest.class);
      if (request == null) {
        throw new InvalidRecoveryContactsException("The request body must be a JSON object.");
      }
      return request;
    } catch (StrictJson.InvalidJsonException e) {
      throw new InvalidRecoveryContactsException(
          "The request body is not valid JSON for recovery contacts: " + e.getMessage() + ".");
    }
  }

  /**
   * The attributes to write: name to new value, a null value removes the attribute. Empty when the
   * request changes nothing.
   *
   * @param stored the user's contacts now
   * @param primaryEmail the user's primary address (the alternate one must differ), or null
   * @param defaultRegion region of phone numbers given without a country code
   * @param now epoch seconds
   * @throws InvalidRecoveryContactsException for any field that cannot be applied
   */
  Map<String, String> changes(
      StoredContacts stored, String primaryEmail, Optional<String> defaultRegion, long now) {
    Map<String, String> changes = new LinkedHashMap<>();
    String phone =
        recoveryPhone == null
            ? null
            : recoveryPhone.isBlank()
                ? ""
                : PhoneNumbers.toE164(recoveryPhone, defaultRegion)
                    .orElseThrow(
                        () ->
                            new InvalidRecoveryContactsException(
                                "recoveryPhone is not a valid mobile number: give it in"
                                    + " international form, such as +31612345678."));
    contact(
        changes,
        RecoveryAttributes.PHONE,
        RecoveryAttributes.PHONE_VERIFIED,
        phone,
        recoveryPhoneVerified,
        stored.phone(),
        stored.phoneVerified());
    String email = recoveryEmail == null ? null : checkedEmail(recoveryEmail.strip(), primaryEmail);
    contact(
        changes,
        RecoveryAttributes.EMAIL,
        RecoveryAttributes.EMAIL_VERIFIED,
        email,
        recoveryEmailVerified,
        stored.email(),
        stored.emailVerified());
    if (recoveryConfirmedAt != null && !recoveryConfirmedAt.equals(stored.confirmedAt())) {
      if (recoveryConfirmedAt < 0 || recoveryConfirmedAt > now) {
        throw new InvalidRecoveryContactsException(
            "recoveryConfirmedAt must be epoch seconds from 0 up to now.");
      }
      changes.put(RecoveryAttributes.CONFIRMED_AT, String.valueOf(recoveryConfirmedAt));
    }
    if (recoveryRemindLaterCount != null && recoveryRemindLaterCount != stored.remindLaterCount()) {
      if (recoveryRemindLaterCount != 0) {
        throw new InvalidRecoveryContactsException(
            "recoveryRemindLaterCount can only be set back to 0 (or sent as read).");
      }
      changes.put(RecoveryAttributes.REMIND_LATER_COUNT, "0");
    }
    return changes;
  }

  /**
   * One contact and its flag. {@code given}: null absent, "" clear, else the checked value; two
   * values count as the same contact when they differ only in letter case (an address's case).
   */
  private static void contact(
      Map<String, String> changes,
      String attribute,
      String flagAttribute,
      String given,
      Boolean verified,
      String stored,
      boolean storedVerified) {
    if ("".equals(given)) {
      if (Boolean.TRUE.equals(verified)) {
        throw new InvalidRecoveryContactsException(
            flagAttribute + " cannot be true when " + attribute + " is cleared.");
      }
      if (stored != null || storedVerified) {
        changes.put(attribute, null);
        changes.put(flagAttribute, null);
      }
      return;
    }
    if (given == null) {
      if (verified == null) {
        return;
      }
      if (stored == null) {
        if (verified) {
          throw new InvalidRecoveryContactsException(
              flagAttribute + " cannot be true: the user has no " + attribute + ".");
        }
        return;
      }
      if (verified != storedVerified) {
        changes.put(flagAttribute, String.valueOf(verified));
      }
      return;
    }
    boolean same = stored != null && stored.equalsIgnoreCase(given);
    boolean newVerified = verified != null ? verified : same && storedVerified;
    if (!Objects.equals(stored, given)) {
      changes.put(attribute, given);
    }
    if (newVerified != storedVerified || !same) {
      changes.put(flagAttribute, String.valueOf(newVerified));
    }
  }

  private static String checkedEmail(String email, String primaryEmail) {
    if (email.isEmpty()) {
      return "";
    }
    if (email.length() > MAX_EMAIL_LENGTH || !EmailValidationUtil.isValidEmail(email)) {
      throw new InvalidRecoveryContactsException("recoveryEmail is not a valid email address.");
    }
    if (primaryEmail != null && primaryEmail.strip().equalsIgnoreCase(email)) {
      throw new InvalidRecoveryContactsException(
          "recoveryEmail must differ from the user's primary email address.");
    }
    return email;
  }

  @Override
  public String toString() {
    // Never print a contact.
    return "RecoveryContactsRequest[phone="
        + (recoveryPhone != null)
        + ", email="
        + (recoveryEmail != null)
        + "]";
  }
}
