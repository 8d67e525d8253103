package io.github.passwordcare.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BulkResetRequestTest {

  @Test
  void fillsTheDefaults() {
    BulkResetRequest request = BulkResetRequest.parse("{\"usernames\": [\"alice\"]}");

    assertThat(request.modeOrDefault()).isEqualTo(BulkResetMode.GENERATE);
    assertThat(request.isTemporary()).isTrue();
    assertThat(request.isLogoutSessions()).isTrue();
    assertThat(request.isNotifyUser()).isFalse();
    assertThat(request.isDryRun()).isFalse();
    assertThat(request.linkLifespan()).isEqualTo(43200);
  }

  @Test
  void emailLinkKeepsSessionsUnlessAsked() {
    assertThat(parse("{\"search\":\"a\",\"mode\":\"email-link\"}").isLogoutSessions()).isFalse();
    assertThat(
            parse("{\"search\":\"a\",\"mode\":\"email-link\",\"logoutSessions\":true}")
                .isLogoutSessions())
        .isTrue();
  }

  @Test
  void acceptsEveryDocumentedField() {
    BulkResetRequest request =
        parse(
            "{\"userIds\":[\"1\"],\"usernames\":[\"a\"],\"groupId\":\"g\",\"includeSubgroups\":true,"
                + "\"search\":\"s\",\"mode\":\"set\",\"password\":\"Pw-123456789!\","
                + "\"temporary\":false,\"logoutSessions\":false,\"notifyUser\":true,"
                + "\"dryRun\":true}");

    assertThat(request.modeOrDefault()).isEqualTo(BulkResetMode.SET);
    assertThat(request.isTemporary()).isFalse();
    assertThat(request.isIncludeSubgroups()).isTrue();
    assertThat(request.toString()).doesNotContain("Pw-123456789!");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "|empty",
        "{}|Select users",
        "{\"usernames\":[]}|Select users",
        "[1,2]|not valid JSON",
        "{\"usernames\":[\"a\"|not valid JSON",
        "{\"usernames\":\"alice\"}|not valid JSON",
        "{\"usernmes\":[\"a\"]}|unknown field 'usernmes'",
        "{\"usernames\":[\"a\"],\"mode\":\"magic\"}|Unknown mode 'magic'",
        "{\"usernames\":[\"a\"],\"mode\":\"set\"}|needs a non-empty password",
        "{\"usernames\":[\"a\"],\"password\":\"x\"}|only allowed with mode 'set'",
        "{\"usernames\":[\"a\"],\"mode\":\"email-link\",\"password\":\"x\"}|only allowed with mode",
        "{\"usernames\":[\"a\"],\"linkLifespanSeconds\":600}|only allowed with 'email-link'",
        "{\"usernames\":[\"a\"],\"mode\":\"email-link\",\"linkLifespanSeconds\":5}|between 60",
        "{\"usernames\":[\"a\"],\"mode\":\"email-link\",\"notifyUser\":true}|notifyUser does not",
        "{\"search\":\"a\",\"includeSubgroups\":true}|needs a groupId",
        "{\"usernames\":[\"a\",\"\"]}|empty values",
        "{\"userIds\":[null]}|field 'userIds[0]' must not hold null",
        "{\"usernames\":[\"a\",null]}|field 'usernames[1]' must not hold null",
        "{\"usernames\":[\"a\"],\"dryRun\":null}|field 'dryRun' must not be null: leave it out",
        "{\"usernames\":[\"a\"],\"userIds\":null}|field 'userIds' must not be null",
        "{\"usernames\":[\"a\"],\"mode\":null}|field 'mode' must not be null",
        "{\"usernames\":[\"a\"],\"temporary\":null}|field 'temporary' must not be null",
        "{\"usernames\":[\"a\"],\"logoutSessions\":null}|field 'logoutSessions' must not be",
        // Strict JSON: what a lenient reader would turn into an action.
        "{\"usernames\":[\"a\"],\"dryRun\":true,\"dryRun\":false}|'dryRun' appears more than once",
        "{\"usernames\":[\"a\"],\"dryRun\":true} {\"dryRun\":false}|nothing may follow",
        "{\"usernames\":[\"a\"],\"dryRun\":true},|not valid JSON",
        "{\"usernames\":[\"a\"],\"dryRun\":\"true\"}|field 'dryRun' must be true or false",
        "{\"usernames\":[\"a\"],\"dryRun\":1}|field 'dryRun' must be true or false",
        "{\"usernames\":[\"a\"],\"temporary\":\"false\"}|field 'temporary' must be true or false",
        "{\"usernames\":[\"a\"],\"mode\":\"email-link\",\"linkLifespanSeconds\":60.9}|field 'linkLifespanSeconds' must be a whole number",
        "{\"usernames\":[\"a\"],\"mode\":\"email-link\",\"linkLifespanSeconds\":\"600\"}|field 'linkLifespanSeconds' must be a whole number",
        "{\"usernames\":[\"a\"],\"mode\":\"set\",\"password\":123}|field 'password' must be a string",
        "{\"usernames\":[1,2]}|field 'usernames[0]' must be a string",
        "{\"userIds\":[\"a\",true]}|field 'userIds[1]' must be a string",
        "{\"search\":7}|field 'search' must be a string",
      })
  void refusesBadInputWithAClearMessage(String body, String message) {
    assertThatThrownBy(() -> BulkResetRequest.parse(body))
        .isInstanceOf(InvalidBulkResetException.class)
        .hasMessageContaining(message);
  }

  @Test
  void idSearchListsItsIds() {
    assertThat(parse("{\"search\":\" id: a  b a\"}").searchIds()).containsExactly("a", "b");
    assertThat(parse("{\"search\":\"id:\"}").searchIds()).isEmpty();
    assertThat(parse("{\"search\":\"ida b\"}").searchIds()).isEmpty();
  }

  private static BulkResetRequest parse(String json) {
    return BulkResetRequest.parse(json);
  }
}
