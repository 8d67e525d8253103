package io.github.passwordcare.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
      say(
          "NOTE: the policy changes the hash; the probe times the realm's own hash, the"
              + " benchmark-JVM reference figure assumes Keycloak's default argon2");
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
    int users = config.rounds() * 4 * n + config.warmupUsers();
    say("Importing " + users + " users (partial import, no passwords)");
    List<String> warmup = realm.addUsers("warmup", config.warmupUsers());
    List<Rounds.Users> rounds = new ArrayList<>();
    for (int r = 0; r < config.rounds(); r++) {
      rounds.add(Rounds.Users.add(realm, r + 1, n));
    }

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
      say(
          "NOTE: not Keycloak's default argon2: the benchmark-JVM reference figure does not"
              + " apply (the limit timed by the server's probe does)");
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

    String loadBefore = loadAverage();
    HashTimer hashes = new HashTimer(api, realm.name(), cores);
    hashes.timeBefore(30);

    say(config.rounds() + " rounds of 4 phases; each phase reports its best round");
    Rounds.Best best = new Rounds(config, stock, bulk, bulkWarmup, passwords).run(rounds);

    hashes.timeAfter(10);
    return new Figures(
        n,
        cores,
        config.clientThreads(),
        List.of(best.bulkSet(), best.bulkGenerate()),
        best.sequential(),
        best.parallel(),
        hashes.server(),
        hashes.client(),
        storedHash,
        loadBefore,
        loadAverage());
  }

  /** Runs one timed phase and says how it went and how busy the machine was meanwhile. */
  static PhaseResult phase(String what, Callable<PhaseResult> body) throws Exception {
    say("Phase: " + what);
    MachineCpu start = MachineCpu.now();
    long ownCpuStart = ownCpuNanos();
    PhaseResult result = body.call();
    say(
        Report.phaseLine(result)
            + "; machine CPU busy "
            + MachineCpu.now().busySince(start)
            + String.format(
                Locale.ROOT,
                ", of it this benchmark JVM %.1f s",
                (ownCpuNanos() - ownCpuStart) / 1e9)
            + ", load "
            + loadAverage());
    return result;
  }

  /** CPU time this JVM used so far, to show how much of a phase's CPU the client itself took. */
  private static long ownCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (Exception e) {
      return "n/a";
    }
  }

  static void say(String message) {
    System.out.println(
        "[bench "
            + ZonedDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"))
            + "] "
            + message);
  }
}
