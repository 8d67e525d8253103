package io.github.passwordcare.it.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The texts the journeys assert, read from the providers' message bundles rather than copied into
 * the tests: the theme may reword a page, and the test follows the bundle.
 */
final class Bundle {

  private Bundle() {}

  /** The text of {@code key} in the providers' bundle of {@code locale}, with its parameters. */
  static String text(String locale, String key, Object... params) {
    Properties bundle = new Properties();
    String name = "/theme-resources/messages/messages_" + locale + ".properties";
    try (InputStream in = Bundle.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String pattern = bundle.getProperty(key);
    assertThat(pattern).as(key + " in " + name).isNotNull();
    return new MessageFormat(pattern, Locale.forLanguageTag(locale)).format(params);
  }
}
