package io.github.passwordcare.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml's optional second Keycloak node (profile {@code cluster}) parses and mirrors
 * the first: same image, jars, database and cache settings, so the two form one cluster; its own
 * ports, since both share Mailpit's network namespace. No Docker here, so the file is checked, not
 * run.
 */
class ComposeClusterProfileTest {

  private static final Path FILE =
      Path.of(System.getProperty("password-care.repo")).resolve("docker-compose.yml");

  @Test
  void secondNodeOnlyWithTheClusterProfile() throws IOException {
    JsonNode services = read().path("services");
    assertThat(strings(services.path("keycloak-2").path("profiles"))).containsExactly("cluster");
    services
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!name.equals("keycloak-2")) {
                assertThat(services.path(name).has("profiles")).as(name).isFalse();
              }
            });
  }

  @Test
  void bothNodesShareImageJarsDatabaseAndCacheSettings() throws IOException {
    JsonNode services = read().path("services");
    JsonNode first = services.path("keycloak");
    JsonNode second = services.path("keycloak-2");
    assertThat(second.path("image")).isEqualTo(first.path("image"));
    assertThat(second.path("network_mode")).isEqualTo(first.path("network_mode"));
    for (String variable :
        List.of(
            "KC_DB",
            "KC_DB_URL",
            "KC_DB_USERNAME",
            "KC_DB_PASSWORD",
            "KC_CACHE",
            "KC_CACHE_STACK")) {
      assertThat(second.path("environment").path(variable).asText())
          .as(variable)
          .isNotBlank()
          .isEqualTo(first.path("environment").path(variable).asText());
    }
    assertThat(first.path("environment").path("KC_CACHE").asText()).isEqualTo("ispn");
    assertThat(first.path("environment").path("KC_CACHE_STACK").asText()).isEqualTo("jdbc-ping");
    List<String> jars = new ArrayList<>();
    first.path("volumes").forEach(v -> jars.add(v.path("source").asText()));
    jars.removeIf(source -> !source.endsWith(".jar"));
    List<String> secondSources = new ArrayList<>();
    second.path("volumes").forEach(v -> secondSources.add(v.path("source").asText()));
    assertThat(secondSources).containsExactlyElementsOf(jars);
    // Same options but the ports; the realm is imported by the first node only.
    List<String> options = strings(first.path("command"));
    options.remove("--import-realm");
    List<String> secondOptions = strings(second.path("command"));
    secondOptions.removeIf(o -> o.startsWith("--http-port=") || o.startsWith("--http-management"));
    assertThat(secondOptions).containsExactlyElementsOf(options);
    assertThat(second.path("depends_on").path("keycloak").path("condition").asText())
        .isEqualTo("service_healthy");
  }

  @Test
  void secondNodeHasPortsOfItsOwnPublishedOnTheSharedNamespace() throws IOException {
    JsonNode services = read().path("services");
    JsonNode second = services.path("keycloak-2");
    List<String> options = strings(second.path("command"));
    assertThat(options).contains("--http-port=8081", "--http-management-port=9001");
    assertThat(second.path("environment").path("KC_CACHE_EMBEDDED_NETWORK_BIND_PORT").asText())
        .isEqualTo("7801");
    assertThat(strings(services.path("mailpit").path("ports")))
        .contains("8080:8080", "9000:9000", "8081:8081", "9001:9001");
    assertThat(second.path("healthcheck").path("test").toString())
        .contains("/dev/tcp/127.0.0.1/9001");
  }

  private static JsonNode read() throws IOException {
    return new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile());
  }

  private static List<String> strings(JsonNode array) {
    List<String> result = new ArrayList<>();
    array.forEach(node -> result.add(node.asText()));
    return result;
  }
}
