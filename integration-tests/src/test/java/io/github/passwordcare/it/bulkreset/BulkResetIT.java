package io.github.passwordcare.it.bulkreset;

import static io.github.passwordcare.it.bulkreset.BulkResetClient.PATH;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.body;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.json;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.row;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.github.passwordcare.it.MailParts;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.ServerLog;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
      // The old password is gone; the new one is right, and asks for an update first. Both are
      // invalid_grant: only the description tells a wrong password from a pending action.
      assertThat(errorDescription(passwordGrant(username, DEMO_PASSWORD)))
          .isEqualTo("Invalid user credentials");
      assertThat(errorDescription(passwordGrant(username, temporary)))
          .isEqualTo("Account is not fully set up");
    }
    List<String> log = ServerLog.linesSince(logOffset);
    // A scan of an empty window proves nothing: the call's own line must be in it.
    assertThat(log).anyMatch(line -> line.contains("Bulk reset in realm " + DEMO_REALM));
    for (String id : List.of(u1, u2)) {
      String temporary = row(result, id).path("temporaryPassword").asText();
      assertThat(log).noneMatch(line -> line.contains(temporary));
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
  void aResetEndsTheUsersSessionsByDefault() throws Exception {
    String u1 = users().create("logout");
    SignedInUser signedIn =
        SignedInUser.signIn(urls.getBase(), users().username(u1), DEMO_PASSWORD);
    assertThat(admin.realm(DEMO_REALM).users().get(u1).getUserSessions()).hasSize(1);

    reset("helpdesk", "userIds", List.of(u1));

    assertThat(signedIn.refresh().statusCode()).isEqualTo(400);
    assertThat(admin.realm(DEMO_REALM).users().get(u1).getUserSessions()).isEmpty();
  }

  @Test
  void logoutSessionsFalseKeepsTheUsersSessions() throws Exception {
    String u1 = users().create("keep");
    SignedInUser signedIn =
        SignedInUser.signIn(urls.getBase(), users().username(u1), DEMO_PASSWORD);

    JsonNode result = reset("helpdesk", "userIds", List.of(u1), "logoutSessions", false);

    assertThat(row(result, u1).path("status").asText()).isEqualTo("reset");
    assertThat(admin.realm(DEMO_REALM).users().get(u1).getUserSessions()).hasSize(1);
    assertThat(signedIn.refresh().statusCode()).isEqualTo(200);
  }

  @Test
  void notifyUserSendsAnHtmlAndTextEmailWithoutThePassword() throws Exception {
    String u1 = users().create("notify");
    String address = users().get(u1).getEmail();

    JsonNode result = reset("helpdesk", "userIds", List.of(u1), "notifyUser", true);
    String temporary = row(result, u1).path("temporaryPassword").asText();

    assertThat(row(result, u1).path("status").asText()).isEqualTo("reset");
    MimeMessage message = mailTo(address);
    assertThat(message.getSubject()).isEqualTo("Your password was reset");
    Map<String, String> parts = MailParts.of(message);
    assertThat(parts).containsOnlyKeys("text/plain", "text/html");
    for (String body : parts.values()) {
      assertThat(body)
          .contains("has reset the password of your account " + users().username(u1))
          .contains("You will be asked to choose a new password")
          .doesNotContain(temporary);
    }
  }

  @Test
  void linkLifespanSecondsSetsTheExpiryOfTheLink() throws Exception {
    String u1 = users().create("lifespan");
    String address = users().get(u1).getEmail();
    long before = Instant.now().getEpochSecond();

    reset("realm-admin", "userIds", List.of(u1), "mode", "email-link", "linkLifespanSeconds", 600);
    long after = Instant.now().getEpochSecond();

    String text = MailParts.of(mailTo(address)).get("text/plain");
    Matcher key = Pattern.compile("action-token\\?key=([A-Za-z0-9_.-]+)").matcher(text);
    assertThat(key.find()).as(text).isTrue();
    String payload = key.group(1).split("\\.")[1];
    JsonNode token = json(new String(Base64.getUrlDecoder().decode(payload), UTF_8));
    assertThat(token.path("exp").asLong()).isBetween(before + 600, after + 600);
    assertThat(token.path("sub").asText()).isEqualTo(u1);
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
  void emailLinkSkipsDisabledUsers() throws Exception {
    String enabled = users().create("link");
    String disabled = users().create("link");
    var rep = users().get(disabled);
    rep.setEnabled(false);
    admin.realm(DEMO_REALM).users().get(disabled).update(rep);

    JsonNode result =
        reset("realm-admin", "userIds", List.of(enabled, disabled), "mode", "email-link");

    assertThat(row(result, enabled).path("status").asText()).isEqualTo("email-sent");
    assertThat(row(result, disabled).path("status").asText()).isEqualTo("skipped");
    assertThat(row(result, disabled).path("reason").asText()).isEqualTo("disabled");
    String address = rep.getEmail();
    assertThat(mail.getReceivedMessages())
        .extracting(BulkResetIT::recipient)
        .doesNotContain(address);
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
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
  void dryRunSetSaysNothingAboutCurrentOrPastPasswords() throws Exception {
    String current = users().create("oracle"); // its password is DEMO_PASSWORD
    String past = users().create("oracle");
    setPassword(past, "Moved-On-From-Demo-8"); // DEMO_PASSWORD is now in its history
    List<String> both = List.of(current, past);

    JsonNode guess = dryRunSet("helpdesk", both, DEMO_PASSWORD);
    JsonNode fresh = dryRunSet("helpdesk", both, "Never-Used-By-Anyone-7");

    for (String id : both) {
      assertThat(row(guess, id)).isEqualTo(row(fresh, id));
      assertThat(row(guess, id).path("status").asText()).isEqualTo("would-reset");
      assertThat(row(guess, id).has("reason")).isFalse();
    }
    assertThat(guess.path("dryRunUncheckedPolicies").toString())
        .isEqualTo("[\"notEmail\",\"notUsername\",\"passwordHistory\"]");
    assertThat(resetEvents(current)).isEmpty();
  }

  @Test
  void dryRunSetSaysNothingAboutTheUsersEmailOrUsername() throws Exception {
    // Else a caller who may reset but not view a user learns its email by guessing, silently.
    String u1 = users().create("profile");
    String email = users().get(u1).getEmail();
    String username = users().username(u1);
    String policy = admin.realm(DEMO_REALM).toRepresentation().getPasswordPolicy();
    try {
      passwordPolicy("length(12) and notEmail and notUsername and notContainsUsername");
      JsonNode emailGuess = dryRunSet("helpdesk", List.of(u1), email);
      JsonNode usernameGuess = dryRunSet("helpdesk", List.of(u1), username + "-Pad-1234");
      JsonNode wrong = dryRunSet("helpdesk", List.of(u1), "Not-The-Email-At-All-5");

      for (JsonNode guess : List.of(emailGuess, usernameGuess)) {
        assertThat(row(guess, u1)).isEqualTo(row(wrong, u1));
        assertThat(row(guess, u1).path("status").asText()).isEqualTo("would-reset");
        assertThat(guess.path("dryRunUncheckedPolicies").toString())
            .isEqualTo("[\"notContainsUsername\",\"notEmail\",\"notUsername\"]");
      }
    } finally {
      passwordPolicy(policy);
    }
    assertThat(resetEvents(u1)).isEmpty();
  }

  @Test
  void dryRunSetStillReportsRulesThatReadNoStoredPassword() throws Exception {
    String u1 = users().create("dryrule");

    JsonNode tooShort = dryRunSet("helpdesk", List.of(u1), "Sh0rt!");
    JsonNode generate = reset("helpdesk", "userIds", List.of(u1), "dryRun", true);

    assertThat(row(tooShort, u1).path("status").asText()).isEqualTo("failed");
    assertThat(row(tooShort, u1).path("reason").asText())
        .isEqualTo("Invalid password: minimum length 12.");
    // Nothing is left unchecked where nothing is checked against the users' passwords.
    assertThat(generate.has("dryRunUncheckedPolicies")).isFalse();
    assertThat(passwordGrant(users().username(u1), DEMO_PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void oneUsersFailureLeavesTheOthersReset() throws Exception {
    String remembers = users().create("mixed");
    String fresh = users().create("mixed");
    String guess = "Shared-Pw-For-Both-6";
    setPassword(remembers, guess);
    setPassword(remembers, "Its-Own-Pw-Again-4"); // the guess is now in its history

    JsonNode result = setPassword(List.of(remembers, fresh), guess);

    assertThat(row(result, remembers).path("status").asText()).isEqualTo("failed");
    assertThat(row(result, remembers).path("reason").asText())
        .isEqualTo("Invalid password: must not be equal to any of last 3 passwords.");
    assertThat(row(result, fresh).path("status").asText()).isEqualTo("reset");
    assertThat(result.path("succeeded").asInt()).isEqualTo(1);
    assertThat(result.path("failed").asInt()).isEqualTo(1);
    assertThat(passwordGrant(users().username(remembers), "Its-Own-Pw-Again-4").statusCode())
        .isEqualTo(200);
    assertThat(passwordGrant(users().username(fresh), guess).statusCode()).isEqualTo(200);
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
    String u2 = users().create("event");

    JsonNode result = reset("realm-admin", "userIds", List.of(u1));
    reset("realm-admin", "userIds", List.of(u2), "mode", "email-link");
    String temporary = row(result, u1).path("temporaryPassword").asText();

    List<AdminEventRepresentation> generate = resetEvents(u1);
    List<AdminEventRepresentation> link = events("users/" + u2 + "/execute-actions-email");
    assertThat(generate).hasSize(1);
    assertThat(link).hasSize(1);
    assertThat(generate.get(0).getDetails()).containsEntry("passwordCareBulkReset", "generate");
    assertThat(link.get(0).getDetails()).containsEntry("passwordCareBulkReset", "email-link");
    for (AdminEventRepresentation event : List.of(generate.get(0), link.get(0))) {
      assertThat(event.getOperationType()).isEqualTo("ACTION");
      assertThat(event.getResourceType()).isEqualTo("USER");
      assertThat(event.getRepresentation()).isNull();
    }
    assertThat(String.valueOf(generate.get(0).getDetails())).doesNotContain(temporary);
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
    return setPassword(List.of(userId), password);
  }

  private JsonNode setPassword(List<String> userIds, String password) throws Exception {
    return reset(
        "realm-admin", "userIds", userIds, "mode", "set", "password", password, "temporary", false);
  }

  private JsonNode dryRunSet(String caller, List<String> userIds, String password)
      throws Exception {
    return reset(caller, "userIds", userIds, "mode", "set", "password", password, "dryRun", true);
  }

  private void passwordPolicy(String policy) {
    RealmRepresentation update = new RealmRepresentation();
    update.setPasswordPolicy(policy);
    admin.realm(DEMO_REALM).update(update);
  }

  /** The one message GreenMail received for this address (addresses are unique per test user). */
  private MimeMessage mailTo(String address) throws Exception {
    mail.waitForIncomingEmail(5000, 1);
    List<MimeMessage> messages = new ArrayList<>();
    for (MimeMessage m : mail.getReceivedMessages()) {
      if (address.equals(m.getAllRecipients()[0].toString())) {
        messages.add(m);
      }
    }
    assertThat(messages).hasSize(1);
    return messages.get(0);
  }

  private List<AdminEventRepresentation> resetEvents(String userId) {
    return events("users/" + userId + "/reset-password");
  }

  private List<AdminEventRepresentation> events(String resourcePath) {
    return admin
        .realm(DEMO_REALM)
        .getAdminEvents(
            List.of("ACTION"), null, null, null, null, resourcePath, null, null, null, 0, 10);
  }

  /** Why a password grant was refused: 401 for a wrong password, 400 for a pending action. */
  private static String errorDescription(HttpResponse<String> tokenResponse) throws Exception {
    assertThat(tokenResponse.statusCode()).isIn(400, 401);
    JsonNode error = json(tokenResponse.body());
    assertThat(error.path("error").asText()).isEqualTo("invalid_grant");
    return error.path("error_description").asText();
  }
}
