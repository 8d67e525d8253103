package io.github.passwordcare.it.bulkreset;

import static io.github.passwordcare.it.bulkreset.BulkResetClient.body;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.json;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.row;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.container.KeycloakHttp;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.authorization.ScopePermissionRepresentation;
import org.keycloak.representations.idm.authorization.UserPolicyRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.RealmConfig;
import org.keycloak.testframework.realm.RealmConfigBuilder;

/**
 * Fine-grained admin permissions (v2, on by default in Keycloak 26.5): an admin allowed to reset
 * one user's password, and nothing else, may reset that user through bulk reset as through
 * Keycloak's own endpoint; the other users are {@code forbidden} rows that reveal nothing. The
 * realm is created for this class with admin permissions enabled, and removed after it.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class BulkResetFineGrainedIT extends AbstractPasswordCareIT {

  static final String CALLER = "fg-helpdesk";
  static final String STOCK_PASSWORD = "Stock-Reset-2026!";

  @InjectRealm(ref = "fgap", config = FineGrainedRealm.class)
  ManagedRealm fgap;

  private String allowed;
  private String other;

  static class FineGrainedRealm implements RealmConfig {
    @Override
    public RealmConfigBuilder configure(RealmConfigBuilder realm) {
      realm.adminPermissionsEnabled(true);
      for (String name : List.of(CALLER, "fg-allowed", "fg-other")) {
        realm
            .addUser(name)
            .name("Fine", name)
            .email(name + "@password-care.localhost")
            .emailVerified(true)
            .password(DEMO_PASSWORD);
      }
      realm.addGroup("fg-team");
      return realm;
    }
  }

  @BeforeEach
  void onlyTheAllowedUserMayBeResetByTheCaller() {
    allowed = userId("fg-allowed");
    other = userId("fg-other");
    ClientRepresentation permissions =
        fgap.admin().clients().findByClientId("admin-permissions").get(0);
    var authz = fgap.admin().clients().get(permissions.getId()).authorization();
    if (authz.permissions().scope().findByName("reset fg-allowed") != null) {
      return;
    }
    UserPolicyRepresentation policy = new UserPolicyRepresentation();
    policy.setName("is " + CALLER);
    policy.addUser(userId(CALLER));
    authz.policies().user().create(policy).close();
    ScopePermissionRepresentation permission = new ScopePermissionRepresentation();
    permission.setName("reset fg-allowed");
    permission.setResourceType("Users");
    permission.setResources(Set.of(allowed));
    permission.setScopes(Set.of("reset-password"));
    permission.setPolicies(Set.of(policy.getName()));
    authz.permissions().scope().create(permission).close();
  }

  @Test
  void theStockEndpointAndBulkResetBothLetTheCallerResetTheOneUser() throws Exception {
    String token = tokenOf(fgap.getName(), CALLER, DEMO_PASSWORD);

    assertThat(stockReset(token, allowed).statusCode()).isEqualTo(204);
    assertThat(stockReset(token, other).statusCode()).isEqualTo(403);

    HttpResponse<String> response =
        post(path(), token, body("userIds", List.of(allowed, other)), "application/json");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode result = json(response.body());
    assertThat(row(result, allowed).path("status").asText()).isEqualTo("reset");
    String temporary = row(result, allowed).path("temporaryPassword").asText();
    assertThat(grant("fg-allowed", temporary).body()).contains("not fully set up");
    assertThat(row(result, other).path("status").asText()).isEqualTo("skipped");
    assertThat(row(result, other).path("reason").asText()).isEqualTo("forbidden");
    // The caller may view neither user: rows carry the id it sent, no username or email.
    assertThat(row(result, other).has("email")).isFalse();
    assertThat(row(result, other).has("username")).isFalse();
    assertThat(row(result, allowed).has("email")).isFalse();
    assertThat(grant("fg-other", DEMO_PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void emailLinkNeedsManageSoResetPasswordRightsAloneAreForbidden() throws Exception {
    String token = tokenOf(fgap.getName(), CALLER, DEMO_PASSWORD);

    HttpResponse<String> response =
        post(
            path(),
            token,
            body("userIds", List.of(allowed), "mode", "email-link"),
            "application/json");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(json(response.body()).path("error").asText()).contains("may not reset");
  }

  @Test
  void aCallerWhoMayNotQueryUsersCannotTellUnknownIdsFromForbiddenUsers() throws Exception {
    String token = tokenOf(fgap.getName(), CALLER, DEMO_PASSWORD);

    HttpResponse<String> unknown =
        post(path(), token, body("userIds", List.of("no-such-id")), "application/json");
    HttpResponse<String> forbidden =
        post(path(), token, body("userIds", List.of(other)), "application/json");
    HttpResponse<String> search =
        post(path(), token, body("search", "fg-", "dryRun", true), "application/json");

    assertThat(unknown.statusCode()).isEqualTo(403);
    assertThat(unknown.body()).isEqualTo(forbidden.body());
    assertThat(search.statusCode()).isEqualTo(403);
  }

  @Test
  void aForbiddenUserIsTheSameRowInTheSamePlaceAsAnUnknownOne() throws Exception {
    String token = tokenOf(fgap.getName(), CALLER, DEMO_PASSWORD);

    String byName = dryRun(token, "usernames", List.of("fg-allowed", "FG-Other"));
    String unknownName = dryRun(token, "usernames", List.of("fg-allowed", "FG-Nosuch"));
    String byId = dryRun(token, "userIds", List.of(other, allowed));
    String unknownId = dryRun(token, "userIds", List.of("no-such-id", allowed));
    String mixed = dryRun(token, "userIds", List.of("no-such-id", other, allowed));

    // Sent as a username: no id; sent as an id: no username. Nothing else tells them apart.
    assertThat(byName).doesNotContain(other).contains("\"username\":\"FG-Other\"");
    assertThat(byName.replace("FG-Other", "FG-Nosuch")).isEqualTo(unknownName);
    assertThat(byId).doesNotContain("fg-other");
    assertThat(byId.replace(other, "no-such-id")).isEqualTo(unknownId);
    assertThat(rows(json(mixed)).stream().map(r -> r.path("userId").asText()))
        .containsExactly("no-such-id", other, allowed);
  }

  /**
   * An id and a username that name the same hidden user are two rows, as an unknown id and an
   * unknown username are: one merged row would tell which username goes with the id.
   */
  @Test
  void anIdAndAUsernameOfOneHiddenUserAreTwoRowsLikeTwoUnknownValues() throws Exception {
    String token = tokenOf(fgap.getName(), CALLER, DEMO_PASSWORD);

    String same = pairDryRun(token, other, "fg-other");
    String unknown = pairDryRun(token, "no-such-id", "fg-nosuch");

    assertThat(same.replace(other, "no-such-id").replace("fg-other", "fg-nosuch"))
        .isEqualTo(unknown);
    assertThat(rows(json(same))).hasSize(3);
    for (String answer : List.of(same, unknown)) {
      assertThat(json(answer).path("total").asInt()).isEqualTo(3);
    }
  }

  private String pairDryRun(String token, String id, String username) throws Exception {
    HttpResponse<String> response =
        post(
            path(),
            token,
            body(
                "userIds",
                List.of(id),
                "usernames",
                List.of(username, "fg-allowed"),
                "dryRun",
                true),
            "application/json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  @Test
  void aGroupTheCallerMayNotSeeIsRefusedLikeAnUnknownOneWithoutItsName() throws Exception {
    String token = tokenOf(fgap.getName(), CALLER, DEMO_PASSWORD);
    String team = fgap.admin().groups().groups("fg-team", 0, 1).get(0).getId();

    HttpResponse<String> existing =
        post(path(), token, body("groupId", team, "dryRun", true), "application/json");
    HttpResponse<String> unknown =
        post(path(), token, body("groupId", "no-such-group", "dryRun", true), "application/json");

    assertThat(existing.statusCode()).isEqualTo(403);
    assertThat(existing.body())
        .doesNotContain("fg-team")
        .contains("the selected group")
        .isEqualTo(unknown.body());
  }

  private String dryRun(String token, String field, List<String> values) throws Exception {
    HttpResponse<String> response =
        post(path(), token, body(field, values, "dryRun", true), "application/json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private String path() {
    return "/admin/realms/" + fgap.getName() + "/password-care/bulk-reset";
  }

  private HttpResponse<String> grant(String username, String password) {
    return new KeycloakHttp(urls.getBase()).passwordGrant(fgap.getName(), username, password);
  }

  private String userId(String username) {
    return fgap.admin().users().search(username, true).get(0).getId();
  }

  private HttpResponse<String> stockReset(String token, String userId) throws Exception {
    return stockReset(fgap.getName(), token, userId, STOCK_PASSWORD);
  }
}
