package io.github.passwordcare.it.container;

import dasniko.testcontainers.keycloak.KeycloakContainer;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.keycloak.common.Version;

/**
 * The one Keycloak container of a container-mode run: Keycloak's own image with our provider and
 * theme jars, the demo realm imported, and the same feature flag as {@code ./run.sh}, compose and
 * the distribution-mode tests. Started once per JVM and shared by every container test;
 * Testcontainers removes it when the JVM ends.
 */
final class PasswordCareContainer {

  static final String REALM_FILE = "/password-care-demo-realm.json";

  private static KeycloakContainer server;

  private PasswordCareContainer() {}

  static synchronized KeycloakContainer get() {
    if (server == null) {
      KeycloakContainer container =
          new KeycloakContainer(image())
              .withProviderLibsFrom(providerJars())
              .withRealmImportFile(REALM_FILE)
              .withFeaturesEnabled("declarative-ui")
              // As ./run.sh and compose: the bulk reset page's client in master too.
              .withEnv("KC_SPI_REALM_RESTAPI_EXTENSION__PASSWORD_CARE__ADMIN_UI_CLIENT", "all");
      container.start();
      server = container;
    }
    return server;
  }

  /** Whether the Maven profile {@code containers} started this run (it sets the jar paths). */
  static boolean profileActive() {
    return !System.getProperty("password-care.provider-jars", "").isBlank();
  }

  /** Set by the Maven profile from {@code keycloak.version}; else the test classpath's Keycloak. */
  private static String image() {
    return System.getProperty(
        "password-care.keycloak-image", "quay.io/keycloak/keycloak:" + Version.VERSION);
  }

  /** The jar files Maven resolved for our two modules, set by the Maven profile "containers". */
  private static List<File> providerJars() {
    String paths = System.getProperty("password-care.provider-jars", "");
    List<File> jars =
        Arrays.stream(paths.split(",")).filter(p -> !p.isBlank()).map(File::new).toList();
    if (jars.size() != 2 || !jars.stream().allMatch(File::isFile)) {
      throw new IllegalStateException(
          "password-care.provider-jars must name the provider and theme jars (got '"
              + paths
              + "'): run the container tests with ./mvnw verify -Pcontainers");
    }
    return jars;
  }
}
