package io.github.passwordcare.bulkreset;

import java.util.List;
import org.jboss.logging.Logger;

/**
 * The server log's line for one bulk-reset call: who, where, how, and the totals, or, for a
 * streamed call whose caller went away, how far it got. Counts and ids only, never a password.
 */
record CallRecord(String realm, String adminId, String mode, boolean dryRun) {

  /** The resource's category, where this line has always been. */
  private static final Logger LOG = Logger.getLogger(BulkResetResource.class);

  static CallRecord of(String realm, String adminId, BulkResetRequest request) {
    return new CallRecord(realm, adminId, request.modeOrDefault().value(), request.isDryRun());
  }

  void done(BulkResetResult result) {
    LOG.infof(
        "Bulk reset in realm %s by user %s: mode=%s dryRun=%s total=%d succeeded=%d failed=%d"
            + " skipped=%d",
        realm,
        adminId,
        mode,
        dryRun,
        result.total(),
        result.succeeded(),
        result.failed(),
        result.skipped());
  }

  /** A streamed call stopped because its caller went away (or the server is stopping). */
  void stopped(StreamedReset.Outcome outcome, int selected) {
    BulkResetResult handled = BulkResetResult.of(dryRun, outcome.results());
    LOG.infof(
        "Bulk reset in realm %s by user %s stopped: the caller went away. mode=%s dryRun=%s"
            + " selected=%d succeeded=%d failed=%d skipped=%d untouched=%d"
            + " (results the caller never received: %d; reset among them: %s)",
        realm,
        adminId,
        mode,
        dryRun,
        selected,
        handled.succeeded(),
        handled.failed(),
        handled.skipped(),
        outcome.untouched(),
        outcome.results().size() - outcome.shown(),
        resetButNotSent(outcome));
  }

  /**
   * The ids of users reset whose lines were never written: the admin must know who now has a
   * password nobody saw. (Lines written but still in transit when the caller left are not known
   * here; the admin events name every reset user.)
   */
  static List<String> resetButNotSent(StreamedReset.Outcome outcome) {
    List<UserResetResult> results = outcome.results();
    return results.subList(outcome.shown(), results.size()).stream()
        .filter(
            r ->
                r.status() == UserResetResult.Status.RESET
                    || r.status() == UserResetResult.Status.EMAIL_SENT)
        .map(UserResetResult::userId)
        .toList();
  }
}
