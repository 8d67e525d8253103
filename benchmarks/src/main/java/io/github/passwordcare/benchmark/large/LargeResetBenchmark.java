package io.github.passwordcare.benchmark.large;

import io.github.passwordcare.benchmark.AdminApi;
import io.github.passwordcare.benchmark.BenchRealm;
import io.github.passwordcare.benchmark.BenchmarkConfig;
import io.github.passwordcare.benchmark.BulkResetPhase;
import io.github.passwordcare.benchmark.Comparison;
import io.github.passwordcare.benchmark.MachineCpu;
import io.github.passwordcare.benchmark.PhaseResult;
import io.github.passwordcare.benchmark.Progress;
import io.github.passwordcare.benchmark.Report;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One large streamed bulk reset (5,000 users by default) against the same users reset in five JSON
 * calls of 1,000, as a school had to before the maximum went up (see benchmarks/README.md). Both
 * phases run in every round on fresh users, in alternating order; each reports its best round.
 * Target: the one call takes at most 1.1x the time of the five.
 */
public final class LargeResetBenchmark {

  static final double TARGET = 1.1;

  private LargeResetBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchmarkConfig config = BenchmarkConfig.fromEnvironment(System.getenv());
    int users = BenchmarkConfig.bounded(System.getenv(), "BENCH_LARGE_USERS", 5000, 10, 10_000);
    int calls = BenchmarkConfig.bounded(System.getenv(), "BENCH_LARGE_CALLS", 5, 2, 10);
    Progress.say(
        String.format(
            "Large reset benchmark: %s, one streamed call of %d users against %d calls of %d,"
                + " %d rounds",
            config.baseUrl(), users, calls, users / calls, config.rounds()));
    AdminApi api = AdminApi.connect(config);
    String policy = api.realm(config.sourceRealm()).path("passwordPolicy").asText("");
    BenchRealm realm = new BenchRealm(api, config.benchRealm() + "-large");
    try {
      realm.create(policy);
      run(config, api, realm, users, calls).forEach(System.out::println);
    } finally {
      Progress.say("Deleting realm " + realm.name());
      realm.delete();
    }
  }

  private static List<String> run(
      BenchmarkConfig config, AdminApi api, BenchRealm realm, int users, int calls)
      throws Exception {
    Duration limit = config.phaseTimeout();
    StreamedResetPhase streamed = new StreamedResetPhase(api, realm.name());
    BulkResetPhase json = new BulkResetPhase(api, realm.name(), true);
    Progress.say("Importing " + config.rounds() + " x 2 x " + users + " users without a password");
    List<List<String>> oneCallUsers = new ArrayList<>();
    List<List<String>> splitUsers = new ArrayList<>();
    for (int r = 1; r <= config.rounds(); r++) {
      oneCallUsers.add(realm.addUsers("one-r" + r, users));
      splitUsers.add(realm.addUsers("split-r" + r, users));
    }
    List<String> warmup = realm.addUsers("warmup", config.warmupUsers());
    Progress.say("Warming up the server (" + warmup.size() + " users, bulk generate)");
    json.run("warm-up", warmup, "generate", null, limit);
    MachineCpu settleStart = MachineCpu.now();
    Thread.sleep(config.settle().toMillis());
    Progress.say("Machine CPU busy while settling: " + MachineCpu.now().busySince(settleStart));

    String loadBefore = Progress.loadAverage();
    String oneName = "one streamed call of " + users;
    String splitName = calls + " JSON calls of " + users / calls;
    List<PhaseResult> one = new ArrayList<>();
    List<PhaseResult> split = new ArrayList<>();
    for (int r = 0; r < config.rounds(); r++) {
      String of = " (round " + (r + 1) + " of " + config.rounds() + ")";
      List<String> o = oneCallUsers.get(r);
      List<String> s = splitUsers.get(r);
      if (r % 2 == 0) {
        one.add(Progress.phase(oneName + of, () -> streamed.run(oneName, o, limit)));
        split.add(Progress.phase(splitName + of, () -> inCalls(json, splitName, s, calls, limit)));
      } else {
        split.add(Progress.phase(splitName + of, () -> inCalls(json, splitName, s, calls, limit)));
        one.add(Progress.phase(oneName + of, () -> streamed.run(oneName, o, limit)));
      }
    }
    PhaseResult bestOne = PhaseResult.best(one);
    PhaseResult bestSplit = PhaseResult.best(split);
    Comparison ratio =
        new Comparison(
            oneName + " vs " + splitName,
            bestOne.ran() ? bestOne.seconds() : 0,
            bestSplit.ran() ? bestSplit.seconds() : 0,
            bestOne.complete() && bestSplit.complete(),
            Comparison.Kind.AS_SLOW_AS,
            TARGET);
    return List.of(
        "",
        "Large reset figures (bulk generate, users without a password, one hash each):",
        "  " + Report.phaseLine(bestOne),
        "  " + Report.phaseLine(bestSplit),
        "  load average (1/5/15 min): "
            + loadBefore
            + " before, "
            + Progress.loadAverage()
            + " after",
        "",
        "Target:",
        "  " + ratio.line());
  }

  /** The users in {@code calls} JSON calls one after the other, timed together. */
  static PhaseResult inCalls(
      BulkResetPhase json, String name, List<String> users, int calls, Duration limit)
      throws InterruptedException {
    int size = (users.size() + calls - 1) / calls;
    double seconds = 0;
    int succeeded = 0;
    int failed = 0;
    List<String> perCall = new ArrayList<>();
    for (int from = 0; from < users.size(); from += size) {
      List<String> part = users.subList(from, Math.min(users.size(), from + size));
      PhaseResult call = json.run(name, part, "generate", null, limit);
      if (!call.ran()) {
        return PhaseResult.notRun(name, users.size(), call.note());
      }
      seconds += call.seconds();
      succeeded += call.succeeded();
      failed += call.failed();
      perCall.add(String.format(java.util.Locale.ROOT, "%.1f s", call.seconds()));
    }
    return new PhaseResult(
        name,
        users.size(),
        seconds,
        succeeded,
        failed,
        true,
        "calls: " + String.join(" + ", perCall));
  }
}
