package io.github.passwordcare.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.bulkreset.UserResetResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkResetCsvTest {

  @Test
  void writesOneRowPerUserAfterTheHeader() {
    BulkResetResult result =
        BulkResetResult.of(
            false,
            List.of(
                new UserResetResult("1", "alice", "a@x.test", Status.RESET, "Abc-123", null),
                UserResetResult.skipped("2", "bob", null, "self"),
                UserResetResult.failed("3", "carol", "c@x.test", "Invalid password: \"x\", y")));

    assertThat(BulkResetCsv.write(result).split("\r\n"))
        .containsExactly(
            "username,email,status,temporaryPassword,reason",
            "alice,a@x.test,reset,Abc-123,",
            "bob,,skipped,,self",
            "carol,c@x.test,failed,,\"Invalid password: \"\"x\"\", y\"");
  }

  @Test
  void defusesSpreadsheetFormulasInNamesAndReasons() {
    assertThat(BulkResetCsv.defuse("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(BulkResetCsv.defuse("+1")).isEqualTo("'+1");
    assertThat(BulkResetCsv.defuse("@a")).isEqualTo("'@a");
    assertThat(BulkResetCsv.defuse("alice")).isEqualTo("alice");
    assertThat(BulkResetCsv.defuse(null)).isNull();
  }

  @Test
  void countsSucceededFailedAndSkipped() {
    BulkResetResult result =
        BulkResetResult.of(
            true,
            List.of(
                new UserResetResult("1", "a", null, Status.WOULD_RESET, null, null),
                UserResetResult.skipped("2", "b", null, "forbidden"),
                UserResetResult.failed("3", "c", null, "x")));

    assertThat(result.total()).isEqualTo(3);
    assertThat(result.succeeded()).isEqualTo(1);
    assertThat(result.skipped()).isEqualTo(1);
    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.dryRun()).isTrue();
  }
}
