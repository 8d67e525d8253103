package io.github.passwordcare.it.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.RecoveryCheckFixture;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.config.Config;
import org.keycloak.util.JsonSerialization;

/**
 * The page's client {@code password-care-admin-ui} hands out tokens for the page's work only: an
 * admin who signs in through it (authorization code + PKCE, as the page does) can list realms and
 * groups and run a bulk reset, but the token is refused by the rest of the admin API, though the
 * same admin's own admin-cli token is not. Also: the client's shape, and a realm whose name needs
 * encoding.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class BulkResetPageClientIT extends AbstractPasswordCareIT {

  private static final List<String> PAGE_ROLES =
      List.of(
          "query-users",
          "view-users",
          "manage-users",
          "query-groups",
          "view-realm",
          "manage-realm");

  /**
   * Admin endpoints of a realm the admin app never calls, each needing a role the app does not (the
   * app's settings section needs view-realm and manage-realm, which open the realm's own
   * configuration, such as authentication flows and components, too).
   */
  private static final List<String> OUTSIDE_THE_PAGE =
      List.of(
          "/clients", "/events", "/admin-events", "/identity-provider/instances", "/client-scopes");

  @Test
  void aRealmAdminsPageTokenDoesThePagesWorkAndNothingElse() throws Exception {
    String userId = users().create("scope");
    String pageToken;
    // Two recovery methods, so the recovery check at sign-in does not stop realm-admin.
    try (RecoveryCheckFixture methods =
        RecoveryCheckFixture.secondMethod(admin.realm(DEMO_REALM), "realm-admin")) {
      pageToken =
          new PageClientSignIn(urls.getBase())
              .accessToken(DEMO_REALM, "realm-admin", DEMO_PASSWORD);
    }
    String cliToken = tokenOf("realm-admin");
    String realmPath = "/admin/realms/" + DEMO_REALM;

    for (String path : OUTSIDE_THE_PAGE) {
      assertThat(get(realmPath + path, cliToken).statusCode())
          .as("admin-cli token on %s", path)
          .isEqualTo(200);
      assertThat(get(realmPath + path, pageToken).statusCode())
          .as("page token on %s", path)
          .isEqualTo(403);
    }
    assertThat(get(realmPath + "/groups?briefRepresentation=true", pageToken).statusCode())
        .isEqualTo(200);
    assertThat(dryRun(DEMO_REALM, pageToken, users().username(userId)).path("status").asText())
        .isEqualTo("would-reset");
  }

  @Test
  void theMasterAdminsPageTokenListsRealmsAndResetsInThemButIsNoConsoleToken() throws Exception {
    String userId = users().create("scope-master");
    String pageToken =
        new PageClientSignIn(urls.getBase())
            .accessToken("master", Config.getAdminUsername(), Config.getAdminPassword());

    HttpResponse<String> realms = get("/admin/realms?briefRepresentation=true", pageToken);
    assertThat(realms.statusCode()).isEqualTo(200);
    assertThat(realms.body()).contains("\"" + DEMO_REALM + "\"", "\"master\"");
    assertThat(dryRun(DEMO_REALM, pageToken, users().username(userId)).path("status").asText())
        .isEqualTo("would-reset");
    for (String realmName : List.of("master", DEMO_REALM)) {
      for (String path : OUTSIDE_THE_PAGE) {
        assertThat(get("/admin/realms/" + realmName + path, pageToken).statusCode())
            .as("page token on %s%s", realmName, path)
            .isEqualTo(403);
      }
    }
    assertThat(get("/admin/realms/master/users?max=1", pageToken).statusCode()).isEqualTo(200);
  }

  @Test
  void theClientHasNoFullScopeOnlyThePagesRolesAndDescribesItself() {
    for (String realmName : List.of(DEMO_REALM, "master")) {
      ClientRepresentation client = client(realmName);
      assertThat(client.isFullScopeAllowed()).as(realmName).isFalse();
      assertThat(client.isPublicClient()).isTrue();
      assertThat(client.getAttributes())
          .containsEntry("pkce.code.challenge.method", "S256")
          .containsEntry("password-care.managed", "true");
      // The console shows the description as it is stored: plain words, not a message key.
      assertThat(client.getDescription()).doesNotContain("${").contains("Password care admin app");
    }
    assertThat(scopeRoles(DEMO_REALM, "realm-management"))
        .containsExactlyInAnyOrderElementsOf(PAGE_ROLES);
    assertThat(scopeRoles("master", DEMO_REALM + "-realm"))
        .containsExactlyInAnyOrderElementsOf(PAGE_ROLES);
    assertThat(scopeRoles("master", "master-realm"))
        .containsExactlyInAnyOrderElementsOf(PAGE_ROLES);
  }

  @Test
  void aRealmCreatedLaterJoinsTheMasterClientsScopeAndGetsItsOwnClient() {
    try (ScratchRealm scratch =
        new ScratchRealm(admin, "password-care-scope-" + System.nanoTime())) {
      String name = scratch.name();
      assertThat(client(name).isFullScopeAllowed()).isFalse();
      assertThat(scopeRoles(name, "realm-management"))
          .containsExactlyInAnyOrderElementsOf(PAGE_ROLES);
      assertThat(scopeRoles("master", name + "-realm"))
          .containsExactlyInAnyOrderElementsOf(PAGE_ROLES);
    }
  }

  @Test
  void anImportedRealmsClientFromVersion01IsBroughtToTheNewShapeAndAnAdminsOwnIsLeftAlone()
      throws Exception {
    RealmRepresentation legacy =
        JsonSerialization.readValue(
            """
            {"realm": "password-care-legacy-%1$d", "enabled": true, "clients": [{
              "clientId": "password-care-admin-ui", "publicClient": true, "fullScopeAllowed": true,
              "name": "${passwordCareBulkResetUiClientName}",
              "description": "${passwordCareBulkResetUiClientDescription}",
              "baseUrl": "/realms/password-care-legacy-%1$d/password-care/bulk-reset-ui/",
              "redirectUris": ["/realms/password-care-legacy-%1$d/password-care/bulk-reset-ui/*"]}]}
            """
                .formatted(System.nanoTime()),
            RealmRepresentation.class);
    RealmRepresentation own =
        JsonSerialization.readValue(
            """
            {"realm": "password-care-own-%d", "enabled": true, "clients": [{
              "clientId": "password-care-admin-ui", "publicClient": true, "fullScopeAllowed": true,
              "description": "our own sign-in client"}]}
            """
                .formatted(System.nanoTime()),
            RealmRepresentation.class);
    admin.realms().create(legacy);
    admin.realms().create(own);
    try {
      ClientRepresentation upgraded = client(legacy.getRealm());
      assertThat(upgraded.isFullScopeAllowed()).isFalse();
      assertThat(upgraded.getAttributes()).containsEntry("password-care.managed", "true");
      assertThat(upgraded.getDescription()).doesNotContain("${");
      // The bulk reset page's URLs became the admin app's: the old address only redirects now.
      String app = "/realms/" + legacy.getRealm() + "/password-care/admin/";
      assertThat(upgraded.getBaseUrl()).isEqualTo(app);
      assertThat(upgraded.getRedirectUris()).containsExactly(app + "*");
      assertThat(scopeRoles(legacy.getRealm(), "realm-management"))
          .containsExactlyInAnyOrderElementsOf(PAGE_ROLES);

      ClientRepresentation untouched = client(own.getRealm());
      assertThat(untouched.isFullScopeAllowed()).isTrue();
      assertThat(untouched.getDescription()).isEqualTo("our own sign-in client");
      assertThat(untouched.getAttributes()).doesNotContainKey("password-care.managed");
    } finally {
      admin.realm(legacy.getRealm()).remove();
      admin.realm(own.getRealm()).remove();
    }
  }

  @Test
  void theConsoleCanShowTheClientsNameAndDescription() throws Exception {
    ClientRepresentation client = client(DEMO_REALM);
    // The console translates a client's name written as ${key} with the admin theme's messages,
    // which hold our bundles; the description it shows as stored.
    assertThat(client.getName()).isEqualTo("${passwordCareBulkResetUiClientName}");
    assertThat(get("/resources/" + DEMO_REALM + "/admin/en", null).body())
        .contains("\"key\":\"passwordCareBulkResetUiClientName\"");
    assertThat(client.getDescription())
        .isEqualTo(
            "Signs admins in to the Password care admin app (bulk reset, expiring passwords,"
                + " settings).");
  }

  @Test
  void aRealmNameThatNeedsEncodingGetsEncodedUrlsAndSignsIn() throws Exception {
    try (ScratchRealm scratch = new ScratchRealm(admin, "pt-ü x")) {
      ClientRepresentation client = client(scratch.name());
      String page = "/realms/pt-%C3%BC%20x/password-care/admin/";
      assertThat(client.getBaseUrl()).isEqualTo(page);
      assertThat(client.getRedirectUris()).containsExactly(page + "*");
      // Keycloak's own account console stores its URLs the same way.
      assertThat(scratch.resource().clients().findByClientId("account-console").get(0).getBaseUrl())
          .startsWith("/realms/pt-%C3%BC%20x/");

      scratch.createRealmAdmin("pt-admin", DEMO_PASSWORD);
      String token =
          new PageClientSignIn(urls.getBase())
              .accessToken(scratch.name(), "pt-admin", DEMO_PASSWORD);
      assertThat(get("/admin/realms/pt-%C3%BC%20x/groups", token).statusCode()).isEqualTo(200);
    }
  }

  private JsonNode dryRun(String realmName, String token, String username) throws Exception {
    HttpResponse<String> response =
        post(
            "/admin/realms/" + realmName + "/password-care/bulk-reset",
            token,
            BulkResetClient.body(
                "usernames", List.of(username), "mode", "generate", "dryRun", true),
            "application/json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return BulkResetClient.rows(BulkResetClient.json(response.body())).get(0);
  }

  private ClientRepresentation client(String realmName) {
    List<ClientRepresentation> clients =
        admin.realm(realmName).clients().findByClientId(PageClientSignIn.CLIENT_ID);
    assertThat(clients).as(realmName).hasSize(1);
    return clients.get(0);
  }

  /** Names of the roles of {@code roleClientId} in the scope of the page's client. */
  private List<String> scopeRoles(String realmName, String roleClientId) {
    var realmResource = admin.realm(realmName);
    String roleClient = realmResource.clients().findByClientId(roleClientId).get(0).getId();
    return realmResource
        .clients()
        .get(client(realmName).getId())
        .getScopeMappings()
        .clientLevel(roleClient)
        .listAll()
        .stream()
        .map(RoleRepresentation::getName)
        .toList();
  }
}
