package io.github.passwordcare.bulkreset;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * What the answer may say about each user. An admin allowed by fine-grained permissions to reset a
 * user need not be allowed to view it (Keycloak's own reset endpoint answers 204 and no profile).
 * Rows of such users keep the user id and a username the caller gave; the email and any other
 * username are left out. Callers who may view the users see everything, as before.
 */
final class VisibleRows {

  private final Set<String> hiddenUserIds;
  private final Set<String> givenUsernames;

  private VisibleRows(Set<String> hiddenUserIds, Set<String> givenUsernames) {
    this.hiddenUserIds = hiddenUserIds;
    this.givenUsernames = givenUsernames;
  }

  static VisibleRows of(
      AdminPermissionEvaluator auth, List<UserModel> users, BulkResetRequest request) {
    Set<String> hidden =
        users.stream()
            .filter(u -> !auth.users().canView(u))
            .map(UserModel::getId)
            .collect(Collectors.toSet());
    Set<String> given =
        request.usernames() == null
            ? Set.of()
            : request.usernames().stream().map(VisibleRows::key).collect(Collectors.toSet());
    return new VisibleRows(hidden, given);
  }

  List<UserResetResult> apply(List<UserResetResult> rows) {
    if (hiddenUserIds.isEmpty()) {
      return rows;
    }
    return rows.stream().map(this::visible).toList();
  }

  private UserResetResult visible(UserResetResult row) {
    if (row.userId() == null || !hiddenUserIds.contains(row.userId())) {
      return row;
    }
    return row.withoutProfile(
        row.username() != null && givenUsernames.contains(key(row.username())));
  }

  private static String key(String username) {
    return username.toLowerCase(Locale.ROOT);
  }
}
