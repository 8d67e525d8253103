package io.github.passwordcare.bulkreset;

import java.util.List;

/**
 * The response of a bulk reset: counts and one row per selected user, in selection order. A dry
 * run's {@code would-reset} rows count as succeeded.
 */
public record BulkResetResult(
    boolean dryRun,
    int total,
    int succeeded,
    int failed,
    int skipped,
    List<UserResetResult> results) {

  public static BulkResetResult of(boolean dryRun, List<UserResetResult> results) {
    int failed = count(results, UserResetResult.Status.FAILED);
    int skipped = count(results, UserResetResult.Status.SKIPPED);
    return new BulkResetResult(
        dryRun, results.size(), results.size() - failed - skipped, failed, skipped, results);
  }

  private static int count(List<UserResetResult> results, UserResetResult.Status status) {
    return (int) results.stream().filter(r -> r.status() == status).count();
  }
}
