package io.github.passwordcare.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

  private static PhaseResult phase(String name, double seconds) {
    return new PhaseResult(name, 1000, seconds, 1000, 0, true, "");
  }

  private static final HashCosts CLIENT =
      new HashCosts(
          "benchmark JVM",
          new HashTiming.Measurement(0.022, 0.012, 2),
          new HashTiming.Measurement(0.021, 0.013, 2));

  private static Figures figures(PhaseResult bulk) {
    return figures(
        bulk,
        new HashTiming.Measurement(0.052, 0.027, 2),
        new HashTiming.Measurement(0.048, 0.026, 2));
  }

  private static Figures figures(
      PhaseResult bulk, HashTiming.Measurement before, HashTiming.Measurement after) {
    return figures(bulk, new HashCosts("server, by the probe", before, after));
  }

  private static Figures figures(PhaseResult bulk, HashCosts server) {
    return new Figures(
        1000,
        2,
        2,
        List.of(bulk),
        phase("stock sequential", 88),
        phase("stock parallel (2 threads)", 57),
        server,
        CLIENT,
        "argon2 (type id, version 1.3, 5 iterations, 7168 KiB, parallelism 1, 32 bytes)",
        "0.10 0.20 0.30",
        "1.90 1.20 0.50");
  }

  @Test
  void hashLimitIsUsersTimesTheFasterMedianOverCores() {
    Figures f = figures(phase("bulk set", 30));

    assertThat(f.limitHash().hashSeconds()).isEqualTo(0.048);
    assertThat(f.hashLimitSeconds()).isEqualTo(24.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void fasterThroughputOnAllCoresGivesTheStricterLimit() {
    Figures slowSingleThread =
        figures(
            phase("bulk set", 30),
            new HashTiming.Measurement(0.046, 0.018, 2),
            new HashTiming.Measurement(0.049, 0.020, 2));

    assertThat(slowSingleThread.hashLimitSeconds())
        .isEqualTo(18.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void threeTargetsPerBulkPhase() {
    List<Comparison> comparisons = Report.comparisons(figures(phase("bulk set", 30)));

    assertThat(comparisons)
        .extracting(Comparison::label)
        .containsExactly(
            "bulk set vs sequential stock",
            "bulk set vs parallel stock (2 threads)",
            "bulk set vs hash limit");
    assertThat(comparisons).extracting(Comparison::ratio).containsExactly(2.93, 1.90, 1.25);
    assertThat(comparisons).allMatch(Comparison::passed);
  }

  @Test
  void printsRawSecondsLoadAndTargets() {
    List<String> lines = Report.lines(figures(phase("bulk set", 30)));

    assertThat(lines)
        .contains(
            "  bulk set: 30.0 s, 30.0 ms per user, 1000/1000 reset",
            "  stock sequential: 88.0 s, 88.0 ms per user, 1000/1000 reset",
            "  load average (1/5/15 min): 0.10 0.20 0.30 before, 1.90 1.20 0.50 after");
    assertThat(lines)
        .contains(
            "  hash limit: 24.0 s for 1000 hashes on 2 cores   (timed in the server, by the"
                + " probe; one hash, single thread: 52.0 ms before, 48.0 ms after the phases; on 2"
                + " threads: 27.0 / 26.0 ms per hash)",
            "  for reference, the same hash in the benchmark JVM: 10.5 s for 1000 hashes on 2"
                + " cores   (timed in the benchmark JVM; one hash, single thread: 22.0 ms before,"
                + " 21.0 ms after the phases; on 2 threads: 12.0 / 13.0 ms per hash)");
  }

  @Test
  void withoutTheServerProbeTheBenchmarkJvmGivesTheLimit() {
    Figures f = figures(phase("bulk set", 30), null);

    assertThat(f.hashLimitSeconds()).isEqualTo(10.5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(Report.lines(f))
        .contains("  (the server has no hash probe: the limit comes from the benchmark JVM)");
  }

  @Test
  void aBulkPhaseThatDidNotRunSaysWhy() {
    PhaseResult missing =
        PhaseResult.notRun("bulk set", 1000, "bulk-reset endpoint not on this server (HTTP 404)");

    assertThat(Report.phaseLine(missing))
        .isEqualTo("bulk set: not run (bulk-reset endpoint not on this server (HTTP 404))");
    assertThat(Report.comparisons(figures(missing))).noneMatch(Comparison::passed);
  }
}
