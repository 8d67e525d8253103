package io.github.passwordcare.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

/** The LIKE patterns against details written as Keycloak's JPA event store writes them. */
class SsprDetailsTest {

  @Test
  void stepPatternMatchesKeycloaksJsonOfTheDetails() throws Exception {
    String json = details("password_care_sspr_step", "verified", "code_id", "x");
    assertThat(like(SsprDetails.step("verified"), json)).isTrue();
    assertThat(like(SsprDetails.step("started"), json)).isFalse();
    assertThat(like(SsprDetails.anyStep(), json)).isTrue();
    assertThat(like(SsprDetails.anyStep(), details("username", "a"))).isFalse();
  }

  @Test
  void emailDoesNotMatchTheAlternateAddress() throws Exception {
    String alt = details("password_care_sspr_method", "recovery-email");
    assertThat(like(SsprDetails.method(SsprMethod.EMAIL), alt)).isFalse();
    assertThat(like(SsprDetails.method(SsprMethod.RECOVERY_EMAIL), alt)).isTrue();
    assertThat(
            like(
                SsprDetails.method(SsprMethod.EMAIL),
                details("password_care_sspr_method", "email")))
        .isTrue();
  }

  @Test
  void likeWildcardsInNamesMatchOnlyThemselves() throws Exception {
    // '_' is LIKE's "any character": unescaped, "passwordXcare..." would match too.
    assertThat(like(SsprDetails.anyStep(), details("passwordXcareXssprXstep", "verified")))
        .isFalse();
    assertThat(SsprDetails.escape("a_b%c!")).isEqualTo("a!_b!%c!!");
  }

  private static String details(String... pairs) throws Exception {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return JsonSerialization.writeValueAsString(map);
  }

  /** SQL LIKE with {@link SsprDetails#ESCAPE}, as the database evaluates it. */
  private static boolean like(String pattern, String text) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == SsprDetails.ESCAPE) {
        regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text).matches();
  }
}
