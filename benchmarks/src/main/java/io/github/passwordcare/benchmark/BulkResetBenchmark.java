package io.github.passwordcare.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Bulk password reset against its baselines, all on one server in one run (see
 * benchmarks/README.md). Prints a report and exits 0 whatever the verdicts: it is a measurement,
 * not a test. Exit 1 only when the run itself could not be done (no server, set-up failed).
 */
public final class BulkResetBenchmark {

  private BulkResetBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchmarkConfig config = BenchmarkConfig.fromEnvironment(System.getenv());
    int cores = Runtime.getRuntime().availableProcessors();
    say(
        "Keycloak "
            + config.baseUrl()
            + ", "
            + cores
            + " cores, "
            + config.usersPerPhase()
            + " users per phase, "
            + config.clientThreads()
            + " client threads for parallel stock");
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    AdminToken token =
        new AdminToken(http, config.baseUrl(), config.adminUser(), config.adminPassword());
    AdminApi api = new AdminApi(http, config.baseUrl(), token);
    String policy = api.realm(config.sourceRealm()).path("passwordPolicy").asText("");
    if (policy.contains("hashAlgorithm") || policy.contains("hashIterations")) {
      say("WARNING: the policy changes the hash; the hash limit below assumes Keycloak's default");
    }
    BenchRealm realm = new BenchRealm(api, config.benchRealm());
    try {
      Figures figures = run(config, cores, api, realm, policy);
      System.out.println();
      Report.lines(figures).forEach(System.out::println);
      System.out.println();
      System.out.println(Explanations.TEXT);
    } finally {
      say("Deleting realm " + realm.name());
      realm.delete();
    }
  }

  private static Figures run(
      BenchmarkConfig config, int cores, AdminApi api, BenchRealm realm, String policy)
      throws Exception {
    int n = config.usersPerPhase();
    if (!config.bulkLogoutSessions()) {
      say(
          "BENCH_BULK_LOGOUT_SESSIONS=false: bulk calls send logoutSessions=false (diagnostic run)");
    }
    say("Creating realm " + realm.name() + " (password policy of " + config.sourceRealm() + ")");
    realm.create(policy);
    say("Importing " + (4 * n + config.warmupUsers()) + " users (partial import, no passwords)");
    List<String> warmup = realm.addUsers("warmup", config.warmupUsers());
    List<String> bulkSetUsers = realm.addUsers("bulk-set", n);
    List<String> bulkGenerateUsers = realm.addUsers("bulk-generate", n);
    List<String> sequentialUsers = realm.addUsers("stock-sequential", n);
    List<String> parallelUsers = realm.addUsers("stock-parallel", n);

    FreshPasswords passwords = new FreshPasswords();
    StockResetPhase stock = new StockResetPhase(api, realm.name());
    BulkResetPhase bulk = new BulkResetPhase(api, realm.name(), config.bulkLogoutSessions());
    Duration limit = config.phaseTimeout();
    int half = warmup.size() / 2;
    say("Warming up the server (" + warmup.size() + " resets, stock and bulk)");
    stock.run("warm-up", warmup.subList(0, half), passwords.next(), config.clientThreads(), limit);
    PhaseResult bulkWarmup =
        bulk.run("warm-up", warmup.subList(half, warmup.size()), "set", passwords.next(), limit);
    if (!bulkWarmup.ran()) {
      say("Bulk reset not measured: " + bulkWarmup.note());
    }

    JsonNode stored = api.passwordCredentialData(realm.name(), warmup.get(0));
    String storedHash = StoredHash.describe(stored);
    say("The server stored: " + storedHash);
    if (!StoredHash.matchesBenchmark(stored)) {
      say("WARNING: not the hash the benchmark times; the hash limit below does not apply");
    }

    // Partial import and warm-up leave the server busy for a while (database, caches): let it
    // settle, and show how busy the machine was meanwhile (other work would show here too).
    MachineCpu settleStart = MachineCpu.now();
    Thread.sleep(config.settle().toMillis());
    say(
        "Machine CPU busy while the server settled ("
            + config.settle().toSeconds()
            + " s): "
            + MachineCpu.now().busySince(settleStart));

    HashCost hashCost = new HashCost();
    String loadBefore = loadAverage();
    say("Timing one argon2 hash in this JVM while the server is idle");
    HashCost.Measurement hashBefore = hashCost.measure(30, 40, 100, cores);

    Callable<PhaseResult> setCall =
        () -> measureBulk(bulk, bulkWarmup, "bulk set", bulkSetUsers, "set", passwords, limit);
    Callable<PhaseResult> generateCall =
        () ->
            measureBulk(
                bulk, bulkWarmup, "bulk generate", bulkGenerateUsers, "generate", null, limit);
    // The first timed phase tends to be the slowest; BENCH_GENERATE_FIRST=true swaps the two bulk
    // modes to tell an order effect from a mode effect.
    boolean generateFirst = config.generateFirst();
    PhaseResult first =
        phase(
            "bulk reset, mode " + (generateFirst ? "generate" : "set") + ", one call",
            generateFirst ? generateCall : setCall);
    PhaseResult sequential =
        phase(
            "stock reset-password, " + n + " calls, sequential",
            () -> stock.run("stock sequential", sequentialUsers, passwords.next(), 1, limit));
    PhaseResult second =
        phase(
            "bulk reset, mode " + (generateFirst ? "set" : "generate") + ", one call",
            generateFirst ? setCall : generateCall);
    PhaseResult bulkSet = generateFirst ? second : first;
    PhaseResult bulkGenerate = generateFirst ? first : second;
    int threads = config.clientThreads();
    PhaseResult parallel =
        phase(
            "stock reset-password, " + n + " calls, " + threads + " threads",
            () ->
                stock.run(
                    "stock parallel (" + threads + " threads)",
                    parallelUsers,
                    passwords.next(),
                    threads,
                    limit));

    say("Timing one argon2 hash again, server idle");
    HashCost.Measurement hashAfter = hashCost.measure(10, 40, 100, cores);
    return new Figures(
        n,
        cores,
        config.clientThreads(),
        List.of(bulkSet, bulkGenerate),
        sequential,
        parallel,
        hashBefore,
        hashAfter,
        storedHash,
        loadBefore,
        loadAverage());
  }

  /** Runs one timed phase and says how it went and how busy the machine was meanwhile. */
  private static PhaseResult phase(String what, Callable<PhaseResult> body) throws Exception {
    say("Phase: " + what);
    MachineCpu start = MachineCpu.now();
    PhaseResult result = body.call();
    say(
        Report.phaseLine(result)
            + "; machine CPU busy "
            + MachineCpu.now().busySince(start)
            + ", load "
            + loadAverage());
    return result;
  }

  /** Skips a bulk phase when the warm-up showed there is no endpoint to measure. */
  private static PhaseResult measureBulk(
      BulkResetPhase bulk,
      PhaseResult warmup,
      String name,
      List<String> users,
      String mode,
      FreshPasswords passwords,
      Duration limit)
      throws InterruptedException {
    if (!warmup.ran()) {
      return PhaseResult.notRun(name, users.size(), warmup.note());
    }
    return bulk.run(name, users, mode, passwords == null ? null : passwords.next(), limit);
  }

  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (Exception e) {
      return "n/a";
    }
  }

  private static void say(String message) {
    System.out.println(
        "[bench "
            + ZonedDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"))
            + "] "
            + message);
  }
}
