package io.github.passwordcare.production.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.passwordcare.production.Http;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a realm on two nodes must share, each shown by a user-visible outcome: an SSPR flow that
 * changes node half-way, the SSPR throttles counted once for both nodes, a bulk reset on one node
 * ending sessions held on the other, and settings saved on one node in force on the other at once.
 * Reminders: {@link ClusterReminderIT}.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
@ExtendWith(ClusterExtension.class)
class ClusterIT {

  static final String WRONG = "00000000";
  private static final String SETTINGS =
      "/admin/realms/" + TwoNodeCluster.REALM + "/password-care/settings";

  private final TwoNodeCluster cluster;

  ClusterIT(TwoNodeCluster cluster) {
    this.cluster = cluster;
  }

  @Test
  void ssprStartedOnNode1FinishesOnNode2() throws Exception {
    try (DemoUsers users = new DemoUsers(cluster);
        ClusterBrowser browser = new ClusterBrowser(cluster.node(1))) {
      String user = users.create("sspr-hop");
      String email = DemoUsers.email(user);
      int before = cluster.mail().to(email).size();
      browser.forgotPassword().username(user).method("email");
      assertThat(browser.has("password-care-sspr-code-form")).as(browser.text()).isTrue();
      String code = cluster.mail().nextCode(email, before);

      // The auth session lives in the distributed cache: node 2 knows the code sent by node 1.
      browser.on(cluster.node(2)).code(code);
      assertThat(browser.url()).contains(":" + cluster.node(2).httpPort() + "/");
      assertThat(browser.has("kc-passwd-update-form")).as(browser.text()).isTrue();
      String fresh = "Cluster-Hop-" + System.nanoTime() + "!a";
      browser.newPassword(fresh);
      assertThat(browser.status()).isLessThan(500);

      for (TwoNodeCluster.Node node : cluster.nodes()) {
        assertThat(node.http().passwordGrant(TwoNodeCluster.REALM, user, fresh).statusCode())
            .as("new password on " + node.name())
            .isEqualTo(200);
        assertThat(
                node.http()
                    .passwordGrant(TwoNodeCluster.REALM, user, TwoNodeCluster.DEMO_PASSWORD)
                    .statusCode())
            .as("old password on " + node.name())
            .isEqualTo(401);
      }
    }
  }

  /**
   * Defaults: 3 wrong tries per code, 5 failed verifications lock. Alternating nodes, the lock
   * comes at the fifth failure in total; counters kept per node would allow ten.
   */
  @Test
  void wrongCodesAreCountedOnceForBothNodes() throws Exception {
    try (DemoUsers users = new DemoUsers(cluster);
        ClusterBrowser browser = new ClusterBrowser(cluster.node(1))) {
      String user = users.create("sspr-guess");
      String email = DemoUsers.email(user);
      int before = cluster.mail().to(email).size();
      browser.forgotPassword().username(user).method("email");
      String code = cluster.mail().nextCode(email, before);
      browser.on(cluster.node(2)).code(WRONG).on(cluster.node(1)).code(WRONG);
      assertThat(browser.text()).contains("The code is not correct. Try again.");
      browser.on(cluster.node(2)).code(WRONG);
      assertThat(browser.text()).contains("Too many wrong codes.");

      browser.on(cluster.node(1)).method("email");
      cluster.mail().nextCode(email, before + 1);
      browser.on(cluster.node(2)).code(code); // the first, burnt code: failure 4
      assertThat(browser.text()).contains("The code is not correct.");
      browser.on(cluster.node(1)).code(WRONG); // failure 5
      assertThat(browser.text())
          .contains("We cannot reset the password of this account right now.");

      for (TwoNodeCluster.Node node : cluster.nodes()) {
        try (ClusterBrowser again = new ClusterBrowser(node)) {
          again.forgotPassword().username(user).method("email");
          assertThat(again.text())
              .as("locked on " + node.name())
              .contains("We cannot reset the password of this account right now.");
        }
      }
    }
  }

  /** Default: 10 code emails per 10 minutes per account, whichever node sends them. */
  @Test
  void theEmailAllowanceIsSharedByBothNodes() throws Exception {
    try (DemoUsers users = new DemoUsers(cluster);
        ClusterBrowser browser = new ClusterBrowser(cluster.node(1))) {
      String user = users.create("sspr-mails");
      String email = DemoUsers.email(user);
      browser.forgotPassword().username(user);
      for (int i = 0; i < 10; i++) {
        browser.on(cluster.node(1 + i % 2)).method("email");
        assertThat(browser.has("password-care-sspr-code-form")).as("request %d", i + 1).isTrue();
        browser.back();
      }
      browser.on(cluster.node(1)).method("email");
      assertThat(browser.text()).contains("Too many codes were requested for this account.");
      try (ClusterBrowser other = new ClusterBrowser(cluster.node(2))) {
        other.forgotPassword().username(user).method("email");
        assertThat(other.text())
            .as("a new attempt on node 2")
            .contains("Too many codes were requested for this account.");
      }
      assertThat(cluster.mail().awaitCount(email, 10, 20_000)).isEqualTo(10);
      Thread.sleep(1000);
      assertThat(cluster.mail().to(email)).hasSize(10);
    }
  }

  /** Default: 5 SMS per hour per account, whichever node sends them. */
  @Test
  void theSmsAllowanceIsSharedByBothNodes() throws Exception {
    String phone = "+3161" + String.format("%07d", (int) (Math.random() * 9_999_999));
    try (DemoUsers users = new DemoUsers(cluster);
        ClusterBrowser browser = new ClusterBrowser(cluster.node(1))) {
      String user = users.withPhone("sspr-sms", phone);
      browser.forgotPassword().username(user);
      for (int i = 0; i < 5; i++) {
        browser.on(cluster.node(2 - i % 2)).method("sms");
        assertThat(browser.has("password-care-sspr-code-form"))
            .as("request %d: %s", i + 1, browser.text())
            .isTrue();
        browser.back();
      }
      browser.on(cluster.node(1)).method("sms");
      assertThat(browser.text()).contains("Too many codes were requested for this account.");
      try (ClusterBrowser other = new ClusterBrowser(cluster.node(2))) {
        other.forgotPassword().username(user).method("sms");
        assertThat(other.text())
            .as("a new attempt on node 2")
            .contains("Too many codes were requested for this account.");
      }
      long deadline = System.currentTimeMillis() + 20_000;
      while (cluster.sms().to(phone).size() < 5 && System.currentTimeMillis() < deadline) {
        Thread.sleep(100);
      }
      Thread.sleep(1000);
      assertThat(cluster.sms().to(phone)).hasSize(5);
    }
  }

  @Test
  void aBulkResetOnNode1EndsSessionsHeldOnNode2() throws Exception {
    try (DemoUsers users = new DemoUsers(cluster)) {
      String user = users.create("bulk-session");
      Http node2 = cluster.node(2).http();
      HttpResponse<String> login =
          node2.passwordGrant(TwoNodeCluster.REALM, user, TwoNodeCluster.DEMO_PASSWORD);
      assertThat(login.statusCode()).isEqualTo(200);
      String refreshToken = Http.json(login).path("refresh_token").asText();
      assertThat(refresh(node2, refreshToken).statusCode()).as("refresh before").isEqualTo(200);
      // Keycloak's "not before" has a resolution of one second.
      Thread.sleep(1100);

      String helpdesk =
          cluster
              .node(1)
              .http()
              .token(TwoNodeCluster.REALM, "helpdesk", TwoNodeCluster.DEMO_PASSWORD);
      String body =
          Http.toJson(
              Map.of("usernames", List.of(user), "mode", "generate", "logoutSessions", true));
      HttpResponse<String> reset =
          cluster
              .node(1)
              .http()
              .send(
                  "POST",
                  "/admin/realms/" + TwoNodeCluster.REALM + "/password-care/bulk-reset",
                  helpdesk,
                  body);
      assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
      assertThat(Http.json(reset).path("results").path(0).path("status").asText())
          .isEqualTo("reset");

      HttpResponse<String> after = refresh(node2, refreshToken);
      assertThat(after.statusCode()).as("refresh on node 2 after the reset").isEqualTo(400);
      assertThat(after.body()).contains("invalid_grant");
    }
  }

  @Test
  void settingsSavedOnNode1ApplyOnNode2AtOnce() throws Exception {
    String admin2 = cluster.adminToken(2);
    // Read on node 2 first, so that node 2 has the realm and its settings in its caches.
    int length = cluster.node(2).http().getJson(SETTINGS, admin2).path("ssprCodeLength").asInt();
    int changed = length == 9 ? 10 : 9;
    try (DemoUsers users = new DemoUsers(cluster)) {
      put(1, Map.of("ssprCodeLength", changed));
      assertThat(
              cluster
                  .node(2)
                  .http()
                  .getJson(SETTINGS, cluster.adminToken(2))
                  .path("ssprCodeLength")
                  .asInt())
          .isEqualTo(changed);
      // And the flow served by node 2 uses it: its code has the new length.
      String user = users.create("settings-hop");
      String email = DemoUsers.email(user);
      try (ClusterBrowser browser = new ClusterBrowser(cluster.node(2))) {
        browser.forgotPassword().username(user).method("email");
        assertThat(cluster.mail().nextCode(email, 0)).hasSize(changed);
      }
    } finally {
      put(1, Map.of("ssprCodeLength", length));
    }
  }

  private void put(int node, Map<String, Object> settings) {
    HttpResponse<String> saved =
        cluster
            .node(node)
            .http()
            .send("PUT", SETTINGS, cluster.adminToken(node), Http.toJson(settings));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
  }

  static HttpResponse<String> refresh(Http http, String refreshToken) {
    return http.sendForm(
        "/realms/" + TwoNodeCluster.REALM + "/protocol/openid-connect/token",
        "grant_type=refresh_token&client_id=admin-cli&refresh_token="
            + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8));
  }

  static JsonNode json(HttpResponse<String> response) {
    return Http.json(response);
  }
}
