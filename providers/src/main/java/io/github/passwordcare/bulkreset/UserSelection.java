package io.github.passwordcare.bulkreset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * Turns the selectors of a request into users: the union of ids, usernames, group members and
 * search hits, in that order, without duplicates. Ids and usernames that match no user stay in the
 * selection as {@link #unknown()} entries, reported per user. The lists are counted before any
 * lookup and every query is bounded by the per-call maximum, so an over-broad selection is refused
 * without loading it.
 *
 * <p>Selecting asks for the same rights as Keycloak's own listing endpoints: a search needs "query
 * users" and shows only users the caller may view; a group needs "view members" of it (and of its
 * subgroups). A caller who may not query users learns nothing from ids and usernames either: an
 * unknown one is reported {@code forbidden}, exactly like a user the caller may not reset, as
 * Keycloak's {@code /users/{id}} answers 403 rather than 404 to such a caller.
 */
final class UserSelection {

  private final Map<String, UserModel> users = new LinkedHashMap<>();
  private final List<UserResetResult> unknown = new ArrayList<>();
  private final int max;
  private final AdminPermissionEvaluator auth;
  private final boolean mayQuery;

  static final String NOT_FOUND = "not-found";

  private UserSelection(int max, AdminPermissionEvaluator auth) {
    this.max = max;
    this.auth = auth;
    this.mayQuery = auth.users().canQuery();
  }

  static UserSelection resolve(
      KeycloakSession session,
      RealmModel realm,
      BulkResetRequest request,
      int max,
      AdminPermissionEvaluator auth) {
    SelectionCap.check(request, max);
    UserSelection selection = new UserSelection(max, auth);
    if (request.userIds() != null) {
      for (String id : request.userIds()) {
        selection.addOrUnknown(session.users().getUserById(realm, id), id, null);
      }
    }
    if (request.usernames() != null) {
      for (String name : request.usernames()) {
        selection.addOrUnknown(session.users().getUserByUsername(realm, name), null, name);
      }
    }
    if (request.groupId() != null && !request.groupId().isBlank()) {
      GroupModel group = session.groups().getGroupById(realm, request.groupId());
      if (group == null && selection.mayQuery) {
        throw new InvalidBulkResetException("No group with id '" + request.groupId() + "'.");
      }
      selection.addGroup(session, realm, group, request.isIncludeSubgroups());
    }
    if (request.search() != null && !request.search().isBlank()) {
      if (!selection.mayQuery) {
        throw InvalidBulkResetException.forbidden("You may not search users in this realm.");
      }
      selection.addAll(search(session, realm, request, max + 1).filter(auth.users()::canView));
    }
    if (selection.users.isEmpty()) {
      throw selection.mayQuery
          ? new InvalidBulkResetException("No users match the selection: nothing to reset.")
          : InvalidBulkResetException.forbidden(BulkResetResource.MAY_RESET_NOBODY);
    }
    return selection;
  }

  /**
   * Same meaning as {@code GET /admin/realms/{realm}/users?search=}: "id:" list, or text (prefix,
   * {@code *infix*}, {@code "exact"}). Service accounts are never selected by a search.
   */
  private static Stream<UserModel> search(
      KeycloakSession session, RealmModel realm, BulkResetRequest request, int limit) {
    if (request.search().trim().startsWith(BulkResetRequest.ID_SEARCH)) {
      return request.searchIds().stream()
          .map(id -> session.users().getUserById(realm, id))
          .filter(u -> u != null && u.getServiceAccountClientLink() == null);
    }
    Map<String, String> attributes = new HashMap<>();
    attributes.put(UserModel.SEARCH, request.search().trim());
    attributes.put(UserModel.INCLUDE_SERVICE_ACCOUNT, "false");
    return session.users().searchForUserStream(realm, attributes, 0, limit);
  }

  private void addGroup(
      KeycloakSession session, RealmModel realm, GroupModel group, boolean subgroups) {
    if (group == null || !auth.groups().canViewMembers(group)) {
      throw InvalidBulkResetException.forbidden(
          "You may not view the members of group '"
              + (group == null ? "" : group.getName())
              + "'.");
    }
    addAll(session.users().getGroupMembersStream(realm, group, 0, max + 1));
    if (subgroups) {
      group.getSubGroupsStream().forEach(sub -> addGroup(session, realm, sub, true));
    }
  }

  private void addAll(Stream<UserModel> found) {
    found.forEach(this::add);
  }

  private void addOrUnknown(UserModel user, String id, String username) {
    if (user != null) {
      add(user);
      return;
    }
    String reason = mayQuery ? NOT_FOUND : EligibilityCheck.FORBIDDEN;
    UserResetResult row = UserResetResult.skipped(id, username, null, reason);
    if (!unknown.contains(row)) {
      unknown.add(row);
      checkSize();
    }
  }

  private void add(UserModel user) {
    if (users.putIfAbsent(user.getId(), user) == null) {
      checkSize();
    }
  }

  private void checkSize() {
    if (users.size() + unknown.size() > max) {
      throw InvalidBulkResetException.tooMany(max, "counting every id, username and match");
    }
  }

  List<UserModel> users() {
    return List.copyOf(users.values());
  }

  /** A skipped row for each id or username that matched no user ({@code not-found}). */
  List<UserResetResult> unknown() {
    return List.copyOf(unknown);
  }
}
