package io.github.passwordcare.bulkreset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * What the answer may say about each user, and in which order. An admin allowed by fine-grained
 * permissions to reset a user need not be allowed to view it (Keycloak's own reset endpoint answers
 * 204 and no profile). The row of a user the caller may not view shows only what the caller sent
 * for it: the id if sent as an id, the username (as written) if sent as a username, never the other
 * and never the email. Such a row is then exactly the row of a value that matches no user, and the
 * rows stay in request order, so neither the content nor the place of a row tells the caller
 * whether the user exists. An id and a username sent for the same hidden user are two such rows,
 * never one. Callers who may view the users see everything, as before.
 */
final class VisibleRows {

  private final List<UserSelection.Entry> entries;
  private final Set<String> viewable = new HashSet<>();
  private final Map<String, UserSelection.Entry> entryOf = new HashMap<>();

  /**
   * Decides, on the request thread, which users the caller may view: a streamed answer writes its
   * rows later, as the users finish.
   */
  private VisibleRows(AdminPermissionEvaluator auth, List<UserSelection.Entry> entries) {
    this.entries = entries;
    for (UserSelection.Entry entry : entries) {
      if (entry.user() != null && entry.unknown() == null) {
        entryOf.put(entry.user().getId(), entry);
        if (auth.users().canView(entry.user())) {
          viewable.add(entry.user().getId());
        }
      }
    }
  }

  static VisibleRows of(AdminPermissionEvaluator auth, UserSelection selection) {
    return new VisibleRows(auth, selection.entries());
  }

  /**
   * The answer's rows in request order: {@code results} holds one row per selected user (any order,
   * found by user id), users without a result are left out; unknown values get their own rows in
   * their place. For a streamed answer, the users settled before any work go through here, so that
   * their rows and the unknown values' rows keep the request order among them.
   */
  List<UserResetResult> apply(List<UserResetResult> results) {
    Map<String, UserResetResult> byUser = new HashMap<>();
    results.forEach(r -> byUser.putIfAbsent(r.userId(), r));
    List<UserResetResult> rows = new ArrayList<>(entries.size());
    for (UserSelection.Entry entry : entries) {
      if (entry.unknown() != null) {
        // An unknown value, or a username repeating a user selected by id: the latter shows as
        // an unknown username to a caller who may not view the user, and not at all to others.
        if (entry.user() == null || !viewable.contains(entry.user().getId())) {
          rows.add(entry.unknown());
        }
        continue;
      }
      UserResetResult row = byUser.get(entry.user().getId());
      if (row != null) {
        rows.add(shown(row, entry));
      }
    }
    return rows;
  }

  /** The row of one selected user's result (each user is selected once). */
  UserResetResult rowOf(UserResetResult result) {
    UserSelection.Entry entry = entryOf.get(result.userId());
    return entry == null ? result.withOnly(result.userId(), null) : shown(result, entry);
  }

  private UserResetResult shown(UserResetResult row, UserSelection.Entry entry) {
    return viewable.contains(entry.user().getId()) ? row : hidden(row, entry);
  }

  private static UserResetResult hidden(UserResetResult row, UserSelection.Entry entry) {
    if (entry.sentId() == null && entry.sentUsername() == null) {
      // Selected by a group or a search: the caller may see that user's id there.
      return row.withOnly(row.userId(), null);
    }
    return row.withOnly(entry.sentId(), entry.sentUsername());
  }
}
