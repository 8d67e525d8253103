package io.github.passwordcare.benchmark;

import java.util.List;
import java.util.Locale;

/**
 * One timed phase: how many users it was given, how long it took, and how many resets the server
 * confirmed. {@code note} says why a phase did not run or what went wrong (never a password).
 */
public record PhaseResult(
    String name, int users, double seconds, int succeeded, int failed, boolean ran, String note) {

  public static PhaseResult notRun(String name, int users, String note) {
    return new PhaseResult(name, users, 0, 0, 0, false, note);
  }

  /**
   * The fastest complete phase of several rounds of the same phase (the least disturbed one), with
   * every round's seconds in its note; when none completed, the first, which says why.
   */
  public static PhaseResult best(List<PhaseResult> rounds) {
    PhaseResult best = null;
    StringBuilder all = new StringBuilder();
    for (PhaseResult round : rounds) {
      all.append(all.isEmpty() ? "" : " / ")
          .append(round.ran() ? String.format(Locale.ROOT, "%.1f s", round.seconds) : "-");
      if (round.complete() && (best == null || round.seconds < best.seconds)) {
        best = round;
      }
    }
    if (best == null) {
      return rounds.get(0);
    }
    String note = rounds.size() == 1 ? best.note : "best of " + rounds.size() + " rounds: " + all;
    return new PhaseResult(
        best.name, best.users, best.seconds, best.succeeded, best.failed, true, note);
  }

  /** Every user was reset: only then is the time comparable with another phase. */
  public boolean complete() {
    return ran && succeeded == users;
  }

  public double millisPerUser() {
    return users == 0 ? 0 : seconds * 1000 / users;
  }
}
