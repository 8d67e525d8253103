package io.github.passwordcare.benchmark.expiry;

import io.github.passwordcare.benchmark.AdminApi;
import io.github.passwordcare.benchmark.Progress;
import java.io.IOException;

/**
 * Users with passwords of spread ages: each with a verified email and the same pre-hashed argon2
 * credential (no hash is computed), its {@code createdDate} spread evenly over {@link #SPREAD_DAYS}
 * days back from now, so a 90-day policy has about 14/120 of them in a 14-day window and a quarter
 * expired. Written by the benchmark probe ({@code probe.AgedUserSeedResource}) in batches of {@link
 * #BATCH}: the same rows a pre-hashed partial import writes, but partial import took about 20 ms
 * per user on this shared 2-core machine (35 minutes for 100,000).
 */
final class AgedUserSeed {

  static final int SPREAD_DAYS = 120;
  static final int BATCH = 10_000;

  private final AdminApi api;
  private final String realm;

  AgedUserSeed(AdminApi api, String realm) {
    this.api = api;
    this.realm = realm;
  }

  /** Adds users number {@code from} (inclusive) to {@code to} (exclusive). */
  void add(int from, int to) throws IOException, InterruptedException {
    long start = System.nanoTime();
    for (int batch = from; batch < to; batch += BATCH) {
      int end = Math.min(to, batch + BATCH);
      AdminApi.Reply reply =
          api.call(
              "POST",
              "/realms/master/password-care-bench-probe/aged-users?realm="
                  + realm
                  + "&from="
                  + batch
                  + "&to="
                  + end
                  + "&spreadDays="
                  + SPREAD_DAYS,
              null,
              600);
      if (!reply.ok()) {
        throw new IOException(
            "seeding: HTTP " + reply.status() + " " + AdminApi.abbreviate(reply.body()));
      }
      Progress.say(
          String.format(
              "seeded %d users (%.0f users/s)",
              end, (end - from) / ((System.nanoTime() - start) / 1e9)));
    }
  }
}
