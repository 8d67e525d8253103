package io.github.passwordcare.benchmark.login;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.passwordcare.benchmark.AdminApi;
import io.github.passwordcare.benchmark.BenchmarkConfig;
import io.github.passwordcare.benchmark.FreshPasswords;
import io.github.passwordcare.benchmark.MachineCpu;
import io.github.passwordcare.benchmark.Progress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Password sign-ins per second through the demo realm's browser flow, with our recovery check,
 * required actions and policies, against stock Keycloak in the same server and run (see
 * benchmarks/README.md). Three sides take turns in every round, in a rotating order, so no side
 * alone pays for the server's warm-up or a busy moment of the host.
 */
public final class LoginBenchmark {

  private LoginBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    BenchmarkConfig config = BenchmarkConfig.fromEnvironment(env);
    int rounds = BenchmarkConfig.bounded(env, "BENCH_LOGIN_ROUNDS", 3, 1, 9);
    Duration window =
        Duration.ofSeconds(BenchmarkConfig.bounded(env, "BENCH_LOGIN_SECONDS", 15, 2, 300));
    Duration warmup =
        Duration.ofSeconds(BenchmarkConfig.bounded(env, "BENCH_LOGIN_WARMUP_SECONDS", 20, 1, 600));
    int threads = config.clientThreads();
    String heap = env.getOrDefault("BENCH_HEAP", "as started");
    Progress.say(
        "Login benchmark: "
            + config.baseUrl()
            + ", "
            + threads
            + " client threads, "
            + rounds
            + " rounds of "
            + window.toSeconds()
            + " s per side, server heap options: "
            + heap);
    AdminApi api = AdminApi.connect(config);
    String demo = config.sourceRealm();
    String stockRealm = config.benchRealm() + "-login-stock";
    LoginSetup setup = new LoginSetup(api);
    String password = new FreshPasswords().next();
    try {
      JsonNode demoRealm = api.realm(demo);
      String policy = demoRealm.path("passwordPolicy").asText("");
      // Brute-force detection is Keycloak's, and off in the stock realm: off on both sides. With it
      // on, the first run stopped at "user_temporarily_disabled" although no sign-in had failed.
      expectOk(
          api.call("PUT", "/admin/realms/" + demo, Map.of("bruteForceProtected", false)),
          "turn off brute-force detection");
      setup.addClient(demo, LoginSetup.OURS_CLIENT, null);
      setup.addClient(demo, LoginSetup.STOCK_FLOW_CLIENT, setup.stockBrowserFlow(demo));
      api.deleteRealm(stockRealm);
      // Stock Keycloak with the demo realm's event settings: saving login events is a database
      // write per sign-in that Keycloak makes, not our code, so both realms pay for it.
      api.createRealm(
          Map.of(
              "realm",
              stockRealm,
              "enabled",
              true,
              "passwordPolicy",
              LoginSetup.stockPolicy(policy),
              "eventsEnabled",
              demoRealm.path("eventsEnabled").asBoolean(false),
              "eventsExpiration",
              demoRealm.path("eventsExpiration").asLong(0),
              "eventsListeners",
              LoginSetup.stockListeners(demoRealm.path("eventsListeners"))));
      int steps = setup.removeOurSteps(stockRealm, "browser");
      int actions = setup.disableOurRequiredActions(stockRealm);
      Progress.say(
          "Stock realm "
              + stockRealm
              + ": "
              + steps
              + " of our steps removed, "
              + actions
              + " of our required actions disabled, policy: "
              + LoginSetup.stockPolicy(policy));
      setup.addClient(stockRealm, LoginSetup.OURS_CLIENT, null);
      List<String> demoUsers = setup.addUsers(demo, "bench-login", threads, password);
      List<String> stockUsers = setup.addUsers(stockRealm, "bench-login", threads, password);

      BrowserLogin browser = new BrowserLogin(api.http(), config.baseUrl());
      LoginLoad demoLoad = new LoginLoad(browser, demoUsers, password);
      LoginLoad stockLoad = new LoginLoad(browser, stockUsers, password);
      BrowserLogin.Target ours = new BrowserLogin.Target("ours", demo, LoginSetup.OURS_CLIENT);
      BrowserLogin.Target stockFlow =
          new BrowserLogin.Target("stock flow", demo, LoginSetup.STOCK_FLOW_CLIENT);
      BrowserLogin.Target stock =
          new BrowserLogin.Target("stock realm", stockRealm, LoginSetup.OURS_CLIENT);
      List<BrowserLogin.Target> sides = List.of(ours, stockFlow, stock);
      Map<BrowserLogin.Target, LoginLoad> loads =
          Map.of(ours, demoLoad, stockFlow, demoLoad, stock, stockLoad);

      for (BrowserLogin.Target side : sides) {
        LoginRound warm = loads.get(side).run(side, threads, warmup);
        Progress.say("Warm-up, " + side.label() + ": " + warm.logins() + " sign-ins");
      }
      MachineCpu settleStart = MachineCpu.now();
      Thread.sleep(config.settle().toMillis());
      Progress.say(
          "Machine CPU busy while the server settled: " + MachineCpu.now().busySince(settleStart));

      String loadBefore = Progress.loadAverage();
      Map<String, List<LoginRound>> results = new LinkedHashMap<>();
      sides.forEach(side -> results.put(side.label(), new ArrayList<>()));
      for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < sides.size(); i++) {
          BrowserLogin.Target side = sides.get((i + r) % sides.size());
          MachineCpu start = MachineCpu.now();
          LoginRound round = loads.get(side).run(side, threads, window);
          results.get(side.label()).add(round);
          Progress.say(
              String.format(
                  java.util.Locale.ROOT,
                  "Round %d of %d, %s: %d sign-ins in %.1f s = %.1f/s; machine CPU busy %s, load %s",
                  r + 1,
                  rounds,
                  side.label(),
                  round.logins(),
                  round.seconds(),
                  round.perSecond(),
                  MachineCpu.now().busySince(start),
                  Progress.loadAverage()));
        }
      }
      report(results, threads, heap, loadBefore);
    } finally {
      Progress.say("Deleting realm " + stockRealm);
      api.deleteRealm(stockRealm);
    }
  }

  private static void expectOk(AdminApi.Reply reply, String what) throws java.io.IOException {
    if (!reply.ok()) {
      throw new java.io.IOException(what + ": HTTP " + reply.status());
    }
  }

  private static void report(
      Map<String, List<LoginRound>> results, int threads, String heap, String loadBefore) {
    System.out.println();
    System.out.println(
        "Browser sign-ins per second, "
            + threads
            + " client threads, server heap options: "
            + heap
            + " (median of the rounds; best; every round):");
    results.forEach(
        (side, rounds) ->
            System.out.println(
                String.format(
                    java.util.Locale.ROOT,
                    "  %-12s %6.1f/s   best %.1f/s   [%s]",
                    side,
                    LoginRound.median(rounds),
                    LoginRound.best(rounds),
                    LoginRound.each(rounds))));
    double ours = LoginRound.median(results.get("ours"));
    System.out.println(
        LoginRound.verdict(
            "ours / stock realm (median)", ours, LoginRound.median(results.get("stock realm"))));
    System.out.println(
        LoginRound.verdict(
            "ours / stock flow, same realm (median)",
            ours,
            LoginRound.median(results.get("stock flow"))));
    System.out.println(
        LoginRound.verdict(
            "ours / stock realm (best)",
            LoginRound.best(results.get("ours")),
            LoginRound.best(results.get("stock realm"))));
    System.out.println(
        "  load average (1/5/15 min): "
            + loadBefore
            + " before the rounds, "
            + Progress.loadAverage()
            + " after");
  }
}
