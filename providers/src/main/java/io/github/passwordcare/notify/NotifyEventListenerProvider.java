package io.github.passwordcare.notify;

import io.github.passwordcare.common.AfterCommit;
import io.github.passwordcare.settings.AdminAccounts;
import io.github.passwordcare.settings.PasswordCareSettings;
import io.github.passwordcare.settings.PasswordCareSettingsStore;
import java.util.List;
import java.util.Map;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Tells people about password changes, as Entra's SSPR notifications do: the user (primary and
 * verified alternate address) when the password was reset through SSPR or changed by the user
 * ({@code notifyUserOnReset}), and every other admin when an admin reset theirs through SSPR
 * ({@code notifyAdminsOnAdminReset}); and the user, under {@code notifyUserOnReset} too, when a
 * recovery method changed on the recovery-contacts page. Who is told is decided here, while the
 * request's models are at hand; the mails go out only after the change has committed, and a mail
 * that fails is logged, never raised: the user's flow must not fail because the mail server is
 * down.
 */
public class NotifyEventListenerProvider implements EventListenerProvider {

  private static final String SENT_MARKER = "password-care.notify.sent.";
  static final String RECOVERY_TEMPLATE = "password-care-recovery-changed.ftl";
  static final String RECOVERY_SUBJECT = "passwordCareNotifyRecoveryChangedSubject";

  private final KeycloakSession session;

  NotifyEventListenerProvider(KeycloakSession session) {
    this.session = session;
  }

  @Override
  public void onEvent(Event event) {
    PasswordChange.of(event, ssprMethodsNote(event)).ifPresent(this::onPasswordChange);
    RecoveryChange.of(event).ifPresent(this::onRecoveryChange);
  }

  @Override
  public void onEvent(AdminEvent event, boolean includeRepresentation) {
    // Admin resets have their own notice (bulk reset); stock admin resets are the admin's to tell.
  }

  @Override
  public void close() {}

  private void onPasswordChange(PasswordChange change) {
    // One password change sends two events (UPDATE_CREDENTIAL and the deprecated
    // UPDATE_PASSWORD): one notice per request and user.
    String marker = SENT_MARKER + change.userId();
    if (session.getAttribute(marker) != null) {
      return;
    }
    session.setAttribute(marker, Boolean.TRUE);
    RealmModel realm = session.realms().getRealm(change.realmId());
    UserModel user = realm == null ? null : session.users().getUserById(realm, change.userId());
    if (user == null) {
      return;
    }
    PasswordCareSettings settings = PasswordCareSettingsStore.read(session, realm);
    boolean toUser = settings.notifyUserOnReset();
    List<UserModel> admins =
        change.throughSspr()
                && settings.notifyAdminsOnAdminReset()
                && AdminAccounts.isAdmin(session, realm, user, settings)
            ? otherAdmins(realm, user, settings)
            : List.of();
    if (!toUser && admins.isEmpty()) {
      return;
    }
    String helpDeskUrl = settings.helpDeskUrl();
    AfterCommit.run(
        session,
        () -> {
          PasswordChangeNotices notices = new PasswordChangeNotices(session, realm, helpDeskUrl);
          if (toUser) {
            notices.toUser(user, change);
          }
          admins.forEach(admin -> notices.toAdmin(admin, user, change));
        });
  }

  /**
   * Tells the user at the verified primary address that a recovery method changed: only there,
   * since the alternate address may be the very thing that changed.
   */
  private void onRecoveryChange(RecoveryChange change) {
    RealmModel realm = session.realms().getRealm(change.realmId());
    UserModel user = realm == null ? null : session.users().getUserById(realm, change.userId());
    if (user == null || user.getEmail() == null || !user.isEmailVerified()) {
      return;
    }
    PasswordCareSettings settings = PasswordCareSettingsStore.read(session, realm);
    if (!settings.notifyUserOnReset()) {
      return;
    }
    Map<String, Object> attributes =
        Map.of(
            "accountName", user.getUsername(),
            "changeKey", change.messageKey(),
            "helpDeskUrl", settings.helpDeskUrl() == null ? "" : settings.helpDeskUrl());
    AfterCommit.run(
        session,
        () ->
            NoticeMail.send(
                session,
                realm,
                user,
                RECOVERY_SUBJECT,
                RECOVERY_TEMPLATE,
                attributes,
                "Recovery methods notice",
                user));
  }

  private List<UserModel> otherAdmins(
      RealmModel realm, UserModel user, PasswordCareSettings settings) {
    return AdminAccounts.admins(session, realm, settings).stream()
        .filter(admin -> !admin.getId().equals(user.getId()))
        .filter(admin -> admin.getEmail() != null && admin.isEnabled())
        .toList();
  }

  /** The SSPR authenticator's note, when this request runs the SSPR reset of the event's user. */
  private String ssprMethodsNote(Event event) {
    AuthenticationSessionModel authSession = session.getContext().getAuthenticationSession();
    if (authSession == null
        || authSession.getAuthenticatedUser() == null
        || !authSession.getAuthenticatedUser().getId().equals(event.getUserId())) {
      return null;
    }
    return authSession.getAuthNote(PasswordChange.SSPR_METHODS_NOTE);
  }
}
