package io.github.passwordcare.benchmark.expiry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.passwordcare.benchmark.AdminApi;
import java.io.IOException;

/**
 * The stock way to find expiring passwords: page through {@code GET /users} and ask {@code GET
 * /users/{id}/credentials} for each user's password date. Walking 100,000 users takes far too long
 * for this machine, so a sample of users is walked and the time per user is extrapolated.
 */
final class UserWalk {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PAGE = 100;

  private final AdminApi api;
  private final String realm;

  UserWalk(AdminApi api, String realm) {
    this.api = api;
    this.realm = realm;
  }

  /** Seconds per user, over {@code sample} users read from offset {@code first}. */
  double secondsPerUser(int first, int sample) throws IOException, InterruptedException {
    long start = System.nanoTime();
    int walked = 0;
    for (int offset = first; walked < sample; offset += PAGE) {
      AdminApi.Reply page =
          api.call(
              "GET",
              "/admin/realms/"
                  + realm
                  + "/users?briefRepresentation=true&first="
                  + offset
                  + "&max="
                  + PAGE,
              null);
      for (JsonNode user : JSON.readTree(page.body())) {
        AdminApi.Reply credentials =
            api.call(
                "GET",
                "/admin/realms/" + realm + "/users/" + user.path("id").asText() + "/credentials",
                null);
        if (!credentials.ok()) {
          throw new IOException("credentials: HTTP " + credentials.status());
        }
        if (++walked == sample) {
          break;
        }
      }
    }
    return (System.nanoTime() - start) / 1e9 / walked;
  }
}
