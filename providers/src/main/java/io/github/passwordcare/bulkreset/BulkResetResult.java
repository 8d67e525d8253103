package io.github.passwordcare.bulkreset;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The response of a bulk reset: counts and one row per selected user, in selection order. A dry
 * run's {@code would-reset} rows count as succeeded.
 *
 * @param dryRunUncheckedPolicies in a dry run of mode {@code set}, the ids of the realm's password
 *     policy rules that were not checked (such as {@code passwordHistory}): they read the users'
 *     stored passwords, so only the real reset checks them. Absent when empty.
 */
public record BulkResetResult(
    boolean dryRun,
    int total,
    int succeeded,
    int failed,
    int skipped,
    List<UserResetResult> results,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> dryRunUncheckedPolicies) {

  public static BulkResetResult of(boolean dryRun, List<UserResetResult> results) {
    return of(dryRun, results, List.of());
  }

  public static BulkResetResult of(
      boolean dryRun, List<UserResetResult> results, List<String> dryRunUncheckedPolicies) {
    int failed = count(results, UserResetResult.Status.FAILED);
    int skipped = count(results, UserResetResult.Status.SKIPPED);
    return new BulkResetResult(
        dryRun,
        results.size(),
        results.size() - failed - skipped,
        failed,
        skipped,
        results,
        List.copyOf(dryRunUncheckedPolicies));
  }

  private static int count(List<UserResetResult> results, UserResetResult.Status status) {
    return (int) results.stream().filter(r -> r.status() == status).count();
  }
}
