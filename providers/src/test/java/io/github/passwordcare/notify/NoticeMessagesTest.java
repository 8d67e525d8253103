package io.github.passwordcare.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every SSPR method has its name in the notices, in English and Dutch, and so do the subjects. */
class NoticeMessagesTest {

  @Test
  void everyMethodAndSubjectHasItsTextInEveryBundle() throws IOException {
    List<String> keys =
        PasswordChangeNotices.methodKeys(
            Arrays.stream(SsprMethod.values()).map(SsprMethod::value).toList());
    for (String locale : List.of("en", "nl")) {
      Properties bundle = bundle(locale);
      assertThat(bundle.stringPropertyNames())
          .as(locale)
          .containsAll(keys)
          .contains(PasswordChangeNotices.USER_SUBJECT, PasswordChangeNotices.ADMIN_SUBJECT);
    }
  }

  private static Properties bundle(String locale) throws IOException {
    Properties properties = new Properties();
    String name = "/theme-resources/messages/messages_" + locale + ".properties";
    try (InputStream in = NoticeMessagesTest.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
