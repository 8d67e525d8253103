package io.github.passwordcare.benchmark.expiry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.passwordcare.benchmark.AdminApi;
import io.github.passwordcare.benchmark.BenchmarkConfig;
import io.github.passwordcare.benchmark.Progress;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The expiring-passwords report against per-user iteration, and the reminder job's dry run and the
 * heap it adds, at {@code BENCH_EXPIRY_CHECKPOINT} (10,000) and {@code BENCH_EXPIRY_USERS}
 * (100,000) users with passwords of spread ages (see benchmarks/README.md). Targets: the report's
 * first page under 1 s and at least 50x faster than walking the users; the dry run's heap flat
 * between the two sizes.
 */
public final class ExpiryReportBenchmark {

  static final String POLICY = "password-care-expiry(90) and password-care-expiry-notice(14)";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Dry runs repeat under forced GCs until this many GCs saw them, so a short run is sampled too.
   */
  static final int LIVE_MIN_GCS = 60;

  static final int LIVE_MAX_RUNS = 40;

  /** "Flat": the live heap added at the larger size exceeds the smaller's by less than this. */
  static final double FLAT_MIB = 8;

  private ExpiryReportBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchmarkConfig config = BenchmarkConfig.fromEnvironment(System.getenv());
    Map<String, String> env = System.getenv();
    int total = BenchmarkConfig.bounded(env, "BENCH_EXPIRY_USERS", 100_000, 1_000, 200_000);
    int checkpoint = BenchmarkConfig.bounded(env, "BENCH_EXPIRY_CHECKPOINT", 10_000, 1_000, total);
    int sample = BenchmarkConfig.bounded(env, "BENCH_EXPIRY_WALK_SAMPLE", 500, 100, 10_000);
    long pid = Long.parseLong(env.getOrDefault("BENCH_SERVER_PID", "0"));
    String realm = config.benchRealm() + "-expiry";
    AdminApi api = AdminApi.connect(config);
    Progress.say(
        "Expiry benchmark: " + config.baseUrl() + ", realm " + realm + ", " + total + " users");
    api.deleteRealm(realm);
    api.createRealm(Map.of("realm", realm, "enabled", true, "passwordPolicy", POLICY));
    List<String> lines = new ArrayList<>();
    List<Double> liveAdded = new ArrayList<>();
    try {
      AgedUserSeed seed = new AgedUserSeed(api, realm);
      long seedStart = System.nanoTime();
      seed.add(0, checkpoint);
      lines.addAll(measure(api, realm, checkpoint, pid, 0, liveAdded));
      seed.add(checkpoint, total);
      lines.add(
          String.format(
              Locale.ROOT,
              "  seeding %d users (pre-hashed, through the benchmark probe): %.0f s",
              total,
              (System.nanoTime() - seedStart) / 1e9));
      lines.addAll(measure(api, realm, total, pid, sample, liveAdded));
      if (liveAdded.size() == 2) {
        lines.add(
            String.format(
                Locale.ROOT,
                "  dry run's live heap added, %d users against %d: %+.1f MiB against %+.1f MiB,"
                    + " difference %+.1f MiB (target: flat, difference < %.0f MiB)  %s",
                total,
                checkpoint,
                liveAdded.get(1),
                liveAdded.get(0),
                liveAdded.get(1) - liveAdded.get(0),
                FLAT_MIB,
                liveAdded.get(1) - liveAdded.get(0) < FLAT_MIB ? "PASS" : "MISS"));
      }
    } finally {
      // Print the figures first: removing 100,000 users can outlast the client's timeout.
      lines.forEach(System.out::println);
      Progress.say("Deleting realm " + realm);
      AdminApi.Reply deleted = api.call("DELETE", "/admin/realms/" + realm, null, 600);
      if (!deleted.ok()) {
        Progress.say("Realm " + realm + " not deleted: HTTP " + deleted.status());
      }
    }
  }

  private static List<String> measure(
      AdminApi api, String realm, int users, long pid, int sample, List<Double> liveAdded)
      throws Exception {
    String report = "/admin/realms/" + realm + "/password-care/expiring-passwords";
    List<Double> firstPage = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < 7; i++) {
      long start = System.nanoTime();
      AdminApi.Reply reply = api.call("GET", report + "?withinDays=14&first=0&max=100", null);
      firstPage.add((System.nanoTime() - start) / 1e9);
      if (!reply.ok()) {
        throw new IOException("report: HTTP " + reply.status() + " " + reply.body());
      }
      total = JSON.readTree(reply.body()).path("total").asLong();
    }
    double pageSeconds = median(firstPage.subList(2, firstPage.size())); // 2 warm-up calls
    long csvStart = System.nanoTime();
    AdminApi.Reply csv = api.get(report + "?withinDays=14", "text/csv", Duration.ofMinutes(10));
    double csvSeconds = (System.nanoTime() - csvStart) / 1e9;
    long csvRows = csv.body().lines().count() - 1;

    double[] dry = new double[1];
    JsonNode[] outcome = new JsonNode[1];
    Runnable dryRun =
        () -> {
          try {
            long start = System.nanoTime();
            AdminApi.Reply reply =
                api.call("POST", report + "/send-reminders", Map.of("dryRun", true), 600);
            dry[0] = (System.nanoTime() - start) / 1e9;
            if (!reply.ok()) {
              throw new IOException("dry run: HTTP " + reply.status() + " " + reply.body());
            }
            outcome[0] = JSON.readTree(reply.body());
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        };
    List<String> heapLines = new ArrayList<>();
    double dryTimed;
    if (pid > 0) {
      try (ServerHeap heap = new ServerHeap(pid)) {
        long base = heap.afterFullGc();
        long peak = heap.peakDuring(dryRun);
        dryTimed = dry[0];
        long afterPeak = heap.afterFullGc();
        // The live heap: forced full collections during repeated dry runs (timed apart).
        ServerHeap.Live live = heap.peakLiveDuring(dryRun, LIVE_MIN_GCS, LIVE_MAX_RUNS);
        long after = heap.afterFullGc();
        liveAdded.add(mib(live.peakBytes() - base));
        heapLines.add(
            String.format(
                Locale.ROOT,
                "  server heap: %.0f MiB after a full GC before; peak %.0f MiB during the dry run"
                    + " (+%.0f MiB, garbage included, jstat every 50 ms); %.0f MiB after a full GC",
                mib(base),
                mib(peak),
                mib(peak - base),
                mib(afterPeak)));
        heapLines.add(
            String.format(
                Locale.ROOT,
                "  live heap during %d dry runs (a full GC every %d ms, %d GCs): peak %.0f MiB"
                    + " (+%.1f MiB over the heap before); %.0f MiB after a full GC after",
                live.calls(),
                ServerHeap.LIVE_PAUSE_MS,
                live.collections(),
                mib(live.peakBytes()),
                mib(live.peakBytes() - base),
                mib(after)));
      }
    } else {
      dryRun.run();
      dryTimed = dry[0];
    }

    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add("Expiry figures at " + users + " users (" + total + " expire within 14 days):");
    lines.add(
        String.format(
            Locale.ROOT, "  report, first page of 100 (median of 5): %.3f s", pageSeconds));
    lines.add(
        String.format(Locale.ROOT, "  report, full CSV (%d rows): %.2f s", csvRows, csvSeconds));
    lines.add(
        String.format(
            Locale.ROOT,
            "  reminder dry run: %.2f s, %d reminders due, %d listed, truncated %s",
            dryTimed,
            outcome[0].path("sent").asInt(),
            outcome[0].path("reminders").size(),
            outcome[0].path("truncated").asBoolean()));
    lines.addAll(heapLines);
    if (sample > 0) {
      double perUser = new UserWalk(api, realm).secondsPerUser(users / 2, sample);
      double walk = perUser * users;
      lines.add(
          String.format(
              Locale.ROOT,
              "  per-user walk (GET /users + GET /users/{id}/credentials): %.2f ms per user over"
                  + " a sample of %d, extrapolated to %d users: %.0f s",
              perUser * 1000,
              sample,
              users,
              walk));
      lines.add("");
      lines.add("Targets:");
      lines.add(
          String.format(
              Locale.ROOT,
              "  report first page < 1 s: %.3f s  %s",
              pageSeconds,
              pageSeconds < 1 ? "PASS" : "MISS"));
      lines.add(
          String.format(
              Locale.ROOT,
              "  report first page vs per-user walk: %.0fx faster (target >= 50x)  %s",
              walk / pageSeconds,
              walk / pageSeconds >= 50 ? "PASS" : "MISS"));
    }
    Progress.say(String.join("\n", lines));
    return lines;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static double mib(long bytes) {
    return bytes / 1024.0 / 1024.0;
  }
}
