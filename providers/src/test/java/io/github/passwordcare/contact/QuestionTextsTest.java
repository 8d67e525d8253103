package io.github.passwordcare.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionTextsTest {

  @Test
  void messageKeysGoThroughMsgAndPlainTextStaysAsItIs() {
    assertThat(QuestionTexts.options(List.of("passwordCareQuestionFirstPet", "What's your town?")))
        .containsExactly(
            java.util.Map.of(
                "value",
                "passwordCareQuestionFirstPet",
                "key",
                "passwordCareQuestionFirstPet",
                "text",
                ""),
            java.util.Map.of("value", "What's your town?", "key", "", "text", "What's your town?"));
  }
}
