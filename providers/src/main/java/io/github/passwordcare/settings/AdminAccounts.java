package io.github.passwordcare.settings;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.Config;
import org.keycloak.models.AdminRoles;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.RoleUtils;
import org.keycloak.services.resources.admin.AdminAuth;

/**
 * The one definition of "an admin" (SSPR's two-gate rule, admin notifications, protected admins)
 * and the protection rule: who may reset an admin's password. Stock Keycloak lets a {@code
 * manage-users} help desk reset the {@code realm-admin}'s password and sign in as that admin; this
 * class is how our reset paths refuse that.
 *
 * <p>Roles are always effective ones: composites expanded, group roles (parents included) counted.
 *
 * <p><b>A realm's management roles.</b> In an ordinary realm: the roles of its {@code
 * realm-management} client. The master realm has no such client; there, a user manages realms
 * through the realm roles {@code admin} (every realm) and {@code create-realm} (new realms, of
 * which the creator becomes admin), and the roles of the {@code <realm>-realm} clients, one client
 * per realm, each with the same role names as {@code realm-management} minus {@code realm-admin}.
 *
 * <p><b>Admin.</b> A user who holds one of the realm's management roles named in {@code
 * adminRoles}, or is a member of {@code adminGroup} or of one of its subgroups. In the master realm
 * the names in {@code adminRoles} are looked up in every {@code <realm>-realm} client, and {@code
 * admin} and {@code create-realm} always make an admin.
 *
 * <p><b>May reset.</b> The caller holds every management role the target holds. A master-realm
 * caller acting on another realm through the admin API holds that realm's management roles through
 * the master realm's {@code <realm>-realm} client: the target's {@code x} maps to that client's
 * {@code x}, {@code realm-admin} to all of that client's roles, and the master {@code admin} role
 * holds everything. A target role with no counterpart there is not held (fail closed).
 */
public final class AdminAccounts {

  private AdminAccounts() {}

  /** Whether {@code user} is an admin of {@code realm} by {@code settings}. */
  public static boolean isAdmin(
      KeycloakSession session, RealmModel realm, UserModel user, PasswordCareSettings settings) {
    Set<RoleModel> held = managementRolesHeld(session, realm, user);
    if (isMasterRealm(realm)
        && held.stream()
            .anyMatch(
                role ->
                    role.getContainer() instanceof RealmModel
                        && (AdminRoles.ADMIN.equals(role.getName())
                            || AdminRoles.CREATE_REALM.equals(role.getName())))) {
      return true;
    }
    Set<String> heldClientRoleNames =
        held.stream()
            .filter(role -> role.isClientRole())
            .map(RoleModel::getName)
            .collect(Collectors.toSet());
    return namesAnAdminRole(heldClientRoleNames, settings.adminRoles())
        || isInGroup(session, realm, user, settings.adminGroup());
  }

  /**
   * Whether {@code caller}, a user of {@code callerRealm} (the realm of the admin token, {@code
   * auth.adminAuth().getRealm()}), may reset the password of {@code target} in {@code realm}: the
   * caller holds every management role of {@code realm} that the target holds.
   */
  public static boolean mayReset(
      KeycloakSession session,
      RealmModel callerRealm,
      UserModel caller,
      RealmModel realm,
      UserModel target) {
    Set<RoleModel> targetHeld = managementRolesHeld(session, realm, target);
    if (callerRealm.getId().equals(realm.getId())) {
      return targetHeld.stream().allMatch(caller::hasRole);
    }
    if (!isMasterRealm(callerRealm)) {
      return false; // Keycloak admits only same-realm and master-realm admins; fail closed.
    }
    RoleModel masterAdmin = callerRealm.getRole(AdminRoles.ADMIN);
    if (masterAdmin != null && caller.hasRole(masterAdmin)) {
      return true;
    }
    ClientModel masterClient = realm.getMasterAdminClient();
    if (masterClient == null) {
      return targetHeld.isEmpty();
    }
    Set<String> clientRoles =
        masterClient.getRolesStream().map(RoleModel::getName).collect(Collectors.toSet());
    Set<String> callerHolds =
        masterClient
            .getRolesStream()
            .filter(caller::hasRole)
            .map(RoleModel::getName)
            .collect(Collectors.toSet());
    Set<String> targetNames =
        targetHeld.stream().map(RoleModel::getName).collect(Collectors.toSet());
    return coveredThroughMasterClient(targetNames, clientRoles, callerHolds);
  }

  /** {@link #mayReset} for the caller of an admin REST request. */
  public static boolean mayReset(
      KeycloakSession session, AdminAuth adminAuth, RealmModel realm, UserModel target) {
    return mayReset(session, adminAuth.getRealm(), adminAuth.getUser(), realm, target);
  }

  /** Every admin of {@code realm}: the recipients of admin notifications. */
  public static List<UserModel> admins(
      KeycloakSession session, RealmModel realm, PasswordCareSettings settings) {
    return session
        .users()
        .searchForUserStream(realm, Map.of(UserModel.INCLUDE_SERVICE_ACCOUNT, "false"))
        .filter(user -> isAdmin(session, realm, user, settings))
        .toList();
  }

  /** Whether any of the names the user holds is one {@code adminRoles} names. Pure. */
  static boolean namesAnAdminRole(Set<String> heldNames, List<String> adminRoles) {
    return adminRoles.stream().anyMatch(heldNames::contains);
  }

  /**
   * Whether a master-realm caller holding {@code callerHolds} (names of the target realm's {@code
   * <realm>-realm} client roles, effective) covers every name in {@code targetNames} (the target's
   * {@code realm-management} roles); {@code clientRoles} are all that client's role names. {@code
   * realm-admin} has no counterpart of the same name: it needs them all. Pure.
   */
  static boolean coveredThroughMasterClient(
      Set<String> targetNames, Set<String> clientRoles, Set<String> callerHolds) {
    for (String name : targetNames) {
      boolean covered =
          AdminRoles.REALM_ADMIN.equals(name)
              ? callerHolds.containsAll(clientRoles)
              : clientRoles.contains(name) && callerHolds.contains(name);
      if (!covered) {
        return false;
      }
    }
    return true;
  }

  /** The realm's management roles (see the class comment) that {@code user} holds, effective. */
  static Set<RoleModel> managementRolesHeld(
      KeycloakSession session, RealmModel realm, UserModel user) {
    Set<RoleModel> effective = RoleUtils.getDeepUserRoleMappings(user);
    Set<RoleModel> held = new HashSet<>();
    if (isMasterRealm(realm)) {
      for (RoleModel role : effective) {
        if (role.getContainer() instanceof RealmModel) {
          if (AdminRoles.ADMIN.equals(role.getName())
              || AdminRoles.CREATE_REALM.equals(role.getName())) {
            held.add(role);
          }
        } else if (role.getContainer() instanceof ClientModel client
            && isMasterAdminClient(session, client)) {
          held.add(role);
        }
      }
      return held;
    }
    ClientModel management = realm.getClientByClientId(Constants.REALM_MANAGEMENT_CLIENT_ID);
    if (management == null) {
      return held;
    }
    for (RoleModel role : effective) {
      if (role.isClientRole() && management.getId().equals(role.getContainerId())) {
        held.add(role);
      }
    }
    return held;
  }

  /**
   * A master-realm client {@code <name>-realm} that is the admin client of realm {@code <name>}.
   */
  private static boolean isMasterAdminClient(KeycloakSession session, ClientModel client) {
    String clientId = client.getClientId();
    if (!clientId.endsWith(AdminRoles.APP_SUFFIX)) {
      return false;
    }
    String realmName = clientId.substring(0, clientId.length() - AdminRoles.APP_SUFFIX.length());
    RealmModel managed = session.realms().getRealmByName(realmName);
    return managed != null
        && managed.getMasterAdminClient() != null
        && managed.getMasterAdminClient().getId().equals(client.getId());
  }

  private static boolean isInGroup(
      KeycloakSession session, RealmModel realm, UserModel user, String groupPath) {
    if (groupPath == null || groupPath.isBlank()) {
      return false;
    }
    GroupModel group = KeycloakModelUtils.findGroupByPath(session, realm, groupPath);
    return group != null && RoleUtils.isMember(user.getGroupsStream(), group);
  }

  private static boolean isMasterRealm(RealmModel realm) {
    return Config.getAdminRealm().equals(realm.getName());
  }
}
