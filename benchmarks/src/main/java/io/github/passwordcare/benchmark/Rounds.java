package io.github.passwordcare.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The four timed phases, run in rounds (bulk, stock sequential, bulk, stock parallel; each round on
 * users of its own), so that no phase alone pays for the server's warm-up or for a disturbed
 * moment: each phase reports its best round (see {@link PhaseResult#best}).
 */
final class Rounds {

  /** The users one round resets, 4 × users-per-phase, imported before anything is timed. */
  record Users(
      List<String> bulkSet,
      List<String> bulkGenerate,
      List<String> sequential,
      List<String> parallel) {

    static Users add(BenchRealm realm, int round, int n) throws Exception {
      return new Users(
          realm.addUsers("r" + round + "-bulk-set", n),
          realm.addUsers("r" + round + "-bulk-generate", n),
          realm.addUsers("r" + round + "-stock-sequential", n),
          realm.addUsers("r" + round + "-stock-parallel", n));
    }
  }

  /** Best of all rounds per phase. */
  record Best(
      PhaseResult bulkSet,
      PhaseResult bulkGenerate,
      PhaseResult sequential,
      PhaseResult parallel) {}

  private final BenchmarkConfig config;
  private final StockResetPhase stock;
  private final BulkResetPhase bulk;
  private final PhaseResult bulkWarmup;
  private final FreshPasswords passwords;

  Rounds(
      BenchmarkConfig config,
      StockResetPhase stock,
      BulkResetPhase bulk,
      PhaseResult bulkWarmup,
      FreshPasswords passwords) {
    this.config = config;
    this.stock = stock;
    this.bulk = bulk;
    this.bulkWarmup = bulkWarmup;
    this.passwords = passwords;
  }

  Best run(List<Users> rounds) throws Exception {
    List<PhaseResult> set = new ArrayList<>();
    List<PhaseResult> generate = new ArrayList<>();
    List<PhaseResult> sequential = new ArrayList<>();
    List<PhaseResult> parallel = new ArrayList<>();
    int threads = config.clientThreads();
    Duration limit = config.phaseTimeout();
    for (int r = 0; r < rounds.size(); r++) {
      Users u = rounds.get(r);
      String of = " (round " + (r + 1) + " of " + rounds.size() + ")";
      Callable<PhaseResult> setCall =
          () -> bulk("bulk set", u.bulkSet(), "set", passwords.next(), limit);
      Callable<PhaseResult> generateCall =
          () -> bulk("bulk generate", u.bulkGenerate(), "generate", null, limit);
      // BENCH_GENERATE_FIRST=true swaps the two bulk modes, to tell an order effect from a mode's.
      boolean generateFirst = config.generateFirst();
      PhaseResult first =
          Progress.phase(
              (generateFirst ? "bulk generate" : "bulk set") + of,
              generateFirst ? generateCall : setCall);
      sequential.add(
          Progress.phase(
              "stock sequential" + of,
              () -> stock.run("stock sequential", u.sequential(), passwords.next(), 1, limit)));
      PhaseResult second =
          Progress.phase(
              (generateFirst ? "bulk set" : "bulk generate") + of,
              generateFirst ? setCall : generateCall);
      set.add(generateFirst ? second : first);
      generate.add(generateFirst ? first : second);
      parallel.add(
          Progress.phase(
              "stock parallel" + of,
              () ->
                  stock.run(
                      "stock parallel (" + threads + " threads)",
                      u.parallel(),
                      passwords.next(),
                      threads,
                      limit)));
    }
    return new Best(
        PhaseResult.best(set),
        PhaseResult.best(generate),
        PhaseResult.best(sequential),
        PhaseResult.best(parallel));
  }

  /** Skips a bulk phase when the warm-up showed there is no endpoint to measure. */
  private PhaseResult bulk(
      String name, List<String> users, String mode, String password, Duration limit)
      throws InterruptedException {
    if (!bulkWarmup.ran()) {
      return PhaseResult.notRun(name, users.size(), bulkWarmup.note());
    }
    return bulk.run(name, users, mode, password, limit);
  }
}
