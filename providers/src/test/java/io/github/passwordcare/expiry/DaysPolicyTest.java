package io.github.passwordcare.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.keycloak.models.ModelException;

class DaysPolicyTest {

  private final DaysPolicy expiry =
      new DaysPolicy(null, ExpiryPolicyProviderFactory.ERROR_KEY, 1, 730);

  @Test
  void takesWholeDaysInRange() {
    assertThat(expiry.parseConfig("1")).isEqualTo(1);
    assertThat(expiry.parseConfig(" 90 ")).isEqualTo(90);
    assertThat(expiry.parseConfig("730")).isEqualTo(730);
  }

  @Test
  void refusesAnythingElseWithTheBundlesMessageThatSaysTheRange() {
    for (String bad : new String[] {"0", "731", "-5", "abc", "", "1.5", "99999", null}) {
      assertThatThrownBy(() -> expiry.parseConfig(bad))
          .as(String.valueOf(bad))
          .isInstanceOfSatisfying(
              ModelException.class, e -> assertThat(e.getParameters()).containsExactly(1, 730))
          .hasMessage(
              "Password expiry must be a whole number of days from 1 to 730"
                  + " (policy password-care-expiry).");
    }
  }

  @Test
  void bothErrorKeysAreInBothBundlesWithTheRange() throws IOException {
    for (String locale : new String[] {"en", "nl"}) {
      Properties bundle = bundle(locale);
      for (String key :
          new String[] {
            ExpiryPolicyProviderFactory.ERROR_KEY, ExpiryNoticePolicyProviderFactory.ERROR_KEY
          }) {
        assertThat(PolicyConfigError.text(bundle, key, Locale.forLanguageTag(locale), 1, 30))
            .as(locale + " " + key)
            .isNotEqualTo(key)
            .contains("1", "30");
      }
    }
  }

  @Test
  void neverRefusesAPassword() {
    assertThat(expiry.validate("alice", "x")).isNull();
  }

  private static Properties bundle(String locale) throws IOException {
    Properties properties = new Properties();
    String name = "/theme-resources/messages/messages_" + locale + ".properties";
    try (InputStream in = DaysPolicyTest.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
