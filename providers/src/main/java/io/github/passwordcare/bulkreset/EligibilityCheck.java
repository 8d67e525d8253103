package io.github.passwordcare.bulkreset;

import io.github.passwordcare.settings.AdminAccounts;
import io.github.passwordcare.settings.PasswordCareSettings;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * Decides, on the request thread, which selected users are not reset and why. Permissions go
 * through Keycloak's {@link AdminPermissionEvaluator}, so fine-grained admin permissions apply: the
 * same right as Keycloak's own endpoint for the action (reset-password, or manage for the
 * execute-actions email).
 *
 * <p>On top of that, protected admins ({@code protectAdmins}, on by default): an admin (see {@link
 * AdminAccounts}) whose management roles the caller does not all hold is skipped as {@code
 * privileged}, so a {@code manage-users} help desk cannot take over the {@code realm-admin}.
 */
final class EligibilityCheck {

  static final String FORBIDDEN = "forbidden";
  static final String SELF = "self";
  static final String SERVICE_ACCOUNT = "service-account";
  static final String DISABLED = "disabled";
  static final String NO_VERIFIED_EMAIL = "no-verified-email";
  static final String PRIVILEGED = "privileged";

  private final KeycloakSession session;
  private final RealmModel realm;
  private final PasswordCareSettings settings;
  private final AdminPermissionEvaluator auth;
  private final BulkResetMode mode;
  private final String callerId;

  EligibilityCheck(
      KeycloakSession session,
      RealmModel realm,
      PasswordCareSettings settings,
      AdminPermissionEvaluator auth,
      BulkResetMode mode) {
    this.session = session;
    this.realm = realm;
    this.settings = settings;
    this.auth = auth;
    this.mode = mode;
    UserModel caller = auth.adminAuth().getUser();
    boolean callerInThisRealm = auth.adminAuth().getRealm().getId().equals(realm.getId());
    this.callerId = callerInThisRealm ? caller.getId() : null;
  }

  /** A skipped result, or null when the user is to be reset. */
  UserResetResult skipReason(UserModel user) {
    String reason = reason(user);
    return reason == null
        ? null
        : UserResetResult.skipped(user.getId(), user.getUsername(), user.getEmail(), reason);
  }

  private String reason(UserModel user) {
    boolean allowed =
        mode == BulkResetMode.EMAIL_LINK
            ? auth.users().canManage(user)
            : auth.users().canResetPassword(user);
    if (!allowed) {
      return FORBIDDEN;
    }
    if (user.getId().equals(callerId)) {
      return SELF;
    }
    if (user.getServiceAccountClientLink() != null) {
      return SERVICE_ACCOUNT;
    }
    if (isProtectedFromCaller(user)) {
      return PRIVILEGED;
    }
    if (mode == BulkResetMode.EMAIL_LINK) {
      if (!user.isEnabled()) {
        return DISABLED;
      }
      if (user.getEmail() == null || !user.isEmailVerified()) {
        return NO_VERIFIED_EMAIL;
      }
    }
    return null;
  }

  private boolean isProtectedFromCaller(UserModel user) {
    return settings.protectAdmins()
        && AdminAccounts.isAdmin(session, realm, user, settings)
        && !AdminAccounts.mayReset(session, auth.adminAuth(), realm, user);
  }
}
