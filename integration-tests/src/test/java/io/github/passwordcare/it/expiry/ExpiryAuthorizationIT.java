package io.github.passwordcare.it.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.TestUsers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Who may read the report (view users) and run reminders (manage users), and what bad input gets:
 * 400 with {@code {"error": ...}}.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class ExpiryAuthorizationIT extends AbstractPasswordCareIT {

  private static final String REPORT =
      "/admin/realms/" + DEMO_REALM + "/password-care/expiring-passwords";
  private static final String SEND = REPORT + "/send-reminders";
  private static final String DRY_RUN = "{\"dryRun\": true}";

  @Test
  void viewUsersMayReadTheReportManageUsersMayRunReminders() throws Exception {
    assertThat(get(REPORT, null).statusCode()).isEqualTo(401);
    assertThat(get(REPORT, tokenOf("alice")).statusCode()).isEqualTo(403);
    assertThat(get(REPORT, tokenOf("viewer")).statusCode()).isEqualTo(200);
    assertThat(get(REPORT, tokenOf("helpdesk")).statusCode()).isEqualTo(200);
    assertThat(get(REPORT, tokenOf("realm-admin")).statusCode()).isEqualTo(200);
    assertThat(get(REPORT, admin.tokenManager().getAccessTokenString()).statusCode())
        .isEqualTo(200); // the master realm's admin

    assertThat(post(SEND, null, DRY_RUN, "application/json").statusCode()).isEqualTo(401);
    assertThat(post(SEND, tokenOf("alice"), DRY_RUN, "application/json").statusCode())
        .isEqualTo(403);
    assertThat(post(SEND, tokenOf("viewer"), DRY_RUN, "application/json").statusCode())
        .isEqualTo(403);
    HttpResponse<String> helpdesk = post(SEND, tokenOf("helpdesk"), DRY_RUN, "application/json");
    assertThat(helpdesk.statusCode()).as(helpdesk.body()).isEqualTo(200);
    assertThat(helpdesk.body()).contains("\"dryRun\":true");
  }

  @Test
  void badQueryValuesAre400WithAnErrorThatNamesTheParameter() throws Exception {
    String token = tokenOf("viewer");
    String[][] cases = {
      {"withinDays=-1", "withinDays"},
      {"withinDays=abc", "withinDays"},
      {"withinDays=3651", "withinDays"},
      {"withinDays=1.5", "withinDays"},
      {"first=-1", "first"},
      {"first=x", "first"},
      {"max=1001", "max"},
      {"max=0", "max"},
      {"max=-5", "max"},
      {"expired=yes", "expired"},
    };
    for (String[] c : cases) {
      HttpResponse<String> response = get(REPORT + "?" + c[0], token);
      assertThat(response.statusCode()).as(c[0]).isEqualTo(400);
      assertThat(response.body()).as(c[0]).startsWith("{\"error\":\"" + c[1]);
    }
    assertThat(get(REPORT + "?withinDays=3650&first=0&max=1000", token).statusCode())
        .isEqualTo(200);
  }

  @Test
  void badReminderBodiesAre400AndSendNothing() throws Exception {
    String token = tokenOf("helpdesk");
    for (String body :
        new String[] {
          "{\"dryRun\": \"true\"}",
          "{\"dryRun\": null}",
          "{\"dryRun\": 1}",
          "{\"dry\": true}",
          "[]",
          "{",
          "{\"dryRun\": true, \"dryRun\": false}"
        }) {
      HttpResponse<String> response = post(SEND, token, body, "application/json");
      assertThat(response.statusCode()).as(body).isEqualTo(400);
      assertThat(response.body()).as(body).startsWith("{\"error\":");
    }
  }

  @Test
  void aRealmWithoutTheExpiryPolicyAnswers400() throws Exception {
    String name = TestUsers.unique("no-expiry");
    org.keycloak.representations.idm.RealmRepresentation rep =
        new org.keycloak.representations.idm.RealmRepresentation();
    rep.setRealm(name);
    rep.setEnabled(true);
    admin.realms().create(rep);
    try {
      String token = admin.tokenManager().getAccessTokenString();
      HttpResponse<String> response =
          get("/admin/realms/" + name + "/password-care/expiring-passwords", token);
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).contains("password-care-expiry");
    } finally {
      admin.realm(name).remove();
    }
  }
}
