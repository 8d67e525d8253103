package io.github.passwordcare.bulkreset.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text key of the admin app exists in every bundle, and the bundles hold the same keys. */
class UiMessageBundlesTest {

  private static final Pattern KEY =
      Pattern.compile("(" + UiMessages.PREFIX + "|" + UiMessages.APP_PREFIX + ")[A-Za-z]+");
  private static final Path SOURCES = Path.of("src/main");

  @Test
  void everyKeyUsedByThePageIsInEveryBundle() throws IOException {
    Set<String> used = usedKeys();
    assertThat(used).hasSizeGreaterThan(20);
    for (String locale : UiMessages.availableLocales()) {
      assertThat(bundle(locale).stringPropertyNames()).as(locale).containsAll(used);
    }
  }

  @Test
  void bundlesHaveTheSameKeys() throws IOException {
    assertThat(bundle("nl").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(bundle("en").stringPropertyNames());
  }

  private static Set<String> usedKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().matches(".*\\.(java|js|html)")).toList()) {
        Matcher matcher = KEY.matcher(Files.readString(file));
        while (matcher.find()) {
          keys.add(matcher.group());
        }
      }
    }
    keys.remove(UiMessages.PREFIX);
    keys.remove(UiMessages.APP_PREFIX);
    return keys;
  }

  private static Properties bundle(String locale) throws IOException {
    Properties properties = new Properties();
    String name = "/theme-resources/messages/messages_" + locale + ".properties";
    try (InputStream in = UiMessageBundlesTest.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
