package io.github.passwordcare.bulkreset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * What the answer may say about each user, and in which order. An admin allowed by fine-grained
 * permissions to reset a user need not be allowed to view it (Keycloak's own reset endpoint answers
 * 204 and no profile). The row of a user the caller may not view shows only what the caller sent
 * for it: the id if sent as an id, the username (as written) if sent as a username, never the other
 * and never the email. Such a row is then exactly the row of a value that matches no user, and the
 * rows stay in request order, so neither the content nor the place of a row tells the caller
 * whether the user exists. Callers who may view the users see everything, as before.
 */
final class VisibleRows {

  private final AdminPermissionEvaluator auth;
  private final List<UserSelection.Entry> entries;

  private VisibleRows(AdminPermissionEvaluator auth, List<UserSelection.Entry> entries) {
    this.auth = auth;
    this.entries = entries;
  }

  static VisibleRows of(AdminPermissionEvaluator auth, UserSelection selection) {
    return new VisibleRows(auth, selection.entries());
  }

  /**
   * The answer's rows in request order: {@code results} holds one row per selected user (any order,
   * found by user id); unknown values get their own rows in their place.
   */
  List<UserResetResult> apply(List<UserResetResult> results) {
    Map<String, UserResetResult> byUser = new HashMap<>();
    results.forEach(r -> byUser.putIfAbsent(r.userId(), r));
    List<UserResetResult> rows = new ArrayList<>(entries.size());
    for (UserSelection.Entry entry : entries) {
      if (entry.unknown() != null) {
        rows.add(entry.unknown());
        continue;
      }
      UserResetResult row = byUser.get(entry.user().getId());
      rows.add(auth.users().canView(entry.user()) ? row : hidden(row, entry));
    }
    return rows;
  }

  private static UserResetResult hidden(UserResetResult row, UserSelection.Entry entry) {
    if (entry.sentId() == null && entry.sentUsername() == null) {
      // Selected by a group or a search: the caller may see that user's id there.
      return row.withOnly(row.userId(), null);
    }
    return row.withOnly(entry.sentId(), entry.sentUsername());
  }
}
