package io.github.passwordcare.it;

import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Creates users and groups with unique names through the Keycloak Admin Client and removes them
 * again, so tests can share one server and realm and run in any order.
 */
public final class TestUsers {

  private final RealmResource realm;
  private final List<String> userIds = new ArrayList<>();
  private final List<String> groupIds = new ArrayList<>();

  TestUsers(RealmResource realm) {
    this.realm = realm;
  }

  /** A unique name with a readable prefix. */
  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** An enabled user with a verified email and the demo password; returns the user id. */
  public String create(String usernamePrefix) {
    return create(usernamePrefix, true);
  }

  public String create(String usernamePrefix, boolean withVerifiedEmail) {
    String username = unique(usernamePrefix);
    UserRepresentation user = new UserRepresentation();
    user.setUsername(username);
    user.setEnabled(true);
    user.setFirstName("Test");
    user.setLastName(usernamePrefix);
    if (withVerifiedEmail) {
      user.setEmail(username + "@password-care.localhost");
      user.setEmailVerified(true);
    }
    CredentialRepresentation password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setValue(AbstractPasswordCareIT.DEMO_PASSWORD);
    password.setTemporary(false);
    user.setCredentials(List.of(password));
    try (Response response = realm.users().create(user)) {
      String id = CreatedResponseUtil.getCreatedId(response);
      userIds.add(id);
      return id;
    }
  }

  public String username(String userId) {
    return realm.users().get(userId).toRepresentation().getUsername();
  }

  public UserRepresentation get(String userId) {
    return realm.users().get(userId).toRepresentation();
  }

  /** A new top-level group, or a subgroup when a parent id is given; returns the group id. */
  public String group(String namePrefix, String parentId) {
    GroupRepresentation group = new GroupRepresentation();
    group.setName(unique(namePrefix));
    Response response =
        parentId == null
            ? realm.groups().add(group)
            : realm.groups().group(parentId).subGroup(group);
    try (response) {
      String id = CreatedResponseUtil.getCreatedId(response);
      if (parentId == null) {
        groupIds.add(id);
      }
      return id;
    }
  }

  public void join(String userId, String groupId) {
    realm.users().get(userId).joinGroup(groupId);
  }

  void removeAll() {
    userIds.forEach(id -> realm.users().delete(id).close());
    groupIds.forEach(id -> realm.groups().group(id).remove());
    userIds.clear();
    groupIds.clear();
  }
}
