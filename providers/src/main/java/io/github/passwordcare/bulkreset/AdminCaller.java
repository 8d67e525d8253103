package io.github.passwordcare.bulkreset;

import org.keycloak.common.Profile;
import org.keycloak.models.AdminRoles;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * Who counts as an admin of the realm, checked before any work. Any user who can sign in to a realm
 * may call its admin endpoints with a token; a user with no admin right at all must be refused
 * before the server reads the body or looks anything up.
 */
public final class AdminCaller {

  private AdminCaller() {}

  /**
   * A holder of any realm-management role, or anyone fine-grained permissions let query users: the
   * gate of {@code info}, as Keycloak's own {@code requireAnyAdminRole}.
   */
  public static boolean isRealmAdmin(AdminPermissionEvaluator auth) {
    return auth.users().canQuery() || auth.hasOneAdminRole(AdminRoles.ALL_REALM_ROLES);
  }

  /**
   * Whether the caller may hold any right bulk reset checks. With fine-grained admin permissions
   * (v2 on the realm, or v1 on the server) a caller without any admin role may still be allowed to
   * reset single users, and there is no cheap way to ask "any permission at all?": such realms
   * admit everyone here, and the per-user checks and the selection caps do the rest.
   */
  static boolean mayHoldAnyRight(RealmModel realm, AdminPermissionEvaluator auth) {
    return isRealmAdmin(auth)
        || realm.isAdminPermissionsEnabled()
        || Profile.isFeatureEnabled(Profile.Feature.ADMIN_FINE_GRAINED_AUTHZ);
  }
}
