package io.github.passwordcare.sspr;

import io.github.passwordcare.settings.AdminAccounts;
import io.github.passwordcare.settings.PasswordCareSettings;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.RoleUtils;

/**
 * Who SSPR serves and how strictly: whether a user is in the SSPR scope, and whether the user is an
 * admin (who must pass {@code ssprMethodsRequiredAdmins} methods, Entra's "two-gate" rule). Public
 * for the registration check at sign-in, which asks the same users for the same number of methods.
 */
public final class SsprAudience {

  private final KeycloakSession session;
  private final RealmModel realm;
  private final PasswordCareSettings settings;

  public SsprAudience(KeycloakSession session, RealmModel realm, PasswordCareSettings settings) {
    this.session = session;
    this.realm = realm;
    this.settings = settings;
  }

  /**
   * Whether SSPR is open to {@code user}. No account (unknown or disabled) counts as in scope
   * unless SSPR is off, so an unknown name sees what an account in scope sees.
   */
  public boolean inScope(UserModel user) {
    return switch (settings.ssprScope()) {
      case NONE -> false;
      case ALL -> true;
      case GROUP -> user == null || memberOf(user, settings.ssprScopeGroup());
    };
  }

  public int methodsRequired(UserModel user) {
    return user != null && isAdmin(user)
        ? settings.ssprMethodsRequiredAdmins()
        : settings.ssprMethodsRequiredUsers();
  }

  /** The one admin rule of the bundle (realm-management roles in the settings, or the group). */
  public boolean isAdmin(UserModel user) {
    return AdminAccounts.isAdmin(session, realm, user, settings);
  }

  private boolean memberOf(UserModel user, String groupPath) {
    if (groupPath == null || groupPath.isBlank()) {
      return false;
    }
    GroupModel group = KeycloakModelUtils.findGroupByPath(session, realm, groupPath);
    return group != null && RoleUtils.isMember(user.getGroupsStream(), group);
  }
}
