package io.github.passwordcare.it.container;

import dasniko.testcontainers.keycloak.KeycloakContainer;
import io.github.passwordcare.it.AbstractPasswordCareIT;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.testcontainers.DockerClientFactory;

/**
 * Base of every container-mode test: one shared Keycloak container (image 26.5.6, our jars, the
 * demo realm), plain HTTP helpers and tokens. A feature adds its end-to-end container test by
 * extending this class and calling {@link #http} with {@link #adminToken()} or {@link
 * #tokenOf(String)}.
 *
 * <p>The tag keeps these tests out of the default {@code ./mvnw verify}; the Maven profile {@code
 * containers} runs them alone. Under that profile a missing Docker engine FAILS them, with a
 * message that says so: a build asked for container tests must not pass with none run. Started any
 * other way (an IDE, without the profile's settings) they are skipped instead.
 */
@Tag("container")
public abstract class AbstractContainerIT {

  public static final String DEMO_REALM = AbstractPasswordCareIT.DEMO_REALM;
  public static final String DEMO_PASSWORD = AbstractPasswordCareIT.DEMO_PASSWORD;

  protected static KeycloakContainer keycloak;
  protected static KeycloakHttp http;

  @BeforeAll
  static void startKeycloak() {
    requireDocker();
    keycloak = PasswordCareContainer.get();
    http = new KeycloakHttp(keycloak.getAuthServerUrl());
  }

  /** Fails (profile {@code containers}) or skips (elsewhere) when no Docker engine answers. */
  static void requireDocker() {
    if (DockerClientFactory.instance().isDockerAvailable()) {
      return;
    }
    String message =
        "No Docker engine is reachable, so the container tests cannot run. Start Docker (or set"
            + " DOCKER_HOST), or run the distribution-mode tests without -Pcontainers.";
    if (PasswordCareContainer.profileActive()) {
      Assertions.fail("-Pcontainers: " + message);
    }
    Assumptions.abort(message);
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
