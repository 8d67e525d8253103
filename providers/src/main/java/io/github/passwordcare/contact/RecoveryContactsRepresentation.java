package io.github.passwordcare.contact;

import io.github.passwordcare.settings.PasswordCareSettings;
import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import io.github.passwordcare.sspr.RegisteredMethods;
import io.github.passwordcare.sspr.SsprAudience;
import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * What {@code GET .../users/{id}/recovery-contacts} answers: the contacts in full (the caller may
 * view the user, so may view the user's attributes), the read-only registration state, and the
 * methods SSPR counts as registered ({@link RegisteredMethods}) against the number it demands.
 *
 * @param recoveryConfirmedAt epoch seconds of the last "These are correct"; null when never
 * @param recoveryRemindLaterCount times "Remind me later" was chosen since then
 * @param registeredMethods the realm's SSPR methods the user has registered, e.g. {@code email}
 * @param methodsRequired the methods SSPR demands of this user (admins: more)
 */
public record RecoveryContactsRepresentation(
    String recoveryPhone,
    boolean recoveryPhoneVerified,
    String recoveryEmail,
    boolean recoveryEmailVerified,
    Long recoveryConfirmedAt,
    int recoveryRemindLaterCount,
    List<String> registeredMethods,
    int methodsRequired) {

  static RecoveryContactsRepresentation of(
      KeycloakSession session, RealmModel realm, UserModel user, PasswordCareSettings settings) {
    StoredContacts stored = StoredContacts.of(user);
    SsprAudience audience = new SsprAudience(session, realm, settings);
    boolean admin = audience.isAdmin(user);
    return new RecoveryContactsRepresentation(
        stored.phone(),
        stored.phoneVerified(),
        stored.email(),
        stored.emailVerified(),
        stored.confirmedAt(),
        stored.remindLaterCount(),
        RegisteredMethods.of(session, user, settings, admin).stream()
            .map(SsprMethod::value)
            .toList(),
        audience.methodsRequired(user));
  }

  @Override
  public String toString() {
    // Never print a contact.
    return "RecoveryContactsRepresentation[methods=" + registeredMethods + "]";
  }
}
