package io.github.passwordcare.it.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.ServerLog;
import io.github.passwordcare.it.TestUsers;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;

/**
 * Reminder emails in a realm of their own: one email per due threshold, none for the exempt, the
 * expired or those far from expiry, users without a verified email counted; a second run sends
 * nothing; a new password starts over; two runs at once send each reminder once.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class ExpiryReminderIT extends AbstractPasswordCareIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @InjectMailServer MailServer mail;

  private ExpiryRealm scratch;
  private AgedUsers aged;
  private String in13;
  private String in6;
  private String inHalf;
  private String dutchIn3;

  @BeforeEach
  void createRealmAndUsers() {
    scratch = new ExpiryRealm(admin, TestUsers.unique("expiry-mail"));
    aged = new AgedUsers(scratch.resource());
    GroupRepresentation exempt = new GroupRepresentation();
    exempt.setName("service-desk");
    exempt.setAttributes(Map.of("passwordNeverExpires", List.of("true")));
    scratch.resource().groups().add(exempt).close();
    in13 = aged.expiringIn("in13", 90, 13.5); // threshold 14
    in6 = aged.expiringIn("in6", 90, 6.5); // threshold 7
    inHalf = aged.expiringIn("inhalf", 90, 0.5); // threshold 1
    dutchIn3 =
        aged.create(
            "nl",
            AgedUsers.passwordSetFor(90, 3),
            u -> u.getAttributes().put("locale", List.of("nl")));
    aged.expiringIn("in20", 90, 20); // no threshold yet
    aged.expiringIn("expired", 90, -1); // expired: sign-in forces the change, no email
    aged.create(
        "exempt", AgedUsers.passwordSetFor(90, 5), u -> u.setGroups(List.of("/service-desk")));
    aged.create("unverified", AgedUsers.passwordSetFor(90, 5), u -> u.setEmailVerified(false));
  }

  @AfterEach
  void removeRealm() {
    scratch.close();
  }

  @Test
  void aDryRunListsWhoWouldGetWhichReminderAndSendsNothing() throws Exception {
    int before = mail.getReceivedMessages().length;
    JsonNode dry = send("{\"dryRun\": true}");

    assertThat(dry.path("dryRun").asBoolean()).isTrue();
    assertThat(dry.path("sent").asInt()).isEqualTo(4);
    assertThat(dry.path("skippedNoVerifiedEmail").asInt()).isEqualTo(1);
    assertThat(thresholds(dry))
        .containsExactlyInAnyOrderEntriesOf(Map.of(in13, 14, in6, 7, dutchIn3, 7, inHalf, 1));
    Thread.sleep(500);
    assertThat(mail.getReceivedMessages()).hasSize(before);
  }

  @Test
  void sendsOneEmailPerDueThresholdOnceAndANewPasswordStartsOver() throws Exception {
    long logOffset = ServerLog.size();
    JsonNode run = send("{}");
    assertThat(run.path("sent").asInt()).isEqualTo(4);
    assertThat(run.path("byThreshold").path("14").asInt()).isEqualTo(1);
    assertThat(run.path("byThreshold").path("7").asInt()).isEqualTo(2);
    assertThat(run.path("byThreshold").path("1").asInt()).isEqualTo(1);
    mail.waitForIncomingEmail(10000, 4);
    for (String id : List.of(in13, in6, inHalf, dutchIn3)) {
      assertThat(mailsTo(id)).as(aged.username(id)).hasSize(1);
    }
    MimeMessage english = mailsTo(in6).get(0);
    assertThat(english.getSubject()).isEqualTo("Your password expires in 7 days");
    Map<String, String> parts = parts(english);
    assertThat(parts).containsKeys("text/plain", "text/html");
    assertThat(parts.get("text/plain"))
        .contains("expires in 7 days")
        .contains("kc_action=UPDATE_PASSWORD")
        .contains("client_id=account-console");
    assertThat(mailsTo(inHalf).get(0).getSubject()).isEqualTo("Your password expires in 1 day");
    assertThat(mailsTo(in13).get(0).getSubject()).isEqualTo("Your password expires in 14 days");
    assertThat(mailsTo(dutchIn3).get(0).getSubject())
        .isEqualTo("Je wachtwoord verloopt over 3 dagen");
    assertThat(ServerLog.linesSince(logOffset))
        .anyMatch(l -> l.contains("Password expiry reminders in realm " + scratch.name()));

    // The link starts a sign-in to the account console that asks for a new password.
    Matcher link =
        Pattern.compile("(http\\S+kc_action=UPDATE_PASSWORD\\S*)").matcher(parts.get("text/plain"));
    assertThat(link.find()).isTrue();
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(link.group(1))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("kc-form-login");

    // A second run: every reminder is remembered.
    int received = mail.getReceivedMessages().length;
    assertThat(send("{}").path("sent").asInt()).isZero();
    Thread.sleep(500);
    assertThat(mail.getReceivedMessages()).hasSize(received);

    // A 14-day policy makes a new password due for "14 days" at once. Keycloak keeps the
    // credential's id when the password changes: the new password's reminder must still go out,
    // although the old one's 14-day reminder was sent.
    RealmRepresentation update = new RealmRepresentation();
    update.setPasswordPolicy("password-care-expiry(14)");
    scratch.resource().update(update);
    CredentialRepresentation fresh = new CredentialRepresentation();
    fresh.setType(CredentialRepresentation.PASSWORD);
    fresh.setValue("Fresh-Expiry-Pw-2026!");
    fresh.setTemporary(false);
    scratch.resource().users().get(in13).resetPassword(fresh);
    JsonNode again = send("{}");
    assertThat(thresholds(again)).containsEntry(in13, 14);
    mail.waitForIncomingEmail(10000, received + again.path("sent").asInt());
    assertThat(mailsTo(in13)).hasSize(2);
  }

  @Test
  void theThresholdsComeFromTheRealmsPasswordCareSettings() throws Exception {
    HttpResponse<String> put =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        urls.getBase()
                            + "/admin/realms/"
                            + scratch.name()
                            + "/password-care/settings"))
                .header("Authorization", "Bearer " + scratch.adminToken())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"expiryReminderDays\": [3]}")));
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

    JsonNode dry = send("{\"dryRun\": true}");
    assertThat(thresholds(dry)).containsExactlyInAnyOrderEntriesOf(Map.of(dutchIn3, 3, inHalf, 3));
  }

  @Test
  void twoRunsAtTheSameMomentSendEachReminderOnce() throws Exception {
    String body = "{\"dryRun\": false}";
    Callable<HttpResponse<String>> call =
        () -> post(reminderPath(), scratch.adminToken(), body, "application/json");
    CompletableFuture<HttpResponse<String>> a =
        CompletableFuture.supplyAsync(() -> unchecked(call));
    CompletableFuture<HttpResponse<String>> b =
        CompletableFuture.supplyAsync(() -> unchecked(call));
    List<HttpResponse<String>> answers = List.of(a.get(), b.get());

    int sent = 0;
    for (HttpResponse<String> answer : answers) {
      assertThat(answer.statusCode()).as(answer.body()).isIn(200, 409);
      if (answer.statusCode() == 200) {
        sent += JSON.readTree(answer.body()).path("sent").asInt();
      } else {
        assertThat(answer.body()).contains("under way");
      }
    }
    assertThat(sent).isEqualTo(4);
    mail.waitForIncomingEmail(10000, 4);
    Thread.sleep(1000);
    for (String id : List.of(in13, in6, inHalf, dutchIn3)) {
      assertThat(mailsTo(id)).as(aged.username(id)).hasSize(1);
    }
  }

  private JsonNode send(String body) throws Exception {
    HttpResponse<String> response =
        post(reminderPath(), scratch.adminToken(), body, "application/json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String reminderPath() {
    return scratch.reportPath() + "/send-reminders";
  }

  private static Map<String, Integer> thresholds(JsonNode outcome) {
    Map<String, Integer> byUser = new java.util.HashMap<>();
    outcome
        .path("reminders")
        .forEach(r -> byUser.put(r.path("userId").asText(), r.path("thresholdDays").asInt()));
    return byUser;
  }

  private List<MimeMessage> mailsTo(String userId) throws MessagingException {
    String address = aged.username(userId) + "@password-care.localhost";
    List<MimeMessage> messages = new ArrayList<>();
    for (MimeMessage m : mail.getReceivedMessages()) {
      if (address.equals(m.getAllRecipients()[0].toString())) {
        messages.add(m);
      }
    }
    return messages;
  }

  private static Map<String, String> parts(MimeMessage message) throws Exception {
    Map<String, String> parts = new java.util.LinkedHashMap<>();
    collect(message, parts);
    return parts;
  }

  private static void collect(jakarta.mail.Part part, Map<String, String> parts) throws Exception {
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i), parts);
      }
    } else {
      parts.put(
          part.getContentType().split(";")[0].trim().toLowerCase(Locale.ROOT),
          part.getContent().toString());
    }
  }

  private static <T> T unchecked(Callable<T> call) {
    try {
      return call.call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
