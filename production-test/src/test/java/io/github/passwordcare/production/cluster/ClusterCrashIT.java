package io.github.passwordcare.production.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.passwordcare.production.Http;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A node killed (SIGKILL) in the middle of a bulk reset: each user is reset in a transaction of its
 * own, so every user is either fully reset (a new, temporary password) or untouched (the old
 * password, no required action), never half. The admin's call gets no answer; a re-run on the other
 * node at once skips the users as {@code in-progress} (the dead call's marks live on in the shared
 * store for their lifespan, 10 minutes) and changes nothing; after that the same call resets them
 * again. Node 1 is started again afterwards and rejoins the cluster.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
@ExtendWith(ClusterExtension.class)
class ClusterCrashIT {

  private static final int USERS = 150;
  private static final String USERS_PATH = "/admin/realms/" + TwoNodeCluster.REALM + "/users/";

  /** When the imported passwords were "set": far enough back to tell them from a reset's. */
  private final long importedAt = System.currentTimeMillis() - 86_400_000L;

  private final TwoNodeCluster cluster;

  ClusterCrashIT(TwoNodeCluster cluster) {
    this.cluster = cluster;
  }

  @Test
  void aNodeKilledMidBulkResetLeavesEveryUserResetOrUntouched() throws Exception {
    try (DemoUsers users = new DemoUsers(cluster)) {
      Map<String, String> ids = importUsers(users);
      List<String> names = List.copyOf(ids.keySet());
      String helpdesk =
          cluster
              .node(1)
              .http()
              .token(TwoNodeCluster.REALM, "helpdesk", TwoNodeCluster.DEMO_PASSWORD);
      String body = Http.toJson(Map.of("usernames", names, "mode", "generate"));
      int logOffset = Files.readString(cluster.node(2).log()).length();
      CompletableFuture<String> call =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return "HTTP "
                      + cluster
                          .node(1)
                          .http()
                          .send("POST", ClusterFaultIT.BULK_RESET, helpdesk, body)
                          .statusCode();
                } catch (RuntimeException e) {
                  return "no answer: " + e.getClass().getSimpleName();
                }
              });
      try {
        // Kill once one of the first users of the list has its new password: the call is under way.
        awaitNewPassword(names.subList(0, 5).stream().map(ids::get).toList());
        cluster.node(1).server().kill();
        String seen = call.get();
        System.out.println("[cluster] the admin's bulk reset call, node 1 killed: " + seen);

        Map<String, Integer> outcome = outcomes(ids);
        System.out.println("[cluster] users after the kill: " + outcome);
        assertThat(outcome.keySet()).as("reset or untouched only").isSubsetOf("reset", "untouched");

        // At once, on node 2: the dead call's marks still hold its users.
        HttpResponse<String> rerun =
            cluster
                .node(2)
                .http()
                .send(
                    "POST",
                    ClusterFaultIT.BULK_RESET,
                    cluster
                        .node(2)
                        .http()
                        .token(TwoNodeCluster.REALM, "helpdesk", TwoNodeCluster.DEMO_PASSWORD),
                    body);
        assertThat(rerun.statusCode()).as(rerun.body()).isEqualTo(200);
        Map<String, Integer> rows = new TreeMap<>();
        for (JsonNode row : Http.json(rerun).path("results")) {
          rows.merge(
              row.path("status").asText() + ":" + row.path("reason").asText(), 1, Integer::sum);
        }
        System.out.println("[cluster] re-run on node 2 at once: " + rows);
        assertThat(outcomes(ids)).as("the re-run changed nothing").isEqualTo(outcome);
      } finally {
        cluster.restart(1);
        ClusterView.awaitTwoMembersSince(cluster, logOffset);
      }
    }
  }

  private void awaitNewPassword(List<String> watched) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    String token = cluster.adminToken(2);
    Http http = cluster.node(2).http();
    while (watched.stream().allMatch(id -> passwordSetAt(http, token, id) == importedAt)) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("the bulk reset did not reach its first user within 60 s");
      }
      Thread.sleep(50);
    }
  }

  private static long passwordSetAt(Http http, String token, String id) {
    long setAt = 0;
    for (JsonNode credential : http.getJson(USERS_PATH + id + "/credentials", token)) {
      if ("password".equals(credential.path("type").asText())) {
        setAt = credential.path("createdDate").asLong();
      }
    }
    return setAt;
  }

  /** "reset" (a new temporary password) or "untouched" per user; anything else is half-done. */
  private Map<String, Integer> outcomes(Map<String, String> ids) {
    String token = cluster.adminToken(2);
    Http http = cluster.node(2).http();
    Map<String, Integer> counts = new TreeMap<>();
    for (String id : ids.values()) {
      JsonNode user = http.getJson(USERS_PATH + id, token);
      long passwordSetAt = passwordSetAt(http, token, id);
      boolean temporary = user.path("requiredActions").toString().contains("UPDATE_PASSWORD");
      boolean newPassword = passwordSetAt != importedAt;
      String state =
          newPassword && temporary
              ? "reset"
              : !newPassword && !temporary ? "untouched" : "HALF: new=" + newPassword;
      counts.merge(state, 1, Integer::sum);
    }
    return counts;
  }

  /** Imports the users through node 1; returns their ids by username. */
  private Map<String, String> importUsers(DemoUsers users) {
    String batch = UUID.randomUUID().toString().substring(0, 6);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      names.add("crash-" + batch + "-" + i);
    }
    Map<String, String> ids =
        AgedUsers.withPasswordSetAt(cluster, users, names, "Crash", "Test", importedAt);
    assertThat(ids).hasSize(USERS);
    return ids;
  }
}
