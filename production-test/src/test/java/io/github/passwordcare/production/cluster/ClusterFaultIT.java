package io.github.passwordcare.production.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.passwordcare.production.Http;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What users and admins see when a piece around the cluster fails: SMTP down (bulk email-link,
 * SSPR), the SMS gateway answering 500 or hanging, PostgreSQL restarted while the nodes run. Each
 * time: a clear failure, nothing changed, and back to normal once the piece is back. The node
 * killed in the middle of a bulk reset: {@link ClusterCrashIT}. Reminders with SMTP down: {@link
 * ClusterReminderIT}.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
@ExtendWith(ClusterExtension.class)
class ClusterFaultIT {

  static final String BULK_RESET =
      "/admin/realms/" + TwoNodeCluster.REALM + "/password-care/bulk-reset";
  private static final String NOT_SENT = "We could not send the code. Try again later";

  private final TwoNodeCluster cluster;

  ClusterFaultIT(TwoNodeCluster cluster) {
    this.cluster = cluster;
  }

  @Test
  void smtpDownDuringABulkEmailLinkResetFailsPerUserAndChangesNothing() throws Exception {
    try (DemoUsers users = new DemoUsers(cluster)) {
      List<String> names = List.of(users.create("link-a"), users.create("link-b"));
      cluster.pointSmtpAt(TwoNodeCluster.freePort());
      HttpResponse<String> reset;
      try {
        reset =
            cluster
                .node(1)
                .http()
                .send(
                    "POST",
                    BULK_RESET,
                    helpdesk(1),
                    Http.toJson(Map.of("usernames", names, "mode", "email-link")));
      } finally {
        cluster.pointSmtpAt(cluster.mail().port());
      }
      assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
      for (JsonNode row : Http.json(reset).path("results")) {
        assertThat(row.path("status").asText()).as(row.toString()).isEqualTo("failed");
        assertThat(row.toString()).contains("email could not be sent");
      }
      for (String name : names) {
        JsonNode user =
            cluster
                .node(2)
                .http()
                .getJson(
                    "/admin/realms/" + TwoNodeCluster.REALM + "/users/" + users.id(name),
                    cluster.adminToken(2));
        assertThat(user.path("requiredActions").toString()).doesNotContain("UPDATE_PASSWORD");
        assertThat(
                cluster
                    .node(2)
                    .http()
                    .passwordGrant(TwoNodeCluster.REALM, name, TwoNodeCluster.DEMO_PASSWORD)
                    .statusCode())
            .as("password of " + name + " unchanged")
            .isEqualTo(200);
      }
    }
  }

  /** The code is sent in the background: the attempt's next step, on any node, says it failed. */
  @Test
  void smtpDownDuringSsprShowsTryAgainLaterOnTheOtherNode() throws Exception {
    try (DemoUsers users = new DemoUsers(cluster);
        ClusterBrowser browser = new ClusterBrowser(cluster.node(1))) {
      String user = users.create("sspr-smtp-down");
      cluster.pointSmtpAt(TwoNodeCluster.freePort());
      try {
        browser.forgotPassword().username(user).method("email");
        assertThat(browser.has("password-care-sspr-code-form")).as(browser.text()).isTrue();
        Thread.sleep(3000);
        browser.on(cluster.node(2)).code(ClusterIT.WRONG);
      } finally {
        cluster.pointSmtpAt(cluster.mail().port());
      }
      assertThat(browser.status()).isLessThan(500);
      assertThat(browser.text()).contains(NOT_SENT);
      assertThat(cluster.mail().to(DemoUsers.email(user))).isEmpty();
      passwordUnchanged(user);
    }
  }

  @Test
  void smsGatewayAnswering500ShowsTryAgainLater() throws Exception {
    smsGatewayFault(SmsGateway.Mode.FAIL);
  }

  /** The sender gives up after its read timeout (3 s here); the page never waited for it. */
  @Test
  void smsGatewayHangingShowsTryAgainLaterAfterTheTimeout() throws Exception {
    smsGatewayFault(SmsGateway.Mode.HANG);
  }

  private void smsGatewayFault(SmsGateway.Mode mode) throws Exception {
    String phone = "+3162" + String.format("%07d", (int) (Math.random() * 9_999_999));
    try (DemoUsers users = new DemoUsers(cluster);
        ClusterBrowser browser = new ClusterBrowser(cluster.node(2))) {
      String user = users.withPhone("sspr-sms-" + mode.name().toLowerCase(), phone);
      cluster.sms().mode(mode);
      try {
        browser.forgotPassword().username(user);
        long begin = System.nanoTime();
        browser.method("sms");
        long pageMillis = (System.nanoTime() - begin) / 1_000_000;
        assertThat(browser.has("password-care-sspr-code-form")).as(browser.text()).isTrue();
        assertThat(pageMillis).as("the page does not wait for the gateway").isLessThan(2500);
        Thread.sleep(TwoNodeCluster.SMS_READ_TIMEOUT_MILLIS + 2000);
        browser.on(cluster.node(1)).code(ClusterIT.WRONG);
      } finally {
        cluster.sms().mode(SmsGateway.Mode.OK);
      }
      assertThat(browser.status()).isLessThan(500);
      assertThat(browser.text()).contains(NOT_SENT);
      assertThat(cluster.sms().to(phone)).as("the gateway was asked once").hasSize(1);
      passwordUnchanged(user);
    }
  }

  /**
   * PostgreSQL stopped under the running nodes: requests that need it fail with an error status (no
   * hang, no 200 with wrong data); once it is back, both nodes serve again without a restart.
   */
  @Test
  void postgresRestartedMidRunRequestsFailCleanlyAndRecover() throws Exception {
    try (DemoUsers users = new DemoUsers(cluster)) {
      String user = users.create("pg-restart");
      String admin1 = cluster.adminToken(1);
      String admin2 = cluster.adminToken(2);
      String userPath = "/admin/realms/" + TwoNodeCluster.REALM + "/users?max=1&search=" + user;
      cluster.postgres().stopServer();
      try {
        for (TwoNodeCluster.Node node : cluster.nodes()) {
          long begin = System.nanoTime();
          HttpResponse<String> grant =
              node.http().passwordGrant(TwoNodeCluster.REALM, user, TwoNodeCluster.DEMO_PASSWORD);
          long millis = (System.nanoTime() - begin) / 1_000_000;
          System.out.printf(
              "[cluster] PostgreSQL down: password grant on %s: HTTP %d after %d ms%n",
              node.name(), grant.statusCode(), millis);
          // A sign-in may still be answered from the caches; if not, with an error status.
          assertThat(grant.statusCode()).as("sign-in without a database").isIn(200, 401, 500, 503);
          assertThat(grant.body()).doesNotContain("Exception").doesNotContain("at org.");
        }
        HttpResponse<String> search = cluster.node(2).http().send("GET", userPath, admin2, null);
        System.out.printf(
            "[cluster] PostgreSQL down: admin user search: HTTP %d%n", search.statusCode());
        assertThat(search.statusCode()).as("admin search without a database").isGreaterThan(499);
        assertThat(search.body()).doesNotContain("Exception").doesNotContain("at org.");
      } finally {
        cluster.postgres().startServer();
      }
      long deadline = System.currentTimeMillis() + 90_000;
      boolean back = false;
      while (!back && System.currentTimeMillis() < deadline) {
        back = true;
        for (TwoNodeCluster.Node node : cluster.nodes()) {
          back &=
              node.http()
                      .passwordGrant(TwoNodeCluster.REALM, user, TwoNodeCluster.DEMO_PASSWORD)
                      .statusCode()
                  == 200;
        }
        if (!back) {
          Thread.sleep(1000);
        }
      }
      assertThat(back).as("both nodes sign users in again within 90 s").isTrue();
      assertThat(cluster.node(1).http().send("GET", userPath, admin1, null).statusCode())
          .isEqualTo(200);
    }
  }

  private void passwordUnchanged(String user) {
    for (TwoNodeCluster.Node node : cluster.nodes()) {
      assertThat(
              node.http()
                  .passwordGrant(TwoNodeCluster.REALM, user, TwoNodeCluster.DEMO_PASSWORD)
                  .statusCode())
          .as("password unchanged, on " + node.name())
          .isEqualTo(200);
    }
  }

  String helpdesk(int node) {
    return cluster
        .node(node)
        .http()
        .token(TwoNodeCluster.REALM, "helpdesk", TwoNodeCluster.DEMO_PASSWORD);
  }
}
