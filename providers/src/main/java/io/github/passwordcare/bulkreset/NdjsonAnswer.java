package io.github.passwordcare.bulkreset;

import io.github.passwordcare.bulkreset.BulkPasswordResetRunner.Candidate;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;
import org.keycloak.util.JsonSerialization;

/**
 * The streamed answer of a bulk reset ({@code Accept: application/x-ndjson}): one line per user as
 * the user is done, each the same object as a row of the JSON answer, then one {@link
 * BulkResetSummary} line. Every line is flushed at once, so the caller sees progress and a
 * generated password leaves the server as soon as its user is reset; nothing is stored.
 *
 * <p>Everything is checked before the answer starts (bad input is still a plain 400 or 403 JSON
 * error). A failed write means the caller has gone (closed the connection, aborted the fetch): the
 * call then starts no more users ({@link StreamedReset}) and the server log says how many were done
 * and how many left untouched.
 */
final class NdjsonAnswer implements StreamingOutput {

  private static final Logger LOG = Logger.getLogger(NdjsonAnswer.class);

  private final BulkPasswordResetRunner runner;
  private final ResetJob job;
  private final List<Candidate> candidates;
  private final VisibleRows visible;
  private final List<String> dryRunUncheckedPolicies;
  private final CallRecord record;
  private final BooleanSupplier callerGone = CallerConnection.closedCheck();

  /** Made on the request thread, where the caller's connection can be found. */
  NdjsonAnswer(
      BulkPasswordResetRunner runner,
      ResetJob job,
      List<Candidate> candidates,
      VisibleRows visible,
      List<String> dryRunUncheckedPolicies,
      CallRecord record) {
    this.runner = runner;
    this.job = job;
    this.candidates = candidates;
    this.visible = visible;
    this.dryRunUncheckedPolicies = dryRunUncheckedPolicies;
    this.record = record;
  }

  @Override
  public void write(OutputStream out) {
    Lines lines = new Lines(out);
    StreamedReset.Outcome outcome = runner.stream(job, candidates, lines);
    BulkResetResult totals =
        BulkResetResult.of(job.request().isDryRun(), lines.rows, dryRunUncheckedPolicies);
    if (!outcome.stopped() && lines.write(BulkResetSummary.of(totals))) {
      record.done(totals);
      return;
    }
    record.stopped(outcome, candidates.size());
  }

  /** Writes rows as lines; remembers what was shown, for the totals line. */
  private final class Lines implements StreamedReset.Rows {
    private final OutputStream out;
    private final List<UserResetResult> rows = new java.util.ArrayList<>();

    Lines(OutputStream out) {
      this.out = out;
    }

    @Override
    public boolean settled(List<UserResetResult> results) {
      for (UserResetResult row : visible.apply(results)) {
        rows.add(row);
        if (!write(row)) {
          return false;
        }
      }
      return flush();
    }

    @Override
    public boolean gone() {
      return callerGone.getAsBoolean();
    }

    @Override
    public boolean finished(UserResetResult result) {
      UserResetResult row = visible.rowOf(result);
      rows.add(row);
      return write(row) && flush();
    }

    boolean write(Object line) {
      if (gone()) {
        return false;
      }
      try {
        out.write(JsonSerialization.writeValueAsBytes(line));
        out.write('\n');
        return line instanceof BulkResetSummary ? flush() : true;
      } catch (IOException | RuntimeException e) {
        LOG.debugf("Bulk reset stream: the caller has gone (%s)", e.getClass().getSimpleName());
        return false;
      }
    }

    private boolean flush() {
      try {
        out.flush();
        return true;
      } catch (IOException | RuntimeException e) {
        LOG.debugf("Bulk reset stream: the caller has gone (%s)", e.getClass().getSimpleName());
        return false;
      }
    }
  }
}
