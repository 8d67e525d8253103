package io.github.passwordcare.benchmark.history;

import io.github.passwordcare.benchmark.AdminApi;
import io.github.passwordcare.benchmark.BenchRealm;
import io.github.passwordcare.benchmark.BenchmarkConfig;
import io.github.passwordcare.benchmark.BulkResetPhase;
import io.github.passwordcare.benchmark.Comparison;
import io.github.passwordcare.benchmark.FreshPasswords;
import io.github.passwordcare.benchmark.MachineCpu;
import io.github.passwordcare.benchmark.PhaseResult;
import io.github.passwordcare.benchmark.Progress;
import io.github.passwordcare.benchmark.Report;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Bulk generate in a realm with {@code passwordHistory(3)} against the same realm without it (see
 * benchmarks/README.md). Most organisations keep a password history, and each stored password can
 * cost one more hash comparison per reset; a generated password is random and need not be compared.
 * Every user has a password before the timed call (one untimed bulk set), so there is history to
 * compare with. Target: the history realm takes at most 1.1x the time.
 */
public final class HistoryBenchmark {

  static final double TARGET = 1.1;

  private HistoryBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchmarkConfig config = BenchmarkConfig.fromEnvironment(System.getenv());
    int n = config.usersPerPhase();
    Progress.say(
        "History benchmark: "
            + config.baseUrl()
            + ", "
            + n
            + " users per phase, "
            + config.rounds()
            + " rounds, bulk-reset threads as the server is configured");
    AdminApi api = AdminApi.connect(config);
    String policy = api.realm(config.sourceRealm()).path("passwordPolicy").asText("");
    BenchRealm history = new BenchRealm(api, config.benchRealm() + "-history");
    BenchRealm plain = new BenchRealm(api, config.benchRealm() + "-no-history");
    try {
      history.create(HistoryPolicies.withHistory(policy));
      plain.create(HistoryPolicies.withoutHistory(policy));
      run(config, api, history, plain).forEach(System.out::println);
    } finally {
      Progress.say("Deleting realms " + history.name() + " and " + plain.name());
      history.delete();
      plain.delete();
    }
  }

  private static List<String> run(
      BenchmarkConfig config, AdminApi api, BenchRealm history, BenchRealm plain) throws Exception {
    int n = config.usersPerPhase();
    Duration limit = config.phaseTimeout();
    FreshPasswords passwords = new FreshPasswords();
    BulkResetPhase inHistory = new BulkResetPhase(api, history.name(), true);
    BulkResetPhase inPlain = new BulkResetPhase(api, plain.name(), true);

    Progress.say("Importing " + config.rounds() + " x " + n + " users into each realm");
    List<List<String>> historyUsers = new ArrayList<>();
    List<List<String>> plainUsers = new ArrayList<>();
    for (int r = 1; r <= config.rounds(); r++) {
      historyUsers.add(history.addUsers("r" + r, n));
      plainUsers.add(plain.addUsers("r" + r, n));
    }
    List<String> warmup = plain.addUsers("warmup", config.warmupUsers());
    Progress.say("Warming up the server (" + warmup.size() + " users, bulk set)");
    inPlain.run("warm-up", warmup, "set", passwords.next(), limit);

    // Every user gets a password first, untimed, so the timed reset has history to compare with.
    for (int r = 0; r < config.rounds(); r++) {
      report(
          inHistory.run(
              "history: give a first password",
              historyUsers.get(r),
              "set",
              passwords.next(),
              limit));
      report(
          inPlain.run(
              "no history: give a first password",
              plainUsers.get(r),
              "set",
              passwords.next(),
              limit));
    }
    MachineCpu settleStart = MachineCpu.now();
    Thread.sleep(config.settle().toMillis());
    Progress.say(
        "Machine CPU busy while the server settled: " + MachineCpu.now().busySince(settleStart));

    String loadBefore = Progress.loadAverage();
    List<PhaseResult> withHistory = new ArrayList<>();
    List<PhaseResult> without = new ArrayList<>();
    for (int r = 0; r < config.rounds(); r++) {
      List<String> h = historyUsers.get(r);
      List<String> p = plainUsers.get(r);
      String of = " (round " + (r + 1) + " of " + config.rounds() + ")";
      // Alternate which realm goes first, so neither pays for an order effect every round.
      if (r % 2 == 0) {
        without.add(timed(inPlain, "bulk generate, no history", of, p, limit));
        withHistory.add(timed(inHistory, "bulk generate, passwordHistory(3)", of, h, limit));
      } else {
        withHistory.add(timed(inHistory, "bulk generate, passwordHistory(3)", of, h, limit));
        without.add(timed(inPlain, "bulk generate, no history", of, p, limit));
      }
    }
    PhaseResult bestHistory = PhaseResult.best(withHistory);
    PhaseResult bestPlain = PhaseResult.best(without);
    Comparison ratio =
        new Comparison(
            "passwordHistory(3) realm vs no-history realm, bulk generate",
            bestHistory.ran() ? bestHistory.seconds() : 0,
            bestPlain.ran() ? bestPlain.seconds() : 0,
            bestHistory.complete() && bestPlain.complete(),
            Comparison.Kind.AS_SLOW_AS,
            TARGET);
    return List.of(
        "",
        "History figures (" + n + " users per phase, every user with one password before):",
        "  " + Report.phaseLine(bestPlain),
        "  " + Report.phaseLine(bestHistory),
        "  load average (1/5/15 min): "
            + loadBefore
            + " before, "
            + Progress.loadAverage()
            + " after",
        "",
        "Target:",
        "  " + ratio.line());
  }

  private static PhaseResult timed(
      BulkResetPhase phase, String name, String round, List<String> users, Duration limit)
      throws Exception {
    return Progress.phase(name + round, () -> phase.run(name, users, "generate", null, limit));
  }

  private static void report(PhaseResult result) {
    Progress.say(Report.phaseLine(result) + " (untimed preparation)");
  }
}
