package io.github.passwordcare.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /**
   * Policies under which the CSV writers' assumption must hold: the demo realm's, and strict ones,
   * several of which ask for many digits or special characters and no letter at all.
   */
  static Stream<PasswordRequirements> strictPolicies() throws IOException {
    return Stream.of(
        demoRealmPolicy(),
        req(Map.of("length", 20, "specialChars", 12, "digits", 6)),
        req(Map.of("specialChars", 16)),
        req(Map.of("digits", 16)),
        req(Map.of("digits", 8, "specialChars", 8, "maxLength", 17)),
        req(Map.of("specialChars", 10, "digits", 10, "upperCase", 1, "maxLength", 21)),
        req(Map.of("length", 64, "maxLength", 64, "specialChars", 40, "digits", 23)));
  }

  /** The requirements of the demo realm's policy, read from the realm file itself. */
  private static PasswordRequirements demoRealmPolicy() throws IOException {
    Path realm = Path.of("..", "realm-export", "password-care-demo-realm.json");
    String policy = new ObjectMapper().readTree(realm.toFile()).path("passwordPolicy").asText();
    Map<String, Object> config = new HashMap<>();
    Matcher rule = Pattern.compile("(\\w+)\\(([^)]*)\\)").matcher(policy);
    while (rule.find()) {
      config.put(rule.group(1), rule.group(2));
    }
    assertThat(config).containsKeys("length", "upperCase", "specialChars", "passwordHistory");
    return req(config);
  }

  @ParameterizedTest
  @MethodSource("strictPolicies")
  void startsWithALetterUnderStrictPolicies(PasswordRequirements req) {
    for (int i = 0; i < 2_000; i++) {
      String password = generator.generate(req);

      assertThat(password.charAt(0)).as(password).matches(Character::isLetter);
      assertThat(count(password, Character::isDigit)).isGreaterThanOrEqualTo(req.digits());
      assertThat(count(password, c -> !Character.isLetterOrDigit(c)))
          .isGreaterThanOrEqualTo(req.specialChars());
      assertThat(password.length()).isLessThanOrEqualTo(req.maxLength());
    }
  }

  @Test
  void withNoRoomForALetterStartsWithNoFormulaCharacter() {
    // Every character is taken by a required digit or special character.
    for (PasswordRequirements req :
        List.of(
            req(Map.of("digits", 8, "specialChars", 8, "maxLength", 16)),
            req(Map.of("specialChars", 4, "maxLength", 4)))) {
      for (int i = 0; i < 2_000; i++) {
        String password = generator.generate(req);

        assertThat(BulkResetCsv.defuse(password)).as(password).isEqualTo(password);
        assertThat(count(password, c -> !Character.isLetterOrDigit(c)))
            .isGreaterThanOrEqualTo(req.specialChars());
      }
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
