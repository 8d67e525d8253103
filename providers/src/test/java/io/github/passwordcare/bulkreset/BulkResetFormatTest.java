package io.github.passwordcare.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BulkResetFormatTest {

  private static Optional<BulkResetFormat> of(MediaType... accepted) {
    return BulkResetFormat.negotiate(List.of(accepted));
  }

  @Test
  void noAcceptOrAWildcardIsJson() {
    assertThat(BulkResetFormat.negotiate(List.of())).contains(BulkResetFormat.JSON);
    assertThat(of(MediaType.WILDCARD_TYPE)).contains(BulkResetFormat.JSON);
    assertThat(of(new MediaType("application", "*"))).contains(BulkResetFormat.JSON);
  }

  @Test
  void ndjsonOnlyWhenAskedForByName() {
    assertThat(of(new MediaType("application", "x-ndjson"))).contains(BulkResetFormat.NDJSON);
    assertThat(of(new MediaType("application", "x-ndjson"), MediaType.APPLICATION_JSON_TYPE))
        .contains(BulkResetFormat.NDJSON);
    assertThat(of(MediaType.APPLICATION_JSON_TYPE, new MediaType("application", "x-ndjson")))
        .contains(BulkResetFormat.JSON);
  }

  @Test
  void csvAsBefore() {
    assertThat(of(new MediaType("text", "csv"))).contains(BulkResetFormat.CSV);
    assertThat(of(new MediaType("text", "*"))).contains(BulkResetFormat.CSV);
  }

  @Test
  void anythingElseIsRefused() {
    assertThat(of(MediaType.APPLICATION_XML_TYPE)).isEmpty();
    assertThat(of(MediaType.TEXT_PLAIN_TYPE, MediaType.APPLICATION_XML_TYPE)).isEmpty();
  }

  private static MediaType q(String type, String subtype, String quality) {
    return new MediaType(type, subtype, java.util.Map.of("q", quality));
  }

  @Test
  void qualityDecidesNotTheOrderAndZeroMeansNot() {
    assertThat(of(q("application", "json", "0.1"), new MediaType("application", "x-ndjson")))
        .contains(BulkResetFormat.NDJSON);
    assertThat(of(q("text", "csv", "0.5"), q("application", "x-ndjson", "0.9")))
        .contains(BulkResetFormat.NDJSON);
    assertThat(of(q("application", "x-ndjson", "0"))).isEmpty();
    assertThat(of(q("application", "x-ndjson", "0"), MediaType.APPLICATION_JSON_TYPE))
        .contains(BulkResetFormat.JSON);
    assertThat(of(q("application", "x-ndjson", "nonsense"))).isEmpty();
  }
}
