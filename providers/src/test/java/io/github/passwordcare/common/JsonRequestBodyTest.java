package io.github.passwordcare.common;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonRequestBodyTest {

  private static final String BODY = "{\"password\":\"Pässword-1234!\"}";
  private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE;
  private static final MediaType CSV = new MediaType("text", "csv");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "Application/JSON",
        "application/json; charset=utf-8",
        "application/json;charset=UTF-8",
        "application/json; charset=\"utf-8\""
      })
  void decodesUtf8Json(String contentType) {
    assertThat(JsonRequestBody.decode(contentType, BODY.getBytes(UTF_8))).isEqualTo(BODY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "text/plain",
        "application/x-www-form-urlencoded",
        "application/merge-patch+json",
        "application/jsonx",
        "application/json; charset=iso-8859-1",
        "application/json; charset=utf-16",
        "application/json; profile=x"
      })
  void refusesAnythingButJsonInUtf8With415(String contentType) {
    assertThatThrownBy(() -> JsonRequestBody.decode(contentType, BODY.getBytes(UTF_8)))
        .isInstanceOfSatisfying(
            JsonRequestBody.RefusedException.class,
            e -> assertThat(e.status()).isEqualTo(Response.Status.UNSUPPORTED_MEDIA_TYPE));
  }

  @Test
  void refusesAMissingContentType() {
    assertThatThrownBy(() -> JsonRequestBody.decode(null, BODY.getBytes(UTF_8)))
        .isInstanceOfSatisfying(
            JsonRequestBody.RefusedException.class,
            e -> assertThat(e.status()).isEqualTo(Response.Status.UNSUPPORTED_MEDIA_TYPE));
  }

  @Test
  void refusesBytesThatAreNotUtf8InsteadOfReplacingThem() {
    // "ä" as ISO-8859-1 is one byte 0xE4: lenient decoding made it U+FFFD in a stored password.
    byte[] latin1 = BODY.getBytes(ISO_8859_1);
    byte[] encodedSurrogate = {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};

    for (byte[] body : List.of(latin1, encodedSurrogate)) {
      assertThatThrownBy(() -> JsonRequestBody.decode("application/json", body))
          .isInstanceOfSatisfying(
              JsonRequestBody.RefusedException.class,
              e -> assertThat(e.status()).isEqualTo(Response.Status.BAD_REQUEST))
          .hasMessage("the request body is not valid UTF-8");
    }
  }

  @Test
  void acceptsJsonCsvOrWildcardsOnly() {
    MediaType[] offered = {JSON, CSV};
    assertThat(JsonRequestBody.accepts(List.of(), offered)).isTrue();
    assertThat(JsonRequestBody.accepts(List.of(MediaType.WILDCARD_TYPE), offered)).isTrue();
    assertThat(JsonRequestBody.accepts(List.of(JSON), offered)).isTrue();
    assertThat(JsonRequestBody.accepts(List.of(new MediaType("text", "*")), offered)).isTrue();
    assertThat(JsonRequestBody.accepts(List.of(MediaType.APPLICATION_XML_TYPE, CSV), offered))
        .isTrue();
    assertThat(JsonRequestBody.accepts(List.of(MediaType.APPLICATION_XML_TYPE), offered)).isFalse();
    assertThat(JsonRequestBody.accepts(List.of(MediaType.TEXT_HTML_TYPE), offered)).isFalse();
  }
}
