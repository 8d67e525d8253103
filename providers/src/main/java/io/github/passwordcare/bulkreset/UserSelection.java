package io.github.passwordcare.bulkreset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * Turns the selectors of a request into users: the union of ids, usernames, group members and
 * search hits, in that order, without duplicates. Ids and usernames that match no user stay in the
 * selection as unknown entries, reported per user in their place ({@link #entries()}). The lists
 * are counted and freed of repeats before any lookup, each distinct value is looked up once, and
 * every query is bounded by the per-call maximum, so an over-broad selection is refused without
 * loading it.
 *
 * <p>Selecting asks for the same rights as Keycloak's own listing endpoints: a search needs "query
 * users" and shows only users the caller may view; a group needs "view members" of it (and of its
 * subgroups). A caller who may not query users learns nothing from ids and usernames either: an
 * unknown one is reported {@code forbidden}, exactly like a user the caller may not reset, as
 * Keycloak's {@code /users/{id}} answers 403 rather than 404 to such a caller. A group the caller
 * may not see is refused with one message that names no group, whether it exists or not.
 */
final class UserSelection {

  static final String NOT_FOUND = "not-found";
  static final String MAY_NOT_VIEW_GROUP =
      "You may not view the members of the selected group or one of its subgroups.";

  /**
   * One row of the answer, in request order: a selected user, with the id and the username the
   * caller sent for it (null when it came from a group or a search), or a row for an unknown value.
   * A username sent for a user already selected by its id is an entry of its own, a "repeat": user
   * and {@code unknown} both set, the latter being the row an unknown username would get there. A
   * caller who may not view that user gets that row, so an id and a username are never shown as one
   * user (which would tell which username goes with which id).
   */
  record Entry(UserModel user, String sentId, String sentUsername, UserResetResult unknown) {}

  private final Map<String, UserModel> users = new LinkedHashMap<>();
  private final List<Object> order = new ArrayList<>();
  private final Map<String, String> sentIds = new HashMap<>();
  private final Map<String, String> sentUsernames = new HashMap<>();
  private final Set<UserResetResult> unknown = new HashSet<>();
  private int repeats;
  private final int max;
  private final AdminPermissionEvaluator auth;
  private final boolean mayQuery;

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
    for (String id : SelectionCap.distinctIds(request.userIds())) {
      selection.addGiven(session.users().getUserById(realm, id), id, null);
    }
    for (String name : SelectionCap.distinctUsernames(request.usernames())) {
      selection.addGiven(session.users().getUserByUsername(realm, name), null, name);
    }
    if (request.groupId() != null && !request.groupId().isBlank()) {
      GroupModel group = session.groups().getGroupById(realm, request.groupId());
      if (group == null && auth.groups().canList()) {
        throw new InvalidBulkResetException("No group with id '" + request.groupId() + "'.");
      }
      selection.addGroup(session, realm, group, request.isIncludeSubgroups());
    }
    if (request.search() != null && !request.search().isBlank()) {
      if (!selection.mayQuery) {
        throw InvalidBulkResetException.forbidden("You may not search users in this realm.");
      }
      selection.addAll(
          UserSearch.find(session, realm, request, max + 1).filter(auth.users()::canView));
    }
    if (selection.users.isEmpty()) {
      throw selection.mayQuery
          ? new InvalidBulkResetException("No users match the selection: nothing to reset.")
          : InvalidBulkResetException.forbidden(BulkResetResource.MAY_RESET_NOBODY);
    }
    return selection;
  }

  /** Unknown and hidden groups get one message, so that it tells nothing about either. */
  private void addGroup(
      KeycloakSession session, RealmModel realm, GroupModel group, boolean subgroups) {
    if (group == null || !auth.groups().canViewMembers(group)) {
      throw InvalidBulkResetException.forbidden(MAY_NOT_VIEW_GROUP);
    }
    addAll(session.users().getGroupMembersStream(realm, group, 0, max + 1));
    if (subgroups) {
      group.getSubGroupsStream().forEach(sub -> addGroup(session, realm, sub, true));
    }
  }

  private void addAll(Stream<UserModel> found) {
    found.forEach(this::add);
  }

  private void addGiven(UserModel user, String id, String username) {
    if (user != null) {
      if (id == null && sentIds.containsKey(user.getId())) {
        order.add(new Repeat(user.getId(), username, unknownRow(null, username)));
        repeats++;
        checkSize(); // counted like an unknown username, so the cap tells nothing either
        return;
      }
      add(user);
      if (id != null) {
        sentIds.putIfAbsent(user.getId(), id);
      } else {
        sentUsernames.putIfAbsent(user.getId(), username);
      }
      return;
    }
    UserResetResult row = unknownRow(id, username);
    if (unknown.add(row)) {
      order.add(row);
      checkSize();
    }
  }

  private UserResetResult unknownRow(String id, String username) {
    return UserResetResult.skipped(
        id, username, null, mayQuery ? NOT_FOUND : EligibilityCheck.FORBIDDEN);
  }

  /** A username sent for a user already selected by its id. */
  private record Repeat(String userId, String username, UserResetResult asUnknown) {}

  private void add(UserModel user) {
    if (users.putIfAbsent(user.getId(), user) == null) {
      order.add(user.getId());
      checkSize();
    }
  }

  private void checkSize() {
    if (users.size() + unknown.size() + repeats > max) {
      throw InvalidBulkResetException.tooMany(max, "counting every id, username and match");
    }
  }

  /** The selected users, in selection order. */
  List<UserModel> users() {
    return List.copyOf(users.values());
  }

  /** Every row of the answer, users and unknown values alike, in request order. */
  List<Entry> entries() {
    List<Entry> entries = new ArrayList<>(order.size());
    for (Object o : order) {
      if (o instanceof UserResetResult row) {
        entries.add(new Entry(null, null, null, row));
      } else if (o instanceof Repeat repeat) {
        entries.add(
            new Entry(users.get(repeat.userId()), null, repeat.username(), repeat.asUnknown()));
      } else {
        String id = (String) o;
        entries.add(new Entry(users.get(id), sentIds.get(id), sentUsernames.get(id), null));
      }
    }
    return entries;
  }
}
