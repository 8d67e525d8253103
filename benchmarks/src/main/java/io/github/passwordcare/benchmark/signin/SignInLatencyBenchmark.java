package io.github.passwordcare.benchmark.signin;

import io.github.passwordcare.benchmark.AdminApi;
import io.github.passwordcare.benchmark.BenchRealm;
import io.github.passwordcare.benchmark.BenchmarkConfig;
import io.github.passwordcare.benchmark.BulkResetPhase;
import io.github.passwordcare.benchmark.FreshPasswords;
import io.github.passwordcare.benchmark.MachineCpu;
import io.github.passwordcare.benchmark.PhaseResult;
import io.github.passwordcare.benchmark.Progress;
import io.github.passwordcare.benchmark.Report;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sign-in latency while a bulk reset runs, against the same sign-ins on the idle server in the same
 * run (see benchmarks/README.md). A bulk reset hashes on as many threads as the server option
 * {@code bulk-reset-threads} says, and sign-ins need the same cores: this shows what users feel.
 * The server's thread setting is fixed at start-up, so benchmarks/run.sh starts one server per
 * setting and passes it in BENCH_BULK_THREADS (for the report only).
 */
public final class SignInLatencyBenchmark {

  private SignInLatencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    BenchmarkConfig config = BenchmarkConfig.fromEnvironment(env);
    Duration interval =
        Duration.ofMillis(BenchmarkConfig.bounded(env, "BENCH_SIGNIN_INTERVAL_MS", 200, 20, 5000));
    Duration idle =
        Duration.ofSeconds(BenchmarkConfig.bounded(env, "BENCH_SIGNIN_IDLE_SECONDS", 30, 5, 600));
    String threads = env.getOrDefault("BENCH_BULK_THREADS", "server default");
    int cores = Runtime.getRuntime().availableProcessors();
    Progress.say(
        "Sign-in latency benchmark: "
            + config.baseUrl()
            + ", "
            + cores
            + " cores, bulk-reset"
            + " threads "
            + threads
            + ", "
            + config.usersPerPhase()
            + " users per bulk call, one"
            + " sign-in every "
            + interval.toMillis()
            + " ms");
    AdminApi api = AdminApi.connect(config);
    String policy = api.realm(config.sourceRealm()).path("passwordPolicy").asText("");
    BenchRealm realm = new BenchRealm(api, config.benchRealm() + "-signin");
    try {
      realm.create(policy);
      List<String> lines = run(config, api, realm, interval, idle);
      System.out.println();
      System.out.println(
          "Sign-in latency, bulk-reset threads "
              + threads
              + ", "
              + cores
              + " cores ("
              + config.usersPerPhase()
              + " users per bulk call, bulk generate):");
      lines.forEach(System.out::println);
    } finally {
      Progress.say("Deleting realm " + realm.name());
      realm.delete();
    }
  }

  private static List<String> run(
      BenchmarkConfig config, AdminApi api, BenchRealm realm, Duration interval, Duration idle)
      throws Exception {
    int n = config.usersPerPhase();
    Duration limit = config.phaseTimeout();
    FreshPasswords passwords = new FreshPasswords();
    SignInSampler signIns = SignInSampler.forNewUser(api, realm.name(), passwords.next(), interval);
    List<List<String>> rounds = new ArrayList<>();
    for (int r = 1; r <= config.rounds(); r++) {
      rounds.add(realm.addUsers("r" + r, n));
    }
    List<String> warmup = realm.addUsers("warmup", config.warmupUsers());
    BulkResetPhase bulk = new BulkResetPhase(api, realm.name(), true);
    Progress.say("Warming up (" + warmup.size() + " users bulk set, sign-ins meanwhile)");
    Latencies warm =
        signIns.sampleWhile(() -> bulk.run("warm-up", warmup, "set", passwords.next(), limit));
    if (warm.millis().isEmpty()) {
      throw new IllegalStateException("no sign-in succeeded during the warm-up: " + warm);
    }
    MachineCpu settleStart = MachineCpu.now();
    Thread.sleep(config.settle().toMillis());
    Progress.say(
        "Machine CPU busy while the server settled: " + MachineCpu.now().busySince(settleStart));

    String loadBefore = Progress.loadAverage();
    List<Latencies> idleWindows = new ArrayList<>();
    List<Latencies> busyWindows = new ArrayList<>();
    List<PhaseResult> bulkPhases = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (int r = 0; r < rounds.size(); r++) {
      String of = " (round " + (r + 1) + " of " + rounds.size() + ")";
      Latencies quiet = signIns.sampleFor(idle);
      Progress.say("Sign-ins, server idle" + of + ": " + quiet.describe());
      List<String> users = rounds.get(r);
      PhaseResult[] phase = new PhaseResult[1];
      Latencies busy =
          signIns.sampleWhile(
              () ->
                  phase[0] =
                      Progress.phase(
                          "bulk generate" + of,
                          () -> bulk.run("bulk generate", users, "generate", null, limit)));
      Progress.say("Sign-ins during the bulk reset" + of + ": " + busy.describe());
      idleWindows.add(quiet);
      busyWindows.add(busy);
      bulkPhases.add(phase[0]);
      lines.add(
          "  round "
              + (r + 1)
              + ": idle "
              + quiet.describe()
              + "; during bulk "
              + busy.describe()
              + " = "
              + busy.ratioTo(quiet));
    }
    Latencies allIdle = Latencies.pooled(idleWindows);
    Latencies allBusy = Latencies.pooled(busyWindows);
    lines.add("  all rounds: idle " + allIdle.describe() + "; during bulk " + allBusy.describe());
    lines.add("  sign-in latency during the bulk reset vs idle: " + allBusy.ratioTo(allIdle));
    lines.add("  bulk reset: " + Report.phaseLine(PhaseResult.best(bulkPhases)));
    lines.add(
        "  load average (1/5/15 min): "
            + loadBefore
            + " before, "
            + Progress.loadAverage()
            + " after");
    return lines;
  }
}
