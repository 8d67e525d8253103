package io.github.passwordcare.bulkreset;

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
            + " (results the caller never received: %d)",
        realm,
        adminId,
        mode,
        dryRun,
        selected,
        handled.succeeded(),
        handled.failed(),
        handled.skipped(),
        outcome.untouched(),
        outcome.results().size() - outcome.shown());
  }
}
