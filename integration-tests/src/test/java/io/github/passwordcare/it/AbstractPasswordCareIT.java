package io.github.passwordcare.it;

import io.github.passwordcare.it.container.KeycloakHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.admin.AdminClientFactory;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectAdminClientFactory;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * Shared fields of every integration test. Each test class carries
 * {@code @KeycloakIntegrationTest(config = PasswordCareServerConfig.class)}, so they all share one
 * server, and the demo realm from {@code realm-export/} is imported once per run (GLOBAL).
 */
public abstract class AbstractPasswordCareIT {

  public static final String DEMO_REALM = "password-care-demo";
  public static final String DEMO_PASSWORD = "Care-Demo-2026!";

  @InjectRealm(fromJson = "/password-care-demo-realm.json", lifecycle = LifeCycle.GLOBAL)
  protected ManagedRealm realm;

  /** Master-realm admin (the server's bootstrap admin). */
  @InjectAdminClient protected Keycloak admin;

  @InjectAdminClientFactory protected AdminClientFactory adminClients;

  @InjectKeycloakUrls protected KeycloakUrls urls;

  protected final HttpClient http = HttpClient.newHttpClient();

  private TestUsers users;

  /** Users and groups a test creates in the demo realm; removed after each test. */
  protected TestUsers users() {
    if (users == null) {
      users = new TestUsers(admin.realm(DEMO_REALM));
    }
    return users;
  }

  /**
   * The demo realm's recovery check asks only when the realm has the recovery-contacts required
   * action, which the bundle registers in every realm; so every test runs against a realm that has
   * it, whatever the order of the classes.
   */
  @BeforeEach
  void recoveryContactsActionRegistered() {
    RecoveryCheckFixture.ensureRequiredActionRegistered(admin.realm(DEMO_REALM));
  }

  @AfterEach
  void removeTestUsers() {
    if (users != null) {
      users.removeAll();
      users = null;
    }
  }

  /**
   * An access token of a demo-realm user, through the realm's public admin-cli client. The client
   * stays open until the factory closes it: closing it would log the session out and so revoke the
   * token.
   */
  protected String tokenOf(String username) {
    return tokenOf(DEMO_REALM, username, DEMO_PASSWORD);
  }

  protected String tokenOf(String realmName, String username, String password) {
    return adminClients
        .create()
        .realm(realmName)
        .clientId("admin-cli")
        .username(username)
        .password(password)
        .autoClose()
        .build()
        .tokenManager()
        .getAccessTokenString();
  }

  /** GET a path below the server's base URL, with a bearer token when one is given. */
  protected HttpResponse<String> get(String path, String token)
      throws IOException, InterruptedException {
    return send(request(path, token, "application/json").GET());
  }

  /** POST JSON to a path below the server's base URL. */
  protected HttpResponse<String> post(String path, String token, String json, String accept)
      throws IOException, InterruptedException {
    return send(
        request(path, token, accept)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /**
   * The direct-grant token request of a demo-realm user: 200 when the password is right and the
   * account ready; 400 {@code invalid_grant} otherwise (also "Account is not fully set up" when a
   * required action such as UPDATE_PASSWORD is pending).
   */
  protected HttpResponse<String> passwordGrant(String username, String password) {
    return new KeycloakHttp(urls.getBase()).passwordGrant(DEMO_REALM, username, password);
  }

  /**
   * Keycloak's own {@code PUT /admin/realms/{realm}/users/{id}/reset-password} (not ours), so tests
   * can check what fine-grained admin permissions let the stock endpoint do.
   */
  protected HttpResponse<String> stockReset(
      String realm, String token, String userId, String newPassword) throws Exception {
    String path = "/admin/realms/" + realm + "/users/" + userId + "/reset-password";
    return send(
        request(path, token, "application/json")
            .header("Content-Type", "application/json")
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    "{\"type\":\"password\",\"value\":\""
                        + newPassword
                        + "\",\"temporary\":false}")));
  }

  /** PUT JSON to a path below the server's base URL. */
  protected HttpResponse<String> put(String path, String token, String json)
      throws IOException, InterruptedException {
    return send(
        request(path, token, "application/json")
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder request(String path, String token, String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(urls.getBase() + path)).header("Accept", accept);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
