package io.github.passwordcare.sspr;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SsprCodeTest {

  private final SecureRandom random = new SecureRandom();

  @Test
  void codesHaveTheConfiguredNumberOfDigits() {
    for (int length = 6; length <= 10; length++) {
      assertThat(SsprCode.generate(random, length)).hasSize(length).matches("\\d+");
    }
  }

  @Test
  void noCodeMatchesTheMarkOfAnUnsentCode() {
    assertThat(SsprCode.matches(SsprCode.UNUSABLE, "")).isFalse();
    assertThat(SsprCode.matches(SsprCode.UNUSABLE, "unusable")).isFalse();
    assertThat(SsprCode.matches(SsprCode.UNUSABLE, "12345678")).isFalse();
  }

  @Test
  void codesDiffer() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      codes.add(SsprCode.generate(random, 8));
    }
    assertThat(codes.size()).isGreaterThan(990);
  }

  @Test
  void theHashHoldsNeitherTheCodeNorTheSameValueTwice() {
    String hash = SsprCode.hash(random, "12345678");
    assertThat(hash).doesNotContain("12345678");
    assertThat(SsprCode.hash(random, "12345678")).isNotEqualTo(hash);
  }

  @Test
  void onlyTheHashedCodeMatches() {
    String hash = SsprCode.hash(random, "12345678");
    assertThat(SsprCode.matches(hash, "12345678")).isTrue();
    assertThat(SsprCode.matches(hash, " 12345678 ")).isTrue();
    assertThat(SsprCode.matches(hash, "12345679")).isFalse();
    assertThat(SsprCode.matches(hash, "")).isFalse();
    assertThat(SsprCode.matches(hash, null)).isFalse();
    assertThat(SsprCode.matches(null, "12345678")).isFalse();
    assertThat(SsprCode.matches("no-colon", "12345678")).isFalse();
    assertThat(SsprCode.matches("!!:??", "12345678")).isFalse();
  }
}
