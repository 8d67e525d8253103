package io.github.passwordcare.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StoredEventTypesTest {

  @Test
  void eventsOffMeansEveryNeededTypeIsMissing() {
    assertThat(StoredEventTypes.missing(false, Set.of()))
        .containsExactly("SEND_RESET_PASSWORD", "RESET_PASSWORD_ERROR", "UPDATE_CREDENTIAL");
  }

  @Test
  void noListSavesTheDefaultTypesWhichOursAre() {
    assertThat(StoredEventTypes.missing(true, Set.of())).isEmpty();
  }

  @Test
  void aListMustNameEachType() {
    assertThat(StoredEventTypes.missing(true, Set.of("LOGIN", "SEND_RESET_PASSWORD")))
        .containsExactly("RESET_PASSWORD_ERROR", "UPDATE_CREDENTIAL");
  }
}
