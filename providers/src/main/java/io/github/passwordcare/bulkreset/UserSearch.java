package io.github.passwordcare.bulkreset;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The {@code search} selector, with the meaning it has for {@code GET
 * /admin/realms/{realm}/users?search=}: an "id:" list, or text (prefix, {@code *infix*}, {@code
 * "exact"}). Service accounts are never selected by a search. Who may search is checked by {@link
 * UserSelection}.
 */
final class UserSearch {

  private UserSearch() {}

  static Stream<UserModel> find(
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
}
