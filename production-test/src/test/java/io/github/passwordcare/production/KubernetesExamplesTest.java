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
 * The Operator resource and Helm values in docs/install/ parse as YAML and agree with the image
 * that docs/install/Dockerfile builds: optimized start where the image is built, the build-time
 * choices it was built with (PostgreSQL, relative path "/"), the Keycloak version of pom.xml.
 */
class KubernetesExamplesTest {

  private static final Path DIR =
      Path.of(System.getProperty("password-care.repo")).resolve("docs/install");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void operatorResourceStartsTheCustomImageOptimized() {
    JsonNode keycloak = read("keycloak-operator.yaml");
    assertThat(keycloak.path("apiVersion").asText()).isEqualTo("k8s.keycloak.org/v2alpha1");
    assertThat(keycloak.path("kind").asText()).isEqualTo("Keycloak");
    JsonNode spec = keycloak.path("spec");
    assertThat(spec.path("image").asText()).isNotBlank();
    assertThat(spec.path("startOptimized").asBoolean()).isTrue();
    assertThat(spec.path("db").path("vendor").asText()).isEqualTo("postgres");
    assertThat(spec.path("hostname").path("hostname").asText()).startsWith("https://");
  }

  @Test
  void helmWithTheCustomImageStartsOptimizedOnTheBuiltPath() {
    JsonNode values = read("helm-keycloakx-custom-image.yaml");
    assertThat(strings(values.path("command"))).contains("start", "--optimized");
    assertThat(values.path("http").path("relativePath").asText()).isEqualTo("/");
    assertThat(values.path("database").path("vendor").asText()).isEqualTo("postgres");
  }

  @Test
  void helmWithTheInitContainerFillsTheProvidersDirectoryOfTheStockImage() throws IOException {
    JsonNode values = read("helm-keycloakx-init-container.yaml");
    assertThat(values.path("image").path("tag").asText())
        .isEqualTo(System.getProperty("keycloak.version"));
    // The stock image is not built for us: Keycloak builds at start, so no --optimized.
    assertThat(strings(values.path("command"))).contains("start").doesNotContain("--optimized");

    // The chart takes these three as YAML text; they must parse and name the same volume.
    JsonNode volume = YAML.readTree(values.path("extraVolumes").asText()).path(0);
    JsonNode mount = YAML.readTree(values.path("extraVolumeMounts").asText()).path(0);
    JsonNode init = YAML.readTree(values.path("extraInitContainers").asText()).path(0);
    assertThat(volume.has("emptyDir")).isTrue();
    assertThat(mount.path("mountPath").asText()).isEqualTo("/opt/keycloak/providers");
    String name = volume.path("name").asText();
    assertThat(mount.path("name").asText()).isEqualTo(name);
    assertThat(init.path("volumeMounts").path(0).path("name").asText()).isEqualTo(name);
    assertThat(init.path("command").toString()).contains("sha256sum -c");
  }

  private static JsonNode read(String file) {
    try {
      return YAML.readTree(DIR.resolve(file).toFile());
    } catch (IOException e) {
      throw new IllegalStateException(file + " is not valid YAML", e);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> result = new ArrayList<>();
    array.forEach(node -> result.add(node.asText()));
    return result;
  }
}
