package io.github.passwordcare.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictJsonTest {

  /** A body shaped like the admin API's requests: optional wrappers and lists of strings. */
  record Body(List<String> names, String text, Boolean flag, Integer seconds) {}

  @Test
  void readsWellTypedBodies() {
    Body body =
        StrictJson.read(
            "{\"names\":[\"a\",\"b\"],\"text\":\"x\",\"flag\":false,\"seconds\":600}", Body.class);

    assertThat(body).isEqualTo(new Body(List.of("a", "b"), "x", false, 600));
  }

  @Test
  void anAbsentFieldIsNull() {
    assertThat(StrictJson.read("{}", Body.class)).isEqualTo(new Body(null, null, null, null));
  }

  @ParameterizedTest
  @CsvSource({"names", "text", "flag", "seconds"})
  void aFieldSetToNullIsRefusedNotTakenAsAbsent(String field) {
    // {"dryRun": flag ?? null} from a script must not mean "dryRun: false".
    assertThatThrownBy(() -> StrictJson.read("{\"" + field + "\":null}", Body.class))
        .isInstanceOf(StrictJson.InvalidJsonException.class)
        .hasMessage("field '" + field + "' must not be null: leave it out for the default");
  }

  @Test
  void refusesStringsWithNulOrALoneSurrogate() {
    for (String text : List.of("a\\u0000b", "\\ud800", "x\\udc00", "\\ud800x")) {
      assertThatThrownBy(() -> StrictJson.read("{\"text\":\"" + text + "\"}", Body.class))
          .as(text)
          .isInstanceOf(StrictJson.InvalidJsonException.class)
          .hasMessageStartingWith("field 'text' must not hold U+0000 or a lone surrogate");
    }
    assertThatThrownBy(() -> StrictJson.read("{\"names\":[\"ok\",\"\\ud800\"]}", Body.class))
        .hasMessageStartingWith("field 'names[1]' must not hold");
    // A pair is one character (here U+1F600): fine.
    assertThat(StrictJson.read("{\"text\":\"\\ud83d\\ude00\"}", Body.class).text())
        .isEqualTo("\uD83D\uDE00");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"flag\":true,\"flag\":false}|field 'flag' appears more than once",
        "{\"flag\":true} {\"flag\":false}|nothing may follow",
        "{\"flag\":true}x|Unrecognized token 'x'",
        "{\"flag\":\"true\"}|field 'flag' must be true or false",
        "{\"flag\":\"\"}|field 'flag' must be true or false",
        "{\"flag\":1}|field 'flag' must be true or false",
        "{\"flag\":0}|field 'flag' must be true or false",
        "{\"seconds\":60.9}|field 'seconds' must be a whole number",
        "{\"seconds\":60.0}|field 'seconds' must be a whole number",
        "{\"seconds\":\"600\"}|field 'seconds' must be a whole number",
        "{\"seconds\":true}|field 'seconds' must be a whole number",
        "{\"text\":123}|field 'text' must be a string",
        "{\"text\":1.5}|field 'text' must be a string",
        "{\"text\":true}|field 'text' must be a string",
        "{\"text\":[\"x\"]}|field 'text' must be a string",
        "{\"names\":[1,2]}|field 'names[0]' must be a string",
        "{\"names\":[\"a\",true]}|field 'names[1]' must be a string",
        "{\"names\":[\"a\",null]}|field 'names[1]' must not hold null",
        "{\"names\":\"a\"}|field 'names' must be an array",
        "{\"nmes\":[\"a\"]}|unknown field 'nmes'",
        "[1,2]|the body must be a JSON object",
        "\"x\"|the body must be a JSON object",
        "{\"names\":[\"a\"|Unexpected end-of-input",
      })
  void refusesAndNamesTheField(String json, String message) {
    assertThatThrownBy(() -> StrictJson.read(json, Body.class))
        .isInstanceOf(StrictJson.InvalidJsonException.class)
        .hasMessageContaining(message);
  }
}
