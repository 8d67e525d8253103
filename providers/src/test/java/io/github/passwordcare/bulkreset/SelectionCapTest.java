package io.github.passwordcare.bulkreset;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SelectionCapTest {

  @Test
  void listsLongerThanTheCapAreRefusedBeforeAnyLookup() {
    assertThatThrownBy(() -> SelectionCap.check(parse("{\"userIds\":[\"1\",\"2\",\"3\"]}"), 2))
        .hasMessageContaining("more than 2 users")
        .hasMessageContaining("userIds holds 3");
    assertThatThrownBy(() -> SelectionCap.check(parse("{\"usernames\":[\"a\",\"b\",\"c\"]}"), 2))
        .hasMessageContaining("usernames holds 3");
    assertThatThrownBy(() -> SelectionCap.check(parse("{\"search\":\"id: 1 2  3\"}"), 2))
        .isInstanceOf(InvalidBulkResetException.class)
        .hasMessageContaining("search \"id:\" holds 3");
  }

  @Test
  void aCapOfOneSaysUserNotUsers() {
    assertThatThrownBy(() -> SelectionCap.check(parse("{\"usernames\":[\"a\",\"b\"]}"), 1))
        .hasMessageStartingWith(
            "The selection has more than 1 user, the most one call may reset (usernames holds 2 values)");
  }

  @Test
  void duplicatesCountOnceAgainstTheCap() {
    assertThatCode(() -> SelectionCap.check(parse("{\"userIds\":[\"1\",\"2\",\"1\"]}"), 2))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> SelectionCap.check(parse("{\"usernames\":[\"Alice\",\"alice\",\"bob\"]}"), 2))
        .doesNotThrowAnyException();
    assertThatCode(() -> SelectionCap.check(parse("{\"search\":\"id:1 2 1\"}"), 2))
        .doesNotThrowAnyException();
  }

  private static BulkResetRequest parse(String json) {
    return BulkResetRequest.parse(json);
  }
}
