package io.github.passwordcare.contact;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for security questions and answers, pure so a unit test reaches them: an answer is
 * compared in its normalized form (Unicode NFKC, case-folded with {@link Locale#ROOT}, trimmed,
 * inner whitespace collapsed to one space), so " Rex " and "rex" are one answer, while the answers
 * a user registers must be 3–40 characters after normalization and differ from each other, and the
 * questions must differ too. Only the normalized form is ever hashed.
 */
public final class SecurityAnswers {

  public static final int MIN_LENGTH = 3;
  public static final int MAX_LENGTH = 40;

  /** Longest custom question a user may write (the settings allow 200 for the realm's list). */
  public static final int MAX_QUESTION_LENGTH = 200;

  private SecurityAnswers() {}

  /** The form an answer is hashed and compared in; null becomes "". */
  public static String normalize(String answer) {
    if (answer == null) {
      return "";
    }
    String folded = Normalizer.normalize(answer, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    // NFKC again: lower-casing can leave a composable sequence (e.g. from U+0130).
    folded = Normalizer.normalize(folded, Normalizer.Form.NFKC);
    return folded.strip().replaceAll("\\s+", " ");
  }

  /** A question as compared for "distinct": trimmed, whitespace collapsed, case-folded. */
  static String questionKey(String question) {
    return question == null ? "" : normalize(question);
  }

  /**
   * What is wrong with a registration of {@code questions} with {@code answers} (same order), as a
   * message key; empty when it may be stored. {@code expected} is the number to register.
   */
  public static Optional<String> problem(
      List<String> questions, List<String> answers, int expected) {
    if (questions.size() != expected || answers.size() != expected) {
      return Optional.of("passwordCareQuestionsCount");
    }
    Set<String> seenQuestions = new HashSet<>();
    for (String question : questions) {
      String key = questionKey(question);
      if (key.isEmpty() || key.length() > MAX_QUESTION_LENGTH) {
        return Optional.of("passwordCareQuestionsQuestionMissing");
      }
      if (!seenQuestions.add(key)) {
        return Optional.of("passwordCareQuestionsQuestionsSame");
      }
    }
    Set<String> seenAnswers = new HashSet<>();
    for (String answer : answers) {
      String normalized = normalize(answer);
      int length = normalized.codePointCount(0, normalized.length());
      if (length < MIN_LENGTH || length > MAX_LENGTH) {
        return Optional.of("passwordCareQuestionsAnswerLength");
      }
      if (!seenAnswers.add(normalized)) {
        return Optional.of("passwordCareQuestionsAnswersSame");
      }
    }
    return Optional.empty();
  }
}
