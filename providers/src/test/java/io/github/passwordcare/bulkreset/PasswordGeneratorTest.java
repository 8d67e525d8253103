package io.github.passwordcare.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PasswordGeneratorTest {

  private final PasswordGenerator generator = new PasswordGenerator();

  static Stream<PasswordRequirements> policies() {
    return Stream.of(
        PasswordRequirements.NONE,
        req(Map.of("length", 8)),
        req(Map.of("length", 12, "digits", 1, "lowerCase", 1, "upperCase", 1, "specialChars", 1)),
        req(Map.of("length", 32)),
        req(Map.of("length", 64, "maxLength", 64)),
        req(Map.of("digits", 6, "upperCase", 6, "lowerCase", 6, "specialChars", 6)),
        req(Map.of("maxLength", 10)),
        req(Map.of("maxLength", 4, "digits", 1, "upperCase", 1, "lowerCase", 1, "specialChars", 1)),
        req(Map.of("length", 20, "specialChars", 10)),
        req(Map.of("digits", 16)),
        req(Map.of("length", "14", "upperCase", "3")));
  }

  private static PasswordRequirements req(Map<String, Object> config) {
    return PasswordRequirements.from(config::get);
  }

  @ParameterizedTest
  @MethodSource("policies")
  void everyPasswordMeetsThePolicy(PasswordRequirements req) {
    for (int i = 0; i < 500; i++) {
      String password = generator.generate(req);

      assertThat(password.length())
          .isBetween(Math.max(req.minLength(), req.minimumForClasses()), req.maxLength());
      assertThat(count(password, Character::isDigit)).isGreaterThanOrEqualTo(req.digits());
      assertThat(count(password, Character::isLowerCase)).isGreaterThanOrEqualTo(req.lowerCase());
      assertThat(count(password, Character::isUpperCase)).isGreaterThanOrEqualTo(req.upperCase());
      assertThat(count(password, c -> !Character.isLetterOrDigit(c)))
          .isGreaterThanOrEqualTo(req.specialChars());
    }
  }

  @Test
  void defaultsToSixteenCharactersWithEveryClass() {
    for (int i = 0; i < 200; i++) {
      String password = generator.generate(PasswordRequirements.NONE);

      assertThat(password).hasSize(PasswordGenerator.DEFAULT_LENGTH);
      assertThat(count(password, Character::isDigit)).isPositive();
      assertThat(count(password, Character::isLowerCase)).isPositive();
      assertThat(count(password, Character::isUpperCase)).isPositive();
      assertThat(count(password, c -> !Character.isLetterOrDigit(c))).isPositive();
    }
  }

  @Test
  void takesThePolicyLengthWhenLonger() {
    assertThat(generator.generate(req(Map.of("length", 40)))).hasSize(40);
  }

  @Test
  void startsWithALetterAndAvoidsConfusableAndQuotingCharacters() {
    for (int i = 0; i < 500; i++) {
      String password = generator.generate(PasswordRequirements.NONE);

      assertThat(password.charAt(0)).matches(Character::isLetter);
      assertThat(password).doesNotContainPattern("[0O1lI'\"`\\\\ ,;<>]");
    }
  }

  @Test
  void passwordsDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertThat(seen.add(generator.generate(PasswordRequirements.NONE))).isTrue();
    }
  }

  @Test
  void refusesAPolicyThatNoPasswordCanMeet() {
    PasswordRequirements impossible = req(Map.of("maxLength", 3, "digits", 2, "upperCase", 2));

    assertThatThrownBy(() -> generator.generate(impossible))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be met");
  }

  private static long count(String s, java.util.function.IntPredicate p) {
    return s.chars().filter(p).count();
  }
}
