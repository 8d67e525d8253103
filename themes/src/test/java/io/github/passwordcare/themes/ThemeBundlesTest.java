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

/**
 * The login and email theme bundles hold the same keys in English and Dutch, and format no number
 * with {@code {0,choice}} or {@code {0,number}}: before 26.5, Keycloak's {@code msg()} passes a
 * template's number to MessageFormat as FreeMarker's wrapper, which those formats refuse, and the
 * page answers 500 (docs/compatibility.md). Pick the plural in the template instead.
 */
class ThemeBundlesTest {

  @ParameterizedTest
  @ValueSource(strings = {"login", "email"})
  void englishAndDutchHaveTheSameKeys(String type) throws IOException {
    Path dir = ThemeRenderer.OUR_THEME.resolve(type).resolve("messages");
    assertThat(load(dir.resolve("messages_nl.properties")).stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(
            load(dir.resolve("messages_en.properties")).stringPropertyNames());
  }

  @ParameterizedTest
  @ValueSource(strings = {"login", "email"})
  void noNumberFormatsThatKeycloak264CannotApply(String type) throws IOException {
    Path dir = ThemeRenderer.OUR_THEME.resolve(type).resolve("messages");
    for (String language : new String[] {"en", "nl"}) {
      Properties messages = load(dir.resolve("messages_" + language + ".properties"));
      for (String key : messages.stringPropertyNames()) {
        assertThat(messages.getProperty(key))
            .as("%s in messages_%s", key, language)
            .doesNotContainPattern("\\{\\d+\\s*,\\s*(choice|number)");
      }
    }
  }

  private static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }
}
