package io.github.passwordcare.it.container;

import dasniko.testcontainers.keycloak.KeycloakContainer;
import io.github.passwordcare.it.AbstractPasswordCareIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Base of every container-mode test: one shared Keycloak container (image 26.5.6, our jars, the
 * demo realm), plain HTTP helpers and tokens. A feature adds its end-to-end container test by
 * extending this class and calling {@link #http} with {@link #adminToken()} or {@link
 * #tokenOf(String)}.
 *
 * <p>The tag keeps these tests out of the default {@code ./mvnw verify}; the Maven profile {@code
 * containers} runs them alone. Without a Docker engine they are skipped, never failed.
 */
@Tag("container")
@Testcontainers(disabledWithoutDocker = true)
public abstract class AbstractContainerIT {

  public static final String DEMO_REALM = AbstractPasswordCareIT.DEMO_REALM;
  public static final String DEMO_PASSWORD = AbstractPasswordCareIT.DEMO_PASSWORD;

  protected static KeycloakContainer keycloak;
  protected static KeycloakHttp http;

  @BeforeAll
  static void startKeycloak() {
    keycloak = PasswordCareContainer.get();
    http = new KeycloakHttp(keycloak.getAuthServerUrl());
  }

  /** A token of the master realm's bootstrap admin, asked anew each time (they live 60 s). */
  protected static String adminToken() {
    return http.token("master", keycloak.getAdminUsername(), keycloak.getAdminPassword());
  }

  /** A token of a demo-realm user (they all share the demo password). */
  protected static String tokenOf(String username) {
    return http.token(DEMO_REALM, username, DEMO_PASSWORD);
  }
}
