package io.github.passwordcare.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a page shows a question of the settings: a message key (no spaces, such as {@code
 * passwordCareQuestionFirstPet}) through the theme's {@code msg} in the user's language, plain text
 * as it is (HTML-escaped by the template, never run through {@code MessageFormat}, which would eat
 * an apostrophe). Pages read the {@code key} or {@code text} entry of each option.
 */
public final class QuestionTexts {

  private static final Pattern MESSAGE_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

  private QuestionTexts() {}

  /**
   * One option per question: {@code value} (the question itself: the realm's component config does
   * not keep the list's order from one request to the next, so an index could name another question
   * when the form comes back), {@code key} or {@code text}.
   */
  public static List<Map<String, String>> options(List<String> questions) {
    List<Map<String, String>> options = new ArrayList<>();
    for (String question : questions) {
      options.add(option(question, question));
    }
    return options;
  }

  /** The key/text pair of one question, with {@code value}. */
  public static Map<String, String> option(String value, String question) {
    boolean key = MESSAGE_KEY.matcher(question).matches();
    return Map.of("value", value, "key", key ? question : "", "text", key ? "" : question);
  }
}
