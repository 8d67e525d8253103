package io.github.passwordcare.it.bulkreset;

import static io.github.passwordcare.it.bulkreset.BulkResetClient.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.passwordcare.it.PasswordCareServerConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * With the mail server unreachable, users who were to be notified are reported failed and keep
 * their old password and their sessions: nothing is half-done.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class BulkResetSmtpDownIT extends AbstractBulkResetIT {

  @Test
  void failedNotificationRollsTheUserBack() throws Exception {
    String u1 = users().create("smtp");
    String u2 = users().create("smtp");
    RealmRepresentation demo = admin.realm(DEMO_REALM).toRepresentation();
    Map<String, String> smtp = new HashMap<>(demo.getSmtpServer());
    try (BackchannelLogoutStub app = new BackchannelLogoutStub(admin.realm(DEMO_REALM))) {
      // Signed in before the reset, also to an app that hears of sign-outs: a rolled-back user
      // must keep its session and must not be signed out of the app either.
      String username = users().username(u1);
      SignedInUser signedIn =
          SignedInUser.signIn(urls.getBase(), app.clientId, username, DEMO_PASSWORD);
      smtpPort(demo, "1"); // nothing listens there
      JsonNode notify = reset("realm-admin", "userIds", List.of(u1), "notifyUser", true);
      JsonNode link =
          reset(
              "realm-admin", "userIds", List.of(u2), "mode", "email-link", "logoutSessions", true);

      for (var r : List.of(row(notify, u1), row(link, u2))) {
        assertThat(r.path("status").asText()).isEqualTo("failed");
        assertThat(r.has("temporaryPassword")).isFalse();
      }
      assertThat(row(notify, u1).path("reason").asText()).contains("password unchanged");
      // Before any new sign-in below: the one session of u1 is still there and still works.
      assertThat(admin.realm(DEMO_REALM).users().get(u1).getUserSessions()).hasSize(1);
      assertThat(signedIn.refresh().statusCode()).isEqualTo(200);
      assertThat(app.logouts()).isZero();
      for (String id : List.of(u1, u2)) {
        assertThat(passwordGrant(users().username(id), DEMO_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(users().get(id).getRequiredActions()).isEmpty();
      }

      // The same user reset without a notification is signed out, of the app too.
      assertThat(row(reset("realm-admin", "userIds", List.of(u1)), u1).path("status").asText())
          .isEqualTo("reset");
      assertThat(app.logouts()).isEqualTo(1);
      assertThat(signedIn.refresh().statusCode()).isEqualTo(400);
    } finally {
      demo.setSmtpServer(smtp);
      admin.realm(DEMO_REALM).update(demo);
    }
  }

  private void smtpPort(RealmRepresentation demo, String port) {
    Map<String, String> broken = new HashMap<>(demo.getSmtpServer());
    broken.put("port", port);
    RealmRepresentation update = new RealmRepresentation();
    update.setSmtpServer(broken);
    admin.realm(DEMO_REALM).update(update);
  }
}
