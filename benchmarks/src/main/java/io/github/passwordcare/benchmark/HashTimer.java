package io.github.passwordcare.benchmark;

import java.io.IOException;

/**
 * Times one password hash before and after the phases, while the server is idle: inside the server
 * through the probe (the limit), and in this JVM with BouncyCastle (for reference, and the limit
 * when the server has no probe). The two differ: argon2 fills 7 MiB per hash, so its speed depends
 * on how warm the memory it gets is, which depends on the JVM's heap and garbage collector.
 */
final class HashTimer {

  private static final int SAMPLES = 40;
  private static final int PARALLEL_HASHES = 100;

  private final AdminApi api;
  private final String realm;
  private final int cores;
  private final HashCost client = new HashCost();
  private HashTiming.Measurement serverBefore;
  private HashTiming.Measurement clientBefore;
  private HashCosts server;
  private HashCosts clientCosts;

  HashTimer(AdminApi api, String realm, int cores) {
    this.api = api;
    this.realm = realm;
    this.cores = cores;
  }

  void timeBefore(int warmup) throws Exception {
    serverBefore = timeInServer(warmup);
    Progress.say("Timing one argon2 hash in this JVM while the server is idle");
    clientBefore = client.measure(warmup, SAMPLES, PARALLEL_HASHES, cores);
  }

  void timeAfter(int warmup) throws Exception {
    HashTiming.Measurement serverAfter = timeInServer(warmup);
    Progress.say("Timing one argon2 hash in this JVM again, server idle");
    clientCosts =
        new HashCosts(
            "benchmark JVM", clientBefore, client.measure(warmup, SAMPLES, PARALLEL_HASHES, cores));
    server =
        serverBefore == null || serverAfter == null
            ? null
            : new HashCosts("server, by the probe", serverBefore, serverAfter);
  }

  private HashTiming.Measurement timeInServer(int warmup) throws IOException, InterruptedException {
    Progress.say("Timing the realm's password hash inside the server (probe)");
    HashTiming.Measurement m = api.hashCostInServer(realm, warmup, SAMPLES, PARALLEL_HASHES);
    if (m == null) {
      Progress.say(
          "The server has no hash probe (benchmarks/run.sh installs it): the limit comes from"
              + " this JVM");
    }
    return m;
  }

  HashCosts server() {
    return server;
  }

  HashCosts client() {
    return clientCosts;
  }
}
