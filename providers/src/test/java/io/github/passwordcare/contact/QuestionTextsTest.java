package io.github.passwordcare.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionTextsTest {

  @Test
  void messageKeysGoThroughMsgAndPlainTextStaysAsItIs() {
    assertThat(QuestionTexts.options(List.of("passwordCareQuestionFirstPet", "What's your town?")))
        .containsExactly(
            java.util.Map.of("value", "0", "key", "passwordCareQuestionFirstPet", "text", ""),
            java.util.Map.of("value", "1", "key", "", "text", "What's your town?"));
  }
}
