package io.github.passwordcare.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentDispositionTest {

  @Test
  void plainNamesAreTheSameInBothParameters() {
    assertThat(ContentDisposition.attachment("bulk-reset-demo.csv"))
        .isEqualTo(
            "attachment; filename=\"bulk-reset-demo.csv\"; filename*=UTF-8''bulk-reset-demo.csv");
  }

  @Test
  void nonAsciiSpacesAndQuotesGetAnAsciiFallbackAndAnEncodedExactName() {
    String header = ContentDisposition.attachment("bulk-reset-pt-ü x\"y;z.csv");

    assertThat(header)
        .isEqualTo(
            "attachment; filename=\"bulk-reset-pt-__x_y_z.csv\";"
                + " filename*=UTF-8''bulk-reset-pt-%C3%BC%20x%22y%3Bz.csv");
    assertThat(header.chars()).allMatch(c -> c >= 0x20 && c < 0x7f);
  }

  @Test
  void theEncodedNameDecodesToTheOriginal() {
    String name = "bulk-reset-Ünïcødé 日本 %41+.csv";

    String encoded = ContentDisposition.percentEncode(name);

    assertThat(encoded).matches("[A-Za-z0-9!#$&+\\-.^_`|~%]+");
    assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8))
        .isEqualTo(name);
  }

  @Test
  void aFallbackCannotBreakOutOfItsQuotes() {
    assertThat(ContentDisposition.asciiFallback("a\"b\\c\r\nd/e")).isEqualTo("a_b_c__d_e");
  }
}
