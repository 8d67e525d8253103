package io.github.passwordcare.it.bulkreset;

import static io.github.passwordcare.it.bulkreset.BulkResetClient.PATH;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.body;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.json;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.ServerLog;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;

/** Bulk reset on a real server: the three modes, dry run, skips, selectors, events, emails. */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class BulkResetIT extends AbstractBulkResetIT {

  @InjectMailServer MailServer mail;

  @Test
  void generateGivesWorkingTemporaryPasswordsThatForceAnUpdate() throws Exception {
    String u1 = users().create("gen");
    String u2 = users().create("gen");
    long logOffset = ServerLog.size();

    HttpResponse<String> response =
        post(PATH, tokenOf("helpdesk"), body("userIds", List.of(u1, u2)), "application/json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    JsonNode result = json(response.body());
    assertThat(result.path("total").asInt()).isEqualTo(2);
    assertThat(result.path("succeeded").asInt()).isEqualTo(2);
    for (String id : List.of(u1, u2)) {
      JsonNode row = row(result, id);
      assertThat(row.path("status").asText()).isEqualTo("reset");
      String temporary = row.path("temporaryPassword").asText();
      assertThat(temporary).hasSizeGreaterThanOrEqualTo(16);
      String username = users().username(id);
      assertThat(users().get(id).getRequiredActions()).containsExactly("UPDATE_PASSWORD");
      // The old password is gone; the new one is right, and asks for an update first.
      assertThat(passwordGrant(username, DEMO_PASSWORD).body()).contains("invalid_grant");
      assertThat(passwordGrant(username, temporary).body()).contains("not fully set up");
      assertThat(ServerLog.linesSince(logOffset)).noneMatch(line -> line.contains(temporary));
    }
  }

  @Test
  void setGivesEveryUserThePasswordAndReportsPolicyViolationsPerUser() throws Exception {
    String u1 = users().create("set");

    JsonNode ok =
        reset(
            "realm-admin",
            "userIds",
            List.of(u1),
            "mode",
            "set",
            "password",
            "Brand-New-Pw-42",
            "temporary",
            false);
    JsonNode weak =
        reset("realm-admin", "userIds", List.of(u1), "mode", "set", "password", "short");

    assertThat(row(ok, u1).path("status").asText()).isEqualTo("reset");
    assertThat(row(ok, u1).has("temporaryPassword")).isFalse();
    assertThat(passwordGrant(users().username(u1), "Brand-New-Pw-42").statusCode()).isEqualTo(200);
    assertThat(row(weak, u1).path("status").asText()).isEqualTo("failed");
    assertThat(row(weak, u1).path("reason").asText()).startsWith("Invalid password");
    assertThat(passwordGrant(users().username(u1), "Brand-New-Pw-42").statusCode()).isEqualTo(200);
  }

  @Test
  void generateKeepsThePreviousPasswordInTheHistory() throws Exception {
    String u1 = users().create("history");

    String temporary =
        row(reset("helpdesk", "userIds", List.of(u1)), u1).path("temporaryPassword").asText();
    // The demo realm has passwordHistory(3): the old password and the generated one are both
    // remembered, so setting either is refused, while a new one is taken.
    JsonNode backToOld = setPassword(u1, DEMO_PASSWORD);
    JsonNode toCurrent = setPassword(u1, temporary);
    JsonNode fresh = setPassword(u1, "Fresh-Pw-After-Generate-9");

    for (JsonNode refused : List.of(backToOld, toCurrent)) {
      assertThat(row(refused, u1).path("status").asText()).isEqualTo("failed");
      assertThat(row(refused, u1).path("reason").asText())
          .isEqualTo("Invalid password: must not be equal to any of last 3 passwords.");
    }
    assertThat(row(fresh, u1).path("status").asText()).isEqualTo("reset");
    assertThat(passwordGrant(users().username(u1), "Fresh-Pw-After-Generate-9").statusCode())
        .isEqualTo(200);
  }

  @Test
  void generateStillMeetsEveryOtherRuleOfThePolicy() throws Exception {
    String u1 = users().create("rules");
    String policy = admin.realm(DEMO_REALM).toRepresentation().getPasswordPolicy();
    try {
      // A rule no generated password can meet: generate must fail on it, not skip it.
      passwordPolicy(policy + " and regexPattern(^[a-z]+$)");
      JsonNode refused = reset("helpdesk", "userIds", List.of(u1));
      passwordPolicy(policy);
      JsonNode generated = reset("helpdesk", "userIds", List.of(u1));

      assertThat(row(refused, u1).path("status").asText()).isEqualTo("failed");
      assertThat(row(refused, u1).path("reason").asText())
          .isEqualTo("Invalid password: fails to match regex pattern(s).");
      String temporary = row(generated, u1).path("temporaryPassword").asText();
      assertThat(temporary)
          .hasSizeGreaterThanOrEqualTo(12)
          .containsPattern("[A-Z]")
          .containsPattern("[a-z]")
          .containsPattern("[0-9]")
          .containsPattern("[^A-Za-z0-9]")
          .doesNotContain(users().username(u1));
    } finally {
      passwordPolicy(policy);
    }
  }

  @Test
  void emailLinkSendsKeycloaksUpdatePasswordEmailAndSkipsUsersWithoutVerifiedEmail()
      throws Exception {
    String withEmail = users().create("link");
    String withoutEmail = users().create("link", false);
    String address = users().get(withEmail).getEmail();

    JsonNode result =
        reset(
            "realm-admin",
            "userIds",
            List.of(withEmail, withoutEmail),
            "mode",
            "email-link",
            "linkLifespanSeconds",
            3600);

    assertThat(row(result, withEmail).path("status").asText()).isEqualTo("email-sent");
    assertThat(row(result, withoutEmail).path("status").asText()).isEqualTo("skipped");
    assertThat(row(result, withoutEmail).path("reason").asText()).isEqualTo("no-verified-email");
    assertThat(mail.getReceivedMessages())
        .anySatisfy(
            m -> {
              assertThat(m.getAllRecipients()[0].toString()).isEqualTo(address);
              assertThat(GreenMailUtil.getBody(m)).contains("login-actions/action-token?key=");
            });
    // No password was changed: the old one still signs in.
    assertThat(passwordGrant(users().username(withEmail), DEMO_PASSWORD).statusCode())
        .isEqualTo(200);
  }

  @Test
  void dryRunChangesNothing() throws Exception {
    String u1 = users().create("dry");

    JsonNode result = reset("realm-admin", "userIds", List.of(u1), "dryRun", true);

    assertThat(result.path("dryRun").asBoolean()).isTrue();
    assertThat(row(result, u1).path("status").asText()).isEqualTo("would-reset");
    assertThat(row(result, u1).has("temporaryPassword")).isFalse();
    assertThat(passwordGrant(users().username(u1), DEMO_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(users().get(u1).getRequiredActions()).isEmpty();
    assertThat(resetEvents(u1)).isEmpty();
  }

  @Test
  void callerAndServiceAccountsAreSkipped() throws Exception {
    String serviceAccount = ServiceAccounts.create(admin.realm(DEMO_REALM));
    try {
      JsonNode result =
          reset("realm-admin", "usernames", List.of("realm-admin", serviceAccount, "no-such-user"));

      assertThat(BulkResetClient.rows(result))
          .extracting(r -> r.path("username").asText() + ":" + r.path("reason").asText())
          .containsExactlyInAnyOrder(
              "realm-admin:self", serviceAccount + ":service-account", "no-such-user:not-found");
      assertThat(result.path("skipped").asInt()).isEqualTo(3);
    } finally {
      ServiceAccounts.remove(admin.realm(DEMO_REALM), serviceAccount);
    }
  }

  @Test
  void selectorsCombineAsAUnionWithoutDuplicates() throws Exception {
    String parent = users().group("team", null);
    String child = users().group("squad", parent);
    String inParent = users().create("union");
    String inChild = users().create("union");
    String listed = users().create("union");
    users().join(inParent, parent);
    users().join(inChild, child);

    JsonNode withSubgroups =
        reset(
            "realm-admin",
            "groupId",
            parent,
            "includeSubgroups",
            true,
            "userIds",
            List.of(listed, inParent),
            "search",
            users().username(listed),
            "dryRun",
            true);
    JsonNode parentOnly = reset("realm-admin", "groupId", parent, "dryRun", true);

    assertThat(BulkResetClient.rows(withSubgroups))
        .extracting(r -> r.path("userId").asText())
        .containsExactly(listed, inParent, inChild);
    assertThat(BulkResetClient.rows(parentOnly))
        .extracting(r -> r.path("userId").asText())
        .containsExactly(inParent);
  }

  @Test
  void eachResetIsAnAdminEventWithoutThePassword() throws Exception {
    String u1 = users().create("event");

    JsonNode result = reset("realm-admin", "userIds", List.of(u1));
    String temporary = row(result, u1).path("temporaryPassword").asText();

    List<AdminEventRepresentation> events = resetEvents(u1);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).getOperationType()).isEqualTo("ACTION");
    assertThat(events.get(0).getRepresentation()).isNull();
    assertThat(String.valueOf(events.get(0).getDetails())).doesNotContain(temporary);
  }

  @Test
  void csvHasOneRowPerUser() throws Exception {
    String u1 = users().create("csv");

    HttpResponse<String> response =
        post(PATH, tokenOf("realm-admin"), body("userIds", List.of(u1)), "text/csv");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    List<String> lines = response.body().lines().toList();
    assertThat(lines.get(0)).isEqualTo("username,email,status,temporaryPassword,reason");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).startsWith(users().username(u1) + ",").contains(",reset,");
  }

  /** Mode set, not temporary, as realm-admin. */
  private JsonNode setPassword(String userId, String password) throws Exception {
    return reset(
        "realm-admin",
        "userIds",
        List.of(userId),
        "mode",
        "set",
        "password",
        password,
        "temporary",
        false);
  }

  private void passwordPolicy(String policy) {
    RealmRepresentation update = new RealmRepresentation();
    update.setPasswordPolicy(policy);
    admin.realm(DEMO_REALM).update(update);
  }

  private List<AdminEventRepresentation> resetEvents(String userId) {
    return admin
        .realm(DEMO_REALM)
        .getAdminEvents(
            List.of("ACTION"),
            null,
            null,
            null,
            null,
            "users/" + userId + "/reset-password",
            null,
            null,
            null,
            0,
            10);
  }
}
