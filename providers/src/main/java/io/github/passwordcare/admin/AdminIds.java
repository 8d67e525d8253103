package io.github.passwordcare.admin;

import io.github.passwordcare.settings.AdminAccounts;
import io.github.passwordcare.settings.PasswordCareSettings;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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

/**
 * The ids of a realm's admins by the one admin definition ({@link AdminAccounts#isAdmin}), found
 * without walking every user: the candidates are the members (direct, or through a group and its
 * subgroups) of the roles that hold an admin role, composites included, and of the admin group;
 * each candidate is then checked by {@code AdminAccounts} itself. The work grows with the number of
 * roles, groups and admins, not of users.
 */
final class AdminIds {

  private AdminIds() {}

  static Set<String> of(KeycloakSession session, RealmModel realm, PasswordCareSettings settings) {
    Set<RoleModel> seeds = seedRoles(realm, settings.adminRoles());
    Set<RoleModel> granting = new HashSet<>();
    Stream.concat(
            realm.getRolesStream(), realm.getClientsStream().flatMap(ClientModel::getRolesStream))
        .filter(role -> seeds.stream().anyMatch(role::hasRole))
        .forEach(granting::add);
    Set<UserModel> candidates = new HashSet<>();
    for (RoleModel role : granting) {
      session.users().getRoleMembersStream(realm, role).forEach(candidates::add);
    }
    Set<GroupModel> groups = new HashSet<>();
    session
        .groups()
        .getGroupsStream(realm)
        .filter(g -> g.getRoleMappingsStream().anyMatch(granting::contains))
        .forEach(g -> withSubgroups(g, groups));
    if (settings.adminGroup() != null && !settings.adminGroup().isBlank()) {
      GroupModel adminGroup =
          KeycloakModelUtils.findGroupByPath(session, realm, settings.adminGroup());
      if (adminGroup != null) {
        withSubgroups(adminGroup, groups);
      }
    }
    for (GroupModel group : groups) {
      session.users().getGroupMembersStream(realm, group).forEach(candidates::add);
    }
    Set<String> ids = new HashSet<>();
    for (UserModel user : candidates) {
      if (user.getServiceAccountClientLink() == null
          && AdminAccounts.isAdmin(session, realm, user, settings)) {
        ids.add(user.getId());
      }
    }
    return ids;
  }

  /** The roles that make their holder an admin by name (see {@code AdminAccounts}). */
  private static Set<RoleModel> seedRoles(RealmModel realm, List<String> adminRoles) {
    Set<RoleModel> seeds = new HashSet<>();
    if (Config.getAdminRealm().equals(realm.getName())) {
      Stream.of(AdminRoles.ADMIN, AdminRoles.CREATE_REALM)
          .map(realm::getRole)
          .filter(r -> r != null)
          .forEach(seeds::add);
      realm
          .getClientsStream()
          .filter(c -> c.getClientId().endsWith(AdminRoles.APP_SUFFIX))
          .flatMap(ClientModel::getRolesStream)
          .filter(r -> adminRoles.contains(r.getName()))
          .forEach(seeds::add);
      return seeds;
    }
    ClientModel management = realm.getClientByClientId(Constants.REALM_MANAGEMENT_CLIENT_ID);
    if (management != null) {
      management.getRolesStream().filter(r -> adminRoles.contains(r.getName())).forEach(seeds::add);
    }
    return seeds;
  }

  /** The group and all its subgroups, into {@code into}. */
  static Set<GroupModel> withSubgroups(GroupModel group, Set<GroupModel> into) {
    Deque<GroupModel> todo = new ArrayDeque<>(List.of(group));
    while (!todo.isEmpty()) {
      GroupModel next = todo.pop();
      if (into.add(next)) {
        next.getSubGroupsStream().forEach(todo::push);
      }
    }
    return into;
  }
}
