package io.github.passwordcare.production.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.passwordcare.production.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reminder job on two nodes: started on both at once, each due reminder goes out exactly once
 * (the cluster-wide lock lets one run go, the database remembers what was sent); with SMTP down
 * nothing is marked as sent, and the next run sends it. The daily timer fires on every node and
 * takes the same lock ({@code ReminderLock}) as {@code POST .../send-reminders}, which is what
 * starts a run here: a test cannot wait for the reminder hour.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
@ExtendWith(ClusterExtension.class)
class ClusterReminderIT {

  static final String SEND =
      "/admin/realms/" + TwoNodeCluster.REALM + "/password-care/expiring-passwords/send-reminders";

  private final TwoNodeCluster cluster;

  ClusterReminderIT(TwoNodeCluster cluster) {
    this.cluster = cluster;
  }

  @Test
  void runsStartedOnBothNodesAtOnceSendEachReminderOnce() throws Exception {
    try (DemoUsers users = new DemoUsers(cluster)) {
      List<String> aged = AgedUsers.dueForTheFirstReminder(cluster, users, 12);
      // The demo realm's own users may have reminders due too: a dry run counts them all.
      int due = dueNow();
      assertThat(due).isGreaterThanOrEqualTo(aged.size());
      List<HttpResponse<String>> answers = bothAtOnce();
      int sent = 0;
      for (HttpResponse<String> answer : answers) {
        assertThat(answer.statusCode()).as(answer.body()).isIn(200, 409);
        if (answer.statusCode() == 200) {
          sent += Http.json(answer).path("sent").asInt();
        }
      }
      System.out.printf(
          "[cluster] reminder runs at once: node 1 HTTP %d, node 2 HTTP %d, %d sent%n",
          answers.get(0).statusCode(), answers.get(1).statusCode(), sent);
      assertThat(sent).as("sent in total").isEqualTo(due);
      for (String user : aged) {
        assertThat(cluster.mail().awaitCount(DemoUsers.email(user), 1, 10_000))
            .as("reminders to " + user)
            .isEqualTo(1);
      }
      // A later run, on the other node, has nothing left to send.
      JsonNode again = send(2);
      assertThat(again.path("sent").asInt()).isZero();
      Thread.sleep(1000);
      for (String user : aged) {
        assertThat(cluster.mail().to(DemoUsers.email(user))).as(user).hasSize(1);
      }
    }
  }

  @Test
  void withSmtpDownNothingCountsAsSentAndTheNextRunSends() throws Exception {
    try (DemoUsers users = new DemoUsers(cluster)) {
      List<String> aged = AgedUsers.dueForTheFirstReminder(cluster, users, 3);
      int due = dueNow();
      cluster.pointSmtpAt(TwoNodeCluster.freePort());
      JsonNode down;
      try {
        down = send(1);
      } finally {
        cluster.pointSmtpAt(cluster.mail().port());
      }
      assertThat(down.path("sent").asInt()).isZero();
      assertThat(down.path("failed").asInt()).isEqualTo(due);
      for (String user : aged) {
        assertThat(cluster.mail().to(DemoUsers.email(user))).as(user).isEmpty();
      }
      JsonNode next = send(2);
      assertThat(next.path("sent").asInt()).isEqualTo(due);
      for (String user : aged) {
        assertThat(cluster.mail().awaitCount(DemoUsers.email(user), 1, 10_000)).isEqualTo(1);
      }
    }
  }

  /** How many reminders a run would send now (a dry run, which sends and records nothing). */
  private int dueNow() {
    HttpResponse<String> answer =
        cluster.node(1).http().send("POST", SEND, cluster.adminToken(1), "{\"dryRun\": true}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return Http.json(answer).path("sent").asInt();
  }

  private JsonNode send(int node) {
    HttpResponse<String> answer =
        cluster.node(node).http().send("POST", SEND, cluster.adminToken(node), "{}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return Http.json(answer);
  }

  private List<HttpResponse<String>> bothAtOnce() throws Exception {
    List<String> tokens = List.of(cluster.adminToken(1), cluster.adminToken(2));
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<HttpResponse<String>>> runs = new ArrayList<>();
    for (int n = 1; n <= 2; n++) {
      int node = n;
      runs.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return cluster.node(node).http().send("POST", SEND, tokens.get(node - 1), "{}");
              }));
    }
    start.countDown();
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> run : runs) {
      answers.add(run.get());
    }
    return answers;
  }
}
