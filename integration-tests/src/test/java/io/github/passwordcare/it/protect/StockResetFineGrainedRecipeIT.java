package io.github.passwordcare.it.protect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.PasswordCareServerConfig;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.AuthorizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.authorization.GroupPolicyRepresentation;
import org.keycloak.representations.idm.authorization.ScopePermissionRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.RealmConfig;
import org.keycloak.testframework.realm.RealmConfigBuilder;

/**
 * The recipe of docs/features/protected-admins.md: Keycloak's own fine-grained admin permissions
 * (v2) close the STOCK {@code PUT /users/{id}/reset-password} to a help desk for the members of an
 * {@code admins} group, as {@code protectAdmins} does for our endpoints. Before the recipe the help
 * desk (manage-users) resets the admin (204); after it, 403, while it still resets other users and
 * the admin still resets the help desk. The realm is this class's own, removed after it.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class StockResetFineGrainedRecipeIT extends AbstractPasswordCareIT {

  static final String HELPDESK = "fr-helpdesk";
  static final String ADMIN = "fr-admin";
  static final String PLAIN = "fr-plain";
  static final String NEW_PASSWORD = "Stock-Reset-2026!";

  @InjectRealm(ref = "fgap-recipe", config = RecipeRealm.class)
  ManagedRealm scratch;

  static class RecipeRealm implements RealmConfig {
    @Override
    public RealmConfigBuilder configure(RealmConfigBuilder realm) {
      realm.adminPermissionsEnabled(true);
      realm.addGroup("admins");
      realm.addGroup("helpdesk");
      user(realm, ADMIN).clientRoles("realm-management", "realm-admin").groups("admins");
      user(realm, HELPDESK)
          .clientRoles(
              "realm-management", "manage-users", "view-users", "query-users", "query-groups")
          .groups("helpdesk");
      user(realm, PLAIN);
      return realm;
    }

    private static org.keycloak.testframework.realm.UserConfigBuilder user(
        RealmConfigBuilder realm, String name) {
      return realm
          .addUser(name)
          .name("Recipe", name)
          .email(name + "@password-care.localhost")
          .emailVerified(true)
          .password(DEMO_PASSWORD);
    }
  }

  @Test
  void theRecipeClosesTheStockEndpointForAdminsOnly() throws Exception {
    String admin = userId(ADMIN);
    String helpdesk = userId(HELPDESK);
    String plain = userId(PLAIN);

    String before = tokenOf(scratch.getName(), HELPDESK, DEMO_PASSWORD);
    assertThat(stockReset(before, admin).statusCode()).isEqualTo(204);

    applyRecipe(scratch.admin());

    String after = tokenOf(scratch.getName(), HELPDESK, DEMO_PASSWORD);
    assertThat(stockReset(after, admin).statusCode()).isEqualTo(403);
    assertThat(stockReset(after, plain).statusCode()).isEqualTo(204);
    // It closes Keycloak's user update too, by which a help desk could set an admin's recovery
    // email and then reset the admin through SSPR; the admin's own data stays editable for others.
    String users = "/admin/realms/" + scratch.getName() + "/users/";
    assertThat(put(users + admin, after, "{\"firstName\":\"Taken\"}").statusCode()).isEqualTo(403);
    assertThat(put(users + plain, after, "{\"firstName\":\"Plain\"}").statusCode()).isEqualTo(204);
    // Bulk reset asks Keycloak's permissions too: the admin is forbidden there as well.
    HttpResponse<String> bulk =
        post(
            "/admin/realms/" + scratch.getName() + "/password-care/bulk-reset",
            after,
            "{\"userIds\":[\"" + admin + "\",\"" + plain + "\"],\"dryRun\":true}",
            "application/json");
    assertThat(bulk.statusCode()).as(bulk.body()).isEqualTo(200);
    assertThat(bulk.body())
        .contains("\"userId\":\"" + admin + "\"")
        .contains("\"reason\":\"forbidden\"")
        .contains("\"status\":\"would-reset\"");
    String byAdmin = tokenOf(scratch.getName(), ADMIN, NEW_PASSWORD);
    assertThat(stockReset(byAdmin, helpdesk).statusCode()).isEqualTo(204);
  }

  /** The recipe, step by step as the doc gives it with kcadm. */
  static void applyRecipe(RealmResource realm) {
    // 1. The help desk loses manage-users: that role skips fine-grained permissions altogether.
    String management = realm.clients().findByClientId("realm-management").get(0).getId();
    String helpdesk = realm.users().searchByUsername(HELPDESK, true).get(0).getId();
    RoleRepresentation manageUsers =
        realm.clients().get(management).roles().get("manage-users").toRepresentation();
    realm.users().get(helpdesk).roles().clientLevel(management).remove(List.of(manageUsers));

    String permissionsClient = realm.clients().findByClientId("admin-permissions").get(0).getId();
    AuthorizationResource authz = realm.clients().get(permissionsClient).authorization();
    // 2. Who is who: two group policies (they look at the caller).
    authz.policies().group().create(groupPolicy("caller is in helpdesk", "/helpdesk")).close();
    authz.policies().group().create(groupPolicy("caller is in admins", "/admins")).close();
    // 3. The help desk may view and manage (so reset) users...
    authz
        .permissions()
        .scope()
        .create(permission("help desk manages users", "Users", Set.of(), "caller is in helpdesk"))
        .close();
    // 4. ...but only admins may manage the members of the admins group.
    String admins = realm.groups().groups("admins", 0, 1).get(0).getId();
    ScopePermissionRepresentation onlyAdmins =
        permission("only admins manage admins", "Groups", Set.of(admins), "caller is in admins");
    onlyAdmins.setScopes(Set.of("manage-members"));
    authz.permissions().scope().create(onlyAdmins).close();
  }

  private static GroupPolicyRepresentation groupPolicy(String name, String path) {
    GroupPolicyRepresentation policy = new GroupPolicyRepresentation();
    policy.setName(name);
    policy.addGroupPath(path, true);
    return policy;
  }

  private static ScopePermissionRepresentation permission(
      String name, String resourceType, Set<String> resources, String policy) {
    ScopePermissionRepresentation permission = new ScopePermissionRepresentation();
    permission.setName(name);
    permission.setResourceType(resourceType);
    permission.setResources(resources);
    permission.setScopes(Set.of("view", "manage"));
    permission.setPolicies(Set.of(policy));
    return permission;
  }

  private String userId(String username) {
    return scratch.admin().users().searchByUsername(username, true).get(0).getId();
  }

  private HttpResponse<String> stockReset(String token, String userId) throws Exception {
    return stockReset(scratch.getName(), token, userId, NEW_PASSWORD);
  }
}
