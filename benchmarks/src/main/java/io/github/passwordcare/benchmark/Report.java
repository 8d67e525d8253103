package io.github.passwordcare.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns {@link Figures} into the printed report: raw seconds first, then the target ratios. */
public final class Report {

  static final double SEQUENTIAL_TARGET = 2.0;
  static final double PARALLEL_TARGET = 1.0;
  static final double LIMIT_TARGET = 1.25;

  private Report() {}

  static List<Comparison> comparisons(Figures f) {
    List<Comparison> comparisons = new ArrayList<>();
    for (PhaseResult bulk : f.bulkPhases()) {
      comparisons.add(against(bulk, f.sequential(), "vs sequential stock", SEQUENTIAL_TARGET));
      comparisons.add(
          against(
              bulk,
              f.parallel(),
              "vs parallel stock (" + f.clientThreads() + " threads)",
              PARALLEL_TARGET));
      comparisons.add(
          new Comparison(
              bulk.name() + " vs hash limit",
              bulk.ran() ? bulk.seconds() : 0,
              f.hashLimitSeconds(),
              bulk.complete(),
              Comparison.Kind.WITHIN_LIMIT,
              LIMIT_TARGET));
    }
    return comparisons;
  }

  private static Comparison against(
      PhaseResult bulk, PhaseResult stock, String what, double target) {
    return new Comparison(
        bulk.name() + " " + what,
        bulk.ran() ? bulk.seconds() : 0,
        stock.ran() ? stock.seconds() : 0,
        bulk.complete() && stock.complete(),
        Comparison.Kind.FASTER_THAN,
        target);
  }

  static List<String> lines(Figures f) {
    List<String> lines = new ArrayList<>();
    lines.add("Raw figures (" + f.users() + " users per phase, " + f.cores() + " cores):");
    List<PhaseResult> phases = new ArrayList<>(f.bulkPhases());
    phases.add(f.sequential());
    phases.add(f.parallel());
    for (PhaseResult phase : phases) {
      lines.add("  " + phaseLine(phase));
    }
    lines.add("  hash limit: " + f.limitHash().describe(f.users(), f.cores()));
    if (f.serverHash() == null) {
      lines.add("  (the server has no hash probe: the limit comes from the benchmark JVM)");
    } else {
      lines.add(
          "  for reference, the same hash in the benchmark JVM: "
              + f.clientHash().describe(f.users(), f.cores()));
    }
    lines.add(
        "  load average (1/5/15 min): " + f.loadBefore() + " before, " + f.loadAfter() + " after");
    lines.add("");
    lines.add("Targets:");
    for (Comparison comparison : comparisons(f)) {
      lines.add("  " + comparison.line());
    }
    return lines;
  }

  public static String phaseLine(PhaseResult phase) {
    if (!phase.ran()) {
      return phase.name() + ": not run (" + phase.note() + ")";
    }
    String line =
        String.format(
            Locale.ROOT,
            "%s: %.1f s, %.1f ms per user, %d/%d reset",
            phase.name(),
            phase.seconds(),
            phase.millisPerUser(),
            phase.succeeded(),
            phase.users());
    return phase.note().isEmpty() ? line : line + " (" + phase.note() + ")";
  }
}
