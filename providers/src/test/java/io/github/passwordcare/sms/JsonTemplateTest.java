package io.github.passwordcare.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

class JsonTemplateTest {

  private static final String TEMPLATE = "{\"to\": \"{phone}\", \"text\": \"{message}\"}";

  @Test
  void fillsBothPlaceholders() throws Exception {
    JsonNode body = parse(JsonTemplate.fill(TEMPLATE, "+31612345678", "12345678 is your code"));

    assertThat(body.path("to").asText()).isEqualTo("+31612345678");
    assertThat(body.path("text").asText()).isEqualTo("12345678 is your code");
  }

  @Test
  void aTextCannotBreakOutOfItsString() throws Exception {
    String hostile = "x\", \"to\": \"+4400000000\", \"y\": \"\\ \n\r\t\u0001\u2028 é 😀";

    JsonNode body = parse(JsonTemplate.fill(TEMPLATE, "+31612345678", hostile));

    assertThat(body.path("to").asText()).isEqualTo("+31612345678");
    assertThat(body.path("text").asText()).isEqualTo(hostile);
    assertThat(body.size()).isEqualTo(2);
  }

  @Test
  void placeholdersInsideTheValuesAreNotReplacedAgain() throws Exception {
    JsonNode body = parse(JsonTemplate.fill(TEMPLATE, "+31612345678", "say {phone} {message}"));

    assertThat(body.path("text").asText()).isEqualTo("say {phone} {message}");
  }

  @Test
  void nestedTemplatesAndRepeatsWork() throws Exception {
    String template =
        "{\"messages\": [{\"destinations\": [{\"to\": \"{phone}\"}], \"text\": \"{message}\"}],"
            + " \"ref\": \"{phone}\"}";

    JsonNode body = parse(JsonTemplate.fill(template, "+31612345678", "hi"));

    assertThat(body.at("/messages/0/destinations/0/to").asText()).isEqualTo("+31612345678");
    assertThat(body.at("/messages/0/text").asText()).isEqualTo("hi");
    assertThat(body.path("ref").asText()).isEqualTo("+31612345678");
  }

  @Test
  void escapeFollowsRfc8259() {
    assertThat(JsonTemplate.escape("a\"b\\c\nd\u0000")).isEqualTo("a\\\"b\\\\c\\nd\\u0000");
  }

  @Test
  void templateCheckNeedsQuotedPlaceholders() {
    assertThat(JsonTemplate.isJsonWithSample(TEMPLATE)).isTrue();
    assertThat(JsonTemplate.isJsonWithSample("{\"to\": {phone}, \"text\": \"{message}\"}"))
        .isFalse();
    assertThat(JsonTemplate.isJsonWithSample("to={phone}&text={message}")).isFalse();
    assertThat(JsonTemplate.isJsonWithSample("\"{phone}{message}\"")).as("not an object").isFalse();
  }

  private static JsonNode parse(String json) throws Exception {
    return JsonSerialization.readValue(json, JsonNode.class);
  }
}
