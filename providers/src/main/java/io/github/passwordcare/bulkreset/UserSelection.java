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

/**
 * Turns the selectors of a request into users: the union of ids, usernames, group members and
 * search hits, in that order, without duplicates. Ids and usernames that match no user stay in the
 * selection as {@link #unknown()} entries, reported per user. Every query is bounded by the
 * per-call maximum, so an over-broad selection is refused without loading it.
 */
final class UserSelection {

  private final Map<String, UserModel> users = new LinkedHashMap<>();
  private final List<UserResetResult> unknown = new ArrayList<>();
  private final int max;

  static final String NOT_FOUND = "not-found";

  private UserSelection(int max) {
    this.max = max;
  }

  static UserSelection resolve(
      KeycloakSession session, RealmModel realm, BulkResetRequest request, int max) {
    UserSelection selection = new UserSelection(max);
    if (request.userIds() != null) {
      for (String id : request.userIds()) {
        UserModel user = session.users().getUserById(realm, id);
        selection.addOrUnknown(user, UserResetResult.skipped(id, null, null, NOT_FOUND));
      }
    }
    if (request.usernames() != null) {
      for (String name : request.usernames()) {
        UserModel user = session.users().getUserByUsername(realm, name);
        selection.addOrUnknown(user, UserResetResult.skipped(null, name, null, NOT_FOUND));
      }
    }
    if (request.groupId() != null && !request.groupId().isBlank()) {
      GroupModel group = session.groups().getGroupById(realm, request.groupId());
      if (group == null) {
        throw new InvalidBulkResetException("No group with id '" + request.groupId() + "'.");
      }
      selection.addGroup(session, realm, group, request.isIncludeSubgroups());
    }
    if (request.search() != null && !request.search().isBlank()) {
      selection.addAll(search(session, realm, request.search().trim(), max + 1));
    }
    if (selection.users.isEmpty()) {
      throw new InvalidBulkResetException("No users match the selection: nothing to reset.");
    }
    return selection;
  }

  /** Same meaning as {@code GET /admin/realms/{realm}/users?search=}: "id:" prefix or text. */
  private static Stream<UserModel> search(
      KeycloakSession session, RealmModel realm, String search, int limit) {
    if (search.startsWith("id:")) {
      return Stream.of(search.substring(3).trim().split("\\s+"))
          .map(id -> session.users().getUserById(realm, id))
          .filter(u -> u != null);
    }
    Map<String, String> attributes = new HashMap<>();
    attributes.put(UserModel.SEARCH, search);
    attributes.put(UserModel.INCLUDE_SERVICE_ACCOUNT, "false");
    return session.users().searchForUserStream(realm, attributes, 0, limit);
  }

  private void addGroup(
      KeycloakSession session, RealmModel realm, GroupModel group, boolean subgroups) {
    addAll(session.users().getGroupMembersStream(realm, group, 0, max + 1));
    if (subgroups) {
      group.getSubGroupsStream().forEach(sub -> addGroup(session, realm, sub, true));
    }
  }

  private void addAll(Stream<UserModel> found) {
    found.forEach(this::add);
  }

  private void addOrUnknown(UserModel user, UserResetResult notFound) {
    if (user == null) {
      if (!unknown.contains(notFound)) {
        unknown.add(notFound);
        checkSize();
      }
    } else {
      add(user);
    }
  }

  private void add(UserModel user) {
    if (users.putIfAbsent(user.getId(), user) == null) {
      checkSize();
    }
  }

  private void checkSize() {
    if (users.size() + unknown.size() > max) {
      throw new InvalidBulkResetException(
          "The selection has more than "
              + max
              + " users, the most one call may reset. Narrow it (a subgroup, a more precise search,"
              + " or fewer ids/usernames) and make several calls.");
    }
  }

  List<UserModel> users() {
    return List.copyOf(users.values());
  }

  /** A skipped row (reason {@code not-found}) for each id or username that matched no user. */
  List<UserResetResult> unknown() {
    return List.copyOf(unknown);
  }
}
