package io.github.passwordcare.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityAnswersTest {

  private static final List<String> QUESTIONS = List.of("q1", "q2", "q3");

  @Test
  void normalizesCaseWhitespaceAndCompatibilityForms() {
    assertThat(SecurityAnswers.normalize("  Rex   the\tDog ")).isEqualTo("rex the dog");
    assertThat(SecurityAnswers.normalize("ＲＥＸ")).isEqualTo("rex"); // full-width letters (NFKC)
    assertThat(SecurityAnswers.normalize("ﬁdo")).isEqualTo("fido"); // the "fi" ligature
    assertThat(SecurityAnswers.normalize("Cafe\u0301")).isEqualTo("café"); // combining accent
    assertThat(SecurityAnswers.normalize("İstanbul"))
        .isEqualTo(SecurityAnswers.normalize("i̇stanbul"));
    assertThat(SecurityAnswers.normalize(null)).isEmpty();
  }

  @Test
  void acceptsDistinctAnswersOfThreeToFortyCharacters() {
    assertThat(SecurityAnswers.problem(QUESTIONS, List.of("abc", "Rex the dog", "x".repeat(40)), 3))
        .isEmpty();
  }

  @Test
  void countsCharactersAfterNormalization() {
    assertThat(SecurityAnswers.problem(QUESTIONS, List.of("  ab  ", "rex", "fido"), 3))
        .contains("passwordCareQuestionsAnswerLength");
    assertThat(SecurityAnswers.problem(QUESTIONS, List.of("abc", "rex", "x".repeat(41)), 3))
        .contains("passwordCareQuestionsAnswerLength");
    // "a   b" collapses to "a b", three characters: long enough.
    assertThat(SecurityAnswers.problem(QUESTIONS, List.of("a   b", "rex", "fido"), 3)).isEmpty();
  }

  @Test
  void refusesAnswersThatAreTheSameOnceNormalized() {
    assertThat(SecurityAnswers.problem(QUESTIONS, List.of("Rex", " rex ", "fido"), 3))
        .contains("passwordCareQuestionsAnswersSame");
  }

  @Test
  void refusesRepeatedOrMissingQuestionsAndTheWrongCount() {
    assertThat(SecurityAnswers.problem(List.of("q1", "Q1 ", "q3"), List.of("abc", "def", "ghi"), 3))
        .contains("passwordCareQuestionsQuestionsSame");
    assertThat(SecurityAnswers.problem(List.of("q1", " ", "q3"), List.of("abc", "def", "ghi"), 3))
        .contains("passwordCareQuestionsQuestionMissing");
    assertThat(SecurityAnswers.problem(List.of("q1", "q2"), List.of("abc", "def"), 3))
        .contains("passwordCareQuestionsCount");
  }
}
