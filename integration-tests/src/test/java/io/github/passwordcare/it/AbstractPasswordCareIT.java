package io.github.passwordcare.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

  /**
   * An access token of a demo-realm user, through the realm's public admin-cli client. The client
   * stays open until the factory closes it: closing it would log the session out and so revoke the
   * token.
   */
  protected String tokenOf(String username) {
    return adminClients
        .create()
        .realm(DEMO_REALM)
        .clientId("admin-cli")
        .username(username)
        .password(DEMO_PASSWORD)
        .autoClose()
        .build()
        .tokenManager()
        .getAccessTokenString();
  }

  /** GET a path below the server's base URL, with a bearer token when one is given. */
  protected HttpResponse<String> get(String path, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(urls.getBase() + path))
            .header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
