package io.github.passwordcare.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
    Progress.say(
        "Keycloak "
            + config.baseUrl()
            + ", "
            + cores
            + " cores, "
            + config.usersPerPhase()
            + " users per phase, "
            + config.clientThreads()
            + " client threads for parallel stock");
    AdminApi api = AdminApi.connect(config);
    String policy = api.realm(config.sourceRealm()).path("passwordPolicy").asText("");
    if (policy.contains("hashAlgorithm") || policy.contains("hashIterations")) {
      Progress.say(
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
      Progress.say("Deleting realm " + realm.name());
      realm.delete();
    }
  }

  private static Figures run(
      BenchmarkConfig config, int cores, AdminApi api, BenchRealm realm, String policy)
      throws Exception {
    int n = config.usersPerPhase();
    if (!config.bulkLogoutSessions()) {
      Progress.say(
          "BENCH_BULK_LOGOUT_SESSIONS=false: bulk calls send logoutSessions=false (diagnostic run)");
    }
    Progress.say(
        "Creating realm " + realm.name() + " (password policy of " + config.sourceRealm() + ")");
    realm.create(policy);
    int users = config.rounds() * 4 * n + config.warmupUsers();
    Progress.say("Importing " + users + " users (partial import, no passwords)");
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
    Progress.say("Warming up the server (" + warmup.size() + " resets, stock and bulk)");
    stock.run("warm-up", warmup.subList(0, half), passwords.next(), config.clientThreads(), limit);
    PhaseResult bulkWarmup =
        bulk.run("warm-up", warmup.subList(half, warmup.size()), "set", passwords.next(), limit);
    if (!bulkWarmup.ran()) {
      Progress.say("Bulk reset not measured: " + bulkWarmup.note());
    }

    JsonNode stored = api.passwordCredentialData(realm.name(), warmup.get(0));
    String storedHash = StoredHash.describe(stored);
    Progress.say("The server stored: " + storedHash);
    if (!StoredHash.matchesBenchmark(stored)) {
      Progress.say(
          "NOTE: not Keycloak's default argon2: the benchmark-JVM reference figure does not"
              + " apply (the limit timed by the server's probe does)");
    }

    // Partial import and warm-up leave the server busy for a while (database, caches): let it
    // settle, and show how busy the machine was meanwhile (other work would show here too).
    MachineCpu settleStart = MachineCpu.now();
    Thread.sleep(config.settle().toMillis());
    Progress.say(
        "Machine CPU busy while the server settled ("
            + config.settle().toSeconds()
            + " s): "
            + MachineCpu.now().busySince(settleStart));

    String loadBefore = Progress.loadAverage();
    HashTimer hashes = new HashTimer(api, realm.name(), cores);
    hashes.timeBefore(30);

    Progress.say(config.rounds() + " rounds of 4 phases; each phase reports its best round");
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
        Progress.loadAverage());
  }
}
