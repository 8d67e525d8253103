package io.github.passwordcare.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/install/Dockerfile, checked without Docker (this build has no engine): its instructions are
 * parsed here, and the builder stage must run the one install script that the production-mode test
 * runs, on the Keycloak version of pom.xml, from files that exist.
 */
class DockerfileTest {

  private static final Path REPO = Path.of(System.getProperty("password-care.repo"));
  private static final String IMAGE =
      "quay.io/keycloak/keycloak:" + System.getProperty("keycloak.version");

  private record Instruction(String keyword, String arguments) {}

  private final List<Instruction> instructions = parse(REPO.resolve("docs/install/Dockerfile"));

  @Test
  void bothStagesStartFromTheKeycloakImageOfPomXml() {
    assertThat(arguments("FROM")).containsExactly(IMAGE + " AS builder", IMAGE);
  }

  @Test
  void theBuilderStageRunsTheInstallScriptOnTheCopiedJars() {
    assertThat(arguments("COPY"))
        .contains(
            "docs/install/install-keycloak.sh /opt/password-care/install-keycloak.sh",
            "${PROVIDERS_JAR} ${THEMES_JAR} /opt/password-care/jars/");
    assertThat(REPO.resolve("docs/install/install-keycloak.sh")).isRegularFile();
    assertThat(arguments("RUN"))
        .containsExactly(
            "bash /opt/password-care/install-keycloak.sh /opt/keycloak /opt/password-care/jars/*.jar"
                + " -- ${BUILD_OPTIONS}");
  }

  @Test
  void theDefaultJarPathsNameWhatMavenBuilds() {
    assertThat(argDefault("PROVIDERS_JAR"))
        .isEqualTo("providers/target/keycloak-password-care-providers-*.jar");
    assertThat(argDefault("THEMES_JAR"))
        .isEqualTo("themes/target/keycloak-password-care-themes-*.jar");
    // When this build made the jars (the reactor builds them before this module), the patterns
    // find each one, as docker build would in the same checkout.
    for (String arg : List.of("PROVIDERS_JAR", "THEMES_JAR")) {
      String pattern = argDefault(arg);
      Path dir = REPO.resolve(pattern.substring(0, pattern.lastIndexOf('/')));
      if (Files.isDirectory(dir)) {
        assertThat(matches(pattern)).as(pattern).isNotEmpty();
      }
    }
  }

  @Test
  void theBuildContextFilterSendsTheScriptAndTheJarsOnly() throws IOException {
    List<String> rules =
        Files.readAllLines(REPO.resolve("docs/install/Dockerfile.dockerignore")).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .toList();
    assertThat(sentToDocker(rules, "docs/install/install-keycloak.sh")).isTrue();
    assertThat(sentToDocker(rules, "providers/target/keycloak-password-care-providers-0.1.0.jar"))
        .isTrue();
    assertThat(sentToDocker(rules, "target/release/keycloak-password-care-themes-0.1.0.jar"))
        .isTrue();
    assertThat(sentToDocker(rules, "production-test/target/production-test/keycloak.log"))
        .isFalse();
    assertThat(sentToDocker(rules, "integration-tests/src/test/java/Some.java")).isFalse();
  }

  @Test
  void theFinalStageStartsTheBuiltServerOptimized() {
    assertThat(arguments("COPY")).contains("--from=builder /opt/keycloak/ /opt/keycloak/");
    assertThat(arguments("ENTRYPOINT")).containsExactly("[\"/opt/keycloak/bin/kc.sh\"]");
    assertThat(arguments("CMD")).containsExactly("[\"start\", \"--optimized\"]");
  }

  private List<String> arguments(String keyword) {
    return instructions.stream()
        .filter(i -> i.keyword().equals(keyword))
        .map(Instruction::arguments)
        .toList();
  }

  private String argDefault(String name) {
    Pattern declaration = Pattern.compile(Pattern.quote(name) + "=(.*)");
    for (String arg : arguments("ARG")) {
      Matcher m = declaration.matcher(arg);
      if (m.matches()) {
        return m.group(1);
      }
    }
    throw new AssertionError("no ARG " + name + " with a default");
  }

  /** .dockerignore semantics: the last rule that matches decides; "!" lets a path through. */
  private static boolean sentToDocker(List<String> rules, String path) {
    boolean sent = true;
    for (String rule : rules) {
      boolean include = rule.startsWith("!");
      String pattern = include ? rule.substring(1) : rule;
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      if (pattern.equals("*") || matcher.matches(Path.of(path))) {
        sent = include;
      }
    }
    return sent;
  }

  private static List<Path> matches(String pattern) {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    try (Stream<Path> files = Files.walk(REPO, 3)) {
      return files.filter(f -> matcher.matches(REPO.relativize(f))).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Instructions with continuation lines joined; comments and blank lines dropped. */
  private static List<Instruction> parse(Path dockerfile) {
    List<Instruction> result = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    try {
      for (String line : Files.readAllLines(dockerfile)) {
        String trimmed = line.strip();
        if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
          continue;
        }
        boolean continued = trimmed.endsWith("\\");
        current
            .append(continued ? trimmed.substring(0, trimmed.length() - 1) : trimmed)
            .append(' ');
        if (!continued) {
          String[] parts = current.toString().strip().split("\\s+", 2);
          result.add(new Instruction(parts[0].toUpperCase(), parts.length > 1 ? parts[1] : ""));
          current.setLength(0);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return result;
  }
}
