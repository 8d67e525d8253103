package io.github.passwordcare.themes;

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
import org.junit.jupiter.api.Test;

/**
 * The admin theme's files agree: the scripts theme.properties names exist, and every text key the
 * console script uses is in the English and the Dutch bundle. The script's behaviour in the real
 * console is tested by AdminConsoleEntryPointsIT.
 */
class AdminThemeTest {

  private static final String ADMIN = "/theme/password-care/admin/";
  private static final Pattern KEY = Pattern.compile("passwordCareConsole[A-Za-z]+");

  @Test
  void everyListedScriptExists() throws IOException {
    String scripts = resource("theme.properties").getProperty("scripts");
    assertThat(scripts).isNotBlank();
    for (String script : scripts.trim().split("\\s+")) {
      assertThat(AdminThemeTest.class.getResource(ADMIN + "resources/" + script))
          .as(script)
          .isNotNull();
    }
  }

  @Test
  void everyKeyTheScriptUsesIsInEveryBundle() throws IOException {
    Set<String> used = new TreeSet<>();
    Path script = Path.of("src/main/resources" + ADMIN + "resources/js/password-care-console.js");
    Matcher matcher = KEY.matcher(Files.readString(script));
    while (matcher.find()) {
      used.add(matcher.group());
    }
    assertThat(used).hasSizeGreaterThanOrEqualTo(4);
    for (String locale : new String[] {"en", "nl"}) {
      assertThat(resource("messages/messages_" + locale + ".properties").stringPropertyNames())
          .as(locale)
          .containsAll(used);
    }
  }

  @Test
  void bundlesHaveTheSameKeys() throws IOException {
    assertThat(resource("messages/messages_nl.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(
            resource("messages/messages_en.properties").stringPropertyNames());
  }

  private static Properties resource(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = AdminThemeTest.class.getResourceAsStream(ADMIN + name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
