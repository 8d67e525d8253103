package io.github.passwordcare.admin;

import java.util.List;
import org.keycloak.common.Profile;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * What the caller of {@code GET .../password-care/info} may do with Password care in this realm, so
 * the admin app shows only the sections that will work for them. A hint for the screen only: each
 * endpoint checks the caller's rights again.
 *
 * @param bulkReset may run bulk resets: manage users, or any admin of a realm with fine-grained
 *     admin permissions (v2), where per-user rights cannot be summed up cheaply
 * @param expiringPasswords may read the expiry report (view users)
 * @param viewSettings may read the realm's Password care settings (view realm)
 * @param manageSettings may change them (manage realm, and the server has {@code declarative-ui},
 *     without which the settings cannot be stored)
 * @param activity may read SSPR activity and registration coverage (view users)
 */
public record CallerCapabilities(
    boolean bulkReset,
    boolean expiringPasswords,
    boolean viewSettings,
    boolean manageSettings,
    boolean activity) {

  static CallerCapabilities of(
      RealmModel realm, AdminPermissionEvaluator auth, List<String> features) {
    return new CallerCapabilities(
        features.contains("bulk-reset")
            && (auth.users().canManage() || realm.isAdminPermissionsEnabled()),
        features.contains("expiry") && auth.users().canView(),
        auth.realm().canViewRealm(),
        auth.realm().canManageRealm() && Profile.isFeatureEnabled(Profile.Feature.DECLARATIVE_UI),
        features.contains("activity") && auth.users().canView());
  }
}
