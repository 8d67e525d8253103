package io.github.passwordcare.bulkreset;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The last line of a streamed answer: the totals of the JSON answer under the same names, marked
 * {@code "type": "summary"} so that a reader tells it from the user lines (which carry no type).
 */
record BulkResetSummary(
    String type,
    boolean dryRun,
    int total,
    int succeeded,
    int failed,
    int skipped,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> dryRunUncheckedPolicies) {

  static final String TYPE = "summary";

  static BulkResetSummary of(BulkResetResult result) {
    return new BulkResetSummary(
        TYPE,
        result.dryRun(),
        result.total(),
        result.succeeded(),
        result.failed(),
        result.skipped(),
        result.dryRunUncheckedPolicies());
  }
}
