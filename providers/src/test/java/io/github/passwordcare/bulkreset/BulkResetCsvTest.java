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
  void defusesFormulasAfterSemicolonsTabsAndLineBreaks() {
    // Dutch or German Excel splits this line on ';': "=1+1" would be a field of its own.
    assertThat(BulkResetCsv.defuse("\"x;=1+1;\"@example.test"))
        .isEqualTo("\"x;'=1+1;'\"@example.test"); // a quote may hide "@.." too
    assertThat(BulkResetCsv.defuse("a\t+1")).isEqualTo("a\t'+1");
    assertThat(BulkResetCsv.defuse("a\r\n-1")).isEqualTo("a\r\n'-1");
    assertThat(BulkResetCsv.defuse("a; @SUM(A1)")).isEqualTo("a;' @SUM(A1)");
    assertThat(BulkResetCsv.defuse("a;\"=1\"")).isEqualTo("a;'\"=1\"");
    assertThat(BulkResetCsv.defuse("=a;=b")).isEqualTo("'=a;'=b");
    assertThat(BulkResetCsv.defuse("\t=1")).isEqualTo("\t'=1");
    assertThat(BulkResetCsv.defuse("a;b;c=1")).isEqualTo("a;b;c=1");
    assertThat(BulkResetCsv.defuse("a,=1")).isEqualTo("a,=1"); // ',' splits only RFC 4180 parsers
  }

  @Test
  void aSemicolonSplittingSpreadsheetSeesNoFormulaField() {
    BulkResetResult result =
        BulkResetResult.of(
            false,
            List.of(
                new UserResetResult(
                    "1", "mallory", "\"x;=1+1;\"@example.test", Status.RESET, "Abc-123", null)));

    String row = BulkResetCsv.write(result).split("\r\n")[1];
    assertThat(row).isEqualTo("mallory,\"\"\"x;'=1+1;'\"\"@example.test\",reset,Abc-123,");
    for (String field : row.split("[;\t]")) {
      assertThat(field).as(field).doesNotMatch("[ \"]*[=+\\-@].*");
    }
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
