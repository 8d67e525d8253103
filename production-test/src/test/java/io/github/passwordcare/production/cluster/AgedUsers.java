package io.github.passwordcare.production.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.passwordcare.production.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Demo-realm users whose password was set long ago, so that the realm's expiry policy (90 days,
 * reminders at 14, 7 and 1 days) has a reminder due for them: imported by partial import with a
 * back-dated password credential (an argon2 hash of some password: these users never sign in).
 */
final class AgedUsers {

  private static final long DAY_MS = 86_400_000L;
  static final String SECRET_DATA =
      "{\"value\":\"Q5oc008OEuZoD7aGVOA0NKL0lu+1fQlStM/Q29ctFOc=\","
          + "\"salt\":\"U5oJpjyKTNc2XB/eE/BD6A==\",\"additionalParameters\":{}}";
  static final String CREDENTIAL_DATA =
      "{\"hashIterations\":5,\"algorithm\":\"argon2\",\"additionalParameters\":{"
          + "\"hashLength\":[\"32\"],\"memory\":[\"7168\"],\"type\":[\"id\"],"
          + "\"version\":[\"1.3\"],\"parallelism\":[\"1\"]}}";

  private AgedUsers() {}

  /** Imports {@code count} users whose passwords expire in 13.5 days; returns their usernames. */
  static List<String> dueForTheFirstReminder(TwoNodeCluster cluster, DemoUsers users, int count) {
    long setAt = System.currentTimeMillis() - 90 * DAY_MS + Math.round(13.5 * DAY_MS);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add("aged-" + UUID.randomUUID().toString().substring(0, 8));
    }
    withPasswordSetAt(cluster, users, names, "Aged", "User", setAt);
    return names;
  }

  /**
   * Imports users (verified demo-realm addresses) through node 1 by partial import, each with a
   * password credential created at {@code setAt} (epoch ms); returns their ids by username.
   */
  static Map<String, String> withPasswordSetAt(
      TwoNodeCluster cluster,
      DemoUsers users,
      List<String> usernames,
      String firstName,
      String lastName,
      long setAt) {
    ObjectNode body = ClusterMail.JSON.createObjectNode();
    body.put("ifResourceExists", "FAIL");
    ArrayNode list = body.putArray("users");
    for (String username : usernames) {
      ObjectNode user = list.addObject();
      user.put("username", username);
      user.put("enabled", true);
      user.put("firstName", firstName);
      user.put("lastName", lastName);
      user.put("email", DemoUsers.email(username));
      user.put("emailVerified", true);
      user.putArray("credentials")
          .addObject()
          .put("type", "password")
          .put("createdDate", setAt)
          .put("secretData", SECRET_DATA)
          .put("credentialData", CREDENTIAL_DATA);
    }
    HttpResponse<String> imported =
        cluster
            .node(1)
            .http()
            .send(
                "POST",
                "/admin/realms/" + TwoNodeCluster.REALM + "/partialImport",
                cluster.adminToken(1),
                body.toString());
    if (imported.statusCode() != 200) {
      throw new IllegalStateException(
          "partial import: HTTP " + imported.statusCode() + ": " + imported.body());
    }
    Map<String, String> ids = new TreeMap<>();
    for (JsonNode result : Http.json(imported).path("results")) {
      users.adopt(result.path("id").asText());
      ids.put(result.path("resourceName").asText(), result.path("id").asText());
    }
    return ids;
  }
}
