package io.github.passwordcare.expiry;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Who never expires, for service and break-glass accounts (what Keycloak lacks:
 * keycloak/keycloak#29048, #16458): a client's service-account user, a user whose attribute {@code
 * passwordNeverExpires} is {@code true}, and members of a group with that attribute or of any of
 * its subgroups. The reason is the JSON value {@code exemptBecause}: {@code service-account},
 * {@code user}, or {@code group:/path}.
 */
public final class Exemptions {

  public static final String ATTRIBUTE = "passwordNeverExpires";
  public static final String SERVICE_ACCOUNT = "service-account";
  public static final String USER = "user";

  private Exemptions() {}

  /** Why this user never expires, or null. */
  public static String reason(UserModel user) {
    if (user.getServiceAccountClientLink() != null) {
      return SERVICE_ACCOUNT;
    }
    if (isTrue(user.getFirstAttribute(ATTRIBUTE))) {
      return USER;
    }
    return user.getGroupsStream()
        .flatMap(Exemptions::selfAndAncestors)
        .filter(g -> isTrue(g.getFirstAttribute(ATTRIBUTE)))
        .findFirst()
        .map(g -> group(g))
        .orElse(null);
  }

  /**
   * The ids of every exempt group and all their subgroups, with the path of the exempt group that
   * covers each: groups are few, so the report and the job look members up by id in one query.
   */
  public static Map<String, String> exemptGroups(KeycloakSession session, RealmModel realm) {
    Map<String, String> byId = new java.util.HashMap<>();
    Set<String> seen = new HashSet<>();
    session
        .groups()
        .searchGroupsByAttributes(realm, Map.of(ATTRIBUTE, "true"), null, null)
        .forEach(g -> addWithSubgroups(g, group(g), byId, seen));
    return byId;
  }

  private static void addWithSubgroups(
      GroupModel group, String reason, Map<String, String> byId, Set<String> seen) {
    if (!seen.add(group.getId())) {
      return;
    }
    byId.putIfAbsent(group.getId(), reason);
    group.getSubGroupsStream().forEach(sub -> addWithSubgroups(sub, reason, byId, seen));
  }

  static String group(GroupModel group) {
    StringBuilder path = new StringBuilder();
    for (GroupModel g = group; g != null; g = g.getParent()) {
      path.insert(0, "/" + g.getName());
    }
    return "group:" + path;
  }

  private static Stream<GroupModel> selfAndAncestors(GroupModel group) {
    return Stream.iterate(group, g -> g != null, GroupModel::getParent);
  }

  static boolean isTrue(String value) {
    return value != null && value.trim().equalsIgnoreCase("true");
  }
}
