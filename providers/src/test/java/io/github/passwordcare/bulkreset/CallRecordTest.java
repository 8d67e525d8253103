package io.github.passwordcare.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.bulkreset.UserResetResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallRecordTest {

  private static UserResetResult row(String id, Status status) {
    return new UserResetResult(id, "user-" + id, null, status, null, null);
  }

  @Test
  void namesTheUsersResetWhoseLinesWereNeverWritten() {
    StreamedReset.Outcome outcome =
        new StreamedReset.Outcome(
            List.of(
                row("a", Status.RESET),
                row("b", Status.RESET),
                row("c", Status.FAILED),
                row("d", Status.EMAIL_SENT),
                row("e", Status.SKIPPED)),
            2,
            7);

    assertThat(CallRecord.resetButNotSent(outcome)).containsExactly("d");
  }

  @Test
  void nobodyWhenEveryLineWasWritten() {
    StreamedReset.Outcome outcome =
        new StreamedReset.Outcome(List.of(row("a", Status.RESET)), 1, 3);

    assertThat(CallRecord.resetButNotSent(outcome)).isEmpty();
  }
}
