package io.github.passwordcare.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.passwordcare.bulkreset.UserResetResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkResetResultTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<UserResetResult> ROWS =
      List.of(new UserResetResult("1", "alice", null, Status.WOULD_RESET, null, null));

  @Test
  void saysWhichRulesADryRunLeftOut() throws Exception {
    String json =
        JSON.writeValueAsString(BulkResetResult.of(true, ROWS, List.of("passwordHistory")));

    assertThat(JSON.readTree(json).path("dryRunUncheckedPolicies").toString())
        .isEqualTo("[\"passwordHistory\"]");
  }

  @Test
  void leavesTheFieldOutWhenEverythingWasChecked() throws Exception {
    String json = JSON.writeValueAsString(BulkResetResult.of(true, ROWS));

    assertThat(JSON.readTree(json).has("dryRunUncheckedPolicies")).isFalse();
    assertThat(JSON.readTree(json).path("succeeded").asInt()).isEqualTo(1);
  }
}
