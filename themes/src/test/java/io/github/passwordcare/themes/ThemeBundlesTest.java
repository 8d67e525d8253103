package io.github.passwordcare.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The login and email theme bundles hold the same keys in English and Dutch. */
class ThemeBundlesTest {

  @ParameterizedTest
  @ValueSource(strings = {"login", "email"})
  void englishAndDutchHaveTheSameKeys(String type) throws IOException {
    Path dir = ThemeRenderer.OUR_THEME.resolve(type).resolve("messages");
    assertThat(load(dir.resolve("messages_nl.properties")).stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(
            load(dir.resolve("messages_en.properties")).stringPropertyNames());
  }

  private static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }
}
