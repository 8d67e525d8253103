package io.github.passwordcare.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
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

  @Test
  void repeatsBeyondTenTimesTheCapAreRefusedThoughFewValuesAreDistinct() {
    String within = "{\"usernames\":" + repeated("nouser", 2, 20) + "}";
    String beyond = "{\"usernames\":" + repeated("nouser", 2, 21) + "}";
    assertThatCode(() -> SelectionCap.check(parse(within), 2)).doesNotThrowAnyException();
    assertThatThrownBy(() -> SelectionCap.check(parse(beyond), 2))
        .hasMessageContaining("usernames holds 21 entries");
    String ids = "{\"userIds\":" + repeated("id", 1, 21) + "}";
    assertThatThrownBy(() -> SelectionCap.check(parse(ids), 2))
        .hasMessageContaining("userIds holds 21 entries");
  }

  @Test
  void eachDistinctValueIsLookedUpOnceInRequestOrder() {
    List<String> names = List.of("Bob", "alice", "bob", "ALICE", "carol", "Bob");
    assertThat(SelectionCap.distinctUsernames(names)).containsExactly("Bob", "alice", "carol");
    assertThat(SelectionCap.distinctIds(List.of("2", "1", "2", "3", "1")))
        .containsExactly("2", "1", "3");
    // Ids are not case-folded: Keycloak's ids are case-sensitive strings.
    assertThat(SelectionCap.distinctIds(List.of("a", "A"))).containsExactly("a", "A");
    assertThat(SelectionCap.distinctUsernames(null)).isEmpty();
  }

  @Test
  void aHundredThousandRepeatsAreFoldedQuickly() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      names.add("nouser" + (i % 7));
    }
    assertThat(SelectionCap.distinctUsernames(names)).hasSize(7);
  }

  /** A JSON array of {@code size} entries cycling through {@code distinct} values. */
  private static String repeated(String prefix, int distinct, int size) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      values.add("\"" + prefix + (i % distinct) + "\"");
    }
    return "[" + String.join(",", values) + "]";
  }

  private static BulkResetRequest parse(String json) {
    return BulkResetRequest.parse(json);
  }
}
