package io.github.passwordcare.sspr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The SMS text of both bundles formats as Keycloak formats it: the code and realm, nothing lost.
 */
class SmsTextMessagesTest {

  @Test
  void bothLanguagesHoldTheCodeAndTheRealm() throws Exception {
    for (String language : new String[] {"en", "nl"}) {
      String pattern = bundle(language).getProperty(SmsCodeChannel.TEXT_KEY);
      assertThat(pattern).as(language).isNotBlank();

      String text =
          new MessageFormat(pattern, Locale.forLanguageTag(language))
              .format(new Object[] {"01234567", "Password Care Demo"});

      assertThat(text).as(language).contains("01234567", "Password Care Demo").doesNotContain("{");
      // One SMS segment (160 GSM-7 characters) with a realm name of this length.
      assertThat(text.length()).as(language).isLessThanOrEqualTo(160);
    }
  }

  private static Properties bundle(String language) throws Exception {
    Properties properties = new Properties();
    try (InputStream in =
        SmsTextMessagesTest.class.getResourceAsStream(
            "/theme-resources/messages/messages_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
