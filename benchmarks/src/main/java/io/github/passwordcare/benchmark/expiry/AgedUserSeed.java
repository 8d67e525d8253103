package io.github.passwordcare.benchmark.expiry;

import io.github.passwordcare.benchmark.AdminApi;
import io.github.passwordcare.benchmark.Progress;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Users with passwords of spread ages, added by partial import in batches: each carries the same
 * pre-hashed argon2 credential (no hash is computed) with its own {@code createdDate}, spread
 * evenly over {@link #SPREAD_DAYS} days back from now, so a 90-day policy has about 14/120 of them
 * in a 14-day window and a quarter expired.
 */
final class AgedUserSeed {

  static final int SPREAD_DAYS = 120;
  static final int BATCH = 1000;
  private static final long DAY_MS = 86_400_000L;
  private static final String SECRET_DATA =
      "{\"value\":\"Q5oc008OEuZoD7aGVOA0NKL0lu+1fQlStM/Q29ctFOc=\","
          + "\"salt\":\"U5oJpjyKTNc2XB/eE/BD6A==\",\"additionalParameters\":{}}";
  private static final String CREDENTIAL_DATA =
      "{\"hashIterations\":5,\"algorithm\":\"argon2\",\"additionalParameters\":{"
          + "\"hashLength\":[\"32\"],\"memory\":[\"7168\"],\"type\":[\"id\"],"
          + "\"version\":[\"1.3\"],\"parallelism\":[\"1\"]}}";

  private final AdminApi api;
  private final String realm;
  private final long now = System.currentTimeMillis();

  AgedUserSeed(AdminApi api, String realm) {
    this.api = api;
    this.realm = realm;
  }

  /** Adds users number {@code from} (inclusive) to {@code to} (exclusive) of {@code total}. */
  void add(int from, int to, int total) throws IOException, InterruptedException {
    long start = System.nanoTime();
    for (int batch = from; batch < to; batch += BATCH) {
      List<Map<String, Object>> users = new ArrayList<>();
      for (int i = batch; i < Math.min(to, batch + BATCH); i++) {
        users.add(user(i, total));
      }
      AdminApi.Reply reply =
          api.call(
              "POST",
              "/admin/realms/" + realm + "/partialImport",
              Map.of("ifResourceExists", "FAIL", "users", users),
              300);
      if (!reply.ok()) {
        throw new IOException(
            "partial import: HTTP " + reply.status() + " " + AdminApi.abbreviate(reply.body()));
      }
      int done = Math.min(to, batch + BATCH);
      if (done % 10_000 == 0 || done == to) {
        Progress.say(
            String.format(
                "seeded %d users (%.0f users/s)",
                done, (done - from) / ((System.nanoTime() - start) / 1e9)));
      }
    }
  }

  private Map<String, Object> user(int i, int total) {
    String name = String.format("aged-%06d", i);
    long age = (long) ((double) i / total * SPREAD_DAYS * DAY_MS);
    return Map.of(
        "username",
        name,
        "enabled",
        true,
        "email",
        name + "@bench.localhost",
        "emailVerified",
        true,
        "credentials",
        List.of(
            Map.of(
                "type",
                "password",
                "createdDate",
                now - age,
                "secretData",
                SECRET_DATA,
                "credentialData",
                CREDENTIAL_DATA)));
  }
}
